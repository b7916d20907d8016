package se.klinedu.core.strategy;

import com.fasterxml.jackson.annotation.JsonCreator;
import java.util.regex.Pattern;
import org.immutables.value.Value;
import se.klinedu.core.Identifier;
import se.klinedu.core.internal.KlineduStyle;

/**
 * The id of a responsibility in the Örebro strategy, such as {@code education-centre}.
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @since 0.1
 */
@Value.Immutable
@KlineduStyle
public abstract class ResponsibilityId extends Identifier {

    private static final Pattern FORMAT = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    ResponsibilityId() {
    }

    /**
     * Obtains an id such as {@code ResponsibilityId.of("education-centre")}.
     *
     * @param value lower-case words joined by hyphens, not null
     * @return the id
     * @throws se.klinedu.core.InvalidInputException if the value has another format
     */
    // JSON: the id is the one string value() writes
    @JsonCreator
    public static ResponsibilityId of(String value) {
        return ImmutableResponsibilityId.of(value);
    }

    @Value.Check
    void check() {
        checkFormat(FORMAT, "must be lower-case words joined by hyphens");
    }
}
