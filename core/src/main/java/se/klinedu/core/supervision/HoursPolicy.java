package se.klinedu.core.supervision;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Objects;
import org.immutables.value.Value;
import se.klinedu.core.InvalidInputException;
import se.klinedu.core.explain.Reason;
import se.klinedu.core.internal.Decimals;
import se.klinedu.core.internal.KlineduStyle;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * How a training's scope converts to hours: a week of full-time study is {@code hoursPerWeek} hours
 * over {@code daysPerWeek} days, and {@code creditsPerWeek} higher-education credits.
 *
 * <p>The {@linkplain #standard() standard policy} is 40 hours, 5 days and 1.5 hp per week ("1,5 hp
 * ≈ en veckas heltidsstudier"), so a day is 8 hours and a credit about 26.7 hours. Every figure, of a
 * policy or of an amount to convert, is below {@code 10^}{@value #MAX_INTEGER_DIGITS} with at most
 * {@value #MAX_DECIMALS} decimals, and is kept in canonical form (no trailing zeros). Instances are
 * immutable and thread-safe.
 *
 * @since 0.1
 */
@Value.Immutable
@KlineduStyle
@JsonDeserialize(builder = ImmutableHoursPolicy.Builder.class)
public abstract class HoursPolicy {

    /** The most digits before the point of a policy's figures and of a scope's amounts. */
    public static final int MAX_INTEGER_DIGITS = 6;
    /** The most decimals of a policy's figures and of a scope's amounts. */
    public static final int MAX_DECIMALS = 6;

    private static final HoursPolicy STANDARD = of(BigDecimal.valueOf(40), BigDecimal.valueOf(5), new BigDecimal("1.5"));

    HoursPolicy() {
    }

    /**
     * {@return the hours of a week of full-time study, positive}
     */
    @JsonProperty(value = "hoursPerWeek", required = true)
    @Value.Parameter
    public abstract BigDecimal hoursPerWeek();

    /**
     * {@return the working days of a week, positive}
     */
    @JsonProperty(value = "daysPerWeek", required = true)
    @Value.Parameter
    public abstract BigDecimal daysPerWeek();

    /**
     * {@return the higher-education credits of a week of full-time study, positive}
     */
    @JsonProperty(value = "creditsPerWeek", required = true)
    @Value.Parameter
    public abstract BigDecimal creditsPerWeek();

    /**
     * Obtains a policy.
     *
     * @param hoursPerWeek hours per week of full-time study, positive
     * @param daysPerWeek days per week, positive
     * @param creditsPerWeek credits per week of full-time study, positive
     * @return the policy
     * @throws InvalidInputException if a value is not positive, or breaks the bound on digits
     */
    public static HoursPolicy of(BigDecimal hoursPerWeek, BigDecimal daysPerWeek, BigDecimal creditsPerWeek) {
        return ImmutableHoursPolicy.of(hoursPerWeek, daysPerWeek, creditsPerWeek);
    }

    /**
     * {@return 40 hours and 5 days and 1.5 hp per week of full-time study}
     */
    public static HoursPolicy standard() {
        return STANDARD;
    }

    /**
     * Converts an amount of scope to hours, multiplying before dividing so that 7.5 hp is exactly
     * 200 hours under the standard policy.
     *
     * @param amount the amount, not null
     * @param unit its unit, not null
     * @return the hours, rounded to 34 significant digits where the division is not exact
     * @throws InvalidInputException if the amount breaks the bound on digits
     */
    public BigDecimal hours(BigDecimal amount, ScopeUnit unit) {
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(unit, "unit");
        bounded("amount", amount);
        return switch (unit) {
            case HOURS -> amount;
            case DAYS -> amount.multiply(hoursPerWeek()).divide(daysPerWeek(), MathContext.DECIMAL128);
            case WEEKS_FULL_TIME -> amount.multiply(hoursPerWeek());
            case CREDITS -> amount.multiply(hoursPerWeek()).divide(creditsPerWeek(), MathContext.DECIMAL128);
        };
    }

    /**
     * Gives the conversion of a unit to hours, as the reason of an estimate.
     *
     * @param unit the unit, not null
     * @return the reason, with this policy's figures, such as a day as {@code hoursPerWeek} 40 over
     *     {@code daysPerWeek} 5 ({@link TrainingReason#HOURS_FROM_DAYS})
     */
    public Reason conversion(ScopeUnit unit) {
        return switch (unit) {
            case HOURS -> Reason.of(TrainingReason.HOURS_AS_GIVEN);
            case DAYS -> Reason.of(TrainingReason.HOURS_FROM_DAYS, hoursPerWeek().doubleValue(),
                    daysPerWeek().doubleValue());
            case WEEKS_FULL_TIME -> Reason.of(TrainingReason.HOURS_FROM_WEEKS, hoursPerWeek().doubleValue());
            case CREDITS -> Reason.of(TrainingReason.HOURS_FROM_CREDITS, hoursPerWeek().doubleValue(),
                    creditsPerWeek().doubleValue());
        };
    }

    @Value.Check
    HoursPolicy canonical() {
        BigDecimal hours = positive("hoursPerWeek", hoursPerWeek());
        BigDecimal days = positive("daysPerWeek", daysPerWeek());
        BigDecimal credits = positive("creditsPerWeek", creditsPerWeek());
        return hours.equals(hoursPerWeek()) && days.equals(daysPerWeek()) && credits.equals(creditsPerWeek())
                ? this : ImmutableHoursPolicy.of(hours, days, credits);
    }

    /**
     * Checks a figure of a policy or a scope against the bound on digits.
     *
     * @param path the attribute, for the message
     * @param value the figure
     * @return its canonical form
     */
    static BigDecimal bounded(String path, BigDecimal value) {
        return Decimals.canonical(path, value, MAX_INTEGER_DIGITS, MAX_DECIMALS);
    }

    /**
     * Checks that a figure of a policy or a scope is positive and within the bound on digits.
     *
     * @param path the attribute, for the message
     * @param value the figure
     * @return its canonical form
     */
    static BigDecimal positive(String path, BigDecimal value) {
        BigDecimal canonical = bounded(path, value);
        if (canonical.signum() <= 0) {
            throw InvalidInputException.of(path, "must be positive", canonical);
        }
        return canonical;
    }
}
