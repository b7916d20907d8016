package se.klinedu.indicators.trend;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;
import se.klinedu.core.InvalidInputException;
import se.klinedu.core.explain.Reason;
import se.klinedu.core.internal.Checks;
import se.klinedu.core.internal.KlineduStyle;
import se.klinedu.core.period.ReportingPeriod;
import se.klinedu.indicators.evaluation.IndicatorResult;
import se.klinedu.indicators.evaluation.Status;
import se.klinedu.indicators.statistics.ConfidenceLevel;
import se.klinedu.indicators.statistics.Interval;
import se.klinedu.indicators.statistics.Intervals;
import se.klinedu.indicators.target.Direction;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * The change of one unit's share of an indicator between two periods: the difference later − earlier
 * with Newcombe's hybrid score interval (his 1998 method 10), and whether it improved, worsened or did
 * not change significantly.
 *
 * <p>A trend is computed from two results, so it discloses only what they disclose: when either has no
 * counts (suppressed, no data), the trend is {@link Change#NOT_COMPARABLE} and carries no number.
 * Instances are immutable and thread-safe.
 *
 * @since 0.1
 */
@Value.Immutable
@KlineduStyle
@JsonDeserialize(builder = Trend.Builder.class)
public abstract class Trend {

    Trend() {
    }

    /**
     * {@return the earlier period}
     */
    @JsonProperty(value = "from", required = true)
    public abstract ReportingPeriod from();

    /**
     * {@return the later period}
     */
    @JsonProperty(value = "to", required = true)
    public abstract ReportingPeriod to();

    /**
     * {@return the change}
     */
    @JsonProperty(value = "change", required = true)
    public abstract Change change();

    /**
     * {@return the difference of the shares, later − earlier; absent when not comparable}
     */
    @JsonProperty("difference")
    public abstract Optional<Double> difference();

    /**
     * {@return Newcombe's interval of the difference; absent when not comparable}
     */
    @JsonProperty("interval")
    public abstract Optional<Interval> interval();

    /**
     * {@return why the change is what it is}
     */
    @JsonProperty(value = "reasons", required = true)
    public abstract List<Reason> reasons();

    /**
     * {@return a builder; from, to, change and at least one reason are required}
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Builds a {@link Trend}: {@code build()} checks the value as every other way of making one does.
     */
    public static final class Builder extends ImmutableTrend.Builder {

        Builder() {
        }
    }

    /**
     * Compares one unit's results of one indicator in two periods.
     *
     * @param earlier the earlier result, not null
     * @param later the later result, of the same indicator and unit, not null
     * @param direction the indicator's direction, not null
     * @param level the confidence level of the interval, not null
     * @return the trend
     * @throws InvalidInputException if the results are of different indicators or units, or the same period
     */
    public static Trend between(IndicatorResult earlier, IndicatorResult later, Direction direction, ConfidenceLevel level) {
        Objects.requireNonNull(earlier, "earlier");
        Objects.requireNonNull(later, "later");
        Objects.requireNonNull(direction, "direction");
        Objects.requireNonNull(level, "level");
        if (!earlier.indicator().equals(later.indicator()) || !earlier.unit().equals(later.unit())) {
            throw InvalidInputException.of("later", "must be of the same indicator and unit as the earlier result", later.indicator()
                    + " of " + later.unit());
        }
        if (earlier.period().equals(later.period())) {
            throw InvalidInputException.of("later", "must be of another period than the earlier result", later.period());
        }
        Trend.Builder trend = builder().from(earlier.period()).to(later.period());
        if (earlier.counts().isEmpty() || later.counts().isEmpty() || earlier.counts().get().isEmpty()
                || later.counts().get().isEmpty()) {
            return trend.change(Change.NOT_COMPARABLE).addReasons(Reason.of(TrendReason.NOT_COMPARABLE,
                    earlier.period().toString(), earlier.status(), later.period().toString(), later.status())).build();
        }
        double difference = later.counts().get().share() - earlier.counts().get().share();
        Interval interval = Intervals.newcombe(later.counts().get(), earlier.counts().get(), level);
        Change change;
        if (interval.contains(0)) {
            change = Change.NO_SIGNIFICANT_CHANGE;
        } else {
            boolean rose = interval.lower() > 0;
            change = rose == (direction == Direction.HIGHER_IS_BETTER) ? Change.IMPROVED : Change.WORSENED;
        }
        return trend.change(change).difference(difference).interval(interval)
                .addReasons(Reason.of(interval.contains(0) ? TrendReason.INTERVAL_CONTAINS_ZERO : TrendReason.INTERVAL_EXCLUDES_ZERO,
                        later.period().toString(), earlier.period().toString(), difference, level.level(), interval.lower(),
                        interval.upper()))
                .build();
    }

    /**
     * Returns the latest result that says something: the one of the latest period whose status is not
     * {@link Status#NO_DATA}.
     *
     * @param results one unit's results of one indicator in several periods, not null
     * @return the latest such result, or empty if every result has no data
     */
    public static Optional<IndicatorResult> latest(List<IndicatorResult> results) {
        return results.stream().filter(result -> result.status() != Status.NO_DATA)
                .max(Comparator.comparing((IndicatorResult result) -> result.period().lastDay())
                        .thenComparing(result -> result.period().firstDay()));
    }

    @Value.Check
    void check() {
        Checks.notEmpty("reasons", reasons());
        if (difference().isPresent() == (change() == Change.NOT_COMPARABLE) || interval().isPresent() != difference().isPresent()) {
            throw InvalidInputException.of("change", "a comparable trend has a difference and an interval, and only a comparable one",
                    change());
        }
    }
}
