package se.klinedu.grading.assessment;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import se.klinedu.core.InvalidInputException;
import se.klinedu.core.explain.Reason;
import se.klinedu.grading.criteria.Criterion;
import se.klinedu.grading.criteria.CriterionId;
import se.klinedu.grading.criteria.CriterionKind;
import se.klinedu.grading.criteria.Grade;
import se.klinedu.grading.criteria.GradeScale;
import se.klinedu.grading.criteria.Regulation;
import se.klinedu.grading.criteria.SpurArea;
import se.klinedu.grading.criteria.SpurModel;

/**
 * The SPUR grade function: an area's grade under a regulation, from the outcomes of the criteria
 * that apply to that regulation.
 *
 * <ol>
 *   <li>a regulation criterion (<i>föreskrift</i>) not fully met (partly met or not met) gives
 *       <b>D</b>;
 *   <li>otherwise a regulation criterion not assessed makes the grade <b>undeterminable</b>, naming the
 *       criteria; no grade is guessed;
 *   <li>otherwise a general-advice criterion (<i>allmänna råd</i>) not fully met gives <b>C</b>;
 *   <li>otherwise more unmet quality indicators than the policy allows give <b>B</b>, and at most that
 *       many give <b>A</b>.
 * </ol>
 *
 * <p>Criteria marked not applicable take no part. Whether an unassessed general-advice criterion or
 * quality indicator counts as unmet is the policy's choice. The grade is then placed on the area's
 * scale ({@link GradeScale#onScale(Grade)}): C on a scale without C (<i>Lokaler och utrustning</i>)
 * becomes B. The order of the assessment's outcomes does not matter. Functions of this class are pure.
 *
 * @since 0.1
 */
public final class Grades {

    private Grades() {
    }

    /**
     * Grades every area under every regulation in the assessment's scope.
     *
     * @param model the SPUR model, not null
     * @param assessment the assessment, not null
     * @param policy the grading policy, not null
     * @return the grades, area by area, 2015:8 before 2021:8
     * @throws InvalidInputException if the assessment names a criterion the model lacks
     */
    public static InspectionResult inspect(SpurModel model, Assessment assessment, GradingPolicy policy) {
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(assessment, "assessment");
        Objects.requireNonNull(policy, "policy");
        requireKnownCriteria(model, assessment);
        List<Regulation> regulations = assessment.regulations().stream()
                .sorted(Comparator.comparingInt(Regulation::order)).toList();
        List<AreaGrade> grades = new ArrayList<>();
        for (SpurArea area : SpurArea.values()) {
            for (Regulation regulation : regulations) {
                grades.add(gradeOf(model, assessment, area, regulation, policy));
            }
        }
        return InspectionResult.builder().unit(assessment.unit()).addAllGrades(grades).build();
    }

    /**
     * Grades one area under one regulation.
     *
     * @param model the SPUR model, not null
     * @param assessment the assessment, not null
     * @param area the area, not null
     * @param regulation the regulation, not null
     * @param policy the grading policy, not null
     * @return the grade with the rule and criteria that decided it
     * @throws InvalidInputException if the assessment names a criterion the model lacks
     */
    public static AreaGrade grade(SpurModel model, Assessment assessment, SpurArea area, Regulation regulation,
            GradingPolicy policy) {
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(assessment, "assessment");
        Objects.requireNonNull(area, "area");
        Objects.requireNonNull(regulation, "regulation");
        Objects.requireNonNull(policy, "policy");
        requireKnownCriteria(model, assessment);
        return gradeOf(model, assessment, area, regulation, policy);
    }

    private static void requireKnownCriteria(SpurModel model, Assessment assessment) {
        for (int i = 0; i < assessment.outcomes().size(); i++) {
            CriterionId id = assessment.outcomes().get(i).criterion();
            if (model.find(id).isEmpty()) {
                throw InvalidInputException.of("outcomes[" + i + "].criterion", "is not a criterion of the SPUR model", id);
            }
        }
    }

