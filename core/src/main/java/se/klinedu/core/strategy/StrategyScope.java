package se.klinedu.core.strategy;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import org.immutables.value.Value;
import se.klinedu.core.LocalizedText;
import se.klinedu.core.internal.Checks;
import se.klinedu.core.internal.KlineduStyle;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * Whom and what the strategy covers: every care provider in the county, procured ones included; clinical
 * education at basic and specialist level and in training posts; health care and dental care. The
 * document's sentences are kept beside the three facts.
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @since 0.1
 */
@Value.Immutable
@KlineduStyle
@JsonDeserialize(builder = ImmutableStrategyScope.Builder.class)
public abstract class StrategyScope {

    StrategyScope() {
    }

    /**
     * {@return whether care providers run by procured operators are covered as well as the region's own}
     */
    @JsonProperty(value = "includesProcuredProviders", required = true)
    public abstract boolean includesProcuredProviders();

    /**
     * {@return whether health care's education assignment is covered}
     */
    @JsonProperty(value = "healthCare", required = true)
    public abstract boolean healthCare();

    /**
     * {@return whether dental care's education assignment is covered}
     */
    @JsonProperty(value = "dentalCare", required = true)
    public abstract boolean dentalCare();

    /**
     * {@return the document's sentences on the scope, quoted, at least one}
     */
    @JsonProperty(value = "statements", required = true)
    public abstract List<LocalizedText> statements();

    /**
     * Obtains a scope.
     *
     * @param includesProcuredProviders whether procured operators are covered
     * @param healthCare whether health care is covered
     * @param dentalCare whether dental care is covered
     * @param statements the document's sentences, at least one, not null
     * @return the scope
     */
    public static StrategyScope of(boolean includesProcuredProviders, boolean healthCare, boolean dentalCare,
            List<LocalizedText> statements) {
        return ImmutableStrategyScope.builder().includesProcuredProviders(includesProcuredProviders).healthCare(healthCare)
                .dentalCare(dentalCare).addAllStatements(statements).build();
    }

    @Value.Check
    void check() {
        Checks.notEmpty("statements", statements());
    }
}
