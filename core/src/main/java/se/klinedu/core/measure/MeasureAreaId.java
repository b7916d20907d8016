package se.klinedu.core.measure;

import com.fasterxml.jackson.annotation.JsonCreator;
import org.immutables.value.Value;
import se.klinedu.core.Identifier;
import se.klinedu.core.internal.KlineduStyle;

/**
 * The id of an area whose measures are followed up together, whatever strategy it comes from: a
 * Helse Sør-Øst focus area ({@code HSO1}) or an Örebro priority area ({@code PA2}).
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @since 0.1
 */
@Value.Immutable
@KlineduStyle
public abstract class MeasureAreaId extends Identifier {

    MeasureAreaId() {
    }

    /**
     * Obtains an id such as {@code MeasureAreaId.of("HSO1")}.
     *
     * @param value letters and digits in parts joined by dots or hyphens, not null
     * @return the id
     * @throws se.klinedu.core.InvalidInputException if the value has another format
     */
    // JSON: the id is the one string value() writes
    @JsonCreator
    public static MeasureAreaId of(String value) {
        return ImmutableMeasureAreaId.of(value);
    }

    /**
     * Converts a strategy's own id of an area, keeping its value.
     *
     * @param id the strategy's id, such as a {@code PriorityAreaId} {@code PA2}; not null
     * @return the area id with the same value
     * @throws se.klinedu.core.InvalidInputException if the value has another format than {@link #of(String)} accepts
     */
    public static MeasureAreaId from(Identifier id) {
        return of(id.value());
    }

    @Value.Check
    void check() {
        checkFormat(MeasureId.FORMAT, MeasureId.RULE.replace("HSO1.M3 or PA2.1", "HSO1 or PA2"));
    }
}
