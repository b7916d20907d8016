package se.klinedu.core.strategy;

import com.fasterxml.jackson.annotation.JsonCreator;
import java.util.regex.Pattern;
import org.immutables.value.Value;
import se.klinedu.core.Identifier;
import se.klinedu.core.internal.KlineduStyle;

/**
 * The id of an identified need (<i>identifierat behov</i>) of a priority area: the area id, a dot and the bullet's number, such as {@code PA2.1}.
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @since 0.1
 */
@Value.Immutable
@KlineduStyle
public abstract class IdentifiedNeedId extends Identifier {

    private static final Pattern FORMAT = Pattern.compile("PA[1-9]\\.[1-9][0-9]?");

    IdentifiedNeedId() {
    }

    /**
     * Obtains an id such as {@code IdentifiedNeedId.of("PA2.1")}.
     *
     * @param value a priority area id, a dot and a number, such as PA2.1, not null
     * @return the id
     * @throws se.klinedu.core.InvalidInputException if the value has another format
     */
    // JSON: the id is the one string value() writes
    @JsonCreator
    public static IdentifiedNeedId of(String value) {
        return ImmutableIdentifiedNeedId.of(value);
    }

    @Value.Check
    void check() {
        checkFormat(FORMAT, "must be a priority area id, a dot and a number, such as PA2.1");
    }
}
