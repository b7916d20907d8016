package se.klinedu.grading.assessment;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import se.klinedu.core.internal.Checks;

/**
 * The rule that decided an area's grade under a regulation.
 *
 * @since 0.1
 */
public enum GradeRule {
    /** An applicable regulation criterion is not fully met: D. */
    REGULATION_NOT_MET("regulation-not-met"),
    /** An applicable regulation criterion was not assessed, and none is known to be unmet: undeterminable. */
    REGULATION_NOT_ASSESSED("regulation-not-assessed"),
    /** Regulations met, a general-advice criterion not fully met: C. */
    GENERAL_ADVICE_NOT_MET("general-advice-not-met"),
    /** Regulations and general advice met, more quality indicators unmet than the policy allows: B. */
    QUALITY_INDICATORS_NOT_MET("quality-indicators-not-met"),
    /** Regulations and general advice met, quality indicators met but for the allowed exceptions: A. */
    QUALITY_INDICATORS_MET("quality-indicators-met"),
    /** D changed to C after the inspection: an action plan covers every deficient regulation criterion. */
    REGRADED_AFTER_ACTION_PLAN("regraded-after-action-plan");

    private final String code;

    GradeRule(String code) {
        this.code = code;
    }

    /**
     * {@return the code written in JSON}
     */
    @JsonValue
    public String code() {
        return code;
    }

    /**
     * Obtains a rule from its code.
     *
     * @param code the rule's code, not null
     * @return the rule
     * @throws se.klinedu.core.InvalidInputException for an unknown code
     */
    @JsonCreator
    public static GradeRule of(String code) {
        return Checks.byCode("rule", values(), code, GradeRule::code, "must be a grade rule's code");
    }
}
