package se.klinedu.core.strategy;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.immutables.value.Value;
import se.klinedu.core.LocalizedText;
import se.klinedu.core.internal.KlineduStyle;

/**
 * A role in the strategy's structure of responsibility and follow-up, with its duty as the document states
 * it, such as the heads of department and unit managers, who "ansvarar i sin tur för att skapa goda
 * förutsättningar för klinisk utbildning". Indicators, measures and reports can name it by its id.
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @since 0.1
 */
@Value.Immutable
@KlineduStyle
public abstract class Responsibility {

    Responsibility() {
    }

    /**
     * {@return the id, such as {@code education-centre}}
     */
    @JsonProperty("id")
    @Value.Parameter
    public abstract ResponsibilityId id();

    /**
     * {@return who holds it, as the document names them}
     */
    @JsonProperty("role")
    @Value.Parameter
    public abstract LocalizedText role();

    /**
     * {@return the duty, quoted from the document}
     */
    @JsonProperty("duty")
    @Value.Parameter
    public abstract LocalizedText duty();

    /**
     * Obtains a responsibility.
     *
     * @param id the id, not null
     * @param role who holds it, not null
     * @param duty the duty as the document states it, not null
     * @return the responsibility
     */
    @JsonCreator
    public static Responsibility of(
            @JsonProperty(value = "id", required = true) ResponsibilityId id,
            @JsonProperty(value = "role", required = true) LocalizedText role,
            @JsonProperty(value = "duty", required = true) LocalizedText duty) {
        return ImmutableResponsibility.of(id, role, duty);
    }
}
