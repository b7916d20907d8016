package se.klinedu.core.strategy;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.immutables.value.Value;
import se.klinedu.core.LocalizedText;
import se.klinedu.core.internal.KlineduStyle;

/**
 * An identified need (<i>identifierat behov</i>) of a priority area: one bullet after "Det finns
 * inom regionen ett identifierat behov av:".
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @since 0.1
 */
@Value.Immutable
@KlineduStyle
public abstract class IdentifiedNeed {

    IdentifiedNeed() {
    }

    /**
     * {@return the id, such as {@code PA2.1}}
     */
    @JsonProperty("id")
    @Value.Parameter
    public abstract IdentifiedNeedId id();

    /**
     * {@return the bullet's whole text}
     */
    @JsonProperty("text")
    @Value.Parameter
    public abstract LocalizedText text();

    /**
     * Obtains an identified need.
     *
     * @param id the id, not null
     * @param text the bullet's text, not null
     * @return the need
     */
    @JsonCreator
    public static IdentifiedNeed of(
            @JsonProperty(value = "id", required = true) IdentifiedNeedId id,
            @JsonProperty(value = "text", required = true) LocalizedText text) {
        return ImmutableIdentifiedNeed.of(id, text);
    }
}
