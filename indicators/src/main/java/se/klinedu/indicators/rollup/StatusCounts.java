package se.klinedu.indicators.rollup;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Collection;
import org.immutables.value.Value;
import se.klinedu.core.InvalidInputException;
import se.klinedu.core.internal.KlineduStyle;
import se.klinedu.indicators.evaluation.Status;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * How many parts of a goal have each status.
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @since 0.1
 */
@Value.Immutable
@KlineduStyle
@JsonDeserialize(builder = ImmutableStatusCounts.Builder.class)
public abstract class StatusCounts {

    StatusCounts() {
    }

    /**
     * {@return the parts met}
     */
    @JsonProperty(value = "met", required = true)
    public abstract int met();

    /**
     * {@return the parts not met}
     */
    @JsonProperty(value = "notMet", required = true)
    public abstract int notMet();

    /**
     * {@return the parts with no data}
     */
    @JsonProperty(value = "noData", required = true)
    public abstract int noData();

    /**
     * {@return the parts suppressed}
     */
    @JsonProperty(value = "suppressed", required = true)
    public abstract int suppressed();

    /**
     * {@return the parts not evaluable}
     */
    @JsonProperty(value = "notEvaluable", required = true)
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
        return ImmutableStatusCounts.builder().met(counts[Status.MET.ordinal()]).notMet(counts[Status.NOT_MET.ordinal()])
                .noData(counts[Status.NO_DATA.ordinal()]).suppressed(counts[Status.SUPPRESSED.ordinal()])
                .notEvaluable(counts[Status.NOT_EVALUABLE.ordinal()]).build();
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
