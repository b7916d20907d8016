package se.klinedu.indicators.observation;

import se.klinedu.core.InvalidInputException;
import se.klinedu.core.json.JsonEnum;

/**
 * The character encoding of a CSV file given as bytes. A UTF-8 byte order mark is skipped whatever the
 * encoding says.
 *
 * @since 0.1
 */
public enum CsvEncoding implements JsonEnum {
    /** UTF-8, with or without a byte order mark; a byte sequence that is not UTF-8 is a problem. */
    UTF_8,
    /**
     * Windows-1252, as Excel on Swedish and Norwegian Windows saves "CSV (semicolon separated)"; a file
     * that is valid UTF-8 with letters beyond ASCII is a problem (read as Windows-1252 it would turn
     * "Åby" into "Ã…by").
     */
    WINDOWS_1252,
    /** UTF-8 when the bytes are valid UTF-8 (or start with its byte order mark), Windows-1252 otherwise. */
    DETECT;

    /**
     * Obtains an encoding from its code.
     *
     * @param code {@code utf-8}, {@code windows-1252} or {@code detect}, not null
     * @return the encoding
     * @throws InvalidInputException for any other code
     */
    public static CsvEncoding of(String code) {
        return JsonEnum.of(CsvEncoding.class, "encoding", code);
    }
}
