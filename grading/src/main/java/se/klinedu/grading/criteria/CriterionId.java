package se.klinedu.grading.criteria;

import com.fasterxml.jackson.annotation.JsonCreator;
import java.util.regex.Pattern;
import org.immutables.value.Value;
import se.klinedu.core.Identifier;
import se.klinedu.core.internal.KlineduStyle;

/**
 * The id of a SPUR criterion: its area's letter, a hyphen and its two-digit number in the order of
 * the report's table for that area, such as {@code E-05}.
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @since 0.1
 */
@Value.Immutable
@KlineduStyle
public abstract class CriterionId extends Identifier {

    private static final Pattern FORMAT = Pattern.compile("[A-H]-[0-9][0-9]");

    CriterionId() {
    }

    /**
     * Obtains an id such as {@code CriterionId.of("E-05")}.
     *
     * @param value an area letter A to H, a hyphen and two digits, not null
     * @return the id
     * @throws se.klinedu.core.InvalidInputException if the value has another format
     */
    // JSON: the id is the one string value() writes
    @JsonCreator
    public static CriterionId of(String value) {
        return ImmutableCriterionId.of(value);
    }

    /**
     * {@return the area the id's letter names}
     */
    public SpurArea area() {
        return SpurArea.of(value().substring(0, 1).toLowerCase(java.util.Locale.ROOT));
    }

    @Value.Check
    void check() {
        checkFormat(FORMAT, "must be an area letter A to H, a hyphen and two digits, such as E-05");
    }
}
