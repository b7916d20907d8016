package se.klinedu.grading.actionplan;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import se.klinedu.core.Language;
import se.klinedu.core.explain.Reason;
import se.klinedu.core.explain.Renderer;
import se.klinedu.core.measure.Due;
import se.klinedu.core.measure.FollowUpStatus;
import se.klinedu.core.testkit.SourceDocuments;
import se.klinedu.grading.assessment.AreaGrade;
import se.klinedu.grading.assessment.Assessment;
import se.klinedu.grading.assessment.CriterionOutcome;
import se.klinedu.grading.assessment.GradeStatus;
import se.klinedu.grading.assessment.Grades;
import se.klinedu.grading.assessment.GradingPolicy;
import se.klinedu.grading.assessment.InspectionResult;
import se.klinedu.grading.criteria.CriterionId;
import se.klinedu.grading.criteria.CriterionKind;
import se.klinedu.grading.criteria.Grade;
import se.klinedu.grading.criteria.Regulation;
import se.klinedu.grading.criteria.SpurArea;
import se.klinedu.grading.criteria.SpurModel;

/** The LIPUS report of document 003 as a worked example: its grades before and after its action plan. */
class Seed003WorkedExampleTest {

    private static final SpurModel MODEL = SpurModel.load();
    private static final InspectionReport REPORT = InspectionReport.load();
    private static final Assessment ASSESSMENT = REPORT.assessment();
    private static final ActionPlan PLAN = REPORT.actionPlan();
    private static final InspectionResult BEFORE = Grades.inspect(MODEL, ASSESSMENT, GradingPolicy.standard());
    private static final InspectionResult AFTER = PLAN.regrade(BEFORE, MODEL);

    /** The areas whose section ends "Graderingen är ändrad till C." */
    private static final Set<SpurArea> REGRADED = EnumSet.of(SpurArea.A, SpurArea.B, SpurArea.D, SpurArea.E,
            SpurArea.F, SpurArea.G, SpurArea.H);

    @Test
    void assesses_under_both_regulations_every_criterion_of_the_model() {
        assertEquals(Set.of(Regulation.SOSFS_2015_8, Regulation.HSLF_FS_2021_8), ASSESSMENT.regulations());
        assertEquals(MODEL.criteria().size(), ASSESSMENT.outcomes().size());
        assertEquals(16, BEFORE.grades().size());
        // area C states no grade and the report says nothing of C-02 (remote-meeting equipment): no grade is guessed
        assertEquals(List.of(SpurArea.C, SpurArea.C), BEFORE.undeterminable().stream().map(AreaGrade::area).toList());
        assertEquals(CriterionOutcome.NOT_ASSESSED, ASSESSMENT.outcome(CriterionId.of("C-02")));
    }

    @Test
    void the_areas_the_report_regraded_are_d_before_the_plan() {
        for (SpurArea area : REGRADED) {
            for (Regulation regulation : Regulation.values()) {
                AreaGrade before = BEFORE.grade(area, regulation);
                assertEquals(Optional.of(Grade.D), before.grade(), before.reasons().toString());
            }
        }
        assertTrue(BEFORE.actionPlanRequired());
    }

