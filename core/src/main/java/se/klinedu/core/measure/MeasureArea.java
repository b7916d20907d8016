package se.klinedu.core.measure;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import org.immutables.value.Value;
import se.klinedu.core.internal.Checks;
import se.klinedu.core.internal.KlineduStyle;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * An area of a strategy with the measures followed up under it: a Helse Sør-Øst focus area
 * (<i>satsingsområde</i>) with its measures, or an Örebro priority area with its identified needs.
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @since 0.1
 */
@Value.Immutable
@KlineduStyle
@JsonDeserialize(builder = ImmutableMeasureArea.Builder.class)
public abstract class MeasureArea {

    MeasureArea() {
    }

    /**
     * {@return the area's id}
     */
    @JsonProperty(value = "id", required = true)
    @Value.Parameter
    public abstract MeasureAreaId id();

    /**
     * {@return the area's measures, in the strategy's order, at least one}
     */
    @JsonProperty(value = "measures", required = true)
    @Value.Parameter
    public abstract List<MeasureId> measures();

    /**
     * Obtains an area.
     *
     * @param id the area's id, not null
     * @param measures its measures, at least one, each once
     * @return the area
     * @throws se.klinedu.core.InvalidInputException if there is no measure or one repeats
     */
    public static MeasureArea of(MeasureAreaId id, List<MeasureId> measures) {
        return ImmutableMeasureArea.of(id, measures);
    }

    @Value.Check
    void check() {
        Checks.notEmpty("measures", measures());
        Checks.uniqueKeys("measures", measures(), measure -> measure);
    }
}
