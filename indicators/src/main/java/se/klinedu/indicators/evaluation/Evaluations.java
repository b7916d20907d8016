package se.klinedu.indicators.evaluation;

import java.util.List;
import java.util.Objects;
import se.klinedu.core.Comparison;
import se.klinedu.core.Counts;
import se.klinedu.core.InvalidInputException;
import se.klinedu.core.Threshold;
import se.klinedu.core.organisation.OrganisationUnitId;
import se.klinedu.core.period.ReportingPeriod;
import se.klinedu.indicators.observation.Milestone;
import se.klinedu.indicators.observation.Observation;
import se.klinedu.indicators.observation.ReviewOutcome;
import se.klinedu.indicators.statistics.ConfidenceLevel;
import se.klinedu.indicators.statistics.Interval;
import se.klinedu.indicators.statistics.Intervals;
import se.klinedu.indicators.target.Direction;
import se.klinedu.indicators.target.Indicator;
import se.klinedu.indicators.target.Target;
import se.klinedu.indicators.target.TargetKind;

/**
 * Evaluates indicators against their targets. Pure: the same arguments give the same result.
 *
 * <p>The rules, in order:
 *
 * <ol>
 *   <li>no observation → {@link Status#NO_DATA};
 *   <li>counts with a denominator of 0 → {@link Status#NO_DATA}, never a share of 0;
 *   <li>a qualitative target without a local threshold in the policy → {@link Status#NOT_EVALUABLE};
 *   <li>counts with fewer respondents than the policy's minimum group size → {@link Status#SUPPRESSED},
 *       disclosing nothing numeric;
 *   <li>counts against the threshold, compared exactly on the unrounded counts (89.996 % is not
 *       "&gt;90 %"): {@link Status#MET} or {@link Status#NOT_MET}, with the Wilson interval and whether it
 *       lies wholly on one side of the threshold. For an indicator where lower is better, the comparison
 *       reads "better than": "&gt; p" is met below p, "&gt;= p" at or below p;
 *   <li>a milestone is met when done; a review when its outcome is good.
 * </ol>
 *
 * @since 0.1
 */
public final class Evaluations {

    private Evaluations() {
    }

    /**
     * Evaluates an indicator on a unit's observation: the result is of the observation's unit and period.
     *
     * @param indicator the indicator, not null
     * @param observation the unit's observation of the indicator in a period, not null
     * @param policy the policy, not null
     * @return the result with its reasons
     * @throws InvalidInputException if the observation is of another indicator, or of a kind the indicator's
     *     target does not take
     */
    public static IndicatorResult evaluate(Indicator indicator, Observation observation, EvaluationPolicy policy) {
        Objects.requireNonNull(indicator, "indicator");
        Objects.requireNonNull(observation, "observation");
        Objects.requireNonNull(policy, "policy");
        OrganisationUnitId unit = observation.unit();
        ReportingPeriod period = observation.period();
        if (!observation.indicator().equals(indicator.id())) {
            throw InvalidInputException.of("observation", "must be of " + indicator.id(), observation.key());
        }
        TargetKind kind = indicator.target().kind();
        if (!observation.fits(kind)) {
            throw InvalidInputException.of("observation", "must fit the " + kind + " target of " + indicator.id(),
                    observation.key());
        }
        return switch (kind) {
            case SHARE, QUALITATIVE -> evaluateCounts(indicator, unit, period, observation.counts().orElseThrow(), policy);
            case MILESTONE, RECURRING -> milestone(indicator, unit, period, observation.milestone().orElseThrow());
            case REVIEW -> review(indicator, unit, period, observation.review().orElseThrow());
        };
    }

    /**
     * The result of an indicator for a unit and period without an observation.
     *
     * @param indicator the indicator, not null
     * @param unit the organisation unit, not null
     * @param period the reporting period, not null
     * @return the result, with status {@link Status#NO_DATA} and its reasons
     */
    public static IndicatorResult noData(Indicator indicator, OrganisationUnitId unit, ReportingPeriod period) {
        Objects.requireNonNull(indicator, "indicator");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(period, "period");
        return result(indicator, unit, period, Status.NO_DATA, null, null, null, null, null, 0);
    }

