package se.klinedu.grading.actionplan;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Objects;
import org.immutables.value.Value;
import se.klinedu.core.InvalidInputException;
import se.klinedu.core.internal.JsonCursor;
import se.klinedu.core.internal.KlineduStyle;
import se.klinedu.grading.assessment.Assessment;
import se.klinedu.grading.assessment.Grades;
import se.klinedu.grading.assessment.GradingPolicy;
import se.klinedu.grading.assessment.InspectionResult;
import se.klinedu.grading.criteria.SpurModel;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * A SPUR inspection report as data: the assessment and the action plan the unit submitted after it.
 *
 * <p>{@link #load()} is the LIPUS report of document 003 (an ST unit in obstetrics and
 * gynaecology in Region Sörmland), transcribed as faithfully as its extracted text allows; the module's
 * README lists the interpretations. Instances are immutable and thread-safe.
 *
 * @since 0.1
 */
@Value.Immutable
@KlineduStyle
@JsonDeserialize(builder = ImmutableInspectionReport.Builder.class)
public abstract class InspectionReport {

    private static final String WORKED_EXAMPLE = "worked-example-003.json";

    InspectionReport() {
    }

    /**
     * {@return what the inspection found}
     */
    @JsonProperty(value = "assessment", required = true)
    @Value.Parameter
    public abstract Assessment assessment();

    /**
     * {@return the action plan submitted after the inspection}
     */
    @JsonProperty(value = "actionPlan", required = true)
    @Value.Parameter
    public abstract ActionPlan actionPlan();

    /**
     * {@return the grades the report states after the action plan, at most one per area; an area absent here
     *     has no stated grade}
     */
    @JsonProperty("statedGrades")
    @Value.Parameter
    public abstract List<StatedGrade> statedGrades();

    /**
     * Obtains a report that states no grades.
     *
     * @param assessment the assessment, not null
     * @param actionPlan the action plan, not null
     * @return the report
     */
    public static InspectionReport of(Assessment assessment, ActionPlan actionPlan) {
        return of(assessment, actionPlan, List.of());
    }

    /**
     * Obtains a report.
     *
     * @param assessment the assessment, not null
     * @param actionPlan the action plan, not null
     * @param statedGrades the grades the report states after the plan, at most one per area, not null
     * @return the report
     */
    public static InspectionReport of(Assessment assessment, ActionPlan actionPlan, List<StatedGrade> statedGrades) {
        return ImmutableInspectionReport.of(assessment, actionPlan, statedGrades);
    }

    /**
     * Puts the grades the report states after the plan beside the re-grade rule's verdicts: one decision per
     * area and regulation of the assessment, in the inspection's order.
     *
     * @param model the SPUR model, not null
     * @param policy the grading policy the rule grades under, not null
     * @return the decisions
     */
    public List<RegradeDecision> decisions(SpurModel model, GradingPolicy policy) {
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(policy, "policy");
        InspectionResult after = actionPlan().regrade(Grades.inspect(model, assessment(), policy), model);
        return after.grades().stream().map(grade -> RegradeDecision.of(
                statedGrades().stream().filter(stated -> stated.area() == grade.area()).findFirst(), grade)).toList();
    }

    @Value.Check
    void check() {
        if (statedGrades().stream().map(StatedGrade::area).distinct().count() != statedGrades().size()) {
            throw InvalidInputException.of("statedGrades", "must state at most one grade per area",
                    statedGrades().stream().map(stated -> stated.area().letter()).toList());
        }
    }

    /**
     * {@return the worked example the library ships: the report of document 003, read once from the module's resources}
     */
    public static InspectionReport load() {
        return Holder.WORKED;
    }

    private static final class Holder {
        static final InspectionReport WORKED = JsonCursor.readResource(InspectionReport.class, WORKED_EXAMPLE,
                InspectionReportReader::report);
    }
}
