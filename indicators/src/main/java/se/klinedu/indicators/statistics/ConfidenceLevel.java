package se.klinedu.indicators.statistics;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import org.immutables.value.Value;
import se.klinedu.core.InvalidInputException;
import se.klinedu.core.internal.KlineduStyle;

/**
 * The confidence level of a two-sided interval, such as 0.95, and its standard normal quantile
 * {@code z} = Φ⁻¹((1 + level) / 2).
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @since 0.1
 */
@Value.Immutable
@KlineduStyle
public abstract class ConfidenceLevel {

    /** The smallest level accepted. */
    public static final double MINIMUM = 0.5;
    /** The largest level accepted: beyond it the quantile is no longer a meaningful width for survey counts. */
    public static final double MAXIMUM = 0.999_999;

    ConfidenceLevel() {
    }

    /**
     * {@return the level, within {@value #MINIMUM}..{@value #MAXIMUM}}
     */
    @JsonValue
    @Value.Parameter
    public abstract double level();

    /**
     * Obtains a confidence level.
     *
     * @param level the level, within {@value #MINIMUM}..{@value #MAXIMUM}
     * @return the confidence level
     * @throws InvalidInputException if the level is outside that range or not a number
     */
    // JSON: the level is the one number level() writes
    @JsonCreator
    public static ConfidenceLevel of(double level) {
        return ImmutableConfidenceLevel.of(level);
    }

    /**
     * {@return the 95 % level, the default of an evaluation policy}
     */
    public static ConfidenceLevel ninetyFivePercent() {
        return of(0.95);
    }

    /**
     * {@return the standard normal quantile z with P(|Z| ≤ z) = level, accurate to about 1e-15}
     */
    @Value.Lazy
    public double z() {
        return NormalQuantile.of((1 + level()) / 2);
    }

    @Value.Check
    void check() {
        if (!(level() >= MINIMUM && level() <= MAXIMUM)) {
            throw InvalidInputException.of("level", "must be within " + MINIMUM + ".." + MAXIMUM, level());
        }
    }

    @Override
    public String toString() {
        return level() * 100 + " %";
    }
}
