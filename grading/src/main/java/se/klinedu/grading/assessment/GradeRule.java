package se.klinedu.grading.assessment;

import se.klinedu.core.json.JsonEnum;

/**
 * The rule that decided an area's grade under a regulation.
 *
 * @since 0.1
 */
public enum GradeRule implements JsonEnum {
    /** An applicable regulation criterion is not fully met: D. */
    REGULATION_NOT_MET,
    /** An applicable regulation criterion was not assessed, and none is known to be unmet: undeterminable. */
    REGULATION_NOT_ASSESSED,
    /** Regulations met, a general-advice criterion not fully met: C. */
    GENERAL_ADVICE_NOT_MET,
    /** Regulations and general advice met, more quality indicators unmet than the policy allows: B. */
    QUALITY_INDICATORS_NOT_MET,
    /** Regulations and general advice met, quality indicators met but for the allowed exceptions: A. */
    QUALITY_INDICATORS_MET,
    /** D changed to C after the inspection: an action plan covers every deficient regulation criterion. */
    REGRADED_AFTER_ACTION_PLAN;

    /**
     * Obtains a rule from its code.
     *
     * @param code the rule's code, not null
     * @return the rule
     * @throws se.klinedu.core.InvalidInputException for an unknown code
     */
    public static GradeRule of(String code) {
        return JsonEnum.of(GradeRule.class, "rule", code);
    }
}
