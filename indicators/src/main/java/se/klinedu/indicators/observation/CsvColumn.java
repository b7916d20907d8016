package se.klinedu.indicators.observation;

import se.klinedu.core.InvalidInputException;
import se.klinedu.core.json.JsonEnum;

/**
 * A field of an observation that a CSV column holds; a {@link CsvFormat} maps a file's header names to
 * these.
 *
 * @since 0.1
 */
public enum CsvColumn implements JsonEnum {
    /** The indicator's id, such as {@code 1.1.1}. */
    INDICATOR,
    /** The organisation unit: its id, or its name where the reader knows the tree. */
    UNIT,
    /** The reporting period: a year such as {@code 2024} or a term such as {@code 2024-VT}. */
    PERIOD,
    /** The respondents who answered yes, a whole number. */
    NUMERATOR,
    /** All respondents, a whole number. */
    DENOMINATOR,
    /** Whether a milestone is done: {@code true} or {@code false}. */
    DONE,
    /** The date a milestone was done, such as {@code 2024-03-01}. */
    DATE,
    /** A review's outcome, such as {@code good}. */
    REVIEW,
    /** One respondent's answer, in a file of responses rather than observations (see {@link AnswerScale}). */
    ANSWER;

    /**
     * {@return the column's name in the standard header ({@value ObservationReader#CSV_HEADER}, and
     * {@code answer} in a file of responses): its {@linkplain #code() code}}
     */
    public String header() {
        return code();
    }

    /**
     * Obtains a column from its name in the standard header.
     *
     * @param header such as {@code unit}, not null
     * @return the column
     * @throws InvalidInputException for a name the standard header lacks
     */
    public static CsvColumn of(String header) {
        return JsonEnum.of(CsvColumn.class, "column", header);
    }
}