    /**
     * Issue 17 item 4: the report's re-grade is the inspectors' decision, recorded as stated; the rule's verdict
     * stands beside it. They agree for A, B, D, E and G; for F (no item answers F-01) and H (the items for H-08
     * and H-09 have no dates or responsibles) the rule keeps D while the report states C; for C the report states
     * nothing, and nothing is stated.
     */
    @Test
    void the_report_states_c_for_the_regraded_areas_and_the_rule_agrees_except_for_f_and_h() {
        List<RegradeDecision> decisions = REPORT.decisions(MODEL, GradingPolicy.standard());

        assertEquals(16, decisions.size());
        for (RegradeDecision decision : decisions) {
            SpurArea area = decision.area();
            assertEquals(REGRADED.contains(area) ? Optional.of(Grade.C) : Optional.empty(), decision.stated(), decision.reasons().toString());
            Optional<Grade> rule = area == SpurArea.F || area == SpurArea.H ? Optional.of(Grade.D)
                    : area == SpurArea.C ? BEFORE.grade(SpurArea.C, decision.regulation()).grade() : Optional.of(Grade.C);
            assertEquals(rule, decision.rule().grade(), decision.reasons().toString());
            assertEquals(REGRADED.contains(area) && rule.equals(Optional.of(Grade.C)), decision.agrees(), decision.reasons().toString());
        }
        RegradeDecision h = decisions.stream().filter(d -> d.area() == SpurArea.H && d.regulation() == Regulation.SOSFS_2015_8)
                .findFirst().orElseThrow();
        assertEquals(Reason.of(ActionPlanReason.DIFFERS, "H", Regulation.SOSFS_2015_8, Grade.C, "Graderingen är ändrad till C.",
                Grade.D), h.reasons().get(0));
        assertEquals(h.rule().reasons(), h.reasons().subList(1, h.reasons().size()));
        assertTrue(h.reasons().contains(Reason.of(ActionPlanReason.STAYS_D, List.of("H-08", "H-09"))), h.reasons().toString());
        RegradeDecision c = decisions.stream().filter(d -> d.area() == SpurArea.C).findFirst().orElseThrow();
        assertEquals(Reason.of(ActionPlanReason.NONE_STATED_RULE_UNDETERMINABLE, "C", Regulation.SOSFS_2015_8),
                c.reasons().get(0));
    }

    @Test
    void the_decision_for_lokaler_och_utrustning_reads_in_swedish_and_english() {
        RegradeDecision c = REPORT.decisions(MODEL, GradingPolicy.standard()).stream()
                .filter(d -> d.area() == SpurArea.C && d.regulation() == Regulation.SOSFS_2015_8).findFirst().orElseThrow();

        assertEquals(List.of("Område C enligt SOSFS 2015:8: rapporten anger ingen gradering efter handlingsplanen, och regeln "
                        + "ger ingen heller.",
                "Område C enligt SOSFS 2015:8: graderingen kan inte fastställas, eftersom föreskrift inte är bedömd: C-02."),
                Renderer.of(Language.SWEDISH).render(c.reasons()));
        assertEquals(List.of("Area C under SOSFS 2015:8: the report states no grade after the action plan, and the rule gives "
                        + "none either.",
                "Area C under SOSFS 2015:8: no grade can be determined, as a regulation is not assessed: C-02."),
                Renderer.of(Language.ENGLISH).render(c.reasons()));
    }

    @Test
    void the_report_says_which_areas_were_regraded() {
        Optional<String> document = SourceDocuments.lettersOf(SourceDocuments.SPUR_REPORT);
        assumeTrue(document.isPresent(), "the source documents are not beside the build");

        String sentence = SourceDocuments.letters("Graderingen är ändrad till C.");
        int count = (document.get().length() - document.get().replace(sentence, "").length()) / sentence.length();
        assertEquals(REGRADED.size(), count);
    }

    @Test
    void lokaler_och_utrustning_has_no_grade_since_the_report_states_none_and_leaves_a_regulation_criterion_unmentioned() {
        // "Aktuella lokaler är helt adekvata för uppdraget" supports C-01; nothing in the report speaks to C-02
        assertEquals(CriterionOutcome.MET, ASSESSMENT.outcome(CriterionId.of("C-01")));
        for (Regulation regulation : Regulation.values()) {
            AreaGrade before = BEFORE.grade(SpurArea.C, regulation);
            assertEquals(GradeStatus.UNDETERMINABLE, before.status());
            assertEquals(Optional.empty(), before.grade());
            assertEquals(List.of(CriterionId.of("C-02")), before.criteria());
            assertEquals(before, AFTER.grade(SpurArea.C, regulation));
        }
    }

