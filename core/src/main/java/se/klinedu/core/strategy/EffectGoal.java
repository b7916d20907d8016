package se.klinedu.core.strategy;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.immutables.value.Value;
import se.klinedu.core.LocalizedText;
import se.klinedu.core.internal.KlineduStyle;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * An effect goal (<i>effektmål</i>) of the Örebro strategy, such as "Hög andel medarbetare med
 * relevant utbildning inom klinisk handledning och pedagogiskt ledarskap".
 *
 * <p>Its indicators are defined by the indicators module and refer to its id. Instances are
 * immutable and thread-safe.
 *
 * @since 0.1
 */
@Value.Immutable
@KlineduStyle
@JsonDeserialize(builder = ImmutableEffectGoal.Builder.class)
public abstract class EffectGoal {

    EffectGoal() {
    }

    /**
     * {@return the id, such as {@code 1.1}}
     */
    @JsonProperty(value = "id", required = true)
    @Value.Parameter
    public abstract EffectGoalId id();

    /**
     * {@return the goal as the document states it}
     */
    @JsonProperty(value = "text", required = true)
    @Value.Parameter
    public abstract LocalizedText text();

    /**
     * Obtains an effect goal.
     *
     * @param id the id, not null
     * @param text the goal's text, not null
     * @return the effect goal
     */
    public static EffectGoal of(EffectGoalId id, LocalizedText text) {
        return ImmutableEffectGoal.of(id, text);
    }
}
