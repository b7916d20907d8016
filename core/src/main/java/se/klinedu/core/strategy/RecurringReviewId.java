package se.klinedu.core.strategy;

import com.fasterxml.jackson.annotation.JsonCreator;
import java.util.regex.Pattern;
import org.immutables.value.Value;
import se.klinedu.core.Identifier;
import se.klinedu.core.internal.KlineduStyle;

/**
 * The id of a recurring external review named by the Örebro strategy: {@code spur} or {@code alf}.
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @since 0.1
 */
@Value.Immutable
@KlineduStyle
public abstract class RecurringReviewId extends Identifier {

    private static final Pattern FORMAT = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    RecurringReviewId() {
    }

    /**
     * Obtains an id such as {@code RecurringReviewId.of("spur")}.
     *
     * @param value lower-case words joined by hyphens, not null
     * @return the id
     * @throws se.klinedu.core.InvalidInputException if the value has another format
     */
    // JSON: the id is the one string value() writes
    @JsonCreator
    public static RecurringReviewId of(String value) {
        return ImmutableRecurringReviewId.of(value);
    }

    @Value.Check
    void check() {
        checkFormat(FORMAT, "must be lower-case words joined by hyphens");
    }
}
