package se.klinedu.grading.actionplan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import se.klinedu.core.InvalidInputException;
import se.klinedu.core.Language;
import se.klinedu.core.explain.Reason;
import se.klinedu.core.explain.Renderer;
import se.klinedu.core.json.KlineduJson;
import se.klinedu.core.measure.Due;
import se.klinedu.core.measure.FollowUpStatus;
import se.klinedu.core.measure.PlannedMeasure;
import se.klinedu.core.organisation.OrganisationUnitId;
import se.klinedu.grading.assessment.AreaGrade;
import se.klinedu.grading.assessment.Assessment;
import se.klinedu.grading.assessment.CriterionAssessment;
import se.klinedu.grading.assessment.CriterionOutcome;
import se.klinedu.grading.assessment.GradeRule;
import se.klinedu.grading.assessment.Grades;
import se.klinedu.grading.assessment.GradingPolicy;
import se.klinedu.grading.assessment.InspectionResult;
import se.klinedu.grading.criteria.CriterionId;
import se.klinedu.grading.criteria.Grade;
import se.klinedu.grading.criteria.Regulation;
import se.klinedu.grading.criteria.SpurArea;
import se.klinedu.grading.criteria.SpurModel;

class ActionPlanTest {

    private static final SpurModel MODEL = SpurModel.load();
    private static final Regulation R2015 = Regulation.SOSFS_2015_8;
    private static final Regulation R2021 = Regulation.HSLF_FS_2021_8;

    private static ActionItem complete(String criterion) {
        CriterionId id = CriterionId.of(criterion);
        return ActionItem.builder().area(id.area()).criterion(id).measure("Riktlinjer tas fram")
                .due(Due.on(LocalDate.of(2026, 4, 1))).responsible("Verksamhetschef + studierektorer+ST-chef")
                .followUpDate(LocalDate.of(2026, 5, 1)).followUpResponsible("Verksamhetschef").build();
    }

    private static ActionItem withoutDates(String criterion) {
        CriterionId id = CriterionId.of(criterion);
        return ActionItem.builder().area(id.area()).criterion(id).measure("Se föregående punkt under H.").build();
    }

    /** Every criterion met but the given ones, under both regulations. */
    private static InspectionResult inspected(String... notMet) {
        Assessment assessment = Assessment.builder().unit(OrganisationUnitId.of("u")).specialty("s").addRegulations(R2015, R2021)
                .addAllOutcomes(MODEL.criteria().stream().map(c -> CriterionAssessment.of(c.id(), CriterionOutcome.MET)).toList())
                .build();
        for (String id : notMet) {
            assessment = assessment.withOutcome(CriterionId.of(id), CriterionOutcome.NOT_MET);
        }
        return Grades.inspect(MODEL, assessment, GradingPolicy.standard());
    }

    @Nested
    class Items {

        @Test
        void an_item_without_dates_is_valid_but_incomplete_and_names_what_it_lacks() {
            ActionItem item = withoutDates("H-09");

            assertFalse(item.isComplete());
            assertEquals(List.of("responsible", "due", "followUpDate", "followUpResponsible"), item.missingParts());
            assertEquals(Optional.empty(), item.plannedMeasure());
            ItemFollowUp followUp = item.followUpAt(LocalDate.of(2026, 5, 1));
            assertEquals(Optional.empty(), followUp.followUp());
            assertEquals(item.missingParts(), followUp.missing());
        }

        @Test
        void an_item_with_only_its_criterion_lacks_every_part() {
            ActionItem item = ActionItem.builder().area(SpurArea.H).criterion(CriterionId.of("H-08")).build();

            assertEquals(List.of("measure", "responsible", "due", "followUpDate", "followUpResponsible"),
                    item.missingParts());
            assertFalse(item.isComplete());
        }

        @Test
        void a_planned_measures_roles_leave_out_empty_parts_of_the_responsible() {
            ActionItem item = ((ImmutableActionItem) complete("D-01")).withResponsible("+ Verksamhetschef ++ ST-chef +");

            assertEquals(List.of("Verksamhetschef", "ST-chef"), item.plannedMeasure().orElseThrow().responsible());
        }

