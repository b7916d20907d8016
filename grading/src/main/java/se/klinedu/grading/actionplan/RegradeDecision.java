package se.klinedu.grading.actionplan;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Optional;
import org.immutables.value.Value;
import se.klinedu.core.InvalidInputException;
import se.klinedu.core.internal.KlineduStyle;
import se.klinedu.grading.assessment.AreaGrade;
import se.klinedu.grading.criteria.Grade;
import se.klinedu.grading.criteria.Regulation;
import se.klinedu.grading.criteria.SpurArea;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * An area's grade after the action plan as the report records it, beside the re-grade rule's verdict: the
 * report's decision is the inspectors', and where the rule gives another grade both are shown and the
 * reason says how they differ. Where the report states nothing, nothing is stated: no grade is taken from
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
     * {@return the re-grade rule's verdict after the plan, with its own reason}
     */
    @JsonProperty(value = "rule", required = true)
    public abstract AreaGrade rule();

    /**
     * {@return whether the report states a grade and the rule gives the same}
     */
    @JsonProperty(value = "agrees", required = true)
    public abstract boolean agrees();

    /**
     * {@return what the report states, what the rule gives and, where they differ, how}
     */
    @JsonProperty(value = "reason", required = true)
    public abstract String reason();

    /**
     * Puts a report's stated grade beside the rule's verdict.
     *
     * @param stated the grade the report states for the area, if any, not null
     * @param rule the rule's verdict for the area under one regulation, not null
     * @return the decision
     */
    public static RegradeDecision of(Optional<StatedGrade> stated, AreaGrade rule) {
        String area = rule.area().letter() + " under " + rule.regulation().designation();
        String verdict = rule.grade().map(Grade::name).orElse("no grade");
        Optional<Grade> grade = stated.map(StatedGrade::grade);
        boolean agrees = grade.isPresent() && grade.equals(rule.grade());
        String reason = grade.isEmpty()
                ? area + ": the report states no grade after the plan, and none is taken from the rule; the rule gives "
                        + verdict + " (" + rule.reason() + ")"
                : agrees ? area + ": the report states " + grade.get() + " (\"" + stated.get().statement() + "\"), and the rule"
                        + " agrees (" + rule.reason() + ")"
                : area + ": the report states " + grade.get() + " (\"" + stated.get().statement() + "\"), the inspectors'"
                        + " decision; the rule gives " + verdict + " (" + rule.reason() + ")";
        return ImmutableRegradeDecision.builder().area(rule.area()).regulation(rule.regulation()).stated(grade).rule(rule)
                .agrees(agrees).reason(reason).build();
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
        if (reason().isBlank()) {
            throw InvalidInputException.of("reason", "must not be blank", reason());
        }
    }
}
