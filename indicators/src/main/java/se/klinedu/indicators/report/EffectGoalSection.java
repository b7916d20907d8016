package se.klinedu.indicators.report;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import org.immutables.value.Value;
import se.klinedu.core.internal.KlineduStyle;
import se.klinedu.core.strategy.EffectGoalId;
import se.klinedu.indicators.rollup.RollUp;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * An effect goal in a follow-up report: its roll-up from its indicators, and the indicators' lines.
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @since 0.1
 */
@Value.Immutable
@KlineduStyle
@JsonDeserialize(builder = ImmutableEffectGoalSection.Builder.class)
public abstract class EffectGoalSection {

    EffectGoalSection() {
    }

    /**
     * {@return the effect goal}
     */
    @JsonProperty(value = "effectGoal", required = true)
    @Value.Parameter
    public abstract EffectGoalId effectGoal();

    /**
     * {@return the effect goal's status from its indicators}
     */
    @JsonProperty(value = "rollUp", required = true)
    @Value.Parameter
    public abstract RollUp rollUp();

    /**
     * {@return its indicators, in the catalogue's order}
     */
    @JsonProperty(value = "indicators", required = true)
    @Value.Parameter
    public abstract List<IndicatorLine> indicators();

    /**
     * Obtains a section.
     *
     * @param effectGoal the effect goal, not null
     * @param rollUp its roll-up, not null
     * @param indicators its indicators' lines, not null
     * @return the section
     */
    public static EffectGoalSection of(EffectGoalId effectGoal, RollUp rollUp, List<IndicatorLine> indicators) {
        return ImmutableEffectGoalSection.of(effectGoal, rollUp, indicators);
    }
}
