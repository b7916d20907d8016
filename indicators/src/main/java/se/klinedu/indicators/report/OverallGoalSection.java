package se.klinedu.indicators.report;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import org.immutables.value.Value;
import se.klinedu.core.internal.KlineduStyle;
import se.klinedu.core.strategy.OverallGoalId;
import se.klinedu.indicators.rollup.RollUp;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * An overall goal in a follow-up report: its roll-up from its effect goals, and their sections.
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @since 0.1
 */
@Value.Immutable
@KlineduStyle
@JsonDeserialize(builder = ImmutableOverallGoalSection.Builder.class)
public abstract class OverallGoalSection {

    OverallGoalSection() {
    }

    /**
     * {@return the overall goal}
     */
    @JsonProperty(value = "overallGoal", required = true)
    @Value.Parameter
    public abstract OverallGoalId overallGoal();

    /**
     * {@return the overall goal's status from its effect goals}
     */
    @JsonProperty(value = "rollUp", required = true)
    @Value.Parameter
    public abstract RollUp rollUp();

    /**
     * {@return its effect goals, in the strategy's order}
     */
    @JsonProperty(value = "effectGoals", required = true)
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
    public static OverallGoalSection of(OverallGoalId overallGoal, RollUp rollUp, List<EffectGoalSection> effectGoals) {
        return ImmutableOverallGoalSection.of(overallGoal, rollUp, effectGoals);
    }
}
