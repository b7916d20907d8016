package se.klinedu.core.period;

import java.time.Month;

/**
 * The half of an academic year a {@link Term} covers.
 *
 * @since 0.1
 */
public enum TermHalf {
    /** Vårtermin (VT), the spring term: January to June. */
    SPRING("VT", Month.JANUARY, Month.JUNE),
    /** Hösttermin (HT), the autumn term: July to December. */
    AUTUMN("HT", Month.JULY, Month.DECEMBER);

    private final String code;
    private final Month firstMonth;
    private final Month lastMonth;

    TermHalf(String code, Month firstMonth, Month lastMonth) {
        this.code = code;
        this.firstMonth = firstMonth;
        this.lastMonth = lastMonth;
    }

    /**
     * {@return the Swedish abbreviation, {@code VT} or {@code HT}}
     */
    public String code() {
        return code;
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
