package se.klinedu.examples.quick;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import se.klinedu.core.Counts;
import se.klinedu.core.Language;
import se.klinedu.core.Threshold;
import se.klinedu.core.explain.Renderer;
import se.klinedu.core.supervision.CoverageStatus;
import se.klinedu.core.supervision.Qualification;
import se.klinedu.core.supervision.SupervisorTrainingCatalogue;
import se.klinedu.core.supervision.TrainingCoverage;
import se.klinedu.core.supervision.TrainingId;
import se.klinedu.grading.assessment.AreaGrade;
import se.klinedu.grading.assessment.GradeRule;
import se.klinedu.grading.assessment.Grades;
import se.klinedu.grading.assessment.GradingPolicy;
import se.klinedu.grading.criteria.CriterionId;
import se.klinedu.grading.criteria.Grade;
import se.klinedu.grading.criteria.SpurModel;
import se.klinedu.indicators.evaluation.Certainty;
import se.klinedu.indicators.evaluation.IndicatorResult;
import se.klinedu.indicators.evaluation.Status;
import se.klinedu.indicators.statistics.ConfidenceLevel;
import se.klinedu.indicators.statistics.Interval;
import se.klinedu.indicators.statistics.Intervals;

class QuickExamplesTest {

    private static String printed(Consumer<PrintStream> example) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        example.accept(new PrintStream(bytes, true, StandardCharsets.UTF_8));
        return bytes.toString(StandardCharsets.UTF_8);
    }

    private static String percent(double share) {
        return String.format(Locale.ROOT, "%.1f %%", share * 100);
    }

    @Test
    void evaluate_one_indicator_prints_the_librarys_status_interval_certainty_and_reasons() {
        String out = printed(EvaluateOneIndicator::print);
        IndicatorResult result = EvaluateOneIndicator.evaluate();
        // 118 of 134 is 88.06 %, more than 85 %; Wilson's interval computed here independently of the result
        Interval wilson = Intervals.wilson(Counts.of(118, 134), ConfidenceLevel.ninetyFivePercent());
        assertEquals(Status.MET, result.status());
        assertEquals(wilson, result.interval().orElseThrow());
        assertEquals(Certainty.UNCERTAIN, result.certainty().orElseThrow(), "the interval's lower bound is below 85 %");
        assertTrue(wilson.lower() < 0.85 && wilson.upper() > 0.85);

        assertTrue(out.contains("Status:    MET"), out);
        assertTrue(out.contains("Interval:  " + percent(wilson.lower()) + " – " + percent(wilson.upper())), out);
        assertTrue(out.contains("Certainty: UNCERTAIN"), out);
        assertTrue(out.contains("Estimate:  88.1 %"), out);
        result.reasons().forEach(reason -> assertTrue(out.contains("  - " + Renderer.of(Language.ENGLISH).render(reason) + "   ["
                + reason.code().code() + "]\n"), reason::toString));
        assertTrue(out.contains("  - 118 of 134 meets more than 85% (higher is better), compared exactly   [share.meets]\n"), out);
        assertTrue(out.contains("lärandemiljön som positiv"), out);
    }

    @Test
    void grade_one_spur_area_prints_the_librarys_grade_rule_and_deciding_criteria() {
        String out = printed(GradeOneSpurArea::print);
        AreaGrade grade = GradeOneSpurArea.grade();
        AreaGrade again = Grades.inspect(SpurModel.load(), GradeOneSpurArea.assessment(), GradingPolicy.standard())
                .grade(GradeOneSpurArea.AREA, GradeOneSpurArea.REGULATION);
        assertEquals(again, grade);
        // E-08, general advice partly met, decides a C; the unmet quality indicator E-14 plays no part
        assertEquals(Grade.C, grade.grade().orElseThrow());
        assertEquals(GradeRule.GENERAL_ADVICE_NOT_MET, grade.rule());
        assertEquals(List.of(CriterionId.of("E-08")), grade.criteria());

        assertTrue(out.contains("Grade:    C (GRADED)"), out);
        assertTrue(out.contains("Rule:     GENERAL_ADVICE_NOT_MET"), out);
        assertTrue(out.contains("Deciding criteria:\n  E-08  partly-met  "), out);
        assertTrue(out.contains("Reasons (code, then the text in English):\n"
                + "  grade.general-advice-not-met  Area E under HSLF-FS 2021:8: grade C, as the regulations are met but general "
                + "advice is not fully met: E-08.\n"
                + "  grade.criterion-outcome  E-08 (general advice): partly met.\n"), out);
        GradeOneSpurArea.assessment().outcomes().forEach(outcome ->
                assertTrue(out.contains("  " + outcome.criterion() + "  "), outcome.criterion().value()));
    }

    @Test
    void supervisor_qualification_prints_the_missing_trainings_and_the_fewest_people_to_train() {
        String out = printed(SupervisorQualification::print);
        Qualification qualification = SupervisorQualification.qualification();
        TrainingCoverage coverage = SupervisorQualification.coverage();
        TrainingId nationalBoard = TrainingId.of("national-board-recommendation");
        // the Stockholm table asks for no training first: the role's own training is all that is missing
        assertEquals(List.of(nationalBoard), qualification.missing());
        // 38 of 47; > 90 % of 47 needs 43 (42.3 would be exactly 90 %), so 5 more
        assertEquals(Counts.of(38, 47), coverage.counts());
        assertEquals(CoverageStatus.NOT_PASSED, coverage.status());
        assertEquals(5, coverage.additionalToTrain().orElseThrow());
        assertTrue(Threshold.moreThan(90).isPassedBy(Counts.of(43, 47)));
        assertTrue(!Threshold.moreThan(90).isPassedBy(Counts.of(42, 47)));

        assertTrue(out.contains("qualified: false; missing " + qualification.missing()), out);
        assertTrue(out.contains("still to complete, in this order: national-board-recommendation."), out);
        SupervisorTrainingCatalogue stockholm = SupervisorTrainingCatalogue.load("stockholm");
        assertTrue(out.contains(stockholm.get(nationalBoard).name().original()), out);
        assertTrue(out.contains("Roster: 38/47 have introduction-to-supervision"), out);
        assertTrue(out.contains("fewest people to train: 5  (" + String.join(" ", Renderer.of(Language.ENGLISH).render(coverage.reasons())) + ")"), out);
    }

    @Test
    void every_quick_example_runs_from_its_main() {
        PrintStream original = System.out;
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        System.setOut(new PrintStream(bytes, true, StandardCharsets.UTF_8));
        try {
            EvaluateOneIndicator.main(new String[0]);
            GradeOneSpurArea.main(new String[0]);
            SupervisorQualification.main(new String[0]);
        } finally {
            System.setOut(original);
        }
        String out = bytes.toString(StandardCharsets.UTF_8);
        assertEquals(printed(EvaluateOneIndicator::print) + printed(GradeOneSpurArea::print)
                + printed(SupervisorQualification::print), out);
    }

    @Test
    void the_swedish_excel_export_pools_every_row_to_the_regions_result() {
        String out = printed(SwedishExcelExport::print);
        IndicatorResult region = SwedishExcelExport.regionResult();

        // the export's five rows: 1 034 + 412 + 88 + 41 + 3 of 1 187 + 455 + 97 + 52 + 4
        assertEquals(Counts.of(1578, 1795), region.counts().orElseThrow());
        assertEquals(Status.MET, region.status());
        assertTrue(out.contains("Region region-vastmyra, 2025, indicator 1.3.2: MET"), out);
        assertTrue(out.contains("Counts:  1578 of 1795"), out);
    }
}
