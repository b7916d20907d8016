package se.klinedu.grading.assessment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import se.klinedu.core.InvalidInputException;
import se.klinedu.core.Language;
import se.klinedu.core.LocalizedText;
import se.klinedu.core.explain.Reason;
import se.klinedu.core.explain.Renderer;
import se.klinedu.core.organisation.OrganisationUnitId;
import se.klinedu.grading.criteria.Criterion;
import se.klinedu.grading.criteria.CriterionId;
import se.klinedu.grading.criteria.CriterionKind;
import se.klinedu.grading.criteria.Grade;
import se.klinedu.grading.criteria.Regulation;
import se.klinedu.grading.criteria.SpurArea;
import se.klinedu.grading.criteria.SpurModel;

/** The grade rules, case by case, on the report's model. */
class GradesTest {

    private static final SpurModel MODEL = SpurModel.load();
    private static final GradingPolicy POLICY = GradingPolicy.standard();
    private static final Regulation R2015 = Regulation.SOSFS_2015_8;
    private static final Regulation R2021 = Regulation.HSLF_FS_2021_8;
    private static final GradingPolicy LENIENT = GradingPolicy.standard().withUnassessedLeftOut();

    /** Every criterion of the model met, under both regulations. */
    private static Assessment allMet() {
        Assessment.Builder builder = Assessment.builder().unit(OrganisationUnitId.of("kvinnokliniken")).specialty("Obstetrik och gynekologi")
                .addRegulations(R2015, R2021);
        MODEL.criteria().forEach(c -> builder.addOutcomes(CriterionAssessment.of(c.id(), CriterionOutcome.MET)));
        return builder.build();
    }

    private static Assessment with(String... idOutcomePairs) {
        Assessment assessment = allMet();
        for (int i = 0; i < idOutcomePairs.length; i += 2) {
            assessment = assessment.withOutcome(CriterionId.of(idOutcomePairs[i]), CriterionOutcome.of(idOutcomePairs[i + 1]));
        }
        return assessment;
    }

    private static AreaGrade grade(Assessment assessment, SpurArea area, Regulation regulation) {
        return Grades.grade(MODEL, assessment, area, regulation, POLICY);
    }

    private static List<CriterionId> ids(String... ids) {
        return java.util.Arrays.stream(ids).map(CriterionId::of).toList();
    }

    private static Reason outcome(String criterion, CriterionKind kind, CriterionOutcome outcome) {
        return Reason.of(GradeReason.CRITERION_OUTCOME, criterion, kind, outcome);
    }

    @Nested
    class Rules {

        @Test
        void every_criterion_met_gives_a_in_every_area() {
            InspectionResult result = Grades.inspect(MODEL, allMet(), POLICY);

            assertEquals(16, result.grades().size());
            result.grades().forEach(g -> assertEquals(Optional.of(Grade.A), g.grade(), g.reasons().toString()));
            assertFalse(result.actionPlanRequired());
            assertEquals(List.of(), result.criteriaRequiringAction());
        }

        @Test
        void a_regulation_criterion_not_met_gives_d_naming_it() {
            AreaGrade grade = grade(with("B-02", "not-met"), SpurArea.B, R2015);

            assertEquals(Optional.of(Grade.D), grade.grade());
            assertEquals(GradeRule.REGULATION_NOT_MET, grade.rule());
            assertEquals(ids("B-02"), grade.criteria());
            assertEquals(List.of(Reason.of(GradeReason.REGULATION_CRITERION_NOT_MET, "B", R2015, List.of("B-02")),
                    outcome("B-02", CriterionKind.REGULATION, CriterionOutcome.NOT_MET)), grade.reasons());
        }

        @Test
        void a_regulation_criterion_partly_met_gives_d_too() {
            assertEquals(Optional.of(Grade.D), grade(with("A-03", "partly-met"), SpurArea.A, R2021).grade());
        }

