package se.klinedu.indicators.fhir;

import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;
import se.klinedu.core.Identifier;
import se.klinedu.core.measure.MeasureAreaId;
import se.klinedu.core.measure.MeasureId;
import se.klinedu.core.organisation.OrganisationUnitId;
import se.klinedu.core.strategy.EffectGoalId;
import se.klinedu.core.strategy.IdentifiedNeedId;
import se.klinedu.core.strategy.ImplementationRuleId;
import se.klinedu.core.strategy.OverallGoalId;
import se.klinedu.core.strategy.PriorityAreaId;
import se.klinedu.core.strategy.RecurringReviewId;
import se.klinedu.core.strategy.ResponsibilityId;
import se.klinedu.core.substrategy.DesiredOutcomeId;
import se.klinedu.core.substrategy.FocusAreaId;
import se.klinedu.core.substrategy.RegionalMeasureId;
import se.klinedu.core.supervision.StaffId;
import se.klinedu.core.supervision.SupervisionRoleId;
import se.klinedu.core.supervision.TrainingId;
import se.klinedu.indicators.target.IndicatorId;

/**
 * The kinds of klinedu id that the FHIR export knows, each with a fixed code and the fixed name its name-based
 * UUIDs are made of (the README's "FHIR ids" lists them). Both are published: the UUID name is in every id derived
 * from an id of the kind, and the codes {@code indicator} and {@code organisation-unit} are in URLs of the export.
 * Neither follows the Java type: a renamed id type keeps its kind's code and UUID name, so stored ids stay valid.
 */
enum IdKind {

    INDICATOR("indicator", IndicatorId.class, "IndicatorId"),
    ORGANISATION_UNIT("organisation-unit", OrganisationUnitId.class, "OrganisationUnitId"),
    STAFF("staff", StaffId.class, "StaffId"),
    TRAINING("training", TrainingId.class, "TrainingId"),
    SUPERVISION_ROLE("supervision-role", SupervisionRoleId.class, "SupervisionRoleId"),
    OVERALL_GOAL("overall-goal", OverallGoalId.class, "OverallGoalId"),
    EFFECT_GOAL("effect-goal", EffectGoalId.class, "EffectGoalId"),
    PRIORITY_AREA("priority-area", PriorityAreaId.class, "PriorityAreaId"),
    IDENTIFIED_NEED("identified-need", IdentifiedNeedId.class, "IdentifiedNeedId"),
    IMPLEMENTATION_RULE("implementation-rule", ImplementationRuleId.class, "ImplementationRuleId"),
    RECURRING_REVIEW("recurring-review", RecurringReviewId.class, "RecurringReviewId"),
    RESPONSIBILITY("responsibility", ResponsibilityId.class, "ResponsibilityId"),
    FOCUS_AREA("focus-area", FocusAreaId.class, "FocusAreaId"),
    DESIRED_OUTCOME("desired-outcome", DesiredOutcomeId.class, "DesiredOutcomeId"),
    REGIONAL_MEASURE("regional-measure", RegionalMeasureId.class, "RegionalMeasureId"),
    MEASURE("measure", MeasureId.class, "MeasureId"),
    MEASURE_AREA("measure-area", MeasureAreaId.class, "MeasureAreaId");

    private final String code;
    private final Class<? extends Identifier> type;
    private final String uuidName;

    IdKind(String code, Class<? extends Identifier> type, String uuidName) {
        this.code = code;
        this.type = type;
        this.uuidName = uuidName;
    }

    /** {@return the kind's code, lower case words joined by '-', such as {@code organisation-unit}} */
    String code() {
        return code;
    }

    /** {@return the id type of the kind} */
    Class<? extends Identifier> type() {
        return type;
    }

    /** {@return the name a UUID of an id of this kind is made of, with the value: fixed, whatever the type is called} */
    String uuidName() {
        return uuidName;
    }

    /**
     * {@return the kind of an id, or empty for an id type the table does not list (another module's)}
     *
     * @param id the id, not null
     */
    static Optional<IdKind> of(Identifier id) {
        Objects.requireNonNull(id, "id");
        return Arrays.stream(values()).filter(kind -> kind.type.isInstance(id)).findFirst();
    }
}
