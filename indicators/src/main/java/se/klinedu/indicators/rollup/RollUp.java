package se.klinedu.indicators.rollup;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.immutables.value.Value;
import se.klinedu.core.internal.KlineduStyle;
import se.klinedu.indicators.evaluation.RollUpRule;
import se.klinedu.indicators.evaluation.Status;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * The status of a goal (an effect goal from its indicators, an overall goal from its effect goals, the
 * strategy from its overall goals) under a roll-up rule, with the counts of its parts' statuses.
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @since 0.1
 */
@Value.Immutable
@KlineduStyle
@JsonDeserialize(builder = ImmutableRollUp.Builder.class)
public abstract class RollUp {

    /** Worst first; not evaluable parts take no part. */
    private static final List<Status> WORST_FIRST = List.of(Status.NOT_MET, Status.NO_DATA, Status.SUPPRESSED, Status.MET);

    RollUp() {
    }

    /**
     * {@return the goal's status}
     */
    @JsonProperty(value = "status", required = true)
    @Value.Parameter
    public abstract Status status();

    /**
     * {@return how many parts have each status}
     */
    @JsonProperty(value = "parts", required = true)
    @Value.Parameter
    public abstract StatusCounts parts();

    /**
     * {@return the rule that decided the status}
     */
    @JsonProperty(value = "rule", required = true)
    @Value.Parameter
    public abstract RollUpRule rule();

    /**
     * Obtains a roll-up as read from JSON; use {@link #of(Collection, RollUpRule)} to compute one.
     *
     * @param status the status, not null
     * @param parts the counts of the parts' statuses, not null
     * @param rule the rule, not null
     * @return the roll-up
     */
    public static RollUp of(Status status, StatusCounts parts, RollUpRule rule) {
        return ImmutableRollUp.of(status, parts, rule);
    }

    /**
     * Rolls parts' statuses up into a goal's status.
     *
     * <p>{@link RollUpRule#WORST_OF}: the worst evaluable part, in the order not met, no data, suppressed,
     * met. {@link RollUpRule#WORST_OF_KNOWN}: not met if any part is, else met if any part is, else the
     * worst evaluable part. Under both: parts that are not evaluable are set aside; with none left the goal
     * is not evaluable, and a goal with no parts at all has no data. The order of the parts does not matter.
     *
     * @param statuses the parts' statuses, not null
     * @param rule the rule, not null
     * @return the goal's roll-up
     */
    public static RollUp of(Collection<Status> statuses, RollUpRule rule) {
        Objects.requireNonNull(rule, "rule");
        StatusCounts parts = StatusCounts.of(statuses);
        return of(statusOf(statuses, rule, parts), parts, rule);
    }

    private static Status statusOf(Collection<Status> statuses, RollUpRule rule, StatusCounts parts) {
        if (statuses.isEmpty()) {
            return Status.NO_DATA;
        }
        if (parts.notEvaluable() == parts.total()) {
            return Status.NOT_EVALUABLE;
        }
        if (rule == RollUpRule.WORST_OF_KNOWN && (parts.met() > 0 || parts.notMet() > 0)) {
            return parts.notMet() > 0 ? Status.NOT_MET : Status.MET;
        }
        return statuses.stream().filter(WORST_FIRST::contains).min(Comparator.comparingInt(WORST_FIRST::indexOf))
                .orElseThrow();
    }
}