        @Test
        void a_general_advice_criterion_not_fully_met_gives_c() {
            AreaGrade grade = grade(with("B-07", "partly-met", "B-08", "not-met"), SpurArea.B, R2015);

            assertEquals(Optional.of(Grade.C), grade.grade());
            assertEquals(GradeRule.GENERAL_ADVICE_NOT_MET, grade.rule());
            assertEquals(ids("B-07"), grade.criteria());
        }

        @Test
        void one_unmet_quality_indicator_still_gives_a_two_give_b() {
            assertEquals(Optional.of(Grade.A), grade(with("B-08", "not-met"), SpurArea.B, R2015).grade());

            AreaGrade two = grade(with("B-08", "not-met", "B-10", "partly-met"), SpurArea.B, R2015);
            assertEquals(Optional.of(Grade.B), two.grade());
            assertEquals(GradeRule.QUALITY_INDICATORS_NOT_MET, two.rule());
            assertEquals(ids("B-08", "B-10"), two.criteria());
        }

        @Test
        void a_policy_allowing_no_exception_gives_b_for_one_unmet_indicator() {
            AreaGrade grade = Grades.grade(MODEL, with("B-08", "not-met"), SpurArea.B, R2015, GradingPolicy.standard().withMaxUnmetQualityIndicatorsForA(0));

            assertEquals(Optional.of(Grade.B), grade.grade());
        }

        @Test
        void grade_a_names_the_quality_indicators_weighed() {
            AreaGrade grade = grade(allMet(), SpurArea.C, R2015);

            assertEquals(ids("C-03", "C-04"), grade.criteria());
            assertEquals(GradeRule.QUALITY_INDICATORS_MET, grade.rule());
        }

        @Test
        void not_applicable_criteria_take_no_part() {
            assertEquals(Optional.of(Grade.A), grade(with("D-13", "not-applicable", "D-02", "not-applicable"),
                    SpurArea.D, R2015).grade());
        }
    }

    @Nested
    class Policy {

        @Test
        void the_standard_policy_allows_one_unmet_indicator_for_a_and_counts_the_unassessed_as_unmet() {
            GradingPolicy standard = GradingPolicy.standard();

            assertEquals(1, standard.maxUnmetQualityIndicatorsForA());
            assertTrue(standard.unassessedCountsAsUnmet());
        }

        @Test
        void each_change_is_named_and_leaves_the_other_choice_and_the_original_as_they_were() {
            GradingPolicy strict = POLICY.withMaxUnmetQualityIndicatorsForA(0);
            GradingPolicy leftOut = strict.withUnassessedLeftOut();

            assertEquals(0, leftOut.maxUnmetQualityIndicatorsForA());
            assertFalse(leftOut.unassessedCountsAsUnmet());
            assertTrue(strict.unassessedCountsAsUnmet());
            assertEquals(1, POLICY.maxUnmetQualityIndicatorsForA());
            assertEquals(strict, leftOut.withUnassessedCountedAsUnmet());
        }

        @Test
        void a_negative_number_of_unmet_indicators_is_rejected_by_the_copy() {
            InvalidInputException e = assertThrows(InvalidInputException.class,
                    () -> POLICY.withMaxUnmetQualityIndicatorsForA(-1));

            assertEquals("maxUnmetQualityIndicatorsForA", e.path());
            assertEquals("must not be negative, was -1", e.reason());
        }
    }

    @Nested
    class NotAssessed {

        @Test
        void a_regulation_criterion_not_assessed_makes_the_grade_undeterminable_naming_it() {
            AreaGrade grade = grade(with("D-02", "not-assessed"), SpurArea.D, R2021);

            assertEquals(GradeStatus.UNDETERMINABLE, grade.status());
            assertEquals(Optional.empty(), grade.grade());
            assertEquals(ids("D-02"), grade.criteria());
            assertEquals(List.of(Reason.of(GradeReason.UNDETERMINABLE, "D", R2021, List.of("D-02"))), grade.reasons());
        }

