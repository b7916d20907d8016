package se.klinedu.grading.interval;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.LocalDate;
import java.util.List;
import org.immutables.value.Value;
import se.klinedu.core.internal.KlineduStyle;
import se.klinedu.core.organisation.OrganisationUnitId;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * A unit with the dates of its SPUR inspections; none for a unit never inspected.
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @since 0.1
 */
@Value.Immutable
@KlineduStyle
@JsonDeserialize(builder = ImmutableUnitInspections.Builder.class)
public abstract class UnitInspections {

    UnitInspections() {
    }

    /**
     * {@return the unit}
     */
    @JsonProperty(value = "unit", required = true)
    @Value.Parameter
    public abstract OrganisationUnitId unit();

    /**
     * {@return the inspection dates, in any order; empty if never inspected}
     */
    @JsonProperty(value = "inspections", required = true)
    @Value.Parameter
    public abstract List<LocalDate> inspections();

    /**
     * Obtains a unit's inspections.
     *
     * @param unit the unit, not null
     * @param inspections the inspection dates, possibly empty, not null
     * @return the unit's inspections
     */
    public static UnitInspections of(OrganisationUnitId unit, List<LocalDate> inspections) {
        return ImmutableUnitInspections.of(unit, inspections);
    }
}
