package se.klinedu.grading.actionplan;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.immutables.value.Value;
import se.klinedu.core.internal.KlineduStyle;
import se.klinedu.core.json.KlineduJson;
import se.klinedu.grading.assessment.Assessment;

/**
 * A SPUR inspection report as data: the assessment and the action plan the unit submitted after it.
 *
 * <p>{@link #workedExample()} is the LIPUS report of document 003 (an ST unit in obstetrics and
 * gynaecology in Region Sörmland), transcribed as faithfully as its extracted text allows; the module's
 * README lists the interpretations. Instances are immutable and thread-safe.
 *
 * @since 0.1
 */
@Value.Immutable
@KlineduStyle
public abstract class InspectionReport {

    private static final String WORKED_EXAMPLE = "worked-example-003.json";

    InspectionReport() {
    }

    /**
     * {@return what the inspection found}
     */
    @JsonProperty("assessment")
    @Value.Parameter
    public abstract Assessment assessment();

    /**
     * {@return the action plan submitted after the inspection}
     */
    @JsonProperty("actionPlan")
    @Value.Parameter
    public abstract ActionPlan actionPlan();

    /**
     * Obtains a report.
     *
     * @param assessment the assessment, not null
     * @param actionPlan the action plan, not null
     * @return the report
     */
    @JsonCreator
    public static InspectionReport of(
            @JsonProperty(value = "assessment", required = true) Assessment assessment,
            @JsonProperty(value = "actionPlan", required = true) ActionPlan actionPlan) {
        return ImmutableInspectionReport.of(assessment, actionPlan);
    }

    /**
     * {@return the report of document 003, read once from the module's resources}
     */
    public static InspectionReport workedExample() {
        return Holder.WORKED;
    }

    private static final class Holder {
        static final InspectionReport WORKED = KlineduJson.standard().readResource(InspectionReport.class, WORKED_EXAMPLE, InspectionReport.class);
    }
}
