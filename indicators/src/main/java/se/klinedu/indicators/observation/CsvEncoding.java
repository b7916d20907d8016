package se.klinedu.indicators.observation;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import se.klinedu.core.InvalidInputException;
import se.klinedu.core.internal.Checks;

/**
 * The character encoding of a CSV file given as bytes. A UTF-8 byte order mark is skipped whatever the
 * encoding says.
 *
 * @since 0.1
 */
public enum CsvEncoding {
    /** UTF-8, with or without a byte order mark; a byte sequence that is not UTF-8 is a problem. */
    UTF_8("utf-8"),
    /**
     * Windows-1252, as Excel on Swedish and Norwegian Windows saves "CSV (semicolon separated)"; a file
     * that is valid UTF-8 with letters beyond ASCII is a problem (read as Windows-1252 it would turn
     * "Åby" into "Ã…by").
     */
    WINDOWS_1252("windows-1252"),
    /** UTF-8 when the bytes are valid UTF-8 (or start with its byte order mark), Windows-1252 otherwise. */
    DETECT("detect");

    private final String code;

    CsvEncoding(String code) {
        this.code = code;
    }

    /**
     * {@return the encoding's code in JSON: {@code utf-8}, {@code windows-1252} or {@code detect}}
     */
    @JsonValue
    public String code() {
        return code;
    }

    /**
     * Obtains an encoding from its code.
     *
     * @param code {@code utf-8}, {@code windows-1252} or {@code detect}, not null
     * @return the encoding
     * @throws InvalidInputException for any other code
     */
    @JsonCreator
    public static CsvEncoding of(String code) {
        return Checks.byCode("encoding", values(), code, CsvEncoding::code, "must be utf-8, windows-1252 or detect");
    }
}
