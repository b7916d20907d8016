package se.klinedu.grading.assessment;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import se.klinedu.core.InvalidInputException;
import se.klinedu.core.explain.Reason;
import se.klinedu.core.internal.Checks;
import se.klinedu.core.internal.KlineduStyle;
import se.klinedu.grading.criteria.CriterionId;
import se.klinedu.grading.criteria.Grade;
import se.klinedu.grading.criteria.Regulation;
import se.klinedu.grading.criteria.SpurArea;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * The grade of one area under one regulation, with the rule, the criteria and the reasons that decided it.
 *
 * <p>{@code GRADED} results have a grade; {@code UNDETERMINABLE} ones have none and name the
 * regulation criteria that were not assessed. Instances are immutable and thread-safe.
 *
 * @since 0.1
 */
@Value.Immutable
@KlineduStyle
@JsonDeserialize(builder = AreaGrade.Builder.class)
public abstract class AreaGrade {

    AreaGrade() {
    }

    /**
     * {@return the area graded}
     */
    @JsonProperty(value = "area", required = true)
    public abstract SpurArea area();

    /**
     * {@return the regulation the grade is under}
     */
    @JsonProperty(value = "regulation", required = true)
    public abstract Regulation regulation();

    /**
     * {@return whether a grade could be determined}
     */
    @JsonProperty(value = "status", required = true)
    public abstract GradeStatus status();

    /**
     * {@return the grade on the area's scale, present exactly when graded}
     */
    @JsonProperty("grade")
    public abstract Optional<Grade> grade();

    /**
     * {@return the rule that decided}
     */
    @JsonProperty(value = "rule", required = true)
    public abstract GradeRule rule();

    /**
     * {@return the criteria that decided: the deficient ones for D and C, the unmet quality indicators for
     * B, the quality indicators weighed for A, the unassessed ones when undeterminable}
     */
    @JsonProperty(value = "criteria", required = true)
    public abstract List<CriterionId> criteria();

    /**
     * {@return why, as data, at least one: the rule that decided (a {@link GradeReason} naming the area,
     * regulation and criteria), then each deciding criterion's kind and outcome, the criteria not assessed or
     * left out of the count, and the grade on the area's scale where the rule's grade is not on it. After an
     * action plan a changed grade's reasons start with the change, and a D that stays ends with why (see {@link
     * se.klinedu.grading.actionplan.ActionPlan#regrade}). A {@link se.klinedu.core.explain.Renderer} gives the
     * texts in Swedish, Norwegian bokmål or English}
     */
    @JsonProperty(value = "reasons", required = true)
    public abstract List<Reason> reasons();

    /**
     * {@return a builder; every attribute but {@code grade} and {@code criteria} is required, and at least one reason}
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Builds a {@link AreaGrade}: {@code build()} checks the value as every other way of making one does.
     */
    public static final class Builder extends ImmutableAreaGrade.Builder {

        Builder() {
        }
    }

    /**
     * {@return true when graded D: measures are required}
     */
    public boolean isD() {
        return grade().filter(grade -> grade == Grade.D).isPresent();
    }

    @Value.Check
    void check() {
        Checks.notEmpty("reasons", reasons());
        if ((status() == GradeStatus.GRADED) != grade().isPresent()) {
            throw InvalidInputException.of("grade", "must be present exactly when the status is graded, status was "
                    + status().code());
        }
        if ((status() == GradeStatus.UNDETERMINABLE) != (rule() == GradeRule.REGULATION_NOT_ASSESSED)) {
            throw InvalidInputException.of("rule", "must be regulation-not-assessed exactly when undeterminable",
                    rule().code());
        }
    }
}
