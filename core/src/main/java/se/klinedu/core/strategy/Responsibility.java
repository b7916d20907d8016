package se.klinedu.core.strategy;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.immutables.value.Value;
import se.klinedu.core.LocalizedText;
import se.klinedu.core.internal.KlineduStyle;
import tools.jackson.databind.annotation.JsonDeserialize;

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
@JsonDeserialize(builder = ImmutableResponsibility.Builder.class)
public abstract class Responsibility {

    Responsibility() {
    }

    /**
     * {@return the id, such as {@code education-centre}}
     */
    @JsonProperty(value = "id", required = true)
    @Value.Parameter
    public abstract ResponsibilityId id();

    /**
     * {@return who holds it, as the document names them}
     */
    @JsonProperty(value = "role", required = true)
    @Value.Parameter
    public abstract LocalizedText role();

    /**
     * {@return the duty, quoted from the document}
     */
    @JsonProperty(value = "duty", required = true)
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
    public static Responsibility of(ResponsibilityId id, LocalizedText role, LocalizedText duty) {
        return ImmutableResponsibility.of(id, role, duty);
    }
}
