package se.klinedu.core.substrategy;

import com.fasterxml.jackson.annotation.JsonCreator;
import java.util.regex.Pattern;
import org.immutables.value.Value;
import se.klinedu.core.Identifier;
import se.klinedu.core.internal.KlineduStyle;

/**
 * The id of a desired outcome of a focus area of Helse Sør-Øst's sub-strategy: the area id, {@code .O} and the bullet's number in the document's order, such as {@code HSO5.O3}.
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @since 0.1
 */
@Value.Immutable
@KlineduStyle
public abstract class DesiredOutcomeId extends Identifier {

    private static final Pattern FORMAT = Pattern.compile("HSO[1-9]\\.O[1-9]");

    DesiredOutcomeId() {
    }

    /**
     * Obtains an id such as {@code DesiredOutcomeId.of("HSO5.O3")}.
     *
     * @param value a focus area id, .O and the bullet's number, such as HSO5.O3, not null
     * @return the id
     * @throws se.klinedu.core.InvalidInputException if the value has another format
     */
    // JSON: the id is the one string value() writes
    @JsonCreator
    public static DesiredOutcomeId of(String value) {
        return ImmutableDesiredOutcomeId.of(value);
    }

    @Value.Check
    void check() {
        checkFormat(FORMAT, "must be a focus area id, .O and the bullet's number, such as HSO5.O3");
    }
}
