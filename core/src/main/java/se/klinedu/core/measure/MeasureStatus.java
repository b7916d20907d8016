package se.klinedu.core.measure;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import se.klinedu.core.InvalidInputException;
import se.klinedu.core.internal.Checks;

/**
 * The status a region reports for a measure of a strategy (a Helse Sør-Øst <i>tiltak</i>, an Örebro
 * identified need): not started, ongoing, done or dropped.
 *
 * <p>Written to JSON as its {@link #code()}. Order, where one is needed, is explicit
 * ({@link #isClosed()}), never {@code ordinal()}.
 *
 * @since 0.1
 */
public enum MeasureStatus {
    /** Planned, not yet started. */
    NOT_STARTED("not-started"),
    /** Started and under way. */
    ONGOING("ongoing"),
    /** Carried out. */
    DONE("done"),
    /** Given up: it will not be carried out. */
    DROPPED("dropped");

    private final String code;

    MeasureStatus(String code) {
        this.code = code;
    }

    /**
     * {@return the code written in JSON: {@code not-started}, {@code ongoing}, {@code done} or {@code dropped}}
     */
    @JsonValue
    public String code() {
        return code;
    }

    /**
     * Obtains a status from its code.
     *
     * @param code {@code not-started}, {@code ongoing}, {@code done} or {@code dropped}; not null
     * @return the status
     * @throws InvalidInputException for any other code
     */
    @JsonCreator
    public static MeasureStatus of(String code) {
        return Checks.byCode("status", values(), code, MeasureStatus::code,
                "must be not-started, ongoing, done or dropped");
    }

    /**
     * {@return true for {@code DONE} and {@code DROPPED}: nothing more is expected, so the measure is never overdue}
     */
    public boolean isClosed() {
        return this == DONE || this == DROPPED;
    }
}
