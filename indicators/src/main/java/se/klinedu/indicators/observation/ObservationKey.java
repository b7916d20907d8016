package se.klinedu.indicators.observation;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.immutables.value.Value;
import se.klinedu.core.internal.KlineduStyle;
import se.klinedu.core.organisation.OrganisationUnitId;
import se.klinedu.core.period.ReportingPeriod;
import se.klinedu.indicators.target.IndicatorId;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * What an observation is of: an indicator, an organisation unit and a reporting period. A set of
 * observations has at most one per key.
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @since 0.1
 */
@Value.Immutable
@KlineduStyle
@JsonDeserialize(builder = ImmutableObservationKey.Builder.class)
public abstract class ObservationKey {

    ObservationKey() {
    }

    /**
     * {@return the indicator}
     */
    @JsonProperty(value = "indicator", required = true)
    @Value.Parameter
    public abstract IndicatorId indicator();

    /**
     * {@return the organisation unit}
     */
    @JsonProperty(value = "unit", required = true)
    @Value.Parameter
    public abstract OrganisationUnitId unit();

    /**
     * {@return the reporting period}
     */
    @JsonProperty(value = "period", required = true)
    @Value.Parameter
    public abstract ReportingPeriod period();

    /**
     * Obtains a key.
     *
     * @param indicator the indicator, not null
     * @param unit the unit, not null
     * @param period the period, not null
     * @return the key
     */
    public static ObservationKey of(IndicatorId indicator, OrganisationUnitId unit, ReportingPeriod period) {
        return ImmutableObservationKey.of(indicator, unit, period);
    }

    @Override
    public String toString() {
        return indicator() + " of " + unit() + " in " + period();
    }
}
