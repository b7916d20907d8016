package se.klinedu.grading.actionplan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import se.klinedu.core.InvalidInputException;
import se.klinedu.core.Language;
import se.klinedu.core.explain.Reason;
import se.klinedu.core.explain.Renderer;
import se.klinedu.core.json.KlineduJson;
import se.klinedu.grading.assessment.AreaGrade;
import se.klinedu.grading.assessment.GradingPolicy;
import se.klinedu.grading.criteria.Grade;
import se.klinedu.grading.criteria.SpurArea;
import se.klinedu.grading.criteria.SpurModel;

/** A stated grade beside the rule's verdict, and the checks that keep the two honest. */
class RegradeDecisionTest {

    private static final InspectionReport REPORT = InspectionReport.load();
    private static final RegradeDecision H = REPORT.decisions(SpurModel.load(),
            GradingPolicy.standard()).stream().filter(d -> d.area() == SpurArea.H).findFirst()
            .orElseThrow();

    @Test
    void a_decision_that_claims_to_agree_where_the_grades_differ_is_refused() {
        String json = KlineduJson.standard().write(H);
        assertFalse(H.agrees());

        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> KlineduJson.standard().read(json.replace("\"agrees\":false", "\"agrees\":true"), RegradeDecision.class));
        assertEquals("$.agrees", e.path());
        assertThrows(InvalidInputException.class,
                () -> KlineduJson.standard().read(json.replaceFirst("\"area\":\"h\"", "\"area\":\"g\""),
                        RegradeDecision.class));
    }

    @Test
    void the_same_grade_stated_and_given_agrees_and_no_stated_grade_never_does() {
        AreaGrade rule = H.rule();
        RegradeDecision same = RegradeDecision.of(Optional.of(StatedGrade.of(SpurArea.H, Grade.D, "Graderingen kvarstår.")), rule);
        RegradeDecision none = RegradeDecision.of(Optional.empty(), rule);

        assertTrue(same.agrees());
        assertEquals(Reason.of(ActionPlanReason.AGREES, "H", rule.regulation(), Grade.D, "Graderingen kvarstår."),
                same.reasons().get(0));
        assertEquals(Reason.of(ActionPlanReason.NONE_STATED, "H", rule.regulation(), Grade.D), none.reasons().get(0));
        assertFalse(none.agrees());
        assertEquals(Optional.empty(), none.stated());
    }

    @Test
    void a_decision_whose_reasons_are_not_the_comparison_and_the_rules_reasons_is_refused() {
        String json = KlineduJson.standard().write(H);
        // the decision's own reasons come last, after the rule's
        String first = json.substring(json.lastIndexOf("\"reasons\":[") + "\"reasons\":[".length());
        String comparison = first.substring(0, first.indexOf("},{") + 1);

        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> KlineduJson.standard().read(json.replace(comparison + ",", ""), RegradeDecision.class));
        assertEquals("$.reasons", e.path());
    }

    @Test
    void the_comparison_reads_in_swedish_norwegian_and_english() {
        RegradeDecision none = RegradeDecision.of(Optional.empty(), H.rule());
        RegradeDecision same = RegradeDecision.of(Optional.of(StatedGrade.of(SpurArea.H, Grade.D, "Graderingen kvarstår.")),
                H.rule());

        assertEquals("Område H enligt SOSFS 2015:8: rapporten anger gradering C (”Graderingen är ändrad till C.”), "
                + "granskarnas beslut; regeln ger gradering D.", Renderer.of(Language.SWEDISH).render(H.reasons().get(0)));
        assertEquals("Område H etter SOSFS 2015:8: rapporten angir karakter C («Graderingen är ändrad till C.»), "
                + "inspektørenes beslutning; regelen gir karakter D.",
                Renderer.of(Language.NORWEGIAN_BOKMAL).render(H.reasons().get(0)));
        assertEquals("Area H under SOSFS 2015:8: the report states grade C (“Graderingen är ändrad till C.”), the inspectors' "
                + "decision; the rule gives grade D.", Renderer.of(Language.ENGLISH).render(H.reasons().get(0)));
        assertEquals("Område H enligt SOSFS 2015:8: rapporten anger gradering D (”Graderingen kvarstår.”), och regeln ger "
                + "samma.", Renderer.of(Language.SWEDISH).render(same.reasons().get(0)));
        assertEquals("Area H under SOSFS 2015:8: the report states no grade after the action plan, and none is taken from "
                + "the rule, which gives grade D.", Renderer.of(Language.ENGLISH).render(none.reasons().get(0)));
    }

    @Test
    void a_report_states_one_grade_per_area_and_a_statement_is_not_blank() {
        StatedGrade c = StatedGrade.of(SpurArea.A, Grade.C, "Graderingen är ändrad till C.");

        InvalidInputException twice = assertThrows(InvalidInputException.class,
                () -> InspectionReport.of(REPORT.assessment(), REPORT.actionPlan(), List.of(c, c)));
        assertEquals("statedGrades", twice.path());
        assertThrows(InvalidInputException.class, () -> StatedGrade.of(SpurArea.A, Grade.C, " "));
        assertEquals(7, REPORT.statedGrades().size());
    }
}
