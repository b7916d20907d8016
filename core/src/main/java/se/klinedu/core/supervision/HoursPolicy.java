package se.klinedu.core.supervision;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;
import java.math.MathContext;
import org.immutables.value.Value;
import se.klinedu.core.InvalidInputException;
import se.klinedu.core.internal.KlineduStyle;

/**
 * How a training's scope converts to hours: a week of full-time study is {@code hoursPerWeek} hours
 * over {@code daysPerWeek} days, and {@code creditsPerWeek} higher-education credits.
 *
 * <p>The {@linkplain #standard() standard policy} is 40 hours, 5 days and 1.5 hp per week ("1,5 hp
 * ≈ en veckas heltidsstudier"), so a day is 8 hours and a credit about 26.7 hours. Instances are
 * immutable and thread-safe.
 *
 * @since 0.1
 */
@Value.Immutable
@KlineduStyle
public abstract class HoursPolicy {

    private static final HoursPolicy STANDARD = of(BigDecimal.valueOf(40), BigDecimal.valueOf(5), new BigDecimal("1.5"));

    HoursPolicy() {
    }

    /**
     * {@return the hours of a week of full-time study, positive}
     */
    @JsonProperty("hoursPerWeek")
    @Value.Parameter
    public abstract BigDecimal hoursPerWeek();

    /**
     * {@return the working days of a week, positive}
     */
    @JsonProperty("daysPerWeek")
    @Value.Parameter
    public abstract BigDecimal daysPerWeek();

    /**
     * {@return the higher-education credits of a week of full-time study, positive}
     */
    @JsonProperty("creditsPerWeek")
    @Value.Parameter
    public abstract BigDecimal creditsPerWeek();

    /**
     * Obtains a policy.
     *
     * @param hoursPerWeek hours per week of full-time study, positive
     * @param daysPerWeek days per week, positive
     * @param creditsPerWeek credits per week of full-time study, positive
     * @return the policy
     * @throws InvalidInputException if a value is not positive
     */
    @JsonCreator
    public static HoursPolicy of(
            @JsonProperty(value = "hoursPerWeek", required = true) BigDecimal hoursPerWeek,
            @JsonProperty(value = "daysPerWeek", required = true) BigDecimal daysPerWeek,
            @JsonProperty(value = "creditsPerWeek", required = true) BigDecimal creditsPerWeek) {
        return ImmutableHoursPolicy.of(hoursPerWeek, daysPerWeek, creditsPerWeek);
    }

    /**
     * {@return 40 hours and 5 days and 1.5 hp per week of full-time study}
     */
    public static HoursPolicy standard() {
        return STANDARD;
    }

    /**
     * Returns the hours of one unit of scope.
     *
     * @param unit the unit, not null
     * @return the hours of one hour, day, week or credit, rounded to 34 significant digits
     */
    public BigDecimal hoursPer(ScopeUnit unit) {
        return switch (unit) {
            case HOURS -> BigDecimal.ONE;
            case DAYS -> hoursPerWeek().divide(daysPerWeek(), MathContext.DECIMAL128);
            case WEEKS_FULL_TIME -> hoursPerWeek();
            case CREDITS -> hoursPerWeek().divide(creditsPerWeek(), MathContext.DECIMAL128);
        };
    }

    @Value.Check
    void check() {
        requirePositive("hoursPerWeek", hoursPerWeek());
        requirePositive("daysPerWeek", daysPerWeek());
        requirePositive("creditsPerWeek", creditsPerWeek());
    }

    private static void requirePositive(String path, BigDecimal value) {
        if (value.signum() <= 0) {
            throw InvalidInputException.of(path, "must be positive", value.toPlainString());
        }
    }
}