        @Test
        void a_regulation_criterion_missing_from_the_assessment_is_not_assessed() {
            Assessment assessment = Assessment.builder().unit(OrganisationUnitId.of("u")).specialty("s").addRegulations(R2015).build();

            InspectionResult result = Grades.inspect(MODEL, assessment, POLICY);

            assertEquals(8, result.undeterminable().size());
            assertEquals(ids("A-01", "A-02", "A-03"), result.grade(SpurArea.A, R2015).criteria());
        }

        @Test
        void a_known_deficiency_gives_d_even_when_another_regulation_criterion_is_not_assessed() {
            AreaGrade grade = grade(with("D-02", "not-assessed", "D-06", "not-met"), SpurArea.D, R2015);

            assertEquals(Optional.of(Grade.D), grade.grade());
            assertEquals(ids("D-06"), grade.criteria());
            assertEquals(List.of(Reason.of(GradeReason.REGULATION_CRITERION_NOT_MET, "D", R2015, List.of("D-06")),
                    outcome("D-06", CriterionKind.REGULATION, CriterionOutcome.NOT_MET),
                    Reason.of(GradeReason.REGULATION_CRITERION_NOT_ASSESSED, List.of("D-02"))), grade.reasons());
        }

        @Test
        void unassessed_advice_counts_as_unmet_by_default() {
            assertEquals(Optional.of(Grade.C), grade(with("D-09", "not-assessed"), SpurArea.D, R2015).grade());
        }

        @Test
        void counting_unassessed_advice_as_unmet_names_it_with_its_outcome_and_nothing_as_left_out() {
            assertEquals(List.of(Reason.of(GradeReason.GENERAL_ADVICE_NOT_MET, "D", R2015, List.of("D-09")),
                    outcome("D-09", CriterionKind.GENERAL_ADVICE, CriterionOutcome.NOT_ASSESSED)),
                    grade(with("D-09", "not-assessed", "D-12", "not-assessed"), SpurArea.D, R2015).reasons());
        }

        @Test
        void a_lenient_policy_with_everything_assessed_leaves_nothing_out() {
            AreaGrade grade = Grades.grade(MODEL, allMet(), SpurArea.B, R2015, LENIENT);

            assertEquals(List.of(Reason.of(GradeReason.QUALITY_INDICATORS_MET, "B", R2015)), grade.reasons());
        }

        @Test
        void a_lenient_policy_grades_c_on_the_assessed_advice_and_names_the_advice_left_out() {
            AreaGrade grade = Grades.grade(MODEL, with("D-10", "not-assessed", "D-09", "not-met"), SpurArea.D, R2015,
                    LENIENT);

            assertEquals(Optional.of(Grade.C), grade.grade());
            assertEquals(ids("D-09"), grade.criteria());
            assertEquals(List.of(Reason.of(GradeReason.GENERAL_ADVICE_NOT_MET, "D", R2015, List.of("D-09")),
                    outcome("D-09", CriterionKind.GENERAL_ADVICE, CriterionOutcome.NOT_MET),
                    Reason.of(GradeReason.NOT_COUNTED, List.of("D-10"))), grade.reasons());
        }

