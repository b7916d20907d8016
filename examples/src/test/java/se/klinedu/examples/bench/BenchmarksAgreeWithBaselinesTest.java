package se.klinedu.examples.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.klinedu.core.explain.Reason;
import se.klinedu.core.explain.Renderer;
import se.klinedu.indicators.evaluation.IndicatorResult;

/**
 * Each benchmark's library method and its hand-written baseline compute the same answer on the same data
 * (a correctness check, not a timing): a baseline that did less work would disagree.
 */
class BenchmarksAgreeWithBaselinesTest {

    @Test
    void share_evaluation_baseline_gives_the_librarys_statuses_certainties_and_intervals() {
        ShareEvaluationBenchmark.Data data = ShareEvaluationBenchmark.Data.generate(50_000, 8);
        Summary library = ShareEvaluationBenchmark.library(data);
        Summary baseline = ShareEvaluationBenchmark.baseline(data);
        assertTrue(library.agreesWith(baseline), library + " vs " + baseline);
        Summary arithmetic = ShareEvaluationBenchmark.libraryArithmetic(data);
        assertTrue(arithmetic.agreesWith(baseline), arithmetic + " vs " + baseline);
        // the data take every branch
        assertTrue(library.met() > 0 && library.notMet() > 0 && library.suppressed() > 0 && library.noData() > 0, library.toString());
        long disclosed = library.met() + library.notMet();
        assertTrue(library.clear() > 0 && library.clear() < disclosed, library.toString());
        assertEquals(50_000, disclosed + library.suppressed() + library.noData());
    }

    @Test
    void roll_up_baseline_gives_the_librarys_pooled_statuses_and_suppression() {
        RollUpBenchmark.Region region = RollUpBenchmark.Region.generate(300, 8);
        Summary library = RollUpBenchmark.library(region);
        Summary baseline = RollUpBenchmark.baseline(region);
        assertTrue(library.agreesWith(baseline), library + " vs " + baseline);
        // the audited run throws if any indicator-year fails its audit
        assertEquals(library, RollUpBenchmark.audited(region));
        long results = (long) region.parent.length * RollUpBenchmark.INDICATORS * RollUpBenchmark.YEARS;
        assertEquals(results, library.met() + library.notMet() + library.suppressed() + library.noData());
        assertTrue(library.met() > 0 && library.notMet() > 0 && library.suppressed() > 0, library.toString());
        // more is suppressed than the groups below the minimum: complementary suppression took place
        long primary = 0;
        for (long[][] years : region.ownDenominator) {
            for (long[] own : years) {
                for (int u = 0; u < own.length; u++) {
                    if (region.children[u].length == 0 && own[u] > 0 && own[u] < 5) {
                        primary++;
                    }
                }
            }
        }
        assertTrue(library.suppressed() > primary, library.suppressed() + " suppressed, " + primary + " small teams");
    }

    @Test
    void reason_rendering_and_its_baseline_write_every_reason_of_the_region() {
        List<IndicatorResult> results = ReasonRenderingBenchmark.results(RollUpBenchmark.Region.generate(100, 8));
        List<Reason> reasons = ReasonRenderingBenchmark.reasons(results);

        assertTrue(reasons.size() >= 2L * results.size(), reasons.size() + " reasons of " + results.size() + " results");
        // every reason has a text, longer than the code its baseline starts with
        assertTrue(ReasonRenderingBenchmark.library(reasons, Renderer.of("sv")) > 0);
        assertTrue(ReasonRenderingBenchmark.baseline(reasons) > reasons.size());
        for (IndicatorResult result : results) {
            for (String text : Renderer.of("nb").render(result.reasons())) {
                assertFalse(text.isBlank() || text.contains("{"), text);
            }
        }
    }

    @Test
    void spur_grading_baseline_gives_the_librarys_grades() {
        SpurGradingBenchmark.Inspections inspections = new SpurGradingBenchmark.Inspections();
        inspections.generate(3_000, 8);
        SpurGradingBenchmark.GradeCounts library = SpurGradingBenchmark.library(inspections);
        assertEquals(library, SpurGradingBenchmark.baseline(inspections));
        assertTrue(library.a() > 0 && library.b() > 0 && library.c() > 0 && library.d() > 0 && library.undeterminable() > 0,
                library.toString());
    }

    @Test
    void load_main_loads_every_reference_data_set_and_both_mains_run_in_a_fresh_jvm() throws Exception {
        PrintStream original = System.out;
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        System.setOut(new PrintStream(bytes, true, StandardCharsets.UTF_8));
        try {
            LoadMain.main(new String[0]);
        } finally {
            System.setOut(original);
        }
        String out = bytes.toString(StandardCharsets.UTF_8);
        assertTrue(out.contains("indicators: 26") && out.contains("SPUR criteria: 76"), out);
        assertEquals(9, out.lines().count(), out);
        assertEquals(0, StartupBenchmark.launch(EmptyMain.class));
        assertEquals(0, StartupBenchmark.launch(LoadMain.class));
    }
}
