package se.klinedu.indicators.target;

import com.fasterxml.jackson.annotation.JsonCreator;
import java.util.regex.Pattern;
import org.immutables.value.Value;
import se.klinedu.core.Identifier;
import se.klinedu.core.internal.KlineduStyle;

/**
 * The id of an indicator (<i>indikator</i>). The Örebro strategy's indicators are numbered within their
 * effect goal ({@code 1.6.2} is the second indicator of effect goal 1.6); a region's own indicators may
 * use any id of letters, digits, dots, hyphens and underscores.
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @since 0.1
 */
@Value.Immutable
@KlineduStyle
public abstract class IndicatorId extends Identifier {

    private static final Pattern FORMAT = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");

    IndicatorId() {
    }

    /**
     * Obtains an id such as {@code IndicatorId.of("1.6.2")}.
     *
     * @param value 1 to 64 letters, digits, dots, hyphens or underscores, starting with a letter or digit, not null
     * @return the id
     * @throws se.klinedu.core.InvalidInputException if the value has another format
     */
    // JSON: the id is the one string value() writes
    @JsonCreator
    public static IndicatorId of(String value) {
        return ImmutableIndicatorId.of(value);
    }

    @Value.Check
    void check() {
        checkFormat(FORMAT, "must be 1 to 64 letters, digits, '.', '-' or '_', starting with a letter or digit");
    }
}
