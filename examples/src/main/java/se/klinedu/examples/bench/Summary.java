package se.klinedu.examples.bench;

import se.klinedu.indicators.evaluation.Certainty;
import se.klinedu.indicators.evaluation.IndicatorResult;

/**
 * What a run of share evaluations computed, summed so that a benchmark returns one small value and a
 * test can compare the library's answer with its hand-written baseline's: the number of results of each
 * status, of clear certainty, and the sums of the disclosed interval bounds.
 *
 * @param met results met
 * @param notMet results not met
 * @param suppressed results suppressed
 * @param noData results with no data
 * @param clear results whose interval lies wholly on one side of the threshold
 * @param lowerSum the sum of the disclosed intervals' lower bounds
 * @param upperSum the sum of the disclosed intervals' upper bounds
 */
public record Summary(long met, long notMet, long suppressed, long noData, long clear, double lowerSum, double upperSum) {

    /** Status codes the baselines use, one per {@link se.klinedu.indicators.evaluation.Status} they produce. */
    static final byte NO_DATA = 0;
    static final byte SUPPRESSED = 1;
    static final byte MET = 2;
    static final byte NOT_MET = 3;

    /**
     * Adds a result of the library.
     */
    static final class Builder {
        private long met;
        private long notMet;
        private long suppressed;
        private long noData;
        private long clear;
        private double lowerSum;
        private double upperSum;

        void add(IndicatorResult result) {
            switch (result.status()) {
                case MET -> met++;
                case NOT_MET -> notMet++;
                case SUPPRESSED -> suppressed++;
                case NO_DATA -> noData++;
                case NOT_EVALUABLE -> throw new IllegalStateException("a share is always evaluable: " + result);
            }
            if (result.certainty().orElse(null) == Certainty.CLEAR) {
                clear++;
            }
            result.interval().ifPresent(interval -> {
                lowerSum += interval.lower();
                upperSum += interval.upper();
            });
        }

        void add(byte status, boolean isClear, double lower, double upper) {
            switch (status) {
                case MET -> met++;
                case NOT_MET -> notMet++;
                case SUPPRESSED -> suppressed++;
                case NO_DATA -> noData++;
                default -> throw new IllegalStateException("status " + status);
            }
            if (status == MET || status == NOT_MET) {
                if (isClear) {
                    clear++;
                }
                lowerSum += lower;
                upperSum += upper;
            }
        }

        Summary build() {
            return new Summary(met, notMet, suppressed, noData, clear, lowerSum, upperSum);
        }
    }

    /**
     * Tells whether another summary has the same counts and the same sums up to rounding.
     *
     * @param other the other summary
     * @return true when they agree
     */
    public boolean agreesWith(Summary other) {
        return met == other.met && notMet == other.notMet && suppressed == other.suppressed && noData == other.noData
                && clear == other.clear && close(lowerSum, other.lowerSum) && close(upperSum, other.upperSum);
    }

    private static boolean close(double a, double b) {
        return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.max(Math.abs(a), Math.abs(b)));
    }
}
