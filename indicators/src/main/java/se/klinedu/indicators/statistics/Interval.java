package se.klinedu.indicators.statistics;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.immutables.value.Value;
import se.klinedu.core.InvalidInputException;
import se.klinedu.core.internal.KlineduStyle;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * A closed confidence interval {@code [lower, upper]}: of a share (within 0..1) or of the difference of
 * two shares (within −1..1).
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @since 0.1
 */
@Value.Immutable
@KlineduStyle
@JsonDeserialize(builder = ImmutableInterval.Builder.class)
public abstract class Interval {

    Interval() {
    }

    /**
     * {@return the lower bound}
     */
    @JsonProperty(value = "lower", required = true)
    @Value.Parameter
    public abstract double lower();

    /**
     * {@return the upper bound, not below the lower}
     */
    @JsonProperty(value = "upper", required = true)
    @Value.Parameter
    public abstract double upper();

    /**
     * Obtains an interval.
     *
     * @param lower the lower bound, within −1..1
     * @param upper the upper bound, within lower..1
     * @return the interval
     * @throws InvalidInputException if a bound is not finite, outside −1..1, or the bounds are inverted
     */
    public static Interval of(double lower, double upper) {
        return ImmutableInterval.of(lower, upper);
    }

    /**
     * {@return true when the interval contains the value, bounds included}
     *
     * @param value the value
     */
    public boolean contains(double value) {
        return lower() <= value && value <= upper();
    }

    @Value.Check
    void check() {
        if (!(lower() >= -1 && lower() <= 1)) {
            throw InvalidInputException.of("lower", "must be within -1..1", lower());
        }
        if (!(upper() >= lower() && upper() <= 1)) {
            throw InvalidInputException.of("upper", "must be within lower..1", upper());
        }
    }
}