    /**
     * Evaluates counts of a share or qualitative indicator, such as the counts pooled over a unit's subtree.
     *
     * @param indicator the indicator, with a share or qualitative target, not null
     * @param unit the organisation unit the counts are of, not null
     * @param period the reporting period, not null
     * @param counts the counts, not null
     * @param policy the policy, not null
     * @return the result with its reasons
     * @throws InvalidInputException if the indicator's target is not observed as counts
     */
    public static IndicatorResult evaluateCounts(Indicator indicator, OrganisationUnitId unit, ReportingPeriod period,
            Counts counts, EvaluationPolicy policy) {
        Objects.requireNonNull(indicator, "indicator");
        Objects.requireNonNull(counts, "counts");
        Objects.requireNonNull(policy, "policy");
        Target target = indicator.target();
        if (!target.kind().isObservedAsCounts()) {
            throw InvalidInputException.of("indicator", "must have a share or qualitative target to take counts", indicator.id());
        }
        if (counts.isEmpty()) {
            return result(indicator, unit, period, Status.NO_DATA, null, counts, null, null, null, 0);
        }
        Threshold threshold = thresholdOf(indicator, policy);
        if (threshold == null) {
            return result(indicator, unit, period, Status.NOT_EVALUABLE, null, null, null, null, null, 0);
        }
        if (counts.denominator() < policy.minimumGroupSize()) {
            return suppressed(indicator, unit, period, policy);
        }
        Direction direction = indicator.direction();
        boolean met = meets(counts, threshold, direction);
        Interval interval = Intervals.wilson(counts, policy.confidenceLevel());
        boolean clear = meets(interval.lower(), threshold, direction) == meets(interval.upper(), threshold, direction);
        return result(indicator, unit, period, met ? Status.MET : Status.NOT_MET, threshold, counts, interval,
                policy.confidenceLevel(), clear ? Certainty.CLEAR : Certainty.UNCERTAIN, 0);
    }

    /**
     * Returns a suppressed result: nothing numeric, and one reason whatever the cause. A group of fewer
     * respondents than the policy's minimum, and a group hidden so that such a group cannot be derived from
     * its parent and siblings, give the same result field by field, so that no reader can tell one from the
     * other (which would pin the small group's size).
     *
     * @param indicator the indicator, not null
     * @param unit the organisation unit, not null
     * @param period the reporting period, not null
     * @param policy the policy, whose minimum group size the reason names, not null
     * @return the result
     */
    public static IndicatorResult suppressed(Indicator indicator, OrganisationUnitId unit, ReportingPeriod period,
            EvaluationPolicy policy) {
        Objects.requireNonNull(indicator, "indicator");
        Objects.requireNonNull(policy, "policy");
        return result(indicator, unit, period, Status.SUPPRESSED, thresholdOf(indicator, policy), null, null, null, null,
                policy.minimumGroupSize());
    }

    /** {@return the threshold an indicator is evaluated against: its target's, or the policy's local one; null if neither} */
    private static Threshold thresholdOf(Indicator indicator, EvaluationPolicy policy) {
        Target target = indicator.target();
        return target.kind() == TargetKind.SHARE ? target.threshold().orElseThrow()
                : policy.localThreshold(indicator.id()).orElse(null);
    }

    /**
     * Whether counts meet a threshold in an indicator's direction, compared exactly.
     *
     * @param counts the counts, denominator at least 1, not null
     * @param threshold the threshold, not null
     * @param direction the direction, not null
     * @return true when the share meets the threshold
     */
    public static boolean meets(Counts counts, Threshold threshold, Direction direction) {
        Objects.requireNonNull(counts, "counts");
        Objects.requireNonNull(threshold, "threshold");
        Objects.requireNonNull(direction, "direction");
        if (direction == Direction.HIGHER_IS_BETTER) {
            return threshold.isPassedBy(counts);
        }
        // below p ⇔ not at least p; at most p ⇔ not more than p
        Comparison mirrored = threshold.comparison() == Comparison.MORE_THAN ? Comparison.AT_LEAST : Comparison.MORE_THAN;
        return !Threshold.of(mirrored, threshold.percent()).isPassedBy(counts);
    }

    private static boolean meets(double share, Threshold threshold, Direction direction) {
        double p = threshold.percent().doubleValue() / 100;
        boolean strict = threshold.comparison() == Comparison.MORE_THAN;
        return direction == Direction.HIGHER_IS_BETTER
                ? (strict ? share > p : share >= p)
                : (strict ? share < p : share <= p);
    }

    private static IndicatorResult milestone(Indicator indicator, OrganisationUnitId unit, ReportingPeriod period,
            Milestone milestone) {
        return new IndicatorResult(indicator.id(), unit, period, indicator.target(), indicator.direction(),
                milestone.done() ? Status.MET : Status.NOT_MET, null, null, null, null, null, milestone, null, 0, 0, List.of());
    }

    private static IndicatorResult review(Indicator indicator, OrganisationUnitId unit, ReportingPeriod period,
            ReviewOutcome outcome) {
        return new IndicatorResult(indicator.id(), unit, period, indicator.target(), indicator.direction(),
                outcome == ReviewOutcome.GOOD ? Status.MET : Status.NOT_MET, null, null, null, null, null, null, outcome, 0, 0,
                List.of());
    }

    /** A result of counts, made directly rather than through the builder: this is the path a roll-up takes per unit. */
    private static IndicatorResult result(Indicator indicator, OrganisationUnitId unit, ReportingPeriod period, Status status,
            Threshold threshold, Counts counts, Interval interval, ConfidenceLevel level, Certainty certainty, int minimumGroupSize) {
        return new IndicatorResult(indicator.id(), Objects.requireNonNull(unit, "unit"), Objects.requireNonNull(period, "period"),
                indicator.target(), indicator.direction(), status, threshold, counts, interval, level, certainty, null, null,
                minimumGroupSize, 0, List.of());
    }
}