        @Test
        void a_lenient_policy_counts_only_the_assessed_quality_indicators() {
            AreaGrade a = Grades.grade(MODEL, with("G-07", "not-assessed", "G-08", "not-assessed", "G-09", "not-met"),
                    SpurArea.G, R2015, LENIENT);
            AreaGrade b = Grades.grade(MODEL, with("G-07", "not-assessed", "G-08", "not-met", "G-09", "partly-met"),
                    SpurArea.G, R2021, LENIENT);

            assertEquals(Optional.of(Grade.A), a.grade());
            assertEquals(ids("G-07", "G-08", "G-09", "G-10"), a.criteria());
            assertEquals(List.of(Reason.of(GradeReason.QUALITY_INDICATORS_MET_WITH_EXCEPTIONS, "G", R2015, List.of("G-09"), 1),
                    outcome("G-09", CriterionKind.QUALITY_INDICATOR, CriterionOutcome.NOT_MET),
                    Reason.of(GradeReason.NOT_COUNTED, List.of("G-07", "G-08"))), a.reasons());
            assertEquals(Optional.of(Grade.B), b.grade());
            assertEquals(ids("G-08", "G-09"), b.criteria());
            assertEquals(List.of(Reason.of(GradeReason.QUALITY_INDICATORS_NOT_MET, "G", R2021, List.of("G-08", "G-09"), 1),
                    outcome("G-08", CriterionKind.QUALITY_INDICATOR, CriterionOutcome.NOT_MET),
                    outcome("G-09", CriterionKind.QUALITY_INDICATOR, CriterionOutcome.PARTLY_MET),
                    Reason.of(GradeReason.NOT_COUNTED, List.of("G-07"))), b.reasons());
        }

        @Test
        void unassessed_advice_is_left_out_when_the_policy_says_so() {
            AreaGrade grade = Grades.grade(MODEL, with("D-09", "not-assessed"), SpurArea.D, R2015,
                    GradingPolicy.standard().withUnassessedLeftOut());

            assertEquals(Optional.of(Grade.A), grade.grade());
            assertEquals(List.of(Reason.of(GradeReason.QUALITY_INDICATORS_MET, "D", R2015),
                    Reason.of(GradeReason.NOT_COUNTED, List.of("D-09"))), grade.reasons());
        }
    }

    @Nested
    class Regulations {

        @Test
        void a_criterion_only_under_2021_changes_only_the_2021_grade() {
            Assessment assessment = with("E-05", "not-met");

            assertEquals(Optional.of(Grade.D), grade(assessment, SpurArea.E, R2021).grade());
            assertEquals(Optional.of(Grade.A), grade(assessment, SpurArea.E, R2015).grade());
        }

        @Test
        void a_criterion_only_under_2015_changes_only_the_2015_grade() {
            Assessment assessment = with("G-03", "partly-met");

            assertEquals(Optional.of(Grade.D), grade(assessment, SpurArea.G, R2015).grade());
            assertEquals(Optional.of(Grade.A), grade(assessment, SpurArea.G, R2021).grade());
        }

        @Test
        void grades_only_the_regulations_in_scope() {
            Assessment assessment = allMet();
            InspectionResult result = Grades.inspect(MODEL,
                    ((ImmutableAssessment) assessment).withRegulations(Set.of(R2021)), POLICY);

            assertEquals(8, result.grades().size());
            assertThrows(InvalidInputException.class, () -> result.grade(SpurArea.A, R2015));
        }
    }

    @Nested
    class Scale {

        @Test
        void c_on_a_scale_without_c_becomes_b() {
            Criterion advice = Criterion.builder().id(CriterionId.of("C-05")).area(SpurArea.C)
                    .kind(CriterionKind.GENERAL_ADVICE).addRegulations(R2015, R2021)
                    .text(LocalizedText.swedish("Lokalerna är anpassade.", "The premises are fitted.")).build();
            SpurModel model = SpurModel.builder().provenance(MODEL.provenance()).addAllCriteria(MODEL.criteria())
                    .addCriteria(advice).addAllScales(MODEL.scales()).build();

            AreaGrade grade = Grades.grade(model, with().withOutcome(advice.id(), CriterionOutcome.NOT_MET),
                    SpurArea.C, R2015, POLICY);

            assertEquals(Optional.of(Grade.B), grade.grade());
            assertEquals(GradeRule.GENERAL_ADVICE_NOT_MET, grade.rule());
            assertEquals(List.of(Reason.of(GradeReason.GENERAL_ADVICE_NOT_MET, "C", R2015, List.of("C-05")),
                    outcome("C-05", CriterionKind.GENERAL_ADVICE, CriterionOutcome.NOT_MET),
                    Reason.of(GradeReason.OFF_SCALE, Grade.C, Grade.B)), grade.reasons());
        }
    }

