package se.klinedu.grading.actionplan;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import se.klinedu.core.InvalidInputException;
import se.klinedu.core.explain.Reason;
import se.klinedu.core.internal.Checks;
import se.klinedu.core.internal.KlineduStyle;
import se.klinedu.grading.assessment.AreaGrade;
import se.klinedu.grading.criteria.Grade;
import se.klinedu.grading.criteria.Regulation;
import se.klinedu.grading.criteria.SpurArea;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * An area's grade after the action plan as the report records it, beside the re-grade rule's verdict: the
 * report's decision is the inspectors', and where the rule gives another grade both are shown and the
 * reasons say how they differ. Where the report states nothing, nothing is stated: no grade is taken from
 * the rule in its place.
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @since 0.1
 */
@Value.Immutable
@KlineduStyle
@JsonDeserialize(builder = ImmutableRegradeDecision.Builder.class)
public abstract class RegradeDecision {

    RegradeDecision() {
    }

    /**
     * {@return the area}
     */
    @JsonProperty(value = "area", required = true)
    public abstract SpurArea area();

    /**
     * {@return the regulation}
     */
    @JsonProperty(value = "regulation", required = true)
    public abstract Regulation regulation();

    /**
     * {@return the grade the report states after the plan; empty when it states none}
     */
    @JsonProperty("stated")
    public abstract Optional<Grade> stated();

    /**
     * {@return the re-grade rule's verdict after the plan, with its own reasons}
     */
    @JsonProperty(value = "rule", required = true)
    public abstract AreaGrade rule();

    /**
     * {@return whether the report states a grade and the rule gives the same}
     */
    @JsonProperty(value = "agrees", required = true)
    public abstract boolean agrees();

    /**
     * {@return why, as data: what the report states and what the rule gives (an {@link ActionPlanReason} of the
     * {@code regrade} codes), followed by the rule's own reasons, exactly {@code rule().reasons()}}
     */
    @JsonProperty(value = "reasons", required = true)
    public abstract List<Reason> reasons();

    /**
     * Puts a report's stated grade beside the rule's verdict.
     *
     * @param stated the grade the report states for the area, if any, not null
     * @param rule the rule's verdict for the area under one regulation, not null
     * @return the decision
     */
    public static RegradeDecision of(Optional<StatedGrade> stated, AreaGrade rule) {
        Optional<Grade> grade = stated.map(StatedGrade::grade);
        boolean agrees = grade.isPresent() && grade.equals(rule.grade());
        return ImmutableRegradeDecision.builder().area(rule.area()).regulation(rule.regulation()).stated(grade).rule(rule)
                .agrees(agrees).addReasons(comparison(stated, rule, agrees)).addAllReasons(rule.reasons()).build();
    }

    /** What the report states beside what the rule gives. */
    private static Reason comparison(Optional<StatedGrade> stated, AreaGrade rule, boolean agrees) {
        String area = rule.area().letter();
        Regulation regulation = rule.regulation();
        Optional<Grade> verdict = rule.grade();
        if (stated.isEmpty()) {
            return verdict.isPresent() ? Reason.of(ActionPlanReason.NONE_STATED, area, regulation, verdict.get())
                    : Reason.of(ActionPlanReason.NONE_STATED_RULE_UNDETERMINABLE, area, regulation);
        }
        Grade grade = stated.get().grade();
        String statement = stated.get().statement();
        if (agrees) {
            return Reason.of(ActionPlanReason.AGREES, area, regulation, grade, statement);
        }
        return verdict.isPresent() ? Reason.of(ActionPlanReason.DIFFERS, area, regulation, grade, statement, verdict.get())
                : Reason.of(ActionPlanReason.DIFFERS_RULE_UNDETERMINABLE, area, regulation, grade, statement);
    }

    @Value.Check
    void check() {
        if (!rule().area().equals(area()) || !rule().regulation().equals(regulation())) {
            throw InvalidInputException.of("rule", "must be of the decision's area and regulation", rule().area() + " "
                    + rule().regulation());
        }
        if (agrees() != (stated().isPresent() && stated().equals(rule().grade()))) {
            throw InvalidInputException.of("agrees", "must say whether the stated grade is the rule's", agrees());
        }
        Checks.notEmpty("reasons", reasons());
        if (!reasons().subList(1, reasons().size()).equals(rule().reasons())) {
            throw InvalidInputException.of("reasons", "must be the comparison followed by the rule's reasons");
        }
    }
}
