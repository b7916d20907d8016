package se.klinedu.core.period;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.stream.IntStream;
import org.immutables.value.Value;
import se.klinedu.core.InvalidInputException;
import se.klinedu.core.internal.KlineduStyle;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * The years a strategy covers, both inclusive, such as 2021–2030 for Region Örebro län's
 * <i>Utbildningsstrategi 2021–2030</i>.
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @since 0.1
 */
@Value.Immutable
@KlineduStyle
@JsonDeserialize(builder = ImmutableStrategyPeriod.Builder.class)
public abstract class StrategyPeriod {

    StrategyPeriod() {
    }

    /**
     * {@return the first year covered}
     */
    @JsonProperty(value = "firstYear", required = true)
    @Value.Parameter
    public abstract int firstYear();

    /**
     * {@return the last year covered, not before the first}
     */
    @JsonProperty(value = "lastYear", required = true)
    @Value.Parameter
    public abstract int lastYear();

    /**
     * Obtains a strategy period.
     *
     * @param firstYear the first year, four digits
     * @param lastYear the last year, inclusive, not before {@code firstYear}
     * @return the period
     * @throws InvalidInputException if the last year is before the first or a year has not four digits
     */
    public static StrategyPeriod of(int firstYear, int lastYear) {
        return ImmutableStrategyPeriod.of(firstYear, lastYear);
    }

    /**
     * Tells whether a reporting period lies wholly within the strategy's years.
     *
     * @param period a year or term, not null
     * @return true if its year is one of the strategy's years
     */
    public boolean contains(ReportingPeriod period) {
        return period.year() >= firstYear() && period.year() <= lastYear();
    }

    /**
     * {@return every year of the period, in order}
     */
    public List<CalendarYear> years() {
        return IntStream.rangeClosed(firstYear(), lastYear()).mapToObj(CalendarYear::of).toList();
    }

    @Value.Check
    void check() {
        CalendarYear.of(firstYear());
        CalendarYear.of(lastYear());
        if (lastYear() < firstYear()) {
            throw InvalidInputException.of("lastYear", "must not be before firstYear " + firstYear(), lastYear());
        }
    }

    @Override
    public String toString() {
        return firstYear() + "–" + lastYear();
    }
}