    @Test
    void the_plan_leaves_f_01_unanswered_and_h_08_h_09_with_incomplete_items() {
        PlanCoverage coverage = PLAN.coverage(BEFORE);

        assertEquals(ids("A-01", "A-03", "B-02", "B-04", "B-05", "B-06", "D-01", "D-05", "D-06", "D-07", "E-01", "E-04",
                "E-05", "E-06", "F-01", "G-01", "G-02", "G-03", "H-01", "H-02", "H-04", "H-05", "H-07", "H-08", "H-09"),
                BEFORE.criteriaRequiringAction());
        assertEquals(ids("F-01"), coverage.notAddressed());
        assertEquals(ids("H-08", "H-09"), coverage.coveredOnlyByIncompleteItems());
        assertFalse(coverage.coversAll());
    }

    @Test
    void the_plans_item_count_per_area_matches_the_report() {
        Map<SpurArea, Integer> counts = new LinkedHashMap<>();
        Arrays.stream(SpurArea.values()).forEach(area -> counts.put(area, PLAN.itemsFor(area).size()));

        assertEquals(Map.of(SpurArea.A, 2, SpurArea.B, 4, SpurArea.C, 0, SpurArea.D, 4, SpurArea.E, 5, SpurArea.F, 0,
                SpurArea.G, 4, SpurArea.H, 7), counts);
        assertEquals(26, PLAN.items().size());
    }

    @Test
    void the_last_two_items_under_h_have_no_dates_or_responsibles() {
        List<IncompleteItem> incomplete = PLAN.incompleteItems();

        assertEquals(List.of("H-08", "H-09"), incomplete.stream().map(i -> i.criterion().value()).toList());
        assertEquals(List.of(24, 25), incomplete.stream().map(IncompleteItem::index).toList());
        incomplete.forEach(i -> assertEquals(List.of("responsible", "due", "followUpDate", "followUpResponsible"),
                i.missing()));
        incomplete.forEach(i -> assertEquals(CriterionKind.REGULATION, MODEL.get(i.criterion()).kind()));
    }

    @Test
    void reads_the_reports_due_dates_in_each_format() {
        assertEquals(Optional.of(Due.on(LocalDate.of(2026, 10, 1))), item("A-01").due());      // 2026.10.01
        assertEquals(Optional.of(Due.ongoing()), item("A-03").due());                          // Pågående arbete
        assertEquals(Optional.of(Due.ongoing()), item("B-05").due());                          // Pågående
        assertEquals(Optional.of(Due.on(LocalDate.of(2026, 4, 1))), item("D-01").due());       // 1 april 2026
        assertEquals(Optional.of(LocalDate.of(2026, 5, 1)), item("D-01").followUpDate());      // 1 maj 2026
        assertEquals(Optional.of(LocalDate.of(2026, 1, 31)), item("E-05").followUpDate());     // 2026.01.31
        assertEquals(Optional.of("Verksamhetschef + studierektorerer + ST-chef"), item("B-04").responsible());
    }

    @Test
    void keeps_each_date_as_the_report_writes_it_beside_its_typed_value() {
        assertEquals(Optional.of("2026.10.01"), item("A-01").dueAsWritten());
        assertEquals(Optional.of("Pågående arbete"), item("A-03").dueAsWritten());
        assertEquals(Optional.of("Pågående"), item("B-05").dueAsWritten());
        assertEquals(Optional.of("1 april 2026"), item("D-01").dueAsWritten());
        assertEquals(Optional.of("1 maj 2026"), item("D-01").followUpDateAsWritten());
        assertEquals(Optional.of("2026.01.31"), item("E-05").followUpDateAsWritten());
        // every complete item was transcribed, so each of its dates has the report's words; the two under H have none
        PLAN.items().forEach(i -> {
            assertEquals(i.due().isPresent(), i.dueAsWritten().isPresent(), i.criterion().value());
            assertEquals(i.followUpDate().isPresent(), i.followUpDateAsWritten().isPresent(), i.criterion().value());
        });
    }

