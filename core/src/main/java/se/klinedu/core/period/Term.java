package se.klinedu.core.period;

import com.fasterxml.jackson.annotation.JsonCreator;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.immutables.value.Value;
import se.klinedu.core.InvalidInputException;
import se.klinedu.core.internal.KlineduStyle;

/**
 * A term, VT (spring, January–June) or HT (autumn, July–December) of a year, as a reporting period.
 *
 * <p>The reporting halves cover the whole year, so that every day falls in exactly one term; the
 * teaching weeks of a term are shorter (see the core module's README, "Interpretations"). Instances
 * are immutable and thread-safe.
 *
 * @since 0.1
 */
@Value.Immutable
@KlineduStyle
public abstract non-sealed class Term implements ReportingPeriod, Comparable<Term> {

    private static final Pattern CODE = Pattern.compile("(VT|HT)([0-9]{4})");

    Term() {
    }

    /**
     * {@return spring or autumn}
     */
    @Value.Parameter
    public abstract TermHalf half();

    @Override
    @Value.Parameter
    public abstract int year();

    /**
     * Obtains a term.
     *
     * @param half spring or autumn, not null
     * @param year the year, four digits
     * @return the term
     * @throws InvalidInputException if the year has not four digits
     */
    public static Term of(TermHalf half, int year) {
        return ImmutableTerm.of(half, year);
    }

    /**
     * Parses a term such as {@code VT2024}.
     *
     * @param code {@code VT} or {@code HT} followed by four digits, not null
     * @return the term
     * @throws InvalidInputException if the code has another form
     */
    // JSON: the period is the one string of its code
    @JsonCreator
    public static Term parse(String code) {
        Matcher matcher = CODE.matcher(code);
        if (!matcher.matches()) {
            throw InvalidInputException.of("period", "must be a term such as VT2024 or HT2024", code);
        }
        TermHalf half = matcher.group(1).equals(TermHalf.SPRING.abbreviation()) ? TermHalf.SPRING : TermHalf.AUTUMN;
        return of(half, Integer.parseInt(matcher.group(2)));
    }

    /**
     * Obtains the term a day falls in.
     *
     * @param day the day, not null
     * @return the term containing the day
     */
    public static Term containing(LocalDate day) {
        TermHalf half = day.getMonth().compareTo(TermHalf.AUTUMN.firstMonth()) < 0 ? TermHalf.SPRING : TermHalf.AUTUMN;
        return of(half, day.getYear());
    }

    @Override
    public LocalDate firstDay() {
        return LocalDate.of(year(), half().firstMonth(), 1);
    }

    @Override
    public LocalDate lastDay() {
        return LocalDate.of(year(), half().lastMonth(), 1).withDayOfMonth(half().lastMonth().maxLength());
    }

    @Override
    public String code() {
        return half().abbreviation() + year();
    }

    @Override
    public int compareTo(Term other) {
        return firstDay().compareTo(other.firstDay());
    }

    @Value.Check
    void check() {
        CalendarYear.of(year());
    }

    @Override
    public String toString() {
        return code();
    }
}
