package se.klinedu.indicators.evaluation;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.immutables.value.Value;
import se.klinedu.core.Counts;
import se.klinedu.core.InvalidInputException;
import se.klinedu.core.Threshold;
import se.klinedu.core.explain.Reason;
import se.klinedu.core.internal.KlineduStyle;
import se.klinedu.core.organisation.OrganisationUnitId;
import se.klinedu.core.period.ReportingPeriod;
import se.klinedu.indicators.observation.Milestone;
import se.klinedu.indicators.observation.ReviewOutcome;
import se.klinedu.indicators.statistics.ConfidenceLevel;
import se.klinedu.indicators.statistics.Interval;
import se.klinedu.indicators.target.Direction;
import se.klinedu.indicators.target.IndicatorId;
import se.klinedu.indicators.target.Target;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * The evaluation of one indicator for one organisation unit and period: the status, what it was decided
 * on, and why.
 *
 * <p>For a share: the counts, the point estimate, the Wilson interval, and whether the interval lies
 * wholly on one side of the threshold. The result keeps the numbers and what they were judged by (the
 * target, the direction, the confidence level, the minimum group size); its {@linkplain #reasons() reasons}
 * are derived from them when asked for, as data that a {@link se.klinedu.core.explain.Renderer} writes in
 * Swedish, Norwegian or English. A {@link Status#SUPPRESSED} result discloses nothing numeric —
 * no counts, estimate, interval or certainty — in Java, in JSON or in {@link #toString()}; this is a rule
 * of the type, checked on construction. Instances are immutable and thread-safe.
 *
 * @since 0.1
 */
@Value.Immutable
@KlineduStyle
@JsonDeserialize(builder = IndicatorResult.Builder.class)
public abstract class IndicatorResult {

    IndicatorResult() {
    }

    /**
     * {@return the indicator}
     */
    @JsonProperty(value = "indicator", required = true)
    public abstract IndicatorId indicator();

    /**
     * {@return the organisation unit; for a pooled result, the unit whose subtree was pooled}
     */
    @JsonProperty(value = "unit", required = true)
    public abstract OrganisationUnitId unit();

    /**
     * {@return the reporting period}
     */
    @JsonProperty(value = "period", required = true)
    public abstract ReportingPeriod period();

    /**
     * {@return the indicator's target}
     */
    @JsonProperty(value = "target", required = true)
    public abstract Target target();

    /**
     * {@return the indicator's direction; higher is better unless the indicator says otherwise}
     */
    @JsonProperty("direction")
    @Value.Default
    public Direction direction() {
        return Direction.HIGHER_IS_BETTER;
    }

    /**
     * {@return the status against the target}
     */
    @JsonProperty(value = "status", required = true)
    public abstract Status status();

    /**
     * {@return the threshold the share was compared with (the target's, or the policy's local one for a qualitative level)}
     */
    @JsonProperty("threshold")
    public abstract Optional<Threshold> threshold();

    /**
     * {@return the counts used; absent when suppressed or not observed as counts}
     */
    @JsonProperty("counts")
    public abstract Optional<Counts> counts();

    /**
     * {@return the share numerator / denominator, unrounded; absent when suppressed or without respondents}
     */
    @JsonProperty("estimate")
    public abstract Optional<Double> estimate();

    /**
     * {@return the Wilson score interval of the share at the policy's confidence level; absent with the estimate}
     */
    @JsonProperty("interval")
    public abstract Optional<Interval> interval();

    /**
     * {@return the confidence level of the interval; present with the interval}
     */
    @JsonProperty("confidenceLevel")
    public abstract Optional<ConfidenceLevel> confidenceLevel();

    /**
     * {@return whether the interval lies wholly on one side of the threshold; present when both are}
     */
    @JsonProperty("certainty")
    public abstract Optional<Certainty> certainty();

    /**
     * {@return the milestone's state, for a milestone target}
     */
    @JsonProperty("milestone")
    public abstract Optional<Milestone> milestone();

    /**
     * {@return the review's outcome, for a review target}
     */
    @JsonProperty("review")
    public abstract Optional<ReviewOutcome> review();

    /**
     * {@return the policy's minimum group size; present exactly when the result is suppressed}
     */
    @JsonProperty("minimumGroupSize")
    public abstract OptionalInt minimumGroupSize();

    /**
     * {@return for a milestone or review result pooled over a unit's subtree, how many units of the subtree
     *     were observed}
     */
    @JsonProperty("subtreeObservations")
    public abstract OptionalInt subtreeObservations();

    /**
     * {@return for a pooled milestone or review result, the units of the subtree whose own result is not met,
     *     in id order}
     */
    @JsonProperty("notMetIn")
    public abstract List<OrganisationUnitId> notMetIn();

    /**
     * Returns the reasons: the target, the values used and the rule applied, at least two. They are derived
     * from the result's values on first use, and written to JSON with their texts; reading a result derives
     * them again and checks them against those the document gives, if it gives any.
     *
     * @return the reasons, unmodifiable
     */
    @JsonProperty("reasons")
    @Value.Lazy
    public List<Reason> reasons() {
        return ResultReasons.of(this);
    }

    /**
     * {@return a builder; indicator, unit, period, target and status are required}
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Builds a {@link IndicatorResult}: {@code build()} checks the value as every other way of making one does.
     */
    public static final class Builder extends ImmutableIndicatorResult.Builder {

        /** The reasons a document gives, checked against the derived ones; null when none are given. */
        private List<Reason> given;

        Builder() {
        }

        /**
         * Gives the reasons the result is expected to have, as a document written by this library carries them;
         * {@link #build()} checks them against the reasons its values give.
         *
         * @param reasons the reasons, not null
         * @return this builder
         */
        @JsonProperty("reasons")
        public Builder reasons(List<Reason> reasons) {
            this.given = List.copyOf(reasons);
            return this;
        }

        /**
         * {@inheritDoc}
         *
         * @throws InvalidInputException also if reasons were given that are not the ones the values give
         */
        @Override
        public IndicatorResult build() {
            IndicatorResult result = super.build();
            if (given != null && !given.equals(result.reasons())) {
                throw InvalidInputException.of("reasons", "must be the reasons the result's values give, "
                        + result.reasons(), given);
            }
            return result;
        }
    }

    /**
     * {@return true when nothing numeric is disclosed because the group is too small or could be derived}
     */
    public boolean isSuppressed() {
        return status() == Status.SUPPRESSED;
    }

    @Value.Check
    void check() {
        if (minimumGroupSize().orElse(1) < 1 || subtreeObservations().orElse(1) < 1) {
            throw InvalidInputException.of(minimumGroupSize().orElse(1) < 1 ? "minimumGroupSize" : "subtreeObservations",
                    "must be at least 1", minimumGroupSize().orElse(subtreeObservations().orElse(0)));
        }
        if (isSuppressed() != minimumGroupSize().isPresent()) {
            throw InvalidInputException.of("minimumGroupSize", "must be present exactly when the result is suppressed",
                    status());
        }
        if (isSuppressed() && (counts().isPresent() || estimate().isPresent() || interval().isPresent()
                || certainty().isPresent())) {
            throw InvalidInputException.of("status", "a suppressed result must disclose no counts, estimate, interval or certainty");
        }
        if (estimate().isPresent() && !(estimate().get() >= 0 && estimate().get() <= 1)) {
            throw InvalidInputException.of("estimate", "must be within 0..1", estimate().get());
        }
        if (interval().isPresent() != estimate().isPresent()) {
            throw InvalidInputException.of("interval", "must be present exactly when the estimate is");
        }
        if (confidenceLevel().isPresent() != interval().isPresent()) {
            throw InvalidInputException.of("confidenceLevel", "must be present exactly when the interval is");
        }
        if (interval().isPresent() && (threshold().isEmpty() || certainty().isEmpty())) {
            throw InvalidInputException.of("interval", "must come with the threshold and the certainty it was judged by");
        }
        if (!notMetIn().isEmpty() && (subtreeObservations().isEmpty() || status() != Status.NOT_MET)) {
            throw InvalidInputException.of("notMetIn", "names units of a pooled result that is not met");
        }
        ResultReasons.check(this);
    }
}
