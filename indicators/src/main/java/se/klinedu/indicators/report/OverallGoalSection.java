package se.klinedu.indicators.report;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import org.immutables.value.Value;
import se.klinedu.core.internal.KlineduStyle;
import se.klinedu.core.strategy.OverallGoalId;
import se.klinedu.indicators.rollup.RollUp;

/**
 * An overall goal in a follow-up report: its roll-up from its effect goals, and their sections.
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @since 0.1
 */
@Value.Immutable
@KlineduStyle
public abstract class OverallGoalSection {

    OverallGoalSection() {
    }

    /**
     * {@return the overall goal}
     */
    @JsonProperty("overallGoal")
    @Value.Parameter
    public abstract OverallGoalId overallGoal();

    /**
     * {@return the overall goal's status from its effect goals}
     */
    @JsonProperty("rollUp")
    @Value.Parameter
    public abstract RollUp rollUp();

    /**
     * {@return its effect goals, in the strategy's order}
     */
    @JsonProperty("effectGoals")
    @Value.Parameter
    public abstract List<EffectGoalSection> effectGoals();

    /**
     * Obtains a section.
     *
     * @param overallGoal the overall goal, not null
     * @param rollUp its roll-up, not null
     * @param effectGoals its effect goals' sections, not null
     * @return the section
     */
    @JsonCreator
    public static OverallGoalSection of(
            @JsonProperty(value = "overallGoal", required = true) OverallGoalId overallGoal,
            @JsonProperty(value = "rollUp", required = true) RollUp rollUp,
            @JsonProperty(value = "effectGoals", required = true) List<EffectGoalSection> effectGoals) {
        return ImmutableOverallGoalSection.of(overallGoal, rollUp, effectGoals);
    }
}
