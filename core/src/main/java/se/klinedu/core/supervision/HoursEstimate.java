package se.klinedu.core.supervision;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;
import java.util.List;
import org.immutables.value.Value;
import se.klinedu.core.InvalidInputException;
import se.klinedu.core.explain.Reason;
import se.klinedu.core.internal.Checks;
import se.klinedu.core.internal.Decimals;
import se.klinedu.core.internal.KlineduStyle;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * The estimated hours of a training's scope, as a range, with how it was computed.
 *
 * <p>Hours are below {@code 10^}{@value #MAX_INTEGER_DIGITS} with at most {@value #MAX_DECIMALS} decimals,
 * kept in canonical form (no trailing zeros). Instances are immutable and thread-safe.
 *
 * @since 0.1
 */
@Value.Immutable
@KlineduStyle
@JsonDeserialize(builder = ImmutableHoursEstimate.Builder.class)
public abstract class HoursEstimate {

    /**
     * The most digits before the point of an estimate's hours: a scope within {@link HoursPolicy}'s bound,
     * converted by a policy within it, stays below {@code 10^18} hours.
     */
    public static final int MAX_INTEGER_DIGITS = 20;
    /**
     * The most decimals of an estimate's hours: such a conversion, rounded to 34 significant digits, has at
     * most 51.
     */
    public static final int MAX_DECIMALS = 64;

    HoursEstimate() {
    }

    /**
     * {@return the fewest hours, not negative}
     */
    @JsonProperty(value = "minHours", required = true)
    @Value.Parameter
    public abstract BigDecimal minHours();

    /**
     * {@return the most hours, not below the fewest}
     */
    @JsonProperty(value = "maxHours", required = true)
    @Value.Parameter
    public abstract BigDecimal maxHours();

    /**
     * {@return true when the document gives the scope as approximate ("ca")}
     */
    @JsonProperty(value = "approximate", required = true)
    @Value.Parameter
    public abstract boolean approximate();

    /**
     * {@return why, at least one reason: the conversion applied, such as a day as 40 hours over 5 days
     *     ({@link TrainingReason})}
     */
    @JsonProperty(value = "reasons", required = true)
    @Value.Parameter
    public abstract List<Reason> reasons();

    /**
     * Obtains an estimate.
     *
     * @param minHours the fewest hours, not negative
     * @param maxHours the most hours, not below {@code minHours}
     * @param approximate whether the scope is approximate
     * @param reasons the conversion applied, at least one reason, each a {@link TrainingReason}
     * @return the estimate
     * @throws InvalidInputException if the range is empty or negative, or there is no reason, or one of another kind
     */
    public static HoursEstimate of(BigDecimal minHours, BigDecimal maxHours, boolean approximate,
            List<Reason> reasons) {
        return ImmutableHoursEstimate.of(minHours, maxHours, approximate, reasons);
    }

    @Value.Check
    HoursEstimate canonical() {
        BigDecimal min = Decimals.canonical("minHours", minHours(), MAX_INTEGER_DIGITS, MAX_DECIMALS);
        BigDecimal max = Decimals.canonical("maxHours", maxHours(), MAX_INTEGER_DIGITS, MAX_DECIMALS);
        if (min.signum() < 0) {
            throw InvalidInputException.of("minHours", "must not be negative", min);
        }
        if (max.compareTo(min) < 0) {
            throw InvalidInputException.of("maxHours", "must not be below minHours " + min.toPlainString(), max);
        }
        Checks.reasons("reasons", reasons(), TrainingReason.class);
        return min.equals(minHours()) && max.equals(maxHours()) ? this
                : ImmutableHoursEstimate.of(min, max, approximate(), reasons());
    }
}
