package se.klinedu.indicators.observation;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import se.klinedu.core.InvalidInputException;
import se.klinedu.core.internal.Checks;

/**
 * A field of an observation that a CSV column holds; a {@link CsvFormat} maps a file's header names to
 * these.
 *
 * @since 0.1
 */
public enum CsvColumn {
    /** The indicator's id, such as {@code 1.1.1}. */
    INDICATOR("indicator"),
    /** The organisation unit: its id, or its name where the reader knows the tree. */
    UNIT("unit"),
    /** The reporting period: a year such as {@code 2024} or a term such as {@code 2024-VT}. */
    PERIOD("period"),
    /** The respondents who answered yes, a whole number. */
    NUMERATOR("numerator"),
    /** All respondents, a whole number. */
    DENOMINATOR("denominator"),
    /** Whether a milestone is done: {@code true} or {@code false}. */
    DONE("done"),
    /** The date a milestone was done, such as {@code 2024-03-01}. */
    DATE("date"),
    /** A review's outcome, such as {@code GOOD}. */
    REVIEW("review"),
    /** One respondent's answer, in a file of responses rather than observations (see {@link AnswerScale}). */
    ANSWER("answer");

    private final String header;

    CsvColumn(String header) {
        this.header = header;
    }

    /**
     * {@return the column's name in the standard header ({@value ObservationReader#CSV_HEADER}, and
     * {@code answer} in a file of responses), and its code in JSON}
     */
    @JsonValue
    public String header() {
        return header;
    }

    /**
     * Obtains a column from its name in the standard header.
     *
     * @param header such as {@code unit}, not null
     * @return the column
     * @throws InvalidInputException for a name the standard header lacks
     */
    @JsonCreator
    public static CsvColumn of(String header) {
        return Checks.byCode("column", values(), header, CsvColumn::header,
                "must be one of " + ObservationReader.CSV_HEADER + ",answer");
    }
}
