package se.klinedu.indicators.evaluation;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.StringJoiner;
import se.klinedu.core.Counts;
import se.klinedu.core.InvalidInputException;
import se.klinedu.core.Threshold;
import se.klinedu.core.explain.Reason;
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
import tools.jackson.databind.annotation.JsonPOJOBuilder;

/**
 * The evaluation of one indicator for one organisation unit and period: the status, what it was decided
 * on, and why.
 *
 * <p>For a share: the counts, the point estimate, the Wilson interval, and whether the interval lies
 * wholly on one side of the threshold. The result keeps the numbers and what they were judged by (the
 * target, the direction, the confidence level, the minimum group size); its {@linkplain #reasons() reasons}
 * and its {@linkplain #estimate() estimate} are derived from them when asked for, the reasons as data that a
 * {@link se.klinedu.core.explain.Renderer} writes in Swedish, Norwegian or English. A
 * {@link Status#SUPPRESSED} result discloses nothing numeric — no counts, estimate, interval or certainty —
 * in Java, in JSON or in {@link #toString()}; this is a rule of the type, checked on construction. Instances
 * are immutable and thread-safe.
 *
 * <p>Unlike klinedu's other value types, this one is written by hand rather than generated: it is made once
 * per evaluation, millions of times in a region's roll-up, and the generated class's builder and its
 * optional fields, wrapped anew on every read, cost more than the arithmetic it reports (see the indicators
 * README, Interpretations). It keeps their contract: a builder that checks what every other way of making
 * one checks, and JSON read through that builder.
 *
 * @since 0.1
 */
@JsonDeserialize(builder = IndicatorResult.Builder.class)
public final class IndicatorResult {

    private static final int ABSENT = 0;
    private static final Optional<Certainty> CLEAR = Optional.of(Certainty.CLEAR);
    private static final Optional<Certainty> UNCERTAIN = Optional.of(Certainty.UNCERTAIN);

    private final IndicatorId indicator;
    private final OrganisationUnitId unit;
    private final ReportingPeriod period;
    private final Target target;
    private final Direction direction;
    private final Status status;
    private final Threshold threshold;
    private final Counts counts;
    private final Interval interval;
    private final ConfidenceLevel confidenceLevel;
    private final Certainty certainty;
    /** What a result not judged on counts was judged on; null for a result of counts, to keep that one small. */
    private final Basis basis;
    /** The policy's minimum group size, or {@link #ABSENT}; at least 1 when present. */
    private final int minimumGroupSize;

    IndicatorResult(IndicatorId indicator, OrganisationUnitId unit, ReportingPeriod period, Target target, Direction direction,
            Status status, Threshold threshold, Counts counts, Interval interval, ConfidenceLevel confidenceLevel,
            Certainty certainty, Milestone milestone, ReviewOutcome review, int minimumGroupSize, int subtreeObservations,
            List<OrganisationUnitId> notMetIn) {
        this.indicator = indicator;
        this.unit = unit;
        this.period = period;
        this.target = target;
        this.direction = direction;
        this.status = status;
        this.threshold = threshold;
        this.counts = counts;
        this.interval = interval;
        this.confidenceLevel = confidenceLevel;
        this.certainty = certainty;
        this.basis = milestone == null && review == null && subtreeObservations == ABSENT && notMetIn.isEmpty() ? null
                : new Basis(milestone, review, subtreeObservations, notMetIn);
        this.minimumGroupSize = minimumGroupSize;
        check();
    }

    /**
     * {@return the indicator}
     */
    @JsonProperty("indicator")
    public IndicatorId indicator() {
        return indicator;
    }

    /**
     * {@return the organisation unit; for a pooled result, the unit whose subtree was pooled}
     */
    @JsonProperty("unit")
    public OrganisationUnitId unit() {
        return unit;
    }

    /**
     * {@return the reporting period}
     */
    @JsonProperty("period")
    public ReportingPeriod period() {
        return period;
    }

