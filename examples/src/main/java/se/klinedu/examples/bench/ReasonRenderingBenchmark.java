package se.klinedu.examples.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import se.klinedu.core.explain.Reason;
import se.klinedu.core.explain.Renderer;
import se.klinedu.indicators.evaluation.IndicatorResult;
import se.klinedu.indicators.rollup.TreeRollUp;
import se.klinedu.indicators.target.Indicator;

/**
 * Benchmark (e): every reason of a whole region's roll-up (1 000 units, 25 indicators, 10 years: 250 250
 * results) rendered as text in one language, apart from the evaluation that made them. The results derive
 * their reasons each time they are asked; the setup asks once and keeps them, so an operation measures the
 * rendering alone. The
 * baseline writes the same arguments as plain text, unformatted, with a {@code StringBuilder}: what writing
 * the numbers costs without a language.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
public class ReasonRenderingBenchmark {

    /** The language rendered: {@code sv}, {@code nb} or {@code en}. */
    @Param({"sv"})
    public String language;

    private List<Reason> reasons;
    private Renderer renderer;

    /** Rolls up the region of benchmark (b) with 1 000 units and derives every result's reasons once. */
    @Setup
    public void setUp() {
        reasons = reasons(results(RollUpBenchmark.Region.generate(1000, 8)));
        renderer = Renderer.of(language);
    }

    static List<IndicatorResult> results(RollUpBenchmark.Region region) {
        List<IndicatorResult> all = new ArrayList<>();
        for (Indicator indicator : region.catalogue.indicators()) {
            region.years.forEach(year -> all.addAll(
                    TreeRollUp.resultsByUnit(indicator, year, region.tree, region.observations, region.policy).values()));
        }
        return all;
    }

    /** {@return every reason of the results, derived once, in the results' order} */
    static List<Reason> reasons(List<IndicatorResult> results) {
        return results.stream().flatMap(result -> result.reasons().stream()).toList();
    }

    /**
     * {@return the characters of every reason's text}
     */
    @Benchmark
    public long library() {
        return library(reasons, renderer);
    }

    /**
     * {@return the characters of every reason's arguments written as plain text}
     */
    @Benchmark
    public long baseline() {
        return baseline(reasons);
    }

    static long library(List<Reason> reasons, Renderer renderer) {
        long characters = 0;
        for (Reason reason : reasons) {
            characters += renderer.render(reason).length();
        }
        return characters;
    }

    static long baseline(List<Reason> reasons) {
        long characters = 0;
        StringBuilder text = new StringBuilder(128);
        for (Reason reason : reasons) {
            text.setLength(0);
            text.append(reason.code().code());
            reason.args().values().forEach(arg -> text.append(' ').append(arg));
            characters += text.toString().length();
        }
        return characters;
    }
}
