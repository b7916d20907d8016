package se.klinedu.core.period;

import com.fasterxml.jackson.annotation.JsonCreator;
import java.time.LocalDate;
import java.util.regex.Pattern;
import org.immutables.value.Value;
import se.klinedu.core.InvalidInputException;
import se.klinedu.core.internal.Checks;
import se.klinedu.core.internal.KlineduStyle;

/**
 * A calendar year, 1 January to 31 December, as a reporting period.
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @since 0.1
 */
@Value.Immutable
@KlineduStyle
public abstract non-sealed class CalendarYear implements ReportingPeriod, Comparable<CalendarYear> {

    private static final Pattern CODE = Pattern.compile("[0-9]{4}");

    CalendarYear() {
    }

    @Override
    @Value.Parameter
    public abstract int year();

    /**
     * Obtains a year.
     *
     * @param year the year, 1000 to 9999
     * @return the year
     * @throws InvalidInputException if the year has not four digits
     */
    public static CalendarYear of(int year) {
        return ImmutableCalendarYear.of(year);
    }

    /**
     * Parses a year such as {@code 2024}.
     *
     * @param code four digits, not null
     * @return the year
     * @throws InvalidInputException if the code is not four digits
     */
    // JSON: the period is the one string of its code
    @JsonCreator
    public static CalendarYear parse(String code) {
        Checks.matches("period", code, CODE, "must be a year such as 2024 or a term such as VT2024");
        return of(Integer.parseInt(code));
    }

    @Override
    public LocalDate firstDay() {
        return LocalDate.of(year(), 1, 1);
    }

    @Override
    public LocalDate lastDay() {
        return LocalDate.of(year(), 12, 31);
    }

    @Override
    public String code() {
        return Integer.toString(year());
    }

    /**
     * {@return the year after this one}
     */
    public CalendarYear next() {
        return of(year() + 1);
    }

    @Override
    public int compareTo(CalendarYear other) {
        return Integer.compare(year(), other.year());
    }

    @Value.Check
    void check() {
        if (year() < 1000 || year() > 9999) {
            throw InvalidInputException.of("year", "must have four digits", year());
        }
    }

    @Override
    public String toString() {
        return code();
    }
}
