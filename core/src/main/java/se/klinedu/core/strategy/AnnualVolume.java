package se.klinedu.core.strategy;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.immutables.value.Value;
import se.klinedu.core.InvalidInputException;
import se.klinedu.core.LocalizedText;
import se.klinedu.core.internal.KlineduStyle;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * A yearly volume the strategy states, such as "Cirka tvåtusen studenter och elever genomför varje år sin
 * kliniska utbildning i Region Örebro län": who, about how many a year, and the sentence it comes from.
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @since 0.1
 */
@Value.Immutable
@KlineduStyle
@JsonDeserialize(builder = ImmutableAnnualVolume.Builder.class)
public abstract class AnnualVolume {

    AnnualVolume() {
    }

    /**
     * {@return who is counted, as the document names them}
     */
    @JsonProperty(value = "who", required = true)
    @Value.Parameter
    public abstract LocalizedText who();

    /**
     * {@return about how many a year ("cirka"), at least 1}
     */
    @JsonProperty(value = "approximately", required = true)
    @Value.Parameter
    public abstract int approximately();

    /**
     * {@return the sentence the figure comes from, quoted}
     */
    @JsonProperty(value = "statement", required = true)
    @Value.Parameter
    public abstract LocalizedText statement();

    /**
     * Obtains a volume.
     *
     * @param who who is counted, not null
     * @param approximately about how many a year, at least 1
     * @param statement the sentence it comes from, not null
     * @return the volume
     */
    public static AnnualVolume of(LocalizedText who, int approximately, LocalizedText statement) {
        return ImmutableAnnualVolume.of(who, approximately, statement);
    }

    @Value.Check
    void check() {
        if (approximately() < 1) {
            throw InvalidInputException.of("approximately", "must be at least 1", approximately());
        }
    }
}
