package se.klinedu.examples.bench;

/**
 * The hand-written arithmetic of the baselines, on primitives: Wilson's score interval and the exact
 * comparison of counts with a whole-percent threshold. The formulas are those the library documents
 * ({@code Intervals.wilson}, {@code Evaluations.evaluateCounts}).
 */
final class Wilson {

    private Wilson() {
    }

    /** Writes the interval's bounds into {@code bounds[0]} and {@code bounds[1]}; {@code denominator} ≥ 1. */
    static void bounds(long numerator, long denominator, double z, double[] bounds) {
        double n = denominator;
        double p = (double) numerator / denominator;
        double z2n = z * z / n;
        double centre = (p + z2n / 2) / (1 + z2n);
        double half = z / (1 + z2n) * Math.sqrt(p * (1 - p) / n + z2n / (4 * n));
        double lower = numerator == 0 ? 0 : Math.max(0, centre - half);
        double upper = numerator == denominator ? 1 : Math.min(1, centre + half);
        bounds[0] = Math.min(lower, p);
        bounds[1] = Math.max(upper, p);
    }

    /** {@code numerator/denominator} more than (strict) or at least {@code percent} %, compared exactly. */
    static boolean meets(long numerator, long denominator, long percent, boolean strict) {
        long left = 100 * numerator;
        long right = percent * denominator;
        return strict ? left > right : left >= right;
    }

    /** A bound against the threshold, as the library's certainty compares it. */
    static boolean meets(double share, double threshold, boolean strict) {
        return strict ? share > threshold : share >= threshold;
    }
}