    @Nested
    class Result {

        @Test
        void requires_an_action_plan_and_lists_the_criteria_when_any_area_has_d() {
            InspectionResult result = Grades.inspect(MODEL, with("E-05", "not-met", "A-01", "partly-met", "B-07",
                    "not-met"), POLICY);

            assertTrue(result.actionPlanRequired());
            assertEquals(ids("A-01", "E-05"), result.criteriaRequiringAction());
            assertEquals(Optional.of(Grade.C), result.grade(SpurArea.B, R2015).grade());
        }

        @Test
        void lists_each_area_under_2015_8_before_2021_8() {
            InspectionResult result = Grades.inspect(MODEL, allMet(), POLICY);

            List<String> order = result.grades().stream().map(g -> g.area().letter() + " " + g.regulation().designation()).toList();
            assertEquals("A SOSFS 2015:8", order.get(0));
            assertEquals("A HSLF-FS 2021:8", order.get(1));
            assertEquals("H HSLF-FS 2021:8", order.get(15));
        }

        @Test
        void grading_one_area_rejects_an_assessment_naming_a_criterion_the_model_lacks() {
            Assessment assessment = allMet().withOutcome(CriterionId.of("C-09"), CriterionOutcome.MET);

            InvalidInputException e = assertThrows(InvalidInputException.class,
                    () -> Grades.grade(MODEL, assessment, SpurArea.A, R2015, POLICY));
            assertEquals("outcomes[76].criterion", e.path());
            assertEquals("is not a criterion of the SPUR model, was C-09", e.reason());
        }

        @Test
        void rejects_an_assessment_naming_a_criterion_the_model_lacks() {
            Assessment assessment = allMet().withOutcome(CriterionId.of("C-09"), CriterionOutcome.MET);

            InvalidInputException e = assertThrows(InvalidInputException.class,
                    () -> Grades.inspect(MODEL, assessment, POLICY));
            assertEquals("outcomes[76].criterion", e.path());
            assertTrue(e.getMessage().contains("C-09"), e.getMessage());
        }
    }

    /** The reasons as people read them: these pin the wording of grading's texts. */
    @Nested
    class Texts {

        private final Renderer swedish = Renderer.of(Language.SWEDISH);
        private final Renderer english = Renderer.of(Language.ENGLISH);

        @Test
        void a_b_names_the_unmet_indicators_with_their_outcomes_and_those_left_out() {
            AreaGrade b = Grades.grade(MODEL, with("G-07", "not-assessed", "G-08", "not-met", "G-09", "partly-met"),
                    SpurArea.G, R2021, LENIENT);

            assertEquals(List.of("Område G enligt HSLF-FS 2021:8: gradering B, eftersom föreskrifter och allmänna råd följs men "
                            + "fler kvalitetsindikatorer än tillåtet inte är uppfyllda (högst 1 för A): G-08 och G-09.",
                    "G-08 (kvalitetsindikator): ej uppfyllt.",
                    "G-09 (kvalitetsindikator): delvis uppfyllt.",
                    "Ej bedömda och därför inte medräknade: G-07."), swedish.render(b.reasons()));
            assertEquals(List.of("Område G etter HSLF-FS 2021:8: karakter B, fordi forskrifter og allmenne råd følges, men flere "
                            + "kvalitetsindikatorer enn tillatt ikke er oppfylt (høyst 1 for A): G-08 og G-09.",
                    "G-08 (kvalitetsindikator): ikke oppfylt.",
                    "G-09 (kvalitetsindikator): delvis oppfylt.",
                    "Ikke vurdert og derfor ikke medregnet: G-07."), Renderer.of(Language.NORWEGIAN_BOKMAL).render(b.reasons()));
            assertEquals(List.of("Area G under HSLF-FS 2021:8: grade B, as regulations and general advice are met but more "
                            + "quality indicators are unmet than allowed (at most 1 for A): G-08 and G-09.",
                    "G-08 (quality indicator): not met.",
                    "G-09 (quality indicator): partly met.",
                    "Not assessed and so not counted: G-07."), english.render(b.reasons()));
        }

