package se.klinedu.core.strategy;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.immutables.value.Value;
import se.klinedu.core.internal.Checks;
import se.klinedu.core.internal.KlineduStyle;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * A link from a priority area to an effect goal it serves, with its basis and a one-line rationale.
 *
 * <p>Figure 1 of the strategy says that effect goals and priority areas are linked but not how, so
 * every link in the reference data is {@link LinkBasis#INTERPRETED}. Instances are immutable and
 * thread-safe.
 *
 * @since 0.1
 */
@Value.Immutable
@KlineduStyle
@JsonDeserialize(builder = ImmutableEffectGoalLink.Builder.class)
public abstract class EffectGoalLink {

    EffectGoalLink() {
    }

    /**
     * {@return the effect goal linked to}
     */
    @JsonProperty(value = "effectGoal", required = true)
    @Value.Parameter
    public abstract EffectGoalId effectGoal();

    /**
     * {@return whether the document states the link or klinedu interpreted it}
     */
    @JsonProperty(value = "basis", required = true)
    @Value.Parameter
    public abstract LinkBasis basis();

    /**
     * {@return why the two are linked, in English}
     */
    @JsonProperty(value = "rationale", required = true)
    @Value.Parameter
    public abstract String rationale();

    /**
     * Obtains a link.
     *
     * @param effectGoal the effect goal, not null
     * @param basis stated or interpreted, not null
     * @param rationale why, not blank
     * @return the link
     * @throws se.klinedu.core.InvalidInputException if the rationale is blank
     */
    public static EffectGoalLink of(EffectGoalId effectGoal, LinkBasis basis, String rationale) {
        return ImmutableEffectGoalLink.of(effectGoal, basis, rationale);
    }

    @Value.Check
    void check() {
        Checks.notBlank("rationale", rationale());
    }
}
