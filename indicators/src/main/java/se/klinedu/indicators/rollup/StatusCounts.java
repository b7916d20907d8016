package se.klinedu.indicators.rollup;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Collection;
import org.immutables.value.Value;
import se.klinedu.core.InvalidInputException;
import se.klinedu.core.internal.KlineduStyle;
import se.klinedu.indicators.evaluation.Status;

/**
 * How many parts of a goal have each status.
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @since 0.1
 */
@Value.Immutable
@KlineduStyle
public abstract class StatusCounts {

    StatusCounts() {
    }

    /**
     * {@return the parts met}
     */
    @JsonProperty("met")
    public abstract int met();

    /**
     * {@return the parts not met}
     */
    @JsonProperty("notMet")
    public abstract int notMet();

    /**
     * {@return the parts with no data}
     */
    @JsonProperty("noData")
    public abstract int noData();

    /**
     * {@return the parts suppressed}
     */
    @JsonProperty("suppressed")
    public abstract int suppressed();

    /**
     * {@return the parts not evaluable}
     */
    @JsonProperty("notEvaluable")
    public abstract int notEvaluable();

    /**
     * Counts statuses.
     *
     * @param statuses the parts' statuses, not null
     * @return the counts
     */
    public static StatusCounts of(Collection<Status> statuses) {
        int[] counts = new int[Status.values().length];
        statuses.forEach(status -> counts[status.ordinal()]++);
        return fromJson(counts[Status.MET.ordinal()], counts[Status.NOT_MET.ordinal()], counts[Status.NO_DATA.ordinal()],
                counts[Status.SUPPRESSED.ordinal()], counts[Status.NOT_EVALUABLE.ordinal()]);
    }

    @JsonCreator
    static StatusCounts fromJson(
            @JsonProperty(value = "met", required = true) int met,
            @JsonProperty(value = "notMet", required = true) int notMet,
            @JsonProperty(value = "noData", required = true) int noData,
            @JsonProperty(value = "suppressed", required = true) int suppressed,
            @JsonProperty(value = "notEvaluable", required = true) int notEvaluable) {
        return ImmutableStatusCounts.builder().met(met).notMet(notMet).noData(noData).suppressed(suppressed)
                .notEvaluable(notEvaluable).build();
    }

    /**
     * {@return the number of parts counted}
     */
    public int total() {
        return met() + notMet() + noData() + suppressed() + notEvaluable();
    }

    @Value.Check
    void check() {
        if (met() < 0 || notMet() < 0 || noData() < 0 || suppressed() < 0 || notEvaluable() < 0) {
            throw InvalidInputException.of("met", "counts must not be negative", this);
        }
    }
}