        @Test
        void a_d_names_the_deficient_regulation_criteria_and_those_not_assessed() {
            AreaGrade d = grade(with("D-02", "not-assessed", "D-06", "partly-met"), SpurArea.D, R2015);

            assertEquals(List.of("Område D enligt SOSFS 2015:8: gradering D, eftersom föreskrift inte är helt uppfylld: D-06.",
                    "D-06 (föreskrift): delvis uppfyllt.",
                    "Föreskrift ej bedömd: D-02."), swedish.render(d.reasons()));
            assertEquals(List.of("Area D under SOSFS 2015:8: grade D, as a regulation is not fully met: D-06.",
                    "D-06 (regulation): partly met.",
                    "Regulation not assessed: D-02."), english.render(d.reasons()));
        }

        @Test
        void an_undeterminable_grade_names_the_regulation_criteria_not_assessed() {
            AreaGrade none = grade(with("A-01", "not-assessed", "A-03", "not-assessed"), SpurArea.A, R2021);

            assertEquals(List.of("Område A enligt HSLF-FS 2021:8: graderingen kan inte fastställas, eftersom föreskrift inte "
                    + "är bedömd: A-01 och A-03."), swedish.render(none.reasons()));
            assertEquals(List.of("Area A under HSLF-FS 2021:8: no grade can be determined, as a regulation is not assessed: "
                    + "A-01 and A-03."), english.render(none.reasons()));
        }

        @Test
        void an_a_with_an_exception_and_a_grade_moved_on_the_scale() {
            AreaGrade a = grade(with("B-08", "not-met"), SpurArea.B, R2015);

            assertEquals(List.of("Område B enligt SOSFS 2015:8: gradering A, eftersom föreskrifter och allmänna råd följs och "
                            + "kvalitetsindikatorerna är uppfyllda med enstaka undantag (högst 1 tillåts): B-08.",
                    "B-08 (kvalitetsindikator): ej uppfyllt."), swedish.render(a.reasons()));
            assertEquals("Områdets skala saknar gradering C; på skalan blir det gradering B.",
                    swedish.render(Reason.of(GradeReason.OFF_SCALE, Grade.C, Grade.B)));
            assertEquals("The area's scale has no grade C; on its scale that is grade B.",
                    english.render(Reason.of(GradeReason.OFF_SCALE, Grade.C, Grade.B)));
        }
    }

    @Nested
    class Outcomes {

        // outcome | other | improves on it
        @ParameterizedTest(name = "{0} improves on {1}: {2}")
        @CsvSource(textBlock = """
                met,            partly-met,     true
                met,            not-met,        true
                partly-met,     not-met,        true
                met,            met,            false
                partly-met,     partly-met,     false
                not-met,        not-met,        false
                partly-met,     met,            false
                not-met,        partly-met,     false
                met,            not-assessed,   false
                met,            not-applicable, false
                not-met,        not-assessed,   false
                not-assessed,   not-met,        false
                not-applicable, not-met,        false
                not-assessed,   not-applicable, false
                """)
        void only_a_higher_fulfilment_on_the_order_not_met_partly_met_met_improves(String outcome, String other,
                boolean improves) {
            assertEquals(improves, CriterionOutcome.of(outcome).improvesOn(CriterionOutcome.of(other)));
        }

        @Test
        void only_partly_met_and_not_met_are_deficient() {
            assertEquals(List.of(CriterionOutcome.PARTLY_MET, CriterionOutcome.NOT_MET),
                    java.util.Arrays.stream(CriterionOutcome.values()).filter(CriterionOutcome::isDeficient).toList());
        }
    }
}
