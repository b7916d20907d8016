package se.klinedu.core.strategy;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;
import se.klinedu.core.InvalidInputException;
import se.klinedu.core.internal.Checks;
import se.klinedu.core.internal.Index;
import se.klinedu.core.internal.KlineduStyle;
import se.klinedu.core.internal.Memo;
import se.klinedu.core.period.StrategyPeriod;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * What an indicator catalogue is built on: the years a strategy covers, its goals by id and the ids of the roles
 * it makes responsible,
 * overall goals first and each one's effect goals in order. {@link OrebroStrategy#outline()} gives the Örebro
 * strategy's; a region with a strategy of its own writes its outline, and nothing in the indicators module
 * assumes Örebro's.
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @since 0.1
 */
@Value.Immutable
@KlineduStyle
@JsonDeserialize(builder = ImmutableStrategyOutline.Builder.class)
public abstract class StrategyOutline {

    private final Index<OverallGoalId, GoalOutline> byOverallGoal = Index.of(this::goals, GoalOutline::overallGoal);
    private final Memo<Map<EffectGoalId, OverallGoalId>> overallGoalOf = new Memo<>(() -> {
        Map<EffectGoalId, OverallGoalId> map = new HashMap<>();
        goals().forEach(goal -> goal.effectGoals().forEach(effectGoal -> map.put(effectGoal, goal.overallGoal())));
        return map;
    });

    StrategyOutline() {
    }

    /**
     * {@return the years the strategy covers}
     */
    @JsonProperty(value = "period", required = true)
    @Value.Parameter
    public abstract StrategyPeriod period();

    /**
     * {@return the overall goals with their effect goals, in the strategy's order, at least one}
     */
    @JsonProperty(value = "goals", required = true)
    @Value.Parameter
    public abstract List<GoalOutline> goals();

    /**
     * {@return the ids of the roles the strategy makes responsible, which an indicator may name; empty if it names none}
     */
    @JsonProperty(value = "responsibilities", required = true)
    @Value.Parameter
    public abstract List<ResponsibilityId> responsibilities();

    /**
     * Obtains an outline.
     *
     * @param period the years the strategy covers, not null
     * @param goals the overall goals with their effect goals, at least one; no overall or effect goal id repeats
     * @param responsibilities the ids of the roles the strategy makes responsible, unique, not null
     * @return the outline
     * @throws InvalidInputException if the list is empty or an id repeats
     */
    public static StrategyOutline of(StrategyPeriod period, List<GoalOutline> goals,
            List<ResponsibilityId> responsibilities) {
        return ImmutableStrategyOutline.of(period, goals, responsibilities);
    }

    /**
     * {@return every effect goal's id, by overall goal, in the strategy's order}
     */
    public List<EffectGoalId> effectGoals() {
        return goals().stream().flatMap(goal -> goal.effectGoals().stream()).toList();
    }

    /**
     * Finds the overall goal an effect goal belongs to.
     *
     * @param effectGoal the effect goal's id, not null
     * @return the overall goal's id, or empty if the strategy has no such effect goal
     */
    public Optional<OverallGoalId> findOverallGoalOf(EffectGoalId effectGoal) {
        return Optional.ofNullable(overallGoalOf.get().get(Objects.requireNonNull(effectGoal, "effectGoal")));
    }

    /**
     * Gets the effect goals of an overall goal.
     *
     * @param overallGoal the overall goal's id, not null
     * @return its effect goals' ids, in order
     * @throws InvalidInputException if the strategy has no such overall goal
     */
    public List<EffectGoalId> effectGoalsOf(OverallGoalId overallGoal) {
        return byOverallGoal.get(overallGoal, "overallGoal", "is not an overall goal of the strategy").effectGoals();
    }

    @Value.Check
    void check() {
        Checks.notEmpty("goals", goals());
        Checks.uniqueKeys("goals", goals(), GoalOutline::overallGoal);
        Checks.uniqueKeys("responsibilities", responsibilities(), id -> id);
        Set<EffectGoalId> seen = new HashSet<>();
        for (int g = 0; g < goals().size(); g++) {
            List<EffectGoalId> effectGoals = goals().get(g).effectGoals();
            for (int e = 0; e < effectGoals.size(); e++) {
                if (!seen.add(effectGoals.get(e))) {
                    throw InvalidInputException.of("goals[" + g + "].effectGoals[" + e + "]", "duplicate id", effectGoals.get(e));
                }
            }
        }
    }
}
