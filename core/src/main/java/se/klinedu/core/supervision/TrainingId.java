package se.klinedu.core.supervision;

import com.fasterxml.jackson.annotation.JsonCreator;
import java.util.regex.Pattern;
import org.immutables.value.Value;
import se.klinedu.core.Identifier;
import se.klinedu.core.internal.KlineduStyle;

/**
 * The id of a supervisor training (<i>handledarutbildning</i>) in a catalogue, such as {@code introduction-to-supervision}.
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @since 0.1
 */
@Value.Immutable
@KlineduStyle
public abstract class TrainingId extends Identifier {

    private static final Pattern FORMAT = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    TrainingId() {
    }

    /**
     * Obtains an id such as {@code TrainingId.of("introduction-to-supervision")}.
     *
     * @param value lower-case words joined by hyphens, not null
     * @return the id
     * @throws se.klinedu.core.InvalidInputException if the value has another format
     */
    // JSON: the id is the one string value() writes
    @JsonCreator
    public static TrainingId of(String value) {
        return ImmutableTrainingId.of(value);
    }

    @Value.Check
    void check() {
        checkFormat(FORMAT, "must be lower-case words joined by hyphens");
    }
}