    @Test
    void follows_up_every_complete_item_at_a_reference_date() {
        List<ItemFollowUp> followUps = PLAN.followUpAt(LocalDate.of(2026, 3, 15));

        assertEquals(26, followUps.size());
        Map<FollowUpStatus, Integer> counts = new LinkedHashMap<>();
        followUps.stream().flatMap(f -> f.followUp().stream())
                .forEach(f -> counts.merge(f.status(), 1, Integer::sum));
        // D-01 due 1 april 2026 is not due; G-01 (due 2026.02.01, follow-up 2026.03.01) is overdue
        assertEquals(FollowUpStatus.NOT_DUE, followUp(followUps, "D-01"));
        assertEquals(FollowUpStatus.OVERDUE, followUp(followUps, "G-01"));
        assertEquals(FollowUpStatus.DUE, followUp(followUps, "H-01"));
        assertEquals(24, counts.values().stream().mapToInt(Integer::intValue).sum());
    }

    @Test
    void keeps_the_reports_texts_verbatim() {
        Optional<String> document = SourceDocuments.lettersOf(SourceDocuments.SPUR_REPORT);
        assumeTrue(document.isPresent(), "the source documents are not beside the build");

        List<String> texts = new ArrayList<>();
        texts.addAll(ASSESSMENT.strengths());
        texts.addAll(ASSESSMENT.weaknesses());
        texts.addAll(ASSESSMENT.improvementSuggestions());
        ASSESSMENT.findings().forEach(o -> texts.add(o.text()));
        PLAN.items().forEach(i -> texts.add(i.measure().orElseThrow()));
        PLAN.items().forEach(i -> i.responsible().ifPresent(texts::add));
        PLAN.items().forEach(i -> i.dueAsWritten().ifPresent(texts::add));
        PLAN.items().forEach(i -> i.followUpDateAsWritten().ifPresent(texts::add));
        assertAll(texts.stream().map(text -> () -> assertTrue(document.get().contains(SourceDocuments.letters(text)),
                "not in the document: " + text)));
        assertEquals(List.of(8, 12, 14), List.of(ASSESSMENT.strengths().size(), ASSESSMENT.weaknesses().size(),
                ASSESSMENT.improvementSuggestions().size()));
    }

    @Test
    void numbers_the_findings_per_area_as_the_report_does() {
        Map<SpurArea, Integer> counts = new LinkedHashMap<>();
        ASSESSMENT.findings().forEach(o -> counts.merge(o.area(), 1, Integer::sum));

        assertEquals(Map.of(SpurArea.A, 3, SpurArea.B, 4, SpurArea.C, 1, SpurArea.D, 7, SpurArea.E, 5, SpurArea.G, 5,
                SpurArea.H, 4), counts);
    }

    @Test
    void every_grade_says_why() {
        AFTER.grades().forEach(g -> {
            assertEquals(g.area() == SpurArea.C ? GradeStatus.UNDETERMINABLE : GradeStatus.GRADED, g.status());
            assertFalse(g.reasons().isEmpty());
        });
        assertTrue(AFTER.grade(SpurArea.F, Regulation.SOSFS_2015_8).reasons()
                .contains(Reason.of(ActionPlanReason.STAYS_D, List.of("F-01"))));
    }

    private static ActionItem item(String criterion) {
        return PLAN.items().stream().filter(i -> i.criterion().value().equals(criterion)).findFirst().orElseThrow();
    }

    private static FollowUpStatus followUp(List<ItemFollowUp> followUps, String criterion) {
        return followUps.stream().filter(f -> f.criterion().value().equals(criterion)).findFirst().orElseThrow()
                .followUp().orElseThrow().status();
    }

    private static List<CriterionId> ids(String... ids) {
        return Arrays.stream(ids).map(CriterionId::of).toList();
    }
}
