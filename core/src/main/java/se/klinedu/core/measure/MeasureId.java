package se.klinedu.core.measure;

import com.fasterxml.jackson.annotation.JsonCreator;
import java.util.regex.Pattern;
import org.immutables.value.Value;
import se.klinedu.core.Identifier;
import se.klinedu.core.internal.KlineduStyle;

/**
 * The id of a measure that a region follows up, whatever strategy it comes from: a Helse Sør-Øst
 * measure ({@code HSO1.M3}) or an Örebro identified need ({@code PA2.1}).
 *
 * <p>It keeps the strategy's own id as its value ({@link #from(Identifier)}), so the one follow-up
 * mechanism of {@link MeasurePlan} serves every strategy. Instances are immutable and thread-safe.
 *
 * @since 0.1
 */
@Value.Immutable
@KlineduStyle
public abstract class MeasureId extends Identifier {

    static final Pattern FORMAT = Pattern.compile("[A-Za-z0-9]+([.\\-][A-Za-z0-9]+)*");
    static final String RULE = "must be letters and digits in parts joined by dots or hyphens, such as HSO1.M3 or PA2.1";

    MeasureId() {
    }

    /**
     * Obtains an id such as {@code MeasureId.of("HSO1.M3")}.
     *
     * @param value letters and digits in parts joined by dots or hyphens, not null
     * @return the id
     * @throws se.klinedu.core.InvalidInputException if the value has another format
     */
    // JSON: the id is the one string value() writes
    @JsonCreator
    public static MeasureId of(String value) {
        return ImmutableMeasureId.of(value);
    }

    /**
     * Converts a strategy's own id of a measure, keeping its value.
     *
     * @param id the strategy's id, such as an {@code IdentifiedNeedId} {@code PA2.1}; not null
     * @return the measure id with the same value
     * @throws se.klinedu.core.InvalidInputException if the value has another format than {@link #of(String)} accepts
     */
    public static MeasureId from(Identifier id) {
        return of(id.value());
    }

    @Value.Check
    void check() {
        checkFormat(FORMAT, RULE);
    }
}
