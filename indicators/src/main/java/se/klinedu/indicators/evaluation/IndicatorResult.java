package se.klinedu.indicators.evaluation;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import se.klinedu.core.Counts;
import se.klinedu.core.InvalidInputException;
import se.klinedu.core.Threshold;
import se.klinedu.core.internal.Checks;
import se.klinedu.core.internal.KlineduStyle;
import se.klinedu.core.organisation.OrganisationUnitId;
import se.klinedu.core.period.ReportingPeriod;
import se.klinedu.indicators.observation.Milestone;
import se.klinedu.indicators.observation.ReviewOutcome;
import se.klinedu.indicators.statistics.Interval;
import se.klinedu.indicators.target.IndicatorId;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * The evaluation of one indicator for one organisation unit and period: the status, what it was decided
 * on, and why.
 *
 * <p>For a share: the counts, the point estimate, the Wilson interval, and whether the interval lies
 * wholly on one side of the threshold. A {@link Status#SUPPRESSED} result discloses nothing numeric —
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
     * {@return the reasons: the target, the values used and the rule applied, at least one}
     */
    @JsonProperty(value = "reasons", required = true)
    public abstract List<String> reasons();

    /**
     * {@return a builder; indicator, unit, period, status and at least one reason are required}
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Builds a {@link IndicatorResult}: {@code build()} checks the value as every other way of making one does.
     */
    public static final class Builder extends ImmutableIndicatorResult.Builder {

        Builder() {
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
        Checks.notEmpty("reasons", reasons());
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
    }
}
