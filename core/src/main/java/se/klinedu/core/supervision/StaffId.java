package se.klinedu.core.supervision;

import com.fasterxml.jackson.annotation.JsonCreator;
import java.util.regex.Pattern;
import org.immutables.value.Value;
import se.klinedu.core.Identifier;
import se.klinedu.core.InvalidInputException;
import se.klinedu.core.internal.KlineduStyle;

/**
 * A pseudonymous id of a staff member in a roster; never a name or a personal identity number.
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @since 0.1
 */
@Value.Immutable
@KlineduStyle
public abstract class StaffId extends Identifier {

    private static final Pattern FORMAT = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:-]{0,63}");

    StaffId() {
    }

    /**
     * Obtains an id such as {@code StaffId.of("emp-0042")}.
     *
     * @param value 1 to 64 letters, digits or . _ : - starting with a letter or digit, not null
     * @return the id
     * @throws se.klinedu.core.InvalidInputException if the value has another format; the message gives the value's
     *     length, not the value, which may be a name typed into the id column by mistake
     */
    // JSON: the id is the one string value() writes
    @JsonCreator
    public static StaffId of(String value) {
        return ImmutableStaffId.of(value);
    }

    @Value.Check
    void check() {
        // a value that breaks the format may be a name typed into the id column: the message gives its length only
        if (!FORMAT.matcher(value()).matches()) {
            throw InvalidInputException.of("StaffId", "must be 1 to 64 letters, digits or . _ : - starting with a letter"
                    + " or digit, was a value of " + value().length() + " characters (not repeated: it may be personal data)");
        }
    }
}
