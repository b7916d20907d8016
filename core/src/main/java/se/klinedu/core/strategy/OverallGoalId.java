package se.klinedu.core.strategy;

import com.fasterxml.jackson.annotation.JsonCreator;
import java.util.regex.Pattern;
import org.immutables.value.Value;
import se.klinedu.core.Identifier;
import se.klinedu.core.internal.KlineduStyle;

/**
 * The id of an overall goal (<i>övergripande mål</i>) of the Örebro strategy: {@code 1} quality, {@code 2} development, {@code 3} competence supply.
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @since 0.1
 */
@Value.Immutable
@KlineduStyle
public abstract class OverallGoalId extends Identifier {

    private static final Pattern FORMAT = Pattern.compile("[1-9]");

    OverallGoalId() {
    }

    /**
     * Obtains an id such as {@code OverallGoalId.of("1")}.
     *
     * @param value a digit 1-9, not null
     * @return the id
     * @throws se.klinedu.core.InvalidInputException if the value has another format
     */
    // JSON: the id is the one string value() writes
    @JsonCreator
    public static OverallGoalId of(String value) {
        return ImmutableOverallGoalId.of(value);
    }

    @Value.Check
    void check() {
        checkFormat(FORMAT, "must be a digit 1-9");
    }
}
