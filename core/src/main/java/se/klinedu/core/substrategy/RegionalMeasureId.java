package se.klinedu.core.substrategy;

import com.fasterxml.jackson.annotation.JsonCreator;
import java.util.regex.Pattern;
import org.immutables.value.Value;
import se.klinedu.core.Identifier;
import se.klinedu.core.internal.KlineduStyle;

/**
 * The id of a measure (<i>tiltak</i>, "Helse Sør-Øst vil: …") of a focus area of Helse Sør-Øst's sub-strategy: the area id, {@code .M} and the measure's number in the document, such as {@code HSO5.M6}.
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @since 0.1
 */
@Value.Immutable
@KlineduStyle
public abstract class RegionalMeasureId extends Identifier {

    private static final Pattern FORMAT = Pattern.compile("HSO[1-9]\\.M[1-9][0-9]?");

    RegionalMeasureId() {
    }

    /**
     * Obtains an id such as {@code RegionalMeasureId.of("HSO5.M6")}.
     *
     * @param value a focus area id, .M and the measure's number, such as HSO5.M6, not null
     * @return the id
     * @throws se.klinedu.core.InvalidInputException if the value has another format
     */
    // JSON: the id is the one string value() writes
    @JsonCreator
    public static RegionalMeasureId of(String value) {
        return ImmutableRegionalMeasureId.of(value);
    }

    @Value.Check
    void check() {
        checkFormat(FORMAT, "must be a focus area id, .M and the measure's number, such as HSO5.M6");
    }
}
