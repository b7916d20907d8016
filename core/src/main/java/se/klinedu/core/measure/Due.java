package se.klinedu.core.measure;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import org.immutables.value.Value;
import se.klinedu.core.InvalidInputException;
import se.klinedu.core.internal.KlineduStyle;

/**
 * When a planned measure is to be carried out: by a date, or "ongoing" (<i>pågående</i>) with no
 * end.
 *
 * <p>Written to JSON as an ISO date ({@code 2026-10-01}) or the word {@code ongoing}. Instances are
 * immutable and thread-safe.
 *
 * @since 0.1
 */
@Value.Immutable
@KlineduStyle
public abstract class Due {

    private static final String ONGOING = "ongoing";

    Due() {
    }

    /**
     * {@return the due date, empty for an ongoing measure}
     */
    @Value.Parameter
    public abstract Optional<LocalDate> date();

    /**
     * Obtains a due date.
     *
     * @param date the date by which the measure is to be carried out, not null
     * @return the due date
     */
    public static Due on(LocalDate date) {
        return ImmutableDue.of(Optional.of(date));
    }

    /**
     * {@return the due of a measure that is ongoing, with no end}
     */
    public static Due ongoing() {
        return ImmutableDue.of(Optional.empty());
    }

    /**
     * Parses a due date from its code.
     *
     * @param code an ISO date such as {@code 2026-10-01}, or {@code ongoing}; not null
     * @return the due date
     * @throws InvalidInputException for anything else
     */
    // JSON: the due date is the one string code() writes, an ISO date or the word for ongoing
    @JsonCreator
    public static Due parse(String code) {
        if (code.equals(ONGOING)) {
            return ongoing();
        }
        try {
            return on(LocalDate.parse(code));
        } catch (DateTimeParseException e) {
            throw InvalidInputException.of("due", "must be an ISO date such as 2026-10-01 or ongoing", code);
        }
    }

    /**
     * {@return true when the measure is ongoing, with no due date}
     */
    public boolean isOngoing() {
        return date().isEmpty();
    }

    /**
     * {@return the ISO date, or {@code ongoing}}
     */
    @JsonValue
    public String code() {
        return date().map(LocalDate::toString).orElse(ONGOING);
    }

    @Override
    public String toString() {
        return code();
    }
}
