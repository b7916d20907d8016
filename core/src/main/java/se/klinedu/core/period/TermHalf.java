package se.klinedu.core.period;

import java.time.Month;
import se.klinedu.core.json.JsonEnum;

/**
 * The half of an academic year a {@link Term} covers.
 *
 * <p>A {@link Term} is written with the half's Swedish {@linkplain #abbreviation() abbreviation}, as in
 * {@code VT2024}; the half alone is written to JSON as its {@linkplain #code() code}, {@code spring} or
 * {@code autumn}.
 *
 * @since 0.1
 */
public enum TermHalf implements JsonEnum {
    /** Vårtermin (VT), the spring term: January to June. */
    SPRING("VT", Month.JANUARY, Month.JUNE),
    /** Hösttermin (HT), the autumn term: July to December. */
    AUTUMN("HT", Month.JULY, Month.DECEMBER);

    private final String abbreviation;
    private final Month firstMonth;
    private final Month lastMonth;

    TermHalf(String abbreviation, Month firstMonth, Month lastMonth) {
        this.abbreviation = abbreviation;
        this.firstMonth = firstMonth;
        this.lastMonth = lastMonth;
    }

    /**
     * {@return the Swedish abbreviation, {@code VT} or {@code HT}}
     */
    public String abbreviation() {
        return abbreviation;
    }

    /**
     * {@return the first month of the half}
     */
    public Month firstMonth() {
        return firstMonth;
    }

    /**
     * {@return the last month of the half}
     */
    public Month lastMonth() {
        return lastMonth;
    }
}
