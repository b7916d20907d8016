package se.klinedu.indicators.statistics;

/**
 * The standard normal distribution's quantile function Φ⁻¹, by Newton's method on Φ.
 *
 * <p>Φ is evaluated with Marsaglia's series Φ(x) = ½ + φ(x)·(x + x³/3 + x⁵/(3·5) + …) (Journal of
 * Statistical Software 11(4), 2004), whose terms are all positive for x &gt; 0, so nothing cancels; for
 * p &gt; ½ Newton's steps from 0 approach the root from below because Φ is concave there.
 */
final class NormalQuantile {

    private static final double INVERSE_SQRT_TWO_PI = 1 / Math.sqrt(2 * Math.PI);
    private static final int MAX_STEPS = 200;

    private NormalQuantile() {
    }

    /**
     * Returns Φ⁻¹(p) for ½ ≤ p &lt; 1; the caller guarantees the range.
     */
    static double of(double p) {
        if (!(p >= 0.5 && p < 1)) {
            throw new IllegalArgumentException("p must be within 0.5 (inclusive) and 1 (exclusive), was " + p);
        }
        double x = 0;
        for (int step = 0; step < MAX_STEPS; step++) {
            double next = x + (p - cumulative(x)) / density(x);
            if (next == x) {
                break;
            }
            x = next;
        }
        return x;
    }

    static double density(double x) {
        return INVERSE_SQRT_TWO_PI * Math.exp(-x * x / 2);
    }

    /** Φ(x) for x ≥ 0. */
    static double cumulative(double x) {
        double sum = x;
        double term = x;
        double squared = x * x;
        for (int i = 3; ; i += 2) {
            term *= squared / i;
            double next = sum + term;
            if (next == sum) {
                return 0.5 + density(x) * sum;
            }
            sum = next;
        }
    }
}