    /**
     * {@return the indicator's target}
     */
    @JsonProperty("target")
    public Target target() {
        return target;
    }

    /**
     * {@return the indicator's direction; higher is better unless the indicator says otherwise}
     */
    @JsonProperty("direction")
    public Direction direction() {
        return direction;
    }

    /**
     * {@return the status against the target}
     */
    @JsonProperty("status")
    public Status status() {
        return status;
    }

    /**
     * {@return the threshold the share was compared with (the target's, or the policy's local one for a qualitative level)}
     */
    @JsonProperty("threshold")
    public Optional<Threshold> threshold() {
        return Optional.ofNullable(threshold);
    }

    /**
     * {@return the counts used; absent when suppressed or not observed as counts}
     */
    @JsonProperty("counts")
    public Optional<Counts> counts() {
        return Optional.ofNullable(counts);
    }

    /**
     * {@return the share numerator / denominator, unrounded; present with the interval}
     */
    @JsonProperty("estimate")
    public Optional<Double> estimate() {
        return interval == null ? Optional.empty() : Optional.of(counts.share());
    }

    /**
     * {@return the Wilson score interval of the share at the policy's confidence level; absent when suppressed
     *     or without respondents}
     */
    @JsonProperty("interval")
    public Optional<Interval> interval() {
        return Optional.ofNullable(interval);
    }

    /**
     * {@return the confidence level of the interval; present with the interval}
     */
    @JsonProperty("confidenceLevel")
    public Optional<ConfidenceLevel> confidenceLevel() {
        return Optional.ofNullable(confidenceLevel);
    }

    /**
     * {@return whether the interval lies wholly on one side of the threshold; present with the interval}
     */
    @JsonProperty("certainty")
    public Optional<Certainty> certainty() {
        return certainty == null ? Optional.empty() : certainty == Certainty.CLEAR ? CLEAR : UNCERTAIN;
    }

    /**
     * {@return the milestone's state, for a milestone target}
     */
    @JsonProperty("milestone")
    public Optional<Milestone> milestone() {
        return basis == null ? Optional.empty() : Optional.ofNullable(basis.milestone);
    }

    /**
     * {@return the review's outcome, for a review target}
     */
    @JsonProperty("review")
    public Optional<ReviewOutcome> review() {
        return basis == null ? Optional.empty() : Optional.ofNullable(basis.review);
    }

    /**
     * {@return the policy's minimum group size; present exactly when the result is suppressed}
     */
    @JsonProperty("minimumGroupSize")
    public OptionalInt minimumGroupSize() {
        return minimumGroupSize == ABSENT ? OptionalInt.empty() : OptionalInt.of(minimumGroupSize);
    }

    /**
     * {@return for a milestone or review result pooled over a unit's subtree, how many units of the subtree
     *     were observed}
     */
    @JsonProperty("subtreeObservations")
    public OptionalInt subtreeObservations() {
        return basis == null || basis.subtreeObservations == ABSENT ? OptionalInt.empty()
                : OptionalInt.of(basis.subtreeObservations);
    }

    /**
     * {@return for a pooled milestone or review result, the units of the subtree whose own result is not met,
     *     in id order}
     */
    @JsonProperty("notMetIn")
    public List<OrganisationUnitId> notMetIn() {
        return basis == null ? List.of() : basis.notMetIn;
    }

    /**
     * Returns the reasons: the target, the values used and the rule applied, at least two. They are derived
     * from the result's values each time they are asked for (a result is made far more often than explained),
     * and written to JSON with their texts; reading a result derives them again and checks them against those
     * the document gives, if it gives any.
     *
     * @return the reasons, unmodifiable
     */
    @JsonProperty("reasons")
    public List<Reason> reasons() {
        return ResultReasons.of(this);
    }

