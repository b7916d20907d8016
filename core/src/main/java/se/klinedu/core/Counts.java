package se.klinedu.core;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.immutables.value.Value;
import se.klinedu.core.internal.KlineduStyle;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * The counts behind a share: {@code numerator} of {@code denominator} (respondents who agreed,
 * employees with a training, units inspected in time).
 *
 * <p>A share is always carried as counts, never as a bare percentage, so that it can be pooled
 * (sums of numerators over sums of denominators) and compared with a {@link Threshold} exactly.
 * A denominator of zero is allowed and means "no data", never a share of zero. Instances are
 * immutable and thread-safe.
 *
 * @since 0.1
 */
@Value.Immutable
@KlineduStyle
@JsonDeserialize(builder = ImmutableCounts.Builder.class)
public abstract class Counts {

    Counts() {
    }

    /**
     * {@return the number counted, 0 ≤ numerator ≤ denominator}
     */
    @JsonProperty(value = "numerator", required = true)
    @Value.Parameter
    public abstract long numerator();

    /**
     * {@return the number of all counted cases, not negative}
     */
    @JsonProperty(value = "denominator", required = true)
    @Value.Parameter
    public abstract long denominator();

    /**
     * Obtains counts such as {@code Counts.of(46, 50)}.
     *
     * @param numerator the number counted, 0 to {@code denominator}
     * @param denominator the number of all cases, not negative
     * @return the counts
     * @throws InvalidInputException unless 0 ≤ numerator ≤ denominator
     */
    public static Counts of(long numerator, long denominator) {
        return ImmutableCounts.of(numerator, denominator);
    }

    /**
     * {@return true when the denominator is zero: there is no data}
     */
    public boolean isEmpty() {
        return denominator() == 0;
    }

    /**
     * Returns the share as a double, for display and statistics; compare with a target through
     * {@link Threshold#isPassedBy(Counts)}, which is exact.
     *
     * @return numerator / denominator, in 0 to 1
     * @throws InvalidInputException if the denominator is zero
     */
    public double share() {
        if (isEmpty()) {
            throw InvalidInputException.of("denominator", "must be positive for a share, was 0");
        }
        return (double) numerator() / denominator();
    }

    /**
     * Pools these counts with others: the sum of numerators over the sum of denominators.
     *
     * @param other the counts to add, not null
     * @return the pooled counts; this instance is unaffected
     * @throws ArithmeticException if a sum overflows a {@code long}
     */
    public Counts plus(Counts other) {
        return of(Math.addExact(numerator(), other.numerator()), Math.addExact(denominator(), other.denominator()));
    }

    @Value.Check
    void check() {
        if (denominator() < 0) {
            throw InvalidInputException.of("denominator", "must not be negative", denominator());
        }
        if (numerator() < 0 || numerator() > denominator()) {
            throw InvalidInputException.of("numerator", "must be 0.." + denominator(), numerator());
        }
    }

    @Override
    public String toString() {
        return numerator() + "/" + denominator();
    }
}
