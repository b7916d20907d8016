package se.klinedu.core.substrategy;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.immutables.value.Value;
import se.klinedu.core.LocalizedText;
import se.klinedu.core.internal.KlineduStyle;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * A desired outcome of a focus area of Helse Sør-Øst's sub-strategy: one of the bullets that open the
 * area, such as "Veiledere har formell kompetanse i veiledning".
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @since 0.1
 */
@Value.Immutable
@KlineduStyle
@JsonDeserialize(builder = ImmutableDesiredOutcome.Builder.class)
public abstract class DesiredOutcome {

    DesiredOutcome() {
    }

    /**
     * {@return the id, such as {@code HSO5.O3}}
     */
    @JsonProperty(value = "id", required = true)
    @Value.Parameter
    public abstract DesiredOutcomeId id();

    /**
     * {@return the bullet's text, verbatim in Norwegian bokmål, with an English translation}
     */
    @JsonProperty(value = "text", required = true)
    @Value.Parameter
    public abstract LocalizedText text();

    /**
     * Obtains a desired outcome.
     *
     * @param id the id, not null
     * @param text the bullet's text, not null
     * @return the outcome
     */
    public static DesiredOutcome of(DesiredOutcomeId id, LocalizedText text) {
        return ImmutableDesiredOutcome.of(id, text);
    }
}
