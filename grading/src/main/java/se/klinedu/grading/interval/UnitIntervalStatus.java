package se.klinedu.grading.interval;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import se.klinedu.core.InvalidInputException;
import se.klinedu.core.explain.Reason;
import se.klinedu.core.internal.Checks;
import se.klinedu.core.internal.KlineduStyle;
import se.klinedu.core.organisation.OrganisationUnitId;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * Whether one unit is within the inspection interval at a reference date, and when its next
 * inspection is due.
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @since 0.1
 */
@Value.Immutable
@KlineduStyle
@JsonDeserialize(builder = UnitIntervalStatus.Builder.class)
public abstract class UnitIntervalStatus {

    UnitIntervalStatus() {
    }

    /**
     * {@return the unit}
     */
    @JsonProperty(value = "unit", required = true)
    public abstract OrganisationUnitId unit();

    /**
     * {@return the last inspection on or before the reference date; absent if none}
     */
    @JsonProperty("lastInspection")
    public abstract Optional<LocalDate> lastInspection();

    /**
     * {@return the date the next inspection is due: the last plus the interval; absent for a unit never
     * inspected, which is due at once}
     */
    @JsonProperty("nextDue")
    public abstract Optional<LocalDate> nextDue();

    /**
     * {@return true when the reference date is not after the next due date}
     */
    @JsonProperty(value = "withinInterval", required = true)
    public abstract boolean withinInterval();

    /**
     * {@return the dates compared and the rule applied, as data, at least one ({@link IntervalReason}s): when the
     * next inspection is due and which side of it the reference date is, or that the unit was never inspected; and
     * the inspections after the reference date, which are not counted}
     */
    @JsonProperty(value = "reasons", required = true)
    public abstract List<Reason> reasons();

    /**
     * {@return a builder; {@code unit}, {@code withinInterval} and at least one reason are required}
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Builds a {@link UnitIntervalStatus}: {@code build()} checks the value as every other way of making one does.
     */
    public static final class Builder extends ImmutableUnitIntervalStatus.Builder {

        Builder() {
        }
    }

    @Value.Check
    void check() {
        Checks.notEmpty("reasons", reasons());
        if (lastInspection().isPresent() != nextDue().isPresent()) {
            throw InvalidInputException.of("nextDue", "must be present exactly when there is a last inspection");
        }
        if (lastInspection().isEmpty() && withinInterval()) {
            throw InvalidInputException.of("withinInterval", "must be false for a unit never inspected");
        }
        if (lastInspection().isPresent() && !nextDue().get().isAfter(lastInspection().get())) {
            throw InvalidInputException.of("nextDue", "must be after the last inspection " + lastInspection().get(),
                    nextDue().get());
        }
    }
}
