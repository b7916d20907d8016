package se.klinedu.examples.bench;

import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import se.klinedu.core.Counts;
import se.klinedu.core.Threshold;
import se.klinedu.core.organisation.OrganisationUnitId;
import se.klinedu.core.period.CalendarYear;
import se.klinedu.indicators.evaluation.EvaluationPolicy;
import se.klinedu.indicators.evaluation.Evaluations;
import se.klinedu.indicators.statistics.ConfidenceLevel;
import se.klinedu.indicators.statistics.Interval;
import se.klinedu.indicators.statistics.Intervals;
import se.klinedu.indicators.target.Direction;
import se.klinedu.indicators.target.Indicator;
import se.klinedu.indicators.target.IndicatorCatalogue;
import se.klinedu.indicators.target.IndicatorId;

/**
 * Benchmark (a): one share indicator evaluated for 1 000 000 observations — a status from the exact
 * comparison with the threshold, the 95 % Wilson interval and its certainty — through the public entry
 * point {@link Evaluations#evaluateCounts}, against a hand-written loop over primitive arrays doing the
 * same arithmetic in the same run. One operation evaluates all of them.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
public class ShareEvaluationBenchmark {

    /** Observations per operation. */
    public static final int SIZE = 1_000_000;

    private Data data;

    /** Generates the observations, the same for every run. */
    @Setup
    public void setUp() {
        data = Data.generate(SIZE, 8);
    }

    /**
     * {@return the library's results, summed}
     */
    @Benchmark
    public Summary library() {
        return library(data);
    }

    /**
     * {@return the library's arithmetic alone, summed: the public {@link Evaluations#meets} and
     *     {@link Intervals#wilson} per observation, without the result object and its reasons}
     */
    @Benchmark
    public Summary libraryArithmetic() {
        return libraryArithmetic(data);
    }

    /**
     * {@return the hand-written loop's results, summed}
     */
    @Benchmark
    public Summary baseline() {
        return baseline(data);
    }

    static Summary library(Data data) {
        Summary.Builder summary = new Summary.Builder();
        Counts[] counts = data.counts;
        for (Counts each : counts) {
            summary.add(Evaluations.evaluateCounts(data.indicator, data.unit, data.year, each, data.policy));
        }
        return summary.build();
    }

    static Summary libraryArithmetic(Data data) {
        Summary.Builder summary = new Summary.Builder();
        Threshold threshold = data.indicator.target().threshold().orElseThrow();
        Direction direction = data.indicator.direction();
        ConfidenceLevel level = data.policy.confidenceLevel();
        double p = data.percent / 100.0;
        for (Counts each : data.counts) {
            if (each.isEmpty()) {
                summary.add(Summary.NO_DATA, false, 0, 0);
            } else if (each.denominator() < data.minimumGroupSize) {
                summary.add(Summary.SUPPRESSED, false, 0, 0);
            } else {
                boolean met = Evaluations.meets(each, threshold, direction);
                Interval interval = Intervals.wilson(each, level);
                boolean clear = Wilson.meets(interval.lower(), p, data.strict) == Wilson.meets(interval.upper(), p, data.strict);
                summary.add(met ? Summary.MET : Summary.NOT_MET, clear, interval.lower(), interval.upper());
            }
        }
        return summary.build();
    }

    static Summary baseline(Data data) {
        Summary.Builder summary = new Summary.Builder();
        long[] numerators = data.numerators;
        long[] denominators = data.denominators;
        double z = data.z;
        long percent = data.percent;
        boolean strict = data.strict;
        double threshold = percent / 100.0;
        int minimum = data.minimumGroupSize;
        double[] bounds = new double[2];
        for (int i = 0; i < numerators.length; i++) {
            long numerator = numerators[i];
            long denominator = denominators[i];
            if (denominator == 0) {
                summary.add(Summary.NO_DATA, false, 0, 0);
            } else if (denominator < minimum) {
                summary.add(Summary.SUPPRESSED, false, 0, 0);
            } else {
                boolean met = Wilson.meets(numerator, denominator, percent, strict);
                Wilson.bounds(numerator, denominator, z, bounds);
                boolean clear = Wilson.meets(bounds[0], threshold, strict) == Wilson.meets(bounds[1], threshold, strict);
                summary.add(met ? Summary.MET : Summary.NOT_MET, clear, bounds[0], bounds[1]);
            }
        }
        return summary.build();
    }

    /** The observations, as the library takes them and as primitive arrays. */
    static final class Data {
        final Indicator indicator = IndicatorCatalogue.load("orebro").get(IndicatorId.of("1.3.2"));   // > 85 %
        final OrganisationUnitId unit = OrganisationUnitId.of("medicinkliniken");
        final CalendarYear year = CalendarYear.of(2025);
        final EvaluationPolicy policy = EvaluationPolicy.standard();
        final long percent = indicator.target().threshold().orElseThrow().percent().longValueExact();
        final boolean strict = indicator.target().threshold().orElseThrow().comparison() == se.klinedu.core.Comparison.MORE_THAN;
        final double z = policy.confidenceLevel().z();
        final int minimumGroupSize = policy.minimumGroupSize();
        final Counts[] counts;
        final long[] numerators;
        final long[] denominators;

        private Data(int size) {
            counts = new Counts[size];
            numerators = new long[size];
            denominators = new long[size];
        }

        /**
         * Survey counts of 0 to 400 respondents (about 1 % empty, 1 % below the minimum group size) with
         * shares around the 85 % threshold, so that every branch is taken.
         */
        static Data generate(int size, long seed) {
            Random random = new Random(seed);
            Data data = new Data(size);
            for (int i = 0; i < size; i++) {
                int kind = random.nextInt(100);
                long denominator = kind == 0 ? 0 : kind == 1 ? 1 + random.nextInt(4) : 5 + random.nextInt(396);
                double share = Math.min(1, Math.max(0, 0.85 + random.nextGaussian() * 0.08));
                long numerator = Math.round(share * denominator);
                data.numerators[i] = numerator;
                data.denominators[i] = denominator;
                data.counts[i] = Counts.of(numerator, denominator);
            }
            return data;
        }
    }
}