    /**
     * {@return true when nothing numeric is disclosed because the group is too small or could be derived}
     */
    public boolean isSuppressed() {
        return status == Status.SUPPRESSED;
    }

    /**
     * {@return a builder; indicator, unit, period, target and status are required}
     */
    public static Builder builder() {
        return new Builder();
    }

    private void check() {
        if ((status == Status.SUPPRESSED) != (minimumGroupSize != ABSENT)) {
            throw InvalidInputException.of("minimumGroupSize", "must be present exactly when the result is suppressed", status);
        }
        if (status == Status.SUPPRESSED && (counts != null || interval != null || certainty != null)) {
            throw InvalidInputException.of("status", "a suppressed result must disclose no counts, estimate, interval or certainty");
        }
        if (interval != null && (counts == null || counts.isEmpty())) {
            throw InvalidInputException.of("interval", "must come with counts that have respondents, whose share is the estimate");
        }
        if ((confidenceLevel != null) != (interval != null)) {
            throw InvalidInputException.of("confidenceLevel", "must be present exactly when the interval is");
        }
        if (interval != null && (threshold == null || certainty == null)) {
            throw InvalidInputException.of("interval", "must come with the threshold and the certainty it was judged by");
        }
        boolean pooled = basis != null && basis.subtreeObservations != ABSENT;
        if (!notMetIn().isEmpty() && (!pooled || status != Status.NOT_MET)) {
            throw InvalidInputException.of("notMetIn", "names units of a pooled result that is not met");
        }
        ResultReasons.check(this, status, counts, interval != null, pooled);
    }

    @Override
    public boolean equals(Object other) {
        return this == other || other instanceof IndicatorResult that
                && indicator.equals(that.indicator) && unit.equals(that.unit) && period.equals(that.period)
                && target.equals(that.target) && direction == that.direction && status == that.status
                && Objects.equals(threshold, that.threshold) && Objects.equals(counts, that.counts)
                && Objects.equals(interval, that.interval) && Objects.equals(confidenceLevel, that.confidenceLevel)
                && certainty == that.certainty && Objects.equals(basis, that.basis)
                && minimumGroupSize == that.minimumGroupSize;
    }

    @Override
    public int hashCode() {
        return Objects.hash(indicator, unit, period, target, direction, status, threshold, counts, interval, confidenceLevel,
                certainty, basis, minimumGroupSize);
    }

    /** {@return the values present, by name; a suppressed result has no numbers to show} */
    @Override
    public String toString() {
        StringJoiner text = new StringJoiner(", ", "IndicatorResult{", "}");
        text.add("indicator=" + indicator).add("unit=" + unit).add("period=" + period).add("target=" + target)
                .add("direction=" + direction).add("status=" + status);
        add(text, "threshold", threshold);
        add(text, "counts", counts);
        add(text, "interval", interval);
        add(text, "confidenceLevel", confidenceLevel);
        add(text, "certainty", certainty);
        add(text, "milestone", milestone().orElse(null));
        add(text, "review", review().orElse(null));
        add(text, "minimumGroupSize", minimumGroupSize == ABSENT ? null : minimumGroupSize);
        add(text, "subtreeObservations", basis == null || basis.subtreeObservations == ABSENT ? null : basis.subtreeObservations);
        if (!notMetIn().isEmpty()) {
            text.add("notMetIn=" + notMetIn());
        }
        return text.toString();
    }

    /**
     * What a result was judged on when not on counts: a milestone's state, a review's outcome, or the units of a
     * pooled subtree. Kept apart so that a result of counts, made millions of times in a roll-up, stays small.
     */
    private static final class Basis {
        private final Milestone milestone;
        private final ReviewOutcome review;
        /** The units observed in a pooled subtree, or {@link #ABSENT}; at least 1 when present. */
        private final int subtreeObservations;
        private final List<OrganisationUnitId> notMetIn;