        @Test
        void a_complete_item_is_a_planned_measure_with_each_role_responsible() {
            PlannedMeasure measure = complete("D-01").plannedMeasure().orElseThrow();

            assertEquals(List.of("Verksamhetschef", "studierektorer", "ST-chef"), measure.responsible());
            assertEquals(Due.on(LocalDate.of(2026, 4, 1)), measure.due());
            assertEquals(Optional.of(LocalDate.of(2026, 5, 1)), measure.followUpDate());
            assertEquals(Optional.of("Verksamhetschef"), measure.followUpResponsible());
            assertTrue(measure.isComplete());
        }

        @Test
        void follows_up_a_complete_item_at_a_reference_date() {
            ActionItem item = complete("D-01");

            assertEquals(FollowUpStatus.NOT_DUE, status(item, LocalDate.of(2026, 3, 31)));
            assertEquals(FollowUpStatus.DUE, status(item, LocalDate.of(2026, 4, 1)));
            assertEquals(FollowUpStatus.DUE, status(item, LocalDate.of(2026, 5, 1)));
            assertEquals(FollowUpStatus.OVERDUE, status(item, LocalDate.of(2026, 5, 2)));
            assertEquals(FollowUpStatus.FOLLOWED_UP, status(item.withFollowUp(LocalDate.of(2026, 4, 20)),
                    LocalDate.of(2026, 5, 2)));
        }

        private FollowUpStatus status(ActionItem item, LocalDate date) {
            return item.followUpAt(date).followUp().orElseThrow().status();
        }

        @Test
        void rejects_a_criterion_of_another_area() {
            InvalidInputException e = assertThrows(InvalidInputException.class, () -> ActionItem.builder()
                    .area(SpurArea.A).criterion(CriterionId.of("B-02")).build());

            assertEquals("criterion", e.path());
        }

        @Test
        void rejects_a_follow_up_before_the_due_date() {
            InvalidInputException e = assertThrows(InvalidInputException.class, () -> ActionItem.builder()
                    .area(SpurArea.A).criterion(CriterionId.of("A-01")).due(Due.on(LocalDate.of(2026, 4, 1)))
                    .followUpDate(LocalDate.of(2026, 3, 1)).build());

            assertEquals("followUpDate", e.path());
        }

        @Test
        void reads_typed_dates_from_json_and_keeps_the_reports_words_beside_them() {
            String json = "{\"area\":\"d\",\"criterion\":\"D-01\",\"measure\":\"m\",\"due\":\"2026-04-01\","
                    + "\"dueAsWritten\":\"1 april 2026\",\"responsible\":\"Verksamhetschef\",\"followUpDate\":\"2026-05-01\","
                    + "\"followUpDateAsWritten\":\"2026.05.01\",\"followUpResponsible\":\"ST-chef\",\"alsoAddresses\":[]}";

            ActionItem item = KlineduJson.standard().read(json, ActionItem.class);

            assertEquals(Optional.of(Due.on(LocalDate.of(2026, 4, 1))), item.due());
            assertEquals(Optional.of("1 april 2026"), item.dueAsWritten());
            assertEquals(Optional.of(LocalDate.of(2026, 5, 1)), item.followUpDate());
            assertEquals(Optional.of("2026.05.01"), item.followUpDateAsWritten());
            assertEquals(json, KlineduJson.standard().write(item));
        }

        @Test
        void transcribes_the_reports_words_by_the_explicit_parse_step() {
            String written = "Pågående arbete";

            ActionItem item = ActionItem.builder().area(SpurArea.D).criterion(CriterionId.of("D-01"))
                    .due(ReportDates.parseDue(written)).dueAsWritten(written).build();

            assertEquals(Optional.of(Due.ongoing()), item.due());
            assertTrue(KlineduJson.standard().write(item).contains("\"due\":\"ongoing\",\"dueAsWritten\":\"Pågående arbete\""));
        }

