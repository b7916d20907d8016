package se.klinedu.indicators.statistics;

import java.util.Objects;
import se.klinedu.core.Counts;
import se.klinedu.core.InvalidInputException;

/**
 * Confidence intervals for shares from counts: Wilson's score interval for one share, and Newcombe's
 * hybrid score interval for the difference of two independent shares.
 *
 * @since 0.1
 */
public final class Intervals {

    private Intervals() {
    }

    /**
     * Computes Wilson's score interval (Wilson 1927; method 3 of Newcombe, Statistics in Medicine 17,
     * 857–872, 1998) for the share {@code numerator / denominator}.
     *
     * <p>With p = x/n and z the level's quantile, the bounds are
     * (p + z²/2n ∓ z·√(p(1−p)/n + z²/4n²)) / (1 + z²/n). At 0 of n the lower bound is exactly 0, at n of
     * n the upper bound is exactly 1.
     *
     * @param counts the counts, with a denominator of at least 1, not null
     * @param level the confidence level, not null
     * @return the interval, within 0..1, containing the point estimate
     * @throws InvalidInputException if the denominator is 0: there is no share to estimate
     */
    public static Interval wilson(Counts counts, ConfidenceLevel level) {
        Objects.requireNonNull(counts, "counts");
        Objects.requireNonNull(level, "level");
        if (counts.isEmpty()) {
            throw InvalidInputException.of("counts", "a share needs a denominator of at least 1", counts);
        }
        double n = counts.denominator();
        double p = counts.share();
        double z = level.z();
        double z2n = z * z / n;
        double centre = (p + z2n / 2) / (1 + z2n);
        double half = z / (1 + z2n) * Math.sqrt(p * (1 - p) / n + z2n / (4 * n));
        double lower = counts.numerator() == 0 ? 0 : Math.max(0, centre - half);
        double upper = counts.numerator() == counts.denominator() ? 1 : Math.min(1, centre + half);
        return Interval.of(Math.min(lower, p), Math.max(upper, p));
    }

    /**
     * Computes Newcombe's hybrid score interval for the difference {@code share(later) − share(earlier)}
     * of two independent shares (method 10 of Newcombe, Statistics in Medicine 17, 873–890, 1998): with
     * d = p₁ − p₂ and Wilson intervals (l₁, u₁), (l₂, u₂), the bounds are
     * d − √((p₁ − l₁)² + (u₂ − p₂)²) and d + √((u₁ − p₁)² + (p₂ − l₂)²).
     *
     * @param later the counts of the share the difference starts from (p₁), denominator at least 1, not null
     * @param earlier the counts subtracted (p₂), denominator at least 1, not null
     * @param level the confidence level, not null
     * @return the interval of the difference, within −1..1, containing the point difference
     * @throws InvalidInputException if either denominator is 0
     */
    public static Interval newcombe(Counts later, Counts earlier, ConfidenceLevel level) {
        Objects.requireNonNull(later, "later");
        Objects.requireNonNull(earlier, "earlier");
        Interval first = wilson(later, level);
        Interval second = wilson(earlier, level);
        double p1 = later.share();
        double p2 = earlier.share();
        double difference = p1 - p2;
        double lower = difference - Math.hypot(p1 - first.lower(), second.upper() - p2);
        double upper = difference + Math.hypot(first.upper() - p1, p2 - second.lower());
        return Interval.of(Math.max(-1, Math.min(lower, difference)), Math.min(1, Math.max(upper, difference)));
    }
}