        Basis(Milestone milestone, ReviewOutcome review, int subtreeObservations, List<OrganisationUnitId> notMetIn) {
            this.milestone = milestone;
            this.review = review;
            this.subtreeObservations = subtreeObservations;
            this.notMetIn = notMetIn;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Basis that && Objects.equals(milestone, that.milestone) && review == that.review
                    && subtreeObservations == that.subtreeObservations && notMetIn.equals(that.notMetIn);
        }

        @Override
        public int hashCode() {
            return Objects.hash(milestone, review, subtreeObservations, notMetIn);
        }
    }

    private static void add(StringJoiner text, String name, Object value) {
        if (value != null) {
            text.add(name + "=" + value);
        }
    }

    /**
     * Builds an {@link IndicatorResult}: {@code build()} checks the value as every other way of making one does.
     * JSON is read through it.
     */
    @JsonPOJOBuilder(withPrefix = "")
    public static final class Builder {

        private IndicatorId indicator;
        private OrganisationUnitId unit;
        private ReportingPeriod period;
        private Target target;
        private Direction direction = Direction.HIGHER_IS_BETTER;
        private Status status;
        private Threshold threshold;
        private Counts counts;
        private Double estimate;
        private Interval interval;
        private ConfidenceLevel confidenceLevel;
        private Certainty certainty;
        private Milestone milestone;
        private ReviewOutcome review;
        private int minimumGroupSize;
        private int subtreeObservations;
        private List<OrganisationUnitId> notMetIn;
        private List<Reason> reasons;

        Builder() {
        }

        /**
         * Sets the indicator.
         *
         * @param indicator the indicator, not null
         * @return this builder
         */
        @JsonProperty(value = "indicator", required = true)
        public Builder indicator(IndicatorId indicator) {
            this.indicator = Objects.requireNonNull(indicator, "indicator");
            return this;
        }

        /**
         * Sets the unit.
         *
         * @param unit the organisation unit, not null
         * @return this builder
         */
        @JsonProperty(value = "unit", required = true)
        public Builder unit(OrganisationUnitId unit) {
            this.unit = Objects.requireNonNull(unit, "unit");
            return this;
        }

        /**
         * Sets the period.
         *
         * @param period the reporting period, not null
         * @return this builder
         */
        @JsonProperty(value = "period", required = true)
        public Builder period(ReportingPeriod period) {
            this.period = Objects.requireNonNull(period, "period");
            return this;
        }

        /**
         * Sets the target.
         *
         * @param target the indicator's target, not null
         * @return this builder
         */
        @JsonProperty(value = "target", required = true)
        public Builder target(Target target) {
            this.target = Objects.requireNonNull(target, "target");
            return this;
        }

        /**
         * Sets the direction.
         *
         * @param direction the indicator's direction, not null; higher is better when not set
         * @return this builder
         */
        @JsonProperty("direction")
        public Builder direction(Direction direction) {
            this.direction = Objects.requireNonNull(direction, "direction");
            return this;
        }

        /**
         * Sets the status.
         *
         * @param status the status, not null
         * @return this builder
         */
        @JsonProperty(value = "status", required = true)
        public Builder status(Status status) {
            this.status = Objects.requireNonNull(status, "status");
            return this;
        }

        /**
         * Sets the threshold.
         *
         * @param threshold the threshold compared with, not null
         * @return this builder
         */
        @JsonProperty("threshold")
        public Builder threshold(Threshold threshold) {
            this.threshold = Objects.requireNonNull(threshold, "threshold");
            return this;
        }

        /**
         * Sets the threshold.
         *
         * @param threshold the threshold compared with, or empty for none, not null
         * @return this builder
         */
        public Builder threshold(Optional<Threshold> threshold) {
            this.threshold = threshold.orElse(null);
            return this;
        }

        /**
         * Sets the counts.
         *
         * @param counts the counts used, not null
         * @return this builder
         */
        @JsonProperty("counts")
        public Builder counts(Counts counts) {
            this.counts = Objects.requireNonNull(counts, "counts");
            return this;
        }