        @Test
        void does_not_read_the_reports_words_in_a_typed_date() {
            InvalidInputException e = assertThrows(InvalidInputException.class, () -> KlineduJson.standard().read(
                    "{\"items\":[{\"area\":\"d\",\"criterion\":\"D-01\",\"due\":\"1 april 2026\"}]}",
                    ActionPlan.class));

            assertEquals("$.items[0].due", e.path());
        }

        @Test
        void names_the_field_of_a_date_as_written_it_cannot_read() {
            InvalidInputException e = assertThrows(InvalidInputException.class, () -> KlineduJson.standard().read(
                    "{\"items\":[{\"area\":\"d\",\"criterion\":\"D-01\",\"followUpDate\":\"2026-04-01\","
                            + "\"followUpDateAsWritten\":\"1 aprill 2026\"}]}", ActionPlan.class));

            assertEquals("$.items[0].followUpDateAsWritten", e.path());
            assertTrue(e.reason().contains("1 aprill 2026"), e.getMessage());
        }

        @Test
        void rejects_words_that_read_as_another_date_than_the_typed_one() {
            InvalidInputException e = assertThrows(InvalidInputException.class, () -> ActionItem.builder()
                    .area(SpurArea.D).criterion(CriterionId.of("D-01")).due(Due.on(LocalDate.of(2026, 4, 1)))
                    .dueAsWritten("1 maj 2026").build());

            assertEquals("dueAsWritten", e.path());
            assertEquals("must read as due 2026-04-01, was 1 maj 2026", e.reason());
        }

        @Test
        void rejects_words_without_a_typed_date() {
            InvalidInputException e = assertThrows(InvalidInputException.class, () -> ActionItem.builder()
                    .area(SpurArea.D).criterion(CriterionId.of("D-01")).followUpDateAsWritten("1 maj 2026").build());

            assertEquals("followUpDateAsWritten", e.path());
            assertEquals("must come with followUpDate", e.reason());
        }
    }

    @Nested
    class Validation {

        @Test
        void lists_incomplete_items_by_position_area_and_criterion() {
            ActionPlan plan = ActionPlan.of(List.of(complete("H-01"), withoutDates("H-08"), withoutDates("H-09")));

            List<IncompleteItem> incomplete = plan.incompleteItems();

            assertEquals(List.of(1, 2), incomplete.stream().map(IncompleteItem::index).toList());
            assertEquals(List.of(SpurArea.H, SpurArea.H), incomplete.stream().map(IncompleteItem::area).toList());
            assertEquals(List.of(CriterionId.of("H-08"), CriterionId.of("H-09")),
                    incomplete.stream().map(IncompleteItem::criterion).toList());
        }
    }

    @Nested
    class Coverage {

        @Test
        void splits_the_criteria_requiring_action_by_how_they_are_addressed() {
            InspectionResult result = inspected("A-01", "A-03", "B-02", "B-07");
            ActionPlan plan = ActionPlan.of(List.of(complete("A-01"), withoutDates("A-03"), complete("B-07")));

            PlanCoverage coverage = plan.coverage(result);

            assertEquals(ids("A-01", "A-03", "B-02"), coverage.required());
            assertEquals(ids("A-01"), coverage.covered());
            assertEquals(ids("A-03"), coverage.coveredOnlyByIncompleteItems());
            assertEquals(ids("B-02"), coverage.notAddressed());
            assertFalse(coverage.coversAll());
        }

        @Test
        void a_cross_reference_covers_a_criterion_of_another_area() {
            InspectionResult result = inspected("F-01");
            ActionItem item = ((ImmutableActionItem) complete("D-06")).withAlsoAddresses(CriterionId.of("F-01"));

            assertTrue(ActionPlan.of(List.of(item)).coverage(result).coversAll());
        }
    }

    @Nested
    class Regrade {

