package se.klinedu.core.organisation;

import com.fasterxml.jackson.annotation.JsonCreator;
import java.util.regex.Pattern;
import org.immutables.value.Value;
import se.klinedu.core.Identifier;
import se.klinedu.core.internal.KlineduStyle;

/**
 * The id of an organisation unit, as the user's own systems name it (an HSA id, a cost centre).
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @since 0.1
 */
@Value.Immutable
@KlineduStyle
public abstract class OrganisationUnitId extends Identifier {

    private static final Pattern FORMAT = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:-]{0,63}");

    OrganisationUnitId() {
    }

    /**
     * Obtains an id such as {@code OrganisationUnitId.of("SE2321000164-7381")}.
     *
     * @param value 1 to 64 letters, digits or . _ : - starting with a letter or digit, not null
     * @return the id
     * @throws se.klinedu.core.InvalidInputException if the value has another format
     */
    // JSON: the id is the one string value() writes
    @JsonCreator
    public static OrganisationUnitId of(String value) {
        return ImmutableOrganisationUnitId.of(value);
    }

    /**
     * Tells whether a text has an id's format, without building one.
     *
     * @param value the text, not null
     * @return true if {@link #of(String)} accepts it
     */
    public static boolean isWellFormed(String value) {
        return FORMAT.matcher(value).matches();
    }

    @Value.Check
    void check() {
        checkFormat(FORMAT, "must be 1 to 64 letters, digits or . _ : - starting with a letter or digit");
    }
}