        /**
         * Sets the counts.
         *
         * @param counts the counts, or empty for none, not null
         * @return this builder
         */
        public Builder counts(Optional<Counts> counts) {
            this.counts = counts.orElse(null);
            return this;
        }

        /**
         * Gives the estimate a document carries; {@link #build()} checks it against the share of the counts.
         *
         * @param estimate the estimate
         * @return this builder
         */
        @JsonProperty("estimate")
        public Builder estimate(double estimate) {
            this.estimate = estimate;
            return this;
        }

        /**
         * Sets the estimate.
         *
         * @param estimate the estimate, or empty for none, not null
         * @return this builder
         */
        public Builder estimate(Optional<Double> estimate) {
            this.estimate = estimate.orElse(null);
            return this;
        }

        /**
         * Sets the interval.
         *
         * @param interval the Wilson interval, not null
         * @return this builder
         */
        @JsonProperty("interval")
        public Builder interval(Interval interval) {
            this.interval = Objects.requireNonNull(interval, "interval");
            return this;
        }

        /**
         * Sets the interval.
         *
         * @param interval the interval, or empty for none, not null
         * @return this builder
         */
        public Builder interval(Optional<Interval> interval) {
            this.interval = interval.orElse(null);
            return this;
        }

        /**
         * Sets the confidence level.
         *
         * @param confidenceLevel the interval's confidence level, not null
         * @return this builder
         */
        @JsonProperty("confidenceLevel")
        public Builder confidenceLevel(ConfidenceLevel confidenceLevel) {
            this.confidenceLevel = Objects.requireNonNull(confidenceLevel, "confidenceLevel");
            return this;
        }

        /**
         * Sets the confidence level.
         *
         * @param confidenceLevel the confidenceLevel, or empty for none, not null
         * @return this builder
         */
        public Builder confidenceLevel(Optional<ConfidenceLevel> confidenceLevel) {
            this.confidenceLevel = confidenceLevel.orElse(null);
            return this;
        }

        /**
         * Sets the certainty.
         *
         * @param certainty whether the interval lies on one side of the threshold, not null
         * @return this builder
         */
        @JsonProperty("certainty")
        public Builder certainty(Certainty certainty) {
            this.certainty = Objects.requireNonNull(certainty, "certainty");
            return this;
        }

        /**
         * Sets the certainty.
         *
         * @param certainty the certainty, or empty for none, not null
         * @return this builder
         */
        public Builder certainty(Optional<Certainty> certainty) {
            this.certainty = certainty.orElse(null);
            return this;
        }

        /**
         * Sets the milestone.
         *
         * @param milestone the milestone's state, not null
         * @return this builder
         */
        @JsonProperty("milestone")
        public Builder milestone(Milestone milestone) {
            this.milestone = Objects.requireNonNull(milestone, "milestone");
            return this;
        }

        /**
         * Sets the milestone.
         *
         * @param milestone the milestone, or empty for none, not null
         * @return this builder
         */
        public Builder milestone(Optional<Milestone> milestone) {
            this.milestone = milestone.orElse(null);
            return this;
        }

        /**
         * Sets the review.
         *
         * @param review the review's outcome, not null
         * @return this builder
         */
        @JsonProperty("review")
        public Builder review(ReviewOutcome review) {
            this.review = Objects.requireNonNull(review, "review");
            return this;
        }

        /**
         * Sets the review.
         *
         * @param review the review, or empty for none, not null
         * @return this builder
         */
        public Builder review(Optional<ReviewOutcome> review) {
            this.review = review.orElse(null);
            return this;
        }

        /**
         * Sets the minimum group size.
         *
         * @param minimumGroupSize the policy's minimum group size, at least 1, for a suppressed result
         * @return this builder
         */
        @JsonProperty("minimumGroupSize")
        public Builder minimumGroupSize(int minimumGroupSize) {
            this.minimumGroupSize = atLeastOne("minimumGroupSize", minimumGroupSize);
            return this;
        }

