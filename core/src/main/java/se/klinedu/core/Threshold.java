package se.klinedu.core;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.OptionalLong;
import org.immutables.value.Value;
import se.klinedu.core.internal.Decimals;
import se.klinedu.core.internal.KlineduStyle;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * A percentage a share must exceed ("&gt;90 procent") or reach (at least 85 %).
 *
 * <p>Comparisons are exact, on the counts, never after rounding: 8999 of 10000 (89.99 %) does not pass
 * "&gt;90 %", and 9 of 10 does not pass it either. The percentage has at most {@value #MAX_DECIMALS}
 * decimals and is kept in its canonical form, without trailing zeros, so {@code 90.0} and {@code 90} are
 * one threshold, equal and written alike. Instances are immutable and thread-safe.
 *
 * @since 0.1
 */
@Value.Immutable
@KlineduStyle
@JsonDeserialize(builder = ImmutableThreshold.Builder.class)
public abstract class Threshold {

    /** The most decimals a threshold's percentage may have: a millionth of a percent. */
    public static final int MAX_DECIMALS = 6;

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    /** 100 × 10^{@value #MAX_DECIMALS}: a share's numerator in the units of {@link #millionths()}. */
    private static final long HUNDRED_MILLION = 100_000_000L;
    /** Counts below this are compared in {@code long} arithmetic, exactly; larger ones in {@code BigDecimal}. */
    private static final long EXACT_IN_LONG = 1_000_000_000L;

    /**
     * {@link #millionths()} once computed, or −1: not an attribute, and the same however often a race
     * computes it (as {@code String}'s hash is).
     */
    private int millionths = -1;

    Threshold() {
    }

    /**
     * {@return whether a share must exceed or reach the percentage}
     */
    @JsonProperty(value = "comparison", required = true)
    @Value.Parameter
    public abstract Comparison comparison();

    /**
     * {@return the percentage, 0 to 100}
     */
    @JsonProperty(value = "percent", required = true)
    @Value.Parameter
    public abstract BigDecimal percent();

    /**
     * Obtains a threshold.
     *
     * @param comparison strict or inclusive, not null
     * @param percent the percentage, 0 to 100, with at most {@value #MAX_DECIMALS} decimals (trailing zeros
     *     aside), not null
     * @return the threshold, whose percentage is in canonical form
     * @throws InvalidInputException if the percentage is outside 0 to 100 or has more decimals
     */
    public static Threshold of(Comparison comparison, BigDecimal percent) {
        return ImmutableThreshold.of(comparison, percent);
    }

    /**
     * Obtains a strict threshold, as in "ska uppgå till &gt;90 procent".
     *
     * @param percent the percentage a share must exceed, 0 to 100
     * @return the threshold
     * @throws InvalidInputException if the percentage is outside 0 to 100
     */
    public static Threshold moreThan(long percent) {
        return of(Comparison.MORE_THAN, BigDecimal.valueOf(percent));
    }

    /**
     * Obtains an inclusive threshold.
     *
     * @param percent the percentage a share must reach, 0 to 100
     * @return the threshold
     * @throws InvalidInputException if the percentage is outside 0 to 100
     */
    public static Threshold atLeast(long percent) {
        return of(Comparison.AT_LEAST, BigDecimal.valueOf(percent));
    }

    /**
     * Tells whether counts pass this threshold, comparing {@code 100 × numerator} with
     * {@code percent × denominator} exactly.
     *
     * @param counts the counts, with a positive denominator
     * @return true if the share exceeds (strict) or reaches (inclusive) the percentage
     * @throws InvalidInputException if the denominator is zero: no data passes or fails a threshold
     */
    public boolean isPassedBy(Counts counts) {
        if (counts.isEmpty()) {
            throw InvalidInputException.of("counts.denominator", "must be positive to compare with a threshold, was 0");
        }
        long numerator = counts.numerator();
        long denominator = counts.denominator();
        // 100 × 10^6 × numerator and millionths × denominator stay below 10^17 for counts below 10^9
        int sign = numerator < EXACT_IN_LONG && denominator < EXACT_IN_LONG
                ? Long.compare(numerator * HUNDRED_MILLION, (long) millionths() * denominator)
                : HUNDRED.multiply(BigDecimal.valueOf(numerator)).compareTo(percent().multiply(BigDecimal.valueOf(denominator)));
        return comparison() == Comparison.MORE_THAN ? sign > 0 : sign >= 0;
    }

    /** {@return the percentage in millionths of a percent, a whole number up to 10^8 since it has at most 6 decimals} */
    private int millionths() {
        int computed = millionths;
        if (computed < 0) {
            computed = percent().movePointRight(MAX_DECIMALS).intValueExact();
            millionths = computed;
        }
        return computed;
    }

    /**
     * Returns the smallest numerator that passes this threshold for a denominator.
     *
     * @param denominator the number of cases, positive
     * @return the smallest passing numerator, or empty if even {@code denominator} of
     *     {@code denominator} does not pass (as with "&gt;100 %")
     * @throws InvalidInputException if the denominator is not positive
     */
    public OptionalLong smallestPassingNumerator(long denominator) {
        if (denominator <= 0) {
            throw InvalidInputException.of("denominator", "must be positive", denominator);
        }
        BigDecimal exact = percent().multiply(BigDecimal.valueOf(denominator)).divide(HUNDRED);
        BigDecimal smallest = comparison() == Comparison.MORE_THAN
                ? exact.setScale(0, RoundingMode.FLOOR).add(BigDecimal.ONE)
                : exact.setScale(0, RoundingMode.CEILING);
        // compared before narrowing: "> 100 %" of Long.MAX_VALUE would need one more than a long holds
        return smallest.compareTo(BigDecimal.valueOf(denominator)) <= 0
                ? OptionalLong.of(smallest.longValueExact()) : OptionalLong.empty();
    }

    @Value.Check
    Threshold canonical() {
        BigDecimal percent = Decimals.canonical("percent", percent(), 3, MAX_DECIMALS);
        if (percent.signum() < 0 || percent.compareTo(HUNDRED) > 0) {
            throw InvalidInputException.of("percent", "must be 0..100", percent);
        }
        return percent.equals(percent()) ? this : ImmutableThreshold.of(comparison(), percent);
    }

    @Override
    public String toString() {
        return comparison().operator() + " " + percent().toPlainString() + " %";
    }
}
