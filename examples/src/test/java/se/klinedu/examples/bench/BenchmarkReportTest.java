package se.klinedu.examples.bench;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class BenchmarkReportTest {

    private static String run(String benchmark, String params, double score, String error) {
        return "{\"benchmark\":\"se.klinedu.examples.bench." + benchmark + "\",\"mode\":\"avgt\",\"params\":{" + params
                + "},\"primaryMetric\":{\"score\":" + score + ",\"scoreError\":" + error + ",\"scoreUnit\":\"ms/op\"}}";
    }

    @Test
    void prints_each_ratio_against_its_target_and_the_startup_difference() {
        String json = "[" + String.join(",",
                run("ShareEvaluationBenchmark.library", "", 30, "1.5").replace("}}", ",\"rawData\":[[20,40]]}}"),
                run("ShareEvaluationBenchmark.baseline", "", 10, "0.5").replace("}}", ",\"rawData\":[[12,8,10]]}}"),
                run("RollUpBenchmark.library", "\"units\":\"1000\"", 100, "\"NaN\""),
                run("RollUpBenchmark.baseline", "\"units\":\"1000\"", 40, "2"),
                run("RollUpBenchmark.library", "\"units\":\"10000\"", 1000, "20"),
                run("RollUpBenchmark.baseline", "\"units\":\"10000\"", 400, "4"),
                run("SpurGradingBenchmark.library", "", 2000, "30"),
                run("StartupBenchmark.load", "", 700, "10"),
                run("StartupBenchmark.bare", "", 100, "5"),
                run("ReasonRenderingBenchmark.library", "\"language\":\"sv\"", 90, "3"),
                run("ReasonRenderingBenchmark.baseline", "\"language\":\"sv\"", 30, "1")) + "]";
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        BenchmarkReport.print(json, new PrintStream(bytes, true, StandardCharsets.UTF_8));
        String out = bytes.toString(StandardCharsets.UTF_8);
        assertTrue(out.contains("= 3.00× (target ≤ 2×: MISSED)\n    best iterations: 20.000 / 8.000 = 2.50×"), out);
        assertTrue(out.contains("RollUpBenchmark.library[units=1000] 100.000 ms/op / RollUpBenchmark.baseline[units=1000] "
                + "40.000 ± 2.000 ms/op = 2.50× (target ≤ 3×: met)"), out);
        assertTrue(out.contains("= 10.00× (target ≤ 11×: met)"), out);
        assertTrue(out.contains("20.0 µs per inspection"), out);
        assertTrue(out.contains("missing: SpurGradingBenchmark.baseline"), out);
        assertTrue(out.contains("600 ms over a bare start (target ≤ 500 ms: MISSED)"), out);
        assertTrue(out.contains("ReasonRenderingBenchmark.library[language=sv] 90.000 ± 3.000 ms/op / "
                + "ReasonRenderingBenchmark.baseline[language=sv] 30.000 ± 1.000 ms/op = 3.00×\n"), out);
    }
}