    private static AreaGrade gradeOf(SpurModel model, Assessment assessment, SpurArea area, Regulation regulation,
            GradingPolicy policy) {
        List<Criterion> applicable = model.criteria(area, regulation);
        List<Criterion> regulationDeficient = select(applicable, assessment, CriterionKind.REGULATION, false);
        List<Criterion> regulationUnassessed = unassessed(applicable, assessment, CriterionKind.REGULATION);
        AreaGrade.Builder result = AreaGrade.builder().area(area).regulation(regulation);
        String letter = area.letter();
        if (!regulationDeficient.isEmpty()) {
            result.status(GradeStatus.GRADED).grade(Grade.D).rule(GradeRule.REGULATION_NOT_MET)
                    .addAllCriteria(idList(regulationDeficient))
                    .addReasons(Reason.of(GradeReason.REGULATION_CRITERION_NOT_MET, letter, regulation, ids(regulationDeficient)))
                    .addAllReasons(outcomes(regulationDeficient, assessment));
            if (!regulationUnassessed.isEmpty()) {
                result.addReasons(Reason.of(GradeReason.REGULATION_CRITERION_NOT_ASSESSED, ids(regulationUnassessed)));
            }
            return result.build();
        }
        if (!regulationUnassessed.isEmpty()) {
            return result.status(GradeStatus.UNDETERMINABLE).rule(GradeRule.REGULATION_NOT_ASSESSED)
                    .addAllCriteria(idList(regulationUnassessed))
                    .addReasons(Reason.of(GradeReason.UNDETERMINABLE, letter, regulation, ids(regulationUnassessed)))
                    .build();
        }
        GradeScale scale = model.scale(area);
        boolean strict = policy.unassessedCountsAsUnmet();
        List<Reason> uncounted = strict ? List.of() : uncounted(applicable, assessment);
        List<Criterion> adviceUnmet = select(applicable, assessment, CriterionKind.GENERAL_ADVICE, strict);
        if (!adviceUnmet.isEmpty()) {
            return graded(result, scale, Grade.C, GradeRule.GENERAL_ADVICE_NOT_MET, adviceUnmet,
                    Reason.of(GradeReason.GENERAL_ADVICE_NOT_MET, letter, regulation, ids(adviceUnmet)),
                    outcomes(adviceUnmet, assessment), uncounted);
        }
        List<Criterion> indicators = applicable.stream().filter(c -> c.kind() == CriterionKind.QUALITY_INDICATOR).toList();
        List<Criterion> indicatorsUnmet = select(applicable, assessment, CriterionKind.QUALITY_INDICATOR, strict);
        int allowed = policy.maxUnmetQualityIndicatorsForA();
        if (indicatorsUnmet.size() > allowed) {
            return graded(result, scale, Grade.B, GradeRule.QUALITY_INDICATORS_NOT_MET, indicatorsUnmet,
                    Reason.of(GradeReason.QUALITY_INDICATORS_NOT_MET, letter, regulation, ids(indicatorsUnmet), allowed),
                    outcomes(indicatorsUnmet, assessment), uncounted);
        }
        Reason met = indicatorsUnmet.isEmpty() ? Reason.of(GradeReason.QUALITY_INDICATORS_MET, letter, regulation)
                : Reason.of(GradeReason.QUALITY_INDICATORS_MET_WITH_EXCEPTIONS, letter, regulation, ids(indicatorsUnmet),
                        allowed);
        return graded(result, scale, Grade.A, GradeRule.QUALITY_INDICATORS_MET, indicators, met,
                outcomes(indicatorsUnmet, assessment), uncounted);
    }

    /**
     * A grade the rules give, placed on the area's scale; its reasons are the rule's, the deciding criteria's
     * outcomes, the criteria left out of the count and, where the scale lacks the grade, the grade on it instead.
     */
    private static AreaGrade graded(AreaGrade.Builder result, GradeScale scale, Grade computed, GradeRule rule,
            List<Criterion> deciding, Reason decided, List<Reason> outcomes, List<Reason> uncounted) {
        Grade onScale = scale.onScale(computed);
        result.status(GradeStatus.GRADED).grade(onScale).rule(rule).addAllCriteria(idList(deciding))
                .addReasons(decided).addAllReasons(outcomes).addAllReasons(uncounted);
        if (onScale != computed) {
            result.addReasons(Reason.of(GradeReason.OFF_SCALE, computed, onScale));
        }
        return result.build();
    }

    /** The applicable criteria of a kind that count as unmet: deficient, or unassessed when {@code strict}. */
    private static List<Criterion> select(List<Criterion> applicable, Assessment assessment, CriterionKind kind,
            boolean strict) {
        return applicable.stream().filter(c -> c.kind() == kind).filter(c -> {
            CriterionOutcome outcome = assessment.outcome(c.id());
            return outcome.isDeficient() || (strict && outcome == CriterionOutcome.NOT_ASSESSED);
        }).toList();
    }

    private static List<Criterion> unassessed(List<Criterion> applicable, Assessment assessment, CriterionKind kind) {
        return applicable.stream().filter(c -> c.kind() == kind)
                .filter(c -> assessment.outcome(c.id()) == CriterionOutcome.NOT_ASSESSED).toList();
    }

    /** Called only after rules 1 and 2, so every applicable regulation criterion is assessed. */
    private static List<Reason> uncounted(List<Criterion> applicable, Assessment assessment) {
        List<Criterion> left = applicable.stream()
                .filter(c -> assessment.outcome(c.id()) == CriterionOutcome.NOT_ASSESSED).toList();
        return left.isEmpty() ? List.of() : List.of(Reason.of(GradeReason.NOT_COUNTED, ids(left)));
    }

    /** Each criterion's kind and outcome, in the criteria's order. */
    private static List<Reason> outcomes(List<Criterion> criteria, Assessment assessment) {
        return criteria.stream().map(c -> Reason.of(GradeReason.CRITERION_OUTCOME, c.id().value(), c.kind(),
                assessment.outcome(c.id()))).toList();
    }

    private static List<CriterionId> idList(List<Criterion> criteria) {
        return criteria.stream().map(Criterion::id).toList();
    }

    /** The criteria's ids as a reason's argument. */
    private static List<String> ids(List<Criterion> criteria) {
        return criteria.stream().map(c -> c.id().value()).toList();
    }
}
