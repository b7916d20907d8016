package se.klinedu.grading.interval;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;
import se.klinedu.core.Counts;
import se.klinedu.core.explain.Reason;
import se.klinedu.core.internal.Checks;
import se.klinedu.core.internal.KlineduStyle;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * How many of a set of units are within the SPUR inspection interval at a reference date: the
 * observation behind the indicator "andel verksamheter som genomför SPUR-granskning inom
 * rekommenderade tidsintervall ska uppgå till &gt;90 procent".
 *
 * <p>A unit is within the interval when its last inspection on or before the reference date plus the
 * interval is not before the reference date; inspections after the reference date are not counted, and
 * a unit never inspected is not within. {@link #counts()} gives the share as core {@link Counts}, which
 * a caller can hand to an indicator (grading does not know indicators). Instances are immutable and
 * thread-safe.
 *
 * @since 0.1
 */
@Value.Immutable
@KlineduStyle
@JsonIgnoreProperties(value = "counts", allowGetters = true)
@JsonDeserialize(builder = IntervalCompliance.Builder.class)
public abstract class IntervalCompliance {

    IntervalCompliance() {
    }

    /**
     * {@return the reference date}
     */
    @JsonProperty(value = "referenceDate", required = true)
    public abstract LocalDate referenceDate();

    /**
     * {@return the interval applied}
     */
    @JsonProperty(value = "policy", required = true)
    public abstract InspectionIntervalPolicy policy();

    /**
     * {@return each unit's status, in the input's order}
     */
    @JsonProperty(value = "units", required = true)
    public abstract List<UnitIntervalStatus> units();

    /**
     * {@return a builder; {@code referenceDate} and {@code policy} are required}
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Builds a {@link IntervalCompliance}: {@code build()} checks the value as every other way of making one does.
     */
    public static final class Builder extends ImmutableIntervalCompliance.Builder {

        Builder() {
        }
    }

    /**
     * Computes the compliance of units at a reference date.
     *
     * @param units the units with their inspection dates, each unit once, not null
     * @param referenceDate the date, not null
     * @param policy the interval, not null
     * @return each unit's status and the counts
     * @throws se.klinedu.core.InvalidInputException if a unit is listed twice
     */
    public static IntervalCompliance at(List<UnitInspections> units, LocalDate referenceDate,
            InspectionIntervalPolicy policy) {
        Objects.requireNonNull(units, "units");
        Objects.requireNonNull(referenceDate, "referenceDate");
        Objects.requireNonNull(policy, "policy");
        Checks.uniqueKeys("units", units, UnitInspections::unit);
        List<UnitIntervalStatus> statuses = new ArrayList<>();
        for (UnitInspections unit : units) {
            statuses.add(status(unit, referenceDate, policy));
        }
        return builder().referenceDate(referenceDate).policy(policy).addAllUnits(statuses).build();
    }

    private static UnitIntervalStatus status(UnitInspections unit, LocalDate referenceDate, InspectionIntervalPolicy policy) {
        Optional<LocalDate> last = unit.inspections().stream().filter(date -> !date.isAfter(referenceDate))
                .max(Comparator.naturalOrder());
        long later = unit.inspections().stream().filter(date -> date.isAfter(referenceDate)).count();
        UnitIntervalStatus.Builder status = UnitIntervalStatus.builder().unit(unit.unit());
        if (last.isEmpty()) {
            status.withinInterval(false).addReasons(Reason.of(IntervalReason.NEVER_INSPECTED, referenceDate));
        } else {
            LocalDate nextDue = last.get().plusYears(policy.intervalYears());
            boolean within = !referenceDate.isAfter(nextDue);
            status.lastInspection(last).nextDue(nextDue).withinInterval(within)
                    .addReasons(Reason.of(IntervalReason.NEXT_DUE, last.get(), nextDue, policy.intervalYears()),
                            Reason.of(within ? IntervalReason.WITHIN : IntervalReason.OUTSIDE, referenceDate, nextDue));
        }
        if (later > 0) {
            status.addReasons(Reason.of(IntervalReason.LATER_NOT_COUNTED, later, referenceDate));
        }
        return status.build();
    }

    /**
     * {@return the units within the interval of all units: the share for an indicator; a denominator of 0 when there are no units}
     */
    @JsonProperty("counts")
    public Counts counts() {
        return Counts.of(units().stream().filter(UnitIntervalStatus::withinInterval).count(), units().size());
    }

    @Value.Check
    void check() {
        Checks.uniqueKeys("units", units(), UnitIntervalStatus::unit);
    }
}
