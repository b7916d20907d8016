package se.klinedu.core.strategy;

import com.fasterxml.jackson.annotation.JsonCreator;
import java.util.regex.Pattern;
import org.immutables.value.Value;
import se.klinedu.core.Identifier;
import se.klinedu.core.internal.KlineduStyle;

/**
 * The id of an effect goal (<i>effektmål</i>): its overall goal id, a dot and its number in the document's order, such as {@code 1.2}.
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @since 0.1
 */
@Value.Immutable
@KlineduStyle
public abstract class EffectGoalId extends Identifier {

    private static final Pattern FORMAT = Pattern.compile("[1-9]\\.[1-9][0-9]?");

    EffectGoalId() {
    }

    /**
     * Obtains an id such as {@code EffectGoalId.of("1.2")}.
     *
     * @param value the overall goal id, a dot and a number, such as 1.2, not null
     * @return the id
     * @throws se.klinedu.core.InvalidInputException if the value has another format
     */
    // JSON: the id is the one string value() writes
    @JsonCreator
    public static EffectGoalId of(String value) {
        return ImmutableEffectGoalId.of(value);
    }

    @Value.Check
    void check() {
        checkFormat(FORMAT, "must be the overall goal id, a dot and a number, such as 1.2");
    }
}