        @Test
        void changes_d_to_c_when_complete_items_cover_every_deficient_regulation_criterion() {
            InspectionResult before = inspected("A-01", "A-03");
            InspectionResult after = ActionPlan.of(List.of(complete("A-01"), complete("A-03"))).regrade(before, MODEL);

            assertEquals(Optional.of(Grade.D), before.grade(SpurArea.A, R2015).grade());
            assertEquals(Optional.of(Grade.C), after.grade(SpurArea.A, R2015).grade());
            assertEquals(GradeRule.REGRADED_AFTER_ACTION_PLAN, after.grade(SpurArea.A, R2021).rule());
            assertEquals(ids("A-01", "A-03"), after.grade(SpurArea.A, R2015).criteria());
            assertTrue(after.actionPlanRequired());
            assertEquals(before.criteriaRequiringAction(), after.criteriaRequiringAction());
            List<Reason> reasons = new ArrayList<>();
            reasons.add(Reason.of(ActionPlanReason.REGRADED_TO_C, "A", R2015, List.of("A-01", "A-03")));
            reasons.addAll(before.grade(SpurArea.A, R2015).reasons());
            assertEquals(reasons, after.grade(SpurArea.A, R2015).reasons());
        }

        @Test
        void keeps_d_and_names_the_gap_when_an_item_is_incomplete() {
            InspectionResult after = ActionPlan.of(List.of(complete("A-01"), withoutDates("A-03")))
                    .regrade(inspected("A-01", "A-03"), MODEL);

            assertEquals(Optional.of(Grade.D), after.grade(SpurArea.A, R2015).grade());
            List<Reason> reasons = after.grade(SpurArea.A, R2015).reasons();
            assertTrue(reasons.contains(Reason.of(ActionPlanReason.STAYS_D, List.of("A-03"))), reasons.toString());
            assertTrue(reasons.contains(Reason.of(ActionPlanReason.ITEM_LACKS, 2, "A-03", ItemPart.RESPONSIBLE)),
                    reasons.toString());
            assertTrue(reasons.contains(Reason.of(ActionPlanReason.ITEM_LACKS, 2, "A-03", ItemPart.DUE)), reasons.toString());
        }

        @Test
        void names_only_the_incomplete_items_for_the_criteria_left_uncovered() {
            InspectionResult before = inspected("A-01", "A-03");
            InspectionResult after = ActionPlan.of(List.of(withoutDates("H-08"), complete("A-01"), withoutDates("A-03")))
                    .regrade(before, MODEL);

            List<Reason> reasons = new ArrayList<>(before.grade(SpurArea.A, R2015).reasons());
            reasons.add(Reason.of(ActionPlanReason.STAYS_D, List.of("A-03")));
            for (ItemPart part : List.of(ItemPart.RESPONSIBLE, ItemPart.DUE, ItemPart.FOLLOW_UP_DATE,
                    ItemPart.FOLLOW_UP_RESPONSIBLE)) {
                reasons.add(Reason.of(ActionPlanReason.ITEM_LACKS, 3, "A-03", part));
            }
            assertEquals(reasons, after.grade(SpurArea.A, R2015).reasons());
        }

        @Test
        void regrades_each_regulation_on_its_own_criteria() {
            InspectionResult after = ActionPlan.of(List.of(complete("E-01"))).regrade(inspected("E-01", "E-05"), MODEL);

            assertEquals(Optional.of(Grade.C), after.grade(SpurArea.E, R2015).grade());
            assertEquals(Optional.of(Grade.D), after.grade(SpurArea.E, R2021).grade());
        }

        @Test
        void keeps_d_on_a_scale_without_c() {
            InspectionResult before = inspected("C-01");
            InspectionResult after = ActionPlan.of(List.of(complete("C-01"))).regrade(before, MODEL);

            assertEquals(Optional.of(Grade.D), after.grade(SpurArea.C, R2015).grade());
            List<Reason> reasons = new ArrayList<>(before.grade(SpurArea.C, R2015).reasons());
            reasons.add(Reason.of(ActionPlanReason.STAYS_D_SCALE_WITHOUT_C, List.of("C-01")));
            assertEquals(reasons, after.grade(SpurArea.C, R2015).reasons());
            assertEquals("Handlingsplanen täcker C-01, men områdets skala saknar C: graderingen förblir D.",
                    Renderer.of(Language.SWEDISH).render(reasons.get(reasons.size() - 1)));
        }

