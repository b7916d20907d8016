package se.klinedu.core.period;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.time.LocalDate;
import java.util.Objects;
import se.klinedu.core.InvalidInputException;

/**
 * A period that indicators are reported for: a {@link CalendarYear} or a {@link Term}.
 *
 * <p>Written as its {@linkplain #code() code}: {@code 2024} for a year, {@code VT2024} or
 * {@code HT2024} for a term.
 *
 * @since 0.1
 */
public sealed interface ReportingPeriod permits CalendarYear, Term {

    /**
     * {@return the first day of the period}
     */
    LocalDate firstDay();

    /**
     * {@return the last day of the period, inclusive}
     */
    LocalDate lastDay();

    /**
     * {@return the calendar year the period lies in}
     */
    int year();

    /**
     * {@return the period's code: {@code 2024}, {@code VT2024}, {@code HT2024}}
     */
    @JsonValue
    String code();

    /**
     * Tells whether a day falls within this period.
     *
     * @param day the day, not null
     * @return true if {@code firstDay() ≤ day ≤ lastDay()}
     */
    default boolean contains(LocalDate day) {
        Objects.requireNonNull(day, "day");
        return !day.isBefore(firstDay()) && !day.isAfter(lastDay());
    }

    /**
     * Parses a period from its code.
     *
     * @param code {@code 2024}, {@code VT2024} or {@code HT2024}, not null
     * @return the year or term
     * @throws InvalidInputException if the code is neither
     */
    // JSON: the period is the one string of its code
    @JsonCreator
    static ReportingPeriod parse(String code) {
        Objects.requireNonNull(code, "code");
        if (code.startsWith(TermHalf.SPRING.abbreviation()) || code.startsWith(TermHalf.AUTUMN.abbreviation())) {
            return Term.parse(code);
        }
        return CalendarYear.parse(code);
    }
}
