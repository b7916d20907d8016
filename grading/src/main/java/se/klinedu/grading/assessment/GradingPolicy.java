package se.klinedu.grading.assessment;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.immutables.value.Value;
import se.klinedu.core.InvalidInputException;
import se.klinedu.core.internal.KlineduStyle;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * The choices of the grade rules that the report leaves open, with documented defaults.
 *
 * <ul>
 *   <li>{@code maxUnmetQualityIndicatorsForA}: how many quality indicators of an area may be unmet
 *       for grade A ("enstaka undantag kan förekomma"); default 1;
 *   <li>{@code unassessedCountsAsUnmet}: whether a general-advice criterion or quality indicator that
 *       was not assessed counts as not met for grades A–C, so that no grade rests on a criterion
 *       nobody checked; default true. (A regulation criterion not assessed always makes the grade
 *       undeterminable.)
 * </ul>
 *
 * <p>Start from {@link #standard()} and change what differs, each change named at the call site:
 * {@code GradingPolicy.standard().withMaxUnmetQualityIndicatorsForA(0).withUnassessedLeftOut()}. Each copy is
 * validated again. Instances are immutable and thread-safe.
 *
 * @since 0.1
 */
@Value.Immutable
@KlineduStyle
@JsonDeserialize(builder = ImmutableGradingPolicy.Builder.class)
public abstract class GradingPolicy {

    private static final GradingPolicy STANDARD = ImmutableGradingPolicy.of(1, true);

    GradingPolicy() {
    }

    /**
     * {@return the most quality indicators of an area that may be unmet for grade A, not negative}
     */
    @JsonProperty(value = "maxUnmetQualityIndicatorsForA", required = true)
    @Value.Parameter
    public abstract int maxUnmetQualityIndicatorsForA();

    /**
     * {@return true when an unassessed general-advice criterion or quality indicator counts as not met}
     */
    @JsonProperty(value = "unassessedCountsAsUnmet", required = true)
    @Value.Parameter
    public abstract boolean unassessedCountsAsUnmet();

    /**
     * {@return the default policy: at most one unmet quality indicator for A; unassessed advice and indicators count as not met}
     */
    public static GradingPolicy standard() {
        return STANDARD;
    }

    /**
     * Returns a copy of this policy allowing another number of unmet quality indicators for grade A.
     *
     * @param max the most unmet quality indicators of an area for grade A: 0 for none, not negative
     * @return the changed policy; this instance is unaffected
     * @throws InvalidInputException if {@code max} is negative
     */
    // implemented by the generated class, whose copy runs the check again
    public abstract GradingPolicy withMaxUnmetQualityIndicatorsForA(int max);

    /**
     * Returns a copy of this policy in which an unassessed general-advice criterion or quality indicator counts as
     * not met (the default).
     *
     * @return the changed policy; this instance is unaffected
     */
    public GradingPolicy withUnassessedCountedAsUnmet() {
        return ((ImmutableGradingPolicy) this).withUnassessedCountsAsUnmet(true);
    }

    /**
     * Returns a copy of this policy in which an unassessed general-advice criterion or quality indicator is left
     * out of the count; the grade's reasons name it ({@link GradeReason#NOT_COUNTED}).
     *
     * @return the changed policy; this instance is unaffected
     */
    public GradingPolicy withUnassessedLeftOut() {
        return ((ImmutableGradingPolicy) this).withUnassessedCountsAsUnmet(false);
    }

    @Value.Check
    void check() {
        if (maxUnmetQualityIndicatorsForA() < 0) {
            throw InvalidInputException.of("maxUnmetQualityIndicatorsForA", "must not be negative",
                    maxUnmetQualityIndicatorsForA());
        }
    }
}