        @Test
        void a_d_that_stays_says_why_and_what_each_incomplete_item_lacks_in_swedish_and_english() {
            AreaGrade after = ActionPlan.of(List.of(withoutDates("H-08"), complete("A-01"), withoutDates("A-03")))
                    .regrade(inspected("A-01", "A-03"), MODEL).grade(SpurArea.A, R2015);

            assertEquals(List.of("Område A enligt SOSFS 2015:8: gradering D, eftersom föreskrift inte är helt uppfylld: A-01 och A-03.",
                    "A-01 (föreskrift): ej uppfyllt.",
                    "A-03 (föreskrift): ej uppfyllt.",
                    "Graderingen förblir D efter handlingsplanen: ingen fullständig punkt i planen avser A-03.",
                    "Punkt 3 i handlingsplanen (A-03) saknar ansvarig för genomförandet.",
                    "Punkt 3 i handlingsplanen (A-03) saknar datum när åtgärden ska vara genomförd.",
                    "Punkt 3 i handlingsplanen (A-03) saknar datum för uppföljning.",
                    "Punkt 3 i handlingsplanen (A-03) saknar ansvarig för uppföljningen."),
                    Renderer.of(Language.SWEDISH).render(after.reasons()));
            assertEquals(List.of("Area A under SOSFS 2015:8: grade D, as a regulation is not fully met: A-01 and A-03.",
                    "A-01 (regulation): not met.",
                    "A-03 (regulation): not met.",
                    "Stays D after the action plan: no complete item of the plan addresses A-03.",
                    "Item 3 of the action plan (A-03) lacks the person responsible for carrying it out.",
                    "Item 3 of the action plan (A-03) lacks the date by which the measure is to be done.",
                    "Item 3 of the action plan (A-03) lacks the follow-up date.",
                    "Item 3 of the action plan (A-03) lacks the person responsible for the follow-up."),
                    Renderer.of(Language.ENGLISH).render(after.reasons()));
        }

        @Test
        void a_d_changed_to_c_says_so_before_the_reasons_it_had_in_swedish_and_english() {
            AreaGrade after = ActionPlan.of(List.of(complete("A-01"), complete("A-03"))).regrade(inspected("A-01", "A-03"), MODEL)
                    .grade(SpurArea.A, R2021);

            assertEquals("Område A enligt HSLF-FS 2021:8: graderingen är ändrad från D till C efter handlingsplanen, eftersom "
                    + "fullständiga punkter i planen avser varje föreskrift som inte var helt uppfylld: A-01 och A-03.",
                    Renderer.of(Language.SWEDISH).render(after.reasons().get(0)));
            assertEquals("Area A under HSLF-FS 2021:8: D changed to C after the action plan, as complete items of the plan "
                    + "address every regulation that was not fully met: A-01 and A-03.",
                    Renderer.of(Language.ENGLISH).render(after.reasons().get(0)));
            assertEquals("Område A etter HSLF-FS 2021:8: karakter D, fordi forskrift ikke er helt oppfylt: A-01 og A-03.",
                    Renderer.of(Language.NORWEGIAN_BOKMAL).render(after.reasons().get(1)));
        }

        @Test
        void leaves_grades_other_than_d_unchanged() {
            InspectionResult before = inspected("B-07", "A-01");
            InspectionResult after = ActionPlan.of(List.of(complete("A-01"))).regrade(before, MODEL);

            assertEquals(before.grade(SpurArea.B, R2015), after.grade(SpurArea.B, R2015));
            assertEquals(before.grade(SpurArea.H, R2021), after.grade(SpurArea.H, R2021));
        }
    }

    private static List<CriterionId> ids(String... ids) {
        return java.util.Arrays.stream(ids).map(CriterionId::of).toList();
    }
}
