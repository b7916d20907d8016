package se.klinedu.core.strategy;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.immutables.value.Value;
import se.klinedu.core.LocalizedText;
import se.klinedu.core.internal.KlineduStyle;

/**
 * A rule from the strategy's section <i>Implementering av utbildningsstrategi 2030</i>, such as
 * "Indikatorer avseende kvalitet i klinisk utbildning ska ingå i verksamhetsmål för alla enheter som
 * bedriver klinisk utbildning."
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @since 0.1
 */
@Value.Immutable
@KlineduStyle
public abstract class ImplementationRule {

    ImplementationRule() {
    }

    /**
     * {@return the id, such as {@code regular-evaluation}}
     */
    @JsonProperty("id")
    @Value.Parameter
    public abstract ImplementationRuleId id();

    /**
     * {@return the rule as the document states it}
     */
    @JsonProperty("text")
    @Value.Parameter
    public abstract LocalizedText text();

    /**
     * Obtains a rule.
     *
     * @param id the id, not null
     * @param text the rule's text, not null
     * @return the rule
     */
    @JsonCreator
    public static ImplementationRule of(
            @JsonProperty(value = "id", required = true) ImplementationRuleId id,
            @JsonProperty(value = "text", required = true) LocalizedText text) {
        return ImmutableImplementationRule.of(id, text);
    }
}
