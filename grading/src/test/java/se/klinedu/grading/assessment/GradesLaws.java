package se.klinedu.grading.assessment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import se.klinedu.core.Language;
import se.klinedu.core.explain.Reason;
import se.klinedu.core.explain.Renderer;
import se.klinedu.core.generators.Seeds;
import se.klinedu.grading.criteria.Criterion;
import se.klinedu.grading.criteria.CriterionId;
import se.klinedu.grading.criteria.CriterionKind;
import se.klinedu.grading.criteria.Grade;
import se.klinedu.grading.criteria.Regulation;
import se.klinedu.grading.criteria.SpurArea;
import se.klinedu.grading.criteria.SpurModel;
import se.klinedu.grading.generators.GradingGenerators;

/** Properties of the grade function over generated assessments. */
class GradesLaws {

    private static final SpurModel MODEL = SpurModel.load();

    static LongStream seeds() {
        return Seeds.seeds();
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void d_if_and_only_if_some_applicable_regulation_criterion_is_not_fully_met(long seed) {
        Random random = new Random(seed);
        Assessment assessment = GradingGenerators.assessment(random, MODEL);
        InspectionResult result = Grades.inspect(MODEL, assessment, GradingGenerators.gradingPolicy(random));

        for (AreaGrade grade : result.grades()) {
            boolean deficient = MODEL.criteria(grade.area(), grade.regulation()).stream()
                    .filter(c -> c.kind() == CriterionKind.REGULATION)
                    .anyMatch(c -> assessment.outcome(c.id()).isDeficient());
            assertEquals(deficient, grade.isD(), grade.reasons().toString());
        }
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void undeterminable_if_and_only_if_no_regulation_criterion_is_deficient_and_one_is_not_assessed(long seed) {
        Random random = new Random(seed);
        Assessment assessment = GradingGenerators.assessment(random, MODEL);
        InspectionResult result = Grades.inspect(MODEL, assessment, GradingGenerators.gradingPolicy(random));

        for (AreaGrade grade : result.grades()) {
            List<Criterion> regulation = MODEL.criteria(grade.area(), grade.regulation()).stream()
                    .filter(c -> c.kind() == CriterionKind.REGULATION).toList();
            boolean expected = regulation.stream().noneMatch(c -> assessment.outcome(c.id()).isDeficient())
                    && regulation.stream().anyMatch(c -> assessment.outcome(c.id()) == CriterionOutcome.NOT_ASSESSED);
            assertEquals(expected, grade.status() == GradeStatus.UNDETERMINABLE, grade.reasons().toString());
        }
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void improving_one_outcome_never_lowers_a_grade(long seed) {
        Random random = new Random(seed);
        GradingPolicy policy = GradingGenerators.gradingPolicy(random);
        Assessment before = GradingGenerators.assessment(random, MODEL);
        List<Criterion> improvable = MODEL.criteria().stream()
                .filter(c -> before.outcome(c.id()).isDeficient()).toList();
        if (improvable.isEmpty()) {
            return;
        }
        Criterion changed = improvable.get(random.nextInt(improvable.size()));
        CriterionOutcome better = before.outcome(changed.id()) == CriterionOutcome.NOT_MET && random.nextBoolean()
                ? CriterionOutcome.PARTLY_MET : CriterionOutcome.MET;
        Assessment after = before.withOutcome(changed.id(), better);

        InspectionResult was = Grades.inspect(MODEL, before, policy);
        InspectionResult is = Grades.inspect(MODEL, after, policy);
        for (AreaGrade old : was.grades()) {
            AreaGrade now = is.grade(old.area(), old.regulation());
            if (old.status() == GradeStatus.UNDETERMINABLE) {
                // nothing unassessed became assessed
                assertEquals(GradeStatus.UNDETERMINABLE, now.status(), now.reasons().toString());
            } else if (now.status() == GradeStatus.UNDETERMINABLE) {
                // the one deficiency that made D certain is gone; D was the worst grade already
                assertEquals(Grade.D, old.grade().orElseThrow(), old.reasons().toString());
            } else {
                Grade o = old.grade().orElseThrow();
                Grade n = now.grade().orElseThrow();
                assertFalse(o.isBetterThan(n), changed.id() + " to " + better + ": " + o + " became " + n + "; " + now.reasons().toString());
            }
        }
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void a_criterion_that_applies_only_to_2015_never_changes_a_2021_grade(long seed) {
        assertOnlyTheOtherRegulationsCriteriaChange(seed, Regulation.HSLF_FS_2021_8);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void a_criterion_that_applies_only_to_2021_never_changes_a_2015_grade(long seed) {
        assertOnlyTheOtherRegulationsCriteriaChange(seed, Regulation.SOSFS_2015_8);
    }

    /** Changes every criterion that does not apply to {@code graded}; its grades must stay as they were. */
    private static void assertOnlyTheOtherRegulationsCriteriaChange(long seed, Regulation graded) {
        Random random = new Random(seed);
        GradingPolicy policy = GradingGenerators.gradingPolicy(random);
        Assessment before = GradingGenerators.assessment(random, MODEL);
        Assessment after = before;
        for (Criterion criterion : MODEL.criteria()) {
            if (!criterion.appliesTo(graded)) {
                after = after.withOutcome(criterion.id(), GradingGenerators.outcome(random));
            }
        }

        for (SpurArea area : SpurArea.values()) {
            assertEquals(Grades.grade(MODEL, before, area, graded, policy), Grades.grade(MODEL, after, area, graded, policy));
        }
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void the_order_of_the_outcomes_does_not_matter(long seed) {
        Random random = new Random(seed);
        GradingPolicy policy = GradingGenerators.gradingPolicy(random);
        Assessment assessment = GradingGenerators.assessment(random, MODEL);
        List<CriterionAssessment> shuffled = new ArrayList<>(assessment.outcomes());
        Collections.shuffle(shuffled, random);

        List<se.klinedu.grading.criteria.Regulation> regulations = new ArrayList<>(assessment.regulations());
        Collections.reverse(regulations);

        Assessment reordered = ((ImmutableAssessment) assessment).withOutcomes(shuffled).withRegulations(regulations);

        assertEquals(Grades.inspect(MODEL, assessment, policy), Grades.inspect(MODEL, reordered, policy));
    }

    /** The codes a grade's first reason may have, by the rule that decided it. */
    private static final Map<GradeRule, Set<GradeReason>> FIRST = Map.of(
            GradeRule.REGULATION_NOT_MET, Set.of(GradeReason.REGULATION_CRITERION_NOT_MET),
            GradeRule.REGULATION_NOT_ASSESSED, Set.of(GradeReason.UNDETERMINABLE),
            GradeRule.GENERAL_ADVICE_NOT_MET, Set.of(GradeReason.GENERAL_ADVICE_NOT_MET),
            GradeRule.QUALITY_INDICATORS_NOT_MET, Set.of(GradeReason.QUALITY_INDICATORS_NOT_MET),
            GradeRule.QUALITY_INDICATORS_MET, Set.of(GradeReason.QUALITY_INDICATORS_MET,
                    GradeReason.QUALITY_INDICATORS_MET_WITH_EXCEPTIONS));

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void the_first_reason_is_the_rules_for_the_area_and_each_outcome_named_is_the_assessments(long seed) {
        Random random = new Random(seed);
        Assessment assessment = GradingGenerators.assessment(random, MODEL);
        InspectionResult result = Grades.inspect(MODEL, assessment, GradingGenerators.gradingPolicy(random));

        for (AreaGrade grade : result.grades()) {
            Reason first = grade.reasons().get(0);
            assertTrue(FIRST.get(grade.rule()).contains(first.code()), grade.rule() + ": " + first);
            assertEquals(grade.area().letter(), first.args().get("area"), first.toString());
            assertEquals(Renderer.labelKey(grade.regulation()), first.args().get("regulation"), first.toString());
            for (Reason reason : grade.reasons()) {
                if (reason.code() == GradeReason.CRITERION_OUTCOME) {
                    CriterionId id = CriterionId.of((String) reason.args().get("criterion"));
                    assertEquals(Renderer.labelKey(assessment.outcome(id)), reason.args().get("outcome"), reason.toString());
                    assertEquals(Renderer.labelKey(MODEL.get(id).kind()), reason.args().get("kind"), reason.toString());
                }
            }
            for (Language language : Language.values()) {
                assertEquals(grade.reasons().size(), Renderer.of(language).render(grade.reasons()).size());
            }
        }
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void every_grade_is_on_its_areas_scale(long seed) {
        Random random = new Random(seed);
        InspectionResult result = GradingGenerators.inspectionResult(random, MODEL);

        result.grades().forEach(g -> g.grade().ifPresent(grade -> assertEquals(true,
                MODEL.scale(g.area()).has(grade), g.reasons().toString())));
    }

    @org.junit.jupiter.api.Test
    void the_generated_assessments_reach_every_grade_and_undeterminable() {
        java.util.Set<String> seen = new java.util.TreeSet<>();
        seeds().forEach(seed -> GradingGenerators.inspectionResult(new Random(seed), MODEL).grades()
                .forEach(g -> seen.add(g.grade().map(Grade::letter).orElse("undeterminable"))));

        assertEquals(java.util.Set.of("A", "B", "C", "D", "undeterminable"), seen);
    }
}
