package se.klinedu.core.strategy;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import org.immutables.value.Value;
import se.klinedu.core.internal.Checks;
import se.klinedu.core.internal.KlineduStyle;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * One overall goal of a {@link StrategyOutline} with the ids of its effect goals, in the strategy's order.
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @since 0.1
 */
@Value.Immutable
@KlineduStyle
@JsonDeserialize(builder = ImmutableGoalOutline.Builder.class)
public abstract class GoalOutline {

    GoalOutline() {
    }

    /**
     * {@return the overall goal's id}
     */
    @JsonProperty(value = "overallGoal", required = true)
    @Value.Parameter
    public abstract OverallGoalId overallGoal();

    /**
     * {@return the ids of its effect goals, in order, at least one, unique}
     */
    @JsonProperty(value = "effectGoals", required = true)
    @Value.Parameter
    public abstract List<EffectGoalId> effectGoals();

    /**
     * Obtains an outline of one overall goal.
     *
     * @param overallGoal the overall goal's id, not null
     * @param effectGoals the ids of its effect goals, in order, at least one, unique, not null
     * @return the outline
     * @throws se.klinedu.core.InvalidInputException if the list is empty or an id repeats
     */
    public static GoalOutline of(OverallGoalId overallGoal, List<EffectGoalId> effectGoals) {
        return ImmutableGoalOutline.of(overallGoal, effectGoals);
    }

    @Value.Check
    void check() {
        Checks.notEmpty("effectGoals", effectGoals());
        Checks.uniqueKeys("effectGoals", effectGoals(), id -> id);
    }
}
