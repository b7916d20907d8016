package se.klinedu.core.substrategy;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.immutables.value.Value;
import se.klinedu.core.LocalizedText;
import se.klinedu.core.internal.KlineduStyle;
import se.klinedu.core.measure.MeasureId;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * A measure (<i>tiltak</i>) of a focus area of Helse Sør-Øst's sub-strategy: one numbered item after
 * "Helse Sør-Øst vil:", such as "Profesjonalisere veilederfunksjonen".
 *
 * <p>A region follows it up through {@link HelseSorOstSubStrategy#measurePlan()} under its
 * {@linkplain #measureId() measure id}. Instances are immutable and thread-safe.
 *
 * @since 0.1
 */
@Value.Immutable
@KlineduStyle
@JsonDeserialize(builder = ImmutableRegionalMeasure.Builder.class)
public abstract class RegionalMeasure {

    RegionalMeasure() {
    }

    /**
     * {@return the id, such as {@code HSO5.M6}}
     */
    @JsonProperty(value = "id", required = true)
    @Value.Parameter
    public abstract RegionalMeasureId id();

    /**
     * {@return the item's text without the lead-in "Helse Sør-Øst vil:", verbatim in Norwegian bokmål,
     * with an English translation}
     */
    @JsonProperty(value = "text", required = true)
    @Value.Parameter
    public abstract LocalizedText text();

    /**
     * Obtains a measure.
     *
     * @param id the id, not null
     * @param text the item's text, not null
     * @return the measure
     */
    public static RegionalMeasure of(RegionalMeasureId id, LocalizedText text) {
        return ImmutableRegionalMeasure.of(id, text);
    }

    /**
     * {@return the id under which a region reports on this measure, with the same value}
     */
    public MeasureId measureId() {
        return MeasureId.from(id());
    }
}
