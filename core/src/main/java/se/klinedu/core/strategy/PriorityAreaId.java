package se.klinedu.core.strategy;

import com.fasterxml.jackson.annotation.JsonCreator;
import java.util.regex.Pattern;
import org.immutables.value.Value;
import se.klinedu.core.Identifier;
import se.klinedu.core.internal.KlineduStyle;

/**
 * The id of a priority area (<i>prioriterat utvecklingsområde</i>) of the Örebro strategy, {@code PA1} to {@code PA4} in the document's order.
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @since 0.1
 */
@Value.Immutable
@KlineduStyle
public abstract class PriorityAreaId extends Identifier {

    private static final Pattern FORMAT = Pattern.compile("PA[1-9]");

    PriorityAreaId() {
    }

    /**
     * Obtains an id such as {@code PriorityAreaId.of("PA2")}.
     *
     * @param value PA and a digit 1-9, such as PA2, not null
     * @return the id
     * @throws se.klinedu.core.InvalidInputException if the value has another format
     */
    // JSON: the id is the one string value() writes
    @JsonCreator
    public static PriorityAreaId of(String value) {
        return ImmutablePriorityAreaId.of(value);
    }

    @Value.Check
    void check() {
        checkFormat(FORMAT, "must be PA and a digit 1-9, such as PA2");
    }
}
