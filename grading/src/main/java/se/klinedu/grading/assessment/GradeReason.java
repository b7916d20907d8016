package se.klinedu.grading.assessment;

import java.util.List;
import se.klinedu.core.explain.ReasonCode;

/**
 * The reasons an {@link AreaGrade} gives, as codes with named arguments: the rule that decided, each deciding
 * criterion's outcome, and what was left out or moved on the area's scale.
 *
 * <p>Arguments: {@code area} is the area's letter ({@code B}); {@code regulation} a {@link
 * se.klinedu.grading.criteria.Regulation} (its label is the designation, {@code SOSFS 2015:8}); {@code criteria}
 * the criterion ids ({@code B-02}); {@code criterion} one id; {@code kind}, {@code outcome}, {@code computed} and
 * {@code grade} a {@link se.klinedu.grading.criteria.CriterionKind}, {@link CriterionOutcome} or {@link
 * se.klinedu.grading.criteria.Grade}; {@code allowed} the most unmet quality indicators the policy allows for A.
 * The texts are the module's ({@code reasons_sv.properties} and its siblings).
 *
 * @since 0.2
 */
public enum GradeReason implements ReasonCode {
    /** D: an applicable regulation criterion is not fully met; the criteria are the deficient ones. */
    REGULATION_CRITERION_NOT_MET("grade.regulation-criterion-not-met", "area", "regulation", "criteria"),
    /** Beside a D: applicable regulation criteria that were not assessed. */
    REGULATION_CRITERION_NOT_ASSESSED("grade.regulation-criterion-not-assessed", "criteria"),
    /** No grade: applicable regulation criteria were not assessed and none is known to be unmet. */
    UNDETERMINABLE("grade.undeterminable", "area", "regulation", "criteria"),
    /** C: regulations met, general advice not fully met; the criteria are the deficient advice. */
    GENERAL_ADVICE_NOT_MET("grade.general-advice-not-met", "area", "regulation", "criteria"),
    /** B: regulations and general advice met, more quality indicators unmet than allowed; the criteria are those. */
    QUALITY_INDICATORS_NOT_MET("grade.quality-indicators-not-met", "area", "regulation", "criteria", "allowed"),
    /** A: regulations, general advice and every quality indicator met. */
    QUALITY_INDICATORS_MET("grade.quality-indicators-met", "area", "regulation"),
    /** A: regulations and general advice met, some quality indicators unmet within the allowed; the criteria are those. */
    QUALITY_INDICATORS_MET_WITH_EXCEPTIONS("grade.quality-indicators-met-with-exceptions", "area", "regulation",
            "criteria", "allowed"),
    /** One deciding criterion, its kind and its outcome. */
    CRITERION_OUTCOME("grade.criterion-outcome", "criterion", "kind", "outcome"),
    /** Criteria not assessed that the policy leaves out of the count. */
    NOT_COUNTED("grade.not-counted", "criteria"),
    /** The grade the rules give is not on the area's scale: the grade on the scale instead. */
    OFF_SCALE("grade.off-scale", "computed", "grade");

    private final String code;
    private final List<String> parameters;

    GradeReason(String code, String... parameters) {
        this.code = code;
        this.parameters = List.of(parameters);
    }

    @Override
    public String code() {
        return code;
    }

    @Override
    public List<String> parameters() {
        return parameters;
    }
}
