package se.klinedu.examples.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Prints the ratios of a JMH run of the benchmarks from its JSON result file: each benchmark against its
 * hand-written baseline, the roll-up's scaling from 1 000 to 10 000 units, the reference data's cost
 * over a bare JVM start, each with its target, and the rendering of a region's reasons.
 *
 * <p>Run: {@code java -cp examples/target/benchmarks.jar se.klinedu.examples.bench.BenchmarkReport examples/target/jmh.json}
 */
public final class BenchmarkReport {

    private static final String PACKAGE = BenchmarkReport.class.getPackageName() + ".";

    private BenchmarkReport() {
    }

    /**
     * Prints the report.
     *
     * @param args the JSON file written by {@code -rf json -rff <file>}; {@code examples/target/jmh.json} if none
     * @throws IOException if the file cannot be read
     */
    public static void main(String[] args) throws IOException {
        Path file = Path.of(args.length > 0 ? args[0] : "examples/target/jmh.json");
        print(Files.readString(file), System.out);
    }

    /**
     * Prints the report of a JMH JSON result; benchmarks missing from it are reported as missing.
     *
     * @param json the content of the file
     * @param out where to print
     */
    public static void print(String json, PrintStream out) {
        Map<String, Score> scores = scores(json);
        out.println("(a) share evaluation, 1 000 000 observations:");
        ratio(out, scores, "ShareEvaluationBenchmark.library", "ShareEvaluationBenchmark.baseline", 2);
        out.println("  the library's arithmetic alone (Evaluations.meets and Intervals.wilson, no result objects or reasons):");
        ratio(out, scores, "ShareEvaluationBenchmark.libraryArithmetic", "ShareEvaluationBenchmark.baseline", 2);
        out.println("(b) tree roll-up, units × 25 indicators × 10 years:");
        ratio(out, scores, "RollUpBenchmark.library[units=1000]", "RollUpBenchmark.baseline[units=1000]", 3);
        ratio(out, scores, "RollUpBenchmark.library[units=10000]", "RollUpBenchmark.baseline[units=10000]", 3);
        out.println("  scaling, 10 × the data:");
        ratio(out, scores, "RollUpBenchmark.library[units=10000]", "RollUpBenchmark.library[units=1000]", 11);
        ratio(out, scores, "RollUpBenchmark.baseline[units=10000]", "RollUpBenchmark.baseline[units=1000]", Double.NaN);
        ratio(out, scores, "RollUpBenchmark.audited[units=1000]", "RollUpBenchmark.library[units=1000]", Double.NaN);
        ratio(out, scores, "RollUpBenchmark.audited[units=10000]", "RollUpBenchmark.library[units=10000]", Double.NaN);
        out.println("(c) SPUR grading, 100 000 inspections:");
        Score grading = scores.get("SpurGradingBenchmark.library");
        if (grading != null) {
            out.println(String.format(Locale.ROOT, "  %.1f µs per inspection", grading.score * 1000 / SpurGradingBenchmark.SIZE));
        }
        ratio(out, scores, "SpurGradingBenchmark.library", "SpurGradingBenchmark.baseline", Double.NaN);
        out.println("(d) reference data in a fresh JVM:");
        Score load = scores.get("StartupBenchmark.load");
        Score bare = scores.get("StartupBenchmark.bare");
        if (load == null || bare == null) {
            out.println("  missing: StartupBenchmark.load or StartupBenchmark.bare");
        } else {
            double over = load.score - bare.score;
            out.println(String.format(Locale.ROOT, "  load %s, bare start %s: %.0f ms over a bare start (target ≤ 500 ms: %s)",
                    load, bare, over, over <= 500 ? "met" : "MISSED"));
        }
        out.println("(e) every reason of a region's roll-up (1 000 units × 25 × 10) rendered in one language:");
        scores.keySet().stream().filter(name -> name.startsWith("ReasonRenderingBenchmark.library")).forEach(name ->
                ratio(out, scores, name, name.replace(".library", ".baseline"), Double.NaN));
    }

    private static void ratio(PrintStream out, Map<String, Score> scores, String measured, String reference, double target) {
        Score a = scores.get(measured);
        Score b = scores.get(reference);
        if (a == null || b == null) {
            out.println("  missing: " + (a == null ? measured : reference));
            return;
        }
        double ratio = a.score / b.score;
        String verdict = Double.isNaN(target) ? ""
                : String.format(Locale.ROOT, " (target ≤ %.0f×: %s)", target, ratio <= target ? "met" : "MISSED");
        out.println(String.format(Locale.ROOT, "  %s %s / %s %s = %.2f×%s", measured, a, reference, b, ratio, verdict));
        if (!Double.isNaN(a.best) && !Double.isNaN(b.best)) {
            out.println(String.format(Locale.ROOT, "    best iterations: %.3f / %.3f = %.2f× (less disturbed by other load)",
                    a.best, b.best, a.best / b.best));
        }
    }

    /** Scores by benchmark name without the package, parameters appended as {@code [name=value,...]}. */
    static Map<String, Score> scores(String json) {
        Map<String, Score> scores = new LinkedHashMap<>();
        for (JsonNode run : JsonMapper.builder().build().readTree(json)) {
            StringBuilder name = new StringBuilder(run.get("benchmark").asString().replace(PACKAGE, ""));
            JsonNode params = run.get("params");
            if (params != null && !params.isEmpty()) {
                StringBuilder list = new StringBuilder();
                for (Map.Entry<String, JsonNode> param : params.properties()) {
                    list.append(list.isEmpty() ? "" : ",").append(param.getKey()).append('=').append(param.getValue().asString());
                }
                name.append('[').append(list).append(']');
            }
            JsonNode metric = run.get("primaryMetric");
            double best = Double.NaN;
            JsonNode raw = metric.get("rawData");
            if (raw != null) {
                for (JsonNode fork : raw) {
                    for (JsonNode iteration : fork) {
                        best = Double.isNaN(best) ? number(iteration) : Math.min(best, number(iteration));
                    }
                }
            }
            scores.put(name.toString(), new Score(number(metric.get("score")), number(metric.get("scoreError")),
                    metric.get("scoreUnit").asString(), best));
        }
        return scores;
    }

    /** JMH writes NaN as the string {@code "NaN"}. */
    private static double number(JsonNode node) {
        return node.isNumber() ? node.asDouble() : Double.parseDouble(node.asString());
    }

    /**
     * A benchmark's score.
     *
     * @param score the mean
     * @param error the half-width of JMH's 99.9 % interval (NaN when too few iterations)
     * @param unit the unit
     * @param best the fastest iteration, NaN when the file has no raw data
     */
    record Score(double score, double error, String unit, double best) {
        @Override
        public String toString() {
            return Double.isNaN(error) ? String.format(Locale.ROOT, "%.3f %s", score, unit)
                    : String.format(Locale.ROOT, "%.3f ± %.3f %s", score, error, unit);
        }
    }
}
