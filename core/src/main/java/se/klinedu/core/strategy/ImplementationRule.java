package se.klinedu.core.strategy;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.immutables.value.Value;
import se.klinedu.core.LocalizedText;
import se.klinedu.core.internal.KlineduStyle;
import tools.jackson.databind.annotation.JsonDeserialize;

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
@JsonDeserialize(builder = ImmutableImplementationRule.Builder.class)
public abstract class ImplementationRule {

    ImplementationRule() {
    }

    /**
     * {@return the id, such as {@code regular-evaluation}}
     */
    @JsonProperty(value = "id", required = true)
    @Value.Parameter
    public abstract ImplementationRuleId id();

    /**
     * {@return the rule as the document states it}
     */
    @JsonProperty(value = "text", required = true)
    @Value.Parameter
    public abstract LocalizedText text();

    /**
     * Obtains a rule.
     *
     * @param id the id, not null
     * @param text the rule's text, not null
     * @return the rule
     */
    public static ImplementationRule of(ImplementationRuleId id, LocalizedText text) {
        return ImmutableImplementationRule.of(id, text);
    }
}
