package se.klinedu.core.measure;

import se.klinedu.core.InvalidInputException;
import se.klinedu.core.json.JsonEnum;

/**
 * The status a region reports for a measure of a strategy (a Helse Sør-Øst <i>tiltak</i>, an Örebro
 * identified need): not started, ongoing, done or dropped.
 *
 * <p>Written to JSON as its {@link #code()}. Order, where one is needed, is explicit
 * ({@link #isClosed()}), never {@code ordinal()}.
 *
 * @since 0.1
 */
public enum MeasureStatus implements JsonEnum {
    /** Planned, not yet started. */
    NOT_STARTED,
    /** Started and under way. */
    ONGOING,
    /** Carried out. */
    DONE,
    /** Given up: it will not be carried out. */
    DROPPED;

    /**
     * Obtains a status from its code.
     *
     * @param code {@code not-started}, {@code ongoing}, {@code done} or {@code dropped}; not null
     * @return the status
     * @throws InvalidInputException for any other code
     */
    public static MeasureStatus of(String code) {
        return JsonEnum.of(MeasureStatus.class, "status", code);
    }

    /**
     * {@return true for {@code DONE} and {@code DROPPED}: nothing more is expected, so the measure is never overdue}
     */
    public boolean isClosed() {
        return this == DONE || this == DROPPED;
    }
}
