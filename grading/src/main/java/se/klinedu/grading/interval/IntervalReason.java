package se.klinedu.grading.interval;

import java.util.List;
import se.klinedu.core.explain.ReasonCode;

/**
 * The reasons a {@link UnitIntervalStatus} gives, as codes with named arguments: the dates compared and the rule
 * applied.
 *
 * <p>Arguments: {@code referenceDate}, {@code lastInspection} and {@code nextDue} are dates; {@code intervalYears}
 * the policy's interval; {@code count} a number of inspections. The texts are the module's
 * ({@code reasons_sv.properties} and its siblings).
 *
 * @since 0.2
 */
public enum IntervalReason implements ReasonCode {
    /** No inspection on or before the reference date: not within the interval, due now. */
    NEVER_INSPECTED("interval.never-inspected", "referenceDate"),
    /** The last inspection on or before the reference date and the date the next is due. */
    NEXT_DUE("interval.next-due", "lastInspection", "nextDue", "intervalYears"),
    /** The reference date is not after the due date: within the interval. */
    WITHIN("interval.within", "referenceDate", "nextDue"),
    /** The reference date is after the due date: not within the interval. */
    OUTSIDE("interval.outside", "referenceDate", "nextDue"),
    /** Inspections after the reference date, which are not counted. */
    LATER_NOT_COUNTED("interval.later-not-counted", "count", "referenceDate");

    private final String code;
    private final List<String> parameters;

    IntervalReason(String code, String... parameters) {
        this.code = code;
        this.parameters = List.of(parameters);
    }

    @Override
    public String code() {
        return code;
    }

    @Override
    public List<String> parameters() {
        return parameters;
    }
}