        /**
         * Sets the minimum group size.
         *
         * @param minimumGroupSize the minimumGroupSize, or empty for none, not null
         * @return this builder
         */
        public Builder minimumGroupSize(OptionalInt minimumGroupSize) {
            this.minimumGroupSize = minimumGroupSize.isPresent() ? atLeastOne("minimumGroupSize", minimumGroupSize.getAsInt()) : ABSENT;
            return this;
        }

        /**
         * Sets the subtree observations.
         *
         * @param subtreeObservations how many units of a pooled subtree were observed, at least 1
         * @return this builder
         */
        @JsonProperty("subtreeObservations")
        public Builder subtreeObservations(int subtreeObservations) {
            this.subtreeObservations = atLeastOne("subtreeObservations", subtreeObservations);
            return this;
        }

        /**
         * Sets the subtree observations.
         *
         * @param subtreeObservations the subtreeObservations, or empty for none, not null
         * @return this builder
         */
        public Builder subtreeObservations(OptionalInt subtreeObservations) {
            this.subtreeObservations = subtreeObservations.isPresent()
                    ? atLeastOne("subtreeObservations", subtreeObservations.getAsInt()) : ABSENT;
            return this;
        }

        /**
         * Sets the not met in.
         *
         * @param notMetIn the units of a pooled subtree whose own result is not met, not null
         * @return this builder
         */
        @JsonProperty("notMetIn")
        public Builder notMetIn(List<OrganisationUnitId> notMetIn) {
            List<OrganisationUnitId> units = new ArrayList<>(notMetIn.size());
            notMetIn.forEach(id -> units.add(Objects.requireNonNull(id, "notMetIn element")));
            this.notMetIn = units;
            return this;
        }

        /**
         * Gives the reasons a document carries; {@link #build()} checks them against the reasons the values give.
         *
         * @param reasons the reasons, not null
         * @return this builder
         */
        @JsonProperty("reasons")
        public Builder reasons(List<Reason> reasons) {
            this.reasons = List.copyOf(reasons);
            return this;
        }

        private static int atLeastOne(String name, int value) {
            if (value < 1) {
                throw InvalidInputException.of(name, "must be at least 1", value);
            }
            return value;
        }

        /**
         * Builds the result.
         *
         * @return the result
         * @throws InvalidInputException if a required attribute is missing, or the values break a rule of the type,
         *     or an estimate or reasons were given that are not those the values give
         */
        public IndicatorResult build() {
            requireAll();
            IndicatorResult result = new IndicatorResult(indicator, unit, period, target, direction, status, threshold, counts,
                    interval, confidenceLevel, certainty, milestone, review, minimumGroupSize, subtreeObservations,
                    notMetIn == null ? List.of() : List.copyOf(notMetIn));
            if (estimate != null && !Optional.of(estimate).equals(result.estimate())) {
                throw InvalidInputException.of("estimate", "must be the share of the counts, " + result.estimate(), estimate);
            }
            if (reasons != null && !reasons.equals(result.reasons())) {
                throw InvalidInputException.of("reasons", "must be the reasons the result's values give, " + result.reasons(),
                        reasons);
            }
            return result;
        }

        private void requireAll() {
            List<String> missing = new ArrayList<>();
            if (indicator == null) {
                missing.add("indicator");
            }
            if (unit == null) {
                missing.add("unit");
            }
            if (period == null) {
                missing.add("period");
            }
            if (target == null) {
                missing.add("target");
            }
            if (status == null) {
                missing.add("status");
            }
            if (!missing.isEmpty()) {
                throw InvalidInputException.of(missing.get(0), missing.size() == 1 ? "is required"
                        : "is required, as are " + String.join(", ", missing.subList(1, missing.size())));
            }
        }
    }
}
