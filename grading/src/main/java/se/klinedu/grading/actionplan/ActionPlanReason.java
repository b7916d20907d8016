package se.klinedu.grading.actionplan;

import java.util.List;
import se.klinedu.core.explain.ReasonCode;

/**
 * The reasons an action plan adds to a grade ({@link ActionPlan#regrade}) and that a {@link RegradeDecision}
 * gives, as codes with named arguments.
 *
 * <p>Arguments: {@code area} is the area's letter ({@code H}); {@code regulation} a {@link
 * se.klinedu.grading.criteria.Regulation}; {@code criteria} the criterion ids ({@code H-08}); {@code criterion}
 * one id; {@code item} an item's number in the plan, from 1 (its {@linkplain IncompleteItem#index() index} plus
 * one); {@code part} an {@link ItemPart}; {@code stated} and {@code rule} a {@link se.klinedu.grading.criteria.Grade}
 * (the report's and the re-grade rule's); {@code statement} the report's sentence, verbatim. The texts are the
 * module's ({@code reasons_sv.properties} and its siblings).
 *
 * @since 0.2
 */
public enum ActionPlanReason implements ReasonCode {
    /** D stays: no complete item addresses these deficient regulation criteria. */
    STAYS_D("plan.stays-d", "criteria"),
    /** D stays: complete items cover the criteria, but the area's scale has no C. */
    STAYS_D_SCALE_WITHOUT_C("plan.stays-d-scale-without-c", "criteria"),
    /** D changed to C: complete items address every deficient regulation criterion. */
    REGRADED_TO_C("plan.regraded-to-c", "area", "regulation", "criteria"),
    /** An item that answers an uncovered criterion lacks a part. */
    ITEM_LACKS("plan.item-lacks", "item", "criterion", "part"),
    /** The report states no grade after the plan, and none is taken from the rule, which gives one. */
    NONE_STATED("regrade.none-stated", "area", "regulation", "rule"),
    /** The report states no grade after the plan, and the rule gives none either. */
    NONE_STATED_RULE_UNDETERMINABLE("regrade.none-stated-rule-undeterminable", "area", "regulation"),
    /** The report states a grade after the plan, and the rule gives the same. */
    AGREES("regrade.agrees", "area", "regulation", "stated", "statement"),
    /** The report states a grade after the plan, the inspectors' decision, and the rule gives another. */
    DIFFERS("regrade.differs", "area", "regulation", "stated", "statement", "rule"),
    /** The report states a grade after the plan, the inspectors' decision, and the rule gives none. */
    DIFFERS_RULE_UNDETERMINABLE("regrade.differs-rule-undeterminable", "area", "regulation", "stated", "statement");

    private final String code;
    private final List<String> parameters;

    ActionPlanReason(String code, String... parameters) {
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
