package se.klinedu.core.substrategy;

import com.fasterxml.jackson.annotation.JsonCreator;
import java.util.regex.Pattern;
import org.immutables.value.Value;
import se.klinedu.core.Identifier;
import se.klinedu.core.internal.KlineduStyle;

/**
 * The id of a focus area (<i>satsingsområde</i>) of Helse Sør-Øst's sub-strategy, {@code HSO1} to {@code HSO7} in the document's order.
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @since 0.1
 */
@Value.Immutable
@KlineduStyle
public abstract class FocusAreaId extends Identifier {

    private static final Pattern FORMAT = Pattern.compile("HSO[1-9]");

    FocusAreaId() {
    }

    /**
     * Obtains an id such as {@code FocusAreaId.of("HSO5")}.
     *
     * @param value HSO and a digit 1-9, such as HSO5, not null
     * @return the id
     * @throws se.klinedu.core.InvalidInputException if the value has another format
     */
    // JSON: the id is the one string value() writes
    @JsonCreator
    public static FocusAreaId of(String value) {
        return ImmutableFocusAreaId.of(value);
    }

    @Value.Check
    void check() {
        checkFormat(FORMAT, "must be HSO and a digit 1-9, such as HSO5");
    }
}
