package se.klinedu.grading.interval;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.immutables.value.Value;
import se.klinedu.core.InvalidInputException;
import se.klinedu.core.internal.KlineduStyle;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * How often a unit should have a SPUR inspection: every {@code intervalYears} years; the default is
 * the recommended five ("SPUR-granskning … rekommenderas vart femte år", Region Örebro län's strategy).
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @since 0.1
 */
@Value.Immutable
@KlineduStyle
@JsonDeserialize(builder = ImmutableInspectionIntervalPolicy.Builder.class)
public abstract class InspectionIntervalPolicy {

    private static final InspectionIntervalPolicy STANDARD = of(5);

    InspectionIntervalPolicy() {
    }

    /**
     * {@return the recommended interval between inspections in years, positive}
     */
    @JsonProperty(value = "intervalYears", required = true)
    @Value.Parameter
    public abstract int intervalYears();

    /**
     * Obtains a policy.
     *
     * @param intervalYears the interval in years, positive
     * @return the policy
     * @throws InvalidInputException if the interval is not positive
     */
    public static InspectionIntervalPolicy of(int intervalYears) {
        return ImmutableInspectionIntervalPolicy.of(intervalYears);
    }

    /**
     * {@return the recommended policy: every 5 years}
     */
    public static InspectionIntervalPolicy standard() {
        return STANDARD;
    }

    @Value.Check
    void check() {
        if (intervalYears() <= 0) {
            throw InvalidInputException.of("intervalYears", "must be positive", intervalYears());
        }
    }
}
