package se.klinedu.core.measure;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;
import se.klinedu.core.InvalidInputException;
import se.klinedu.core.internal.Checks;
import se.klinedu.core.internal.KlineduStyle;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * A region's report on one measure of a strategy: its status, who is responsible, and its dates
 * (started on, due, done or dropped on).
 *
 * <p>Valid on construction: a measure not started has no start date; a done measure has a done date
 * and a dropped one a dropped date, and no other status has either; neither date lies before the
 * start date. A measure with no end is due {@linkplain Due#ongoing() ongoing}. Instances are immutable
 * and thread-safe.
 *
 * @since 0.1
 */
@Value.Immutable
@KlineduStyle
@JsonDeserialize(builder = MeasureReport.Builder.class)
public abstract class MeasureReport {

    MeasureReport() {
    }

    /**
     * {@return the measure reported on}
     */
    @JsonProperty(value = "measure", required = true)
    public abstract MeasureId measure();

    /**
     * {@return the reported status}
     */
    @JsonProperty(value = "status", required = true)
    public abstract MeasureStatus status();

    /**
     * {@return the roles or units responsible for the measure, at least one}
     */
    @JsonProperty(value = "responsible", required = true)
    public abstract List<String> responsible();

    /**
     * {@return the due date, or ongoing for a measure with no end}
     */
    @JsonProperty(value = "due", required = true)
    public abstract Due due();

    /**
     * {@return the day the measure was started, where known; absent for a measure not started}
     */
    @JsonProperty("startedOn")
    public abstract Optional<LocalDate> startedOn();

    /**
     * {@return the day the measure was done, present exactly when the status is {@code DONE}}
     */
    @JsonProperty("doneOn")
    public abstract Optional<LocalDate> doneOn();

    /**
     * {@return the day the measure was dropped, present exactly when the status is {@code DROPPED}}
     */
    @JsonProperty("droppedOn")
    public abstract Optional<LocalDate> droppedOn();

    /**
     * {@return a builder; {@code measure}, {@code status}, at least one {@code responsible} and {@code due} are required}
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Builds a {@link MeasureReport}: {@code build()} checks the value as every other way of making one does.
     */
    public static final class Builder extends ImmutableMeasureReport.Builder {

        Builder() {
        }
    }

    /**
     * Tells whether the measure is overdue at a reference date: it is not done or dropped, it has a due
     * date, and the reference date is after that date.
     *
     * @param referenceDate the date to judge at, not null
     * @return true if overdue; never for a done or dropped measure, nor on or before its due date
     */
    public boolean isOverdueAt(LocalDate referenceDate) {
        Objects.requireNonNull(referenceDate, "referenceDate");
        return !status().isClosed() && due().date().filter(referenceDate::isAfter).isPresent();
    }

    @Value.Check
    void check() {
        Checks.notEmpty("responsible", responsible());
        for (int i = 0; i < responsible().size(); i++) {
            Checks.notBlank("responsible[" + i + "]", responsible().get(i));
        }
        if (status() == MeasureStatus.NOT_STARTED && startedOn().isPresent()) {
            throw InvalidInputException.of("startedOn", "must be absent for a measure not started", startedOn().get());
        }
        requireExactlyWith(MeasureStatus.DONE, "doneOn", doneOn());
        requireExactlyWith(MeasureStatus.DROPPED, "droppedOn", droppedOn());
        notBeforeStart("doneOn", doneOn());
        notBeforeStart("droppedOn", droppedOn());
    }

    private void requireExactlyWith(MeasureStatus owner, String path, Optional<LocalDate> date) {
        if (status() == owner && date.isEmpty()) {
            throw InvalidInputException.of(path, "is required for status " + owner.code());
        }
        if (status() != owner && date.isPresent()) {
            throw InvalidInputException.of(path, "must be absent for status " + status().code(), date.get());
        }
    }

    private void notBeforeStart(String path, Optional<LocalDate> date) {
        if (date.isPresent() && startedOn().isPresent() && date.get().isBefore(startedOn().get())) {
            throw InvalidInputException.of(path, "must not be before the start date " + startedOn().get(), date.get());
        }
    }
}
