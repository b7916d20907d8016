package se.klinedu.grading.actionplan;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.immutables.value.Value;
import se.klinedu.core.explain.Reason;
import se.klinedu.core.internal.KlineduStyle;
import se.klinedu.grading.assessment.AreaGrade;
import se.klinedu.grading.assessment.GradeRule;
import se.klinedu.grading.assessment.GradeStatus;
import se.klinedu.grading.assessment.InspectionResult;
import se.klinedu.grading.criteria.CriterionId;
import se.klinedu.grading.criteria.Grade;
import se.klinedu.grading.criteria.SpurArea;
import se.klinedu.grading.criteria.SpurModel;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * An action plan (<i>handlingsplan</i>): the items a unit submits after an inspection.
 *
 * <p>It answers which items are incomplete, whether it covers every deficient regulation criterion
 * ({@link #coverage(InspectionResult)}), the grades once it is accepted ({@link #regrade(InspectionResult,
 * SpurModel)}: D becomes C where complete items cover every deficient regulation criterion, "Graderingen är
 * ändrad till C"), and each item's follow-up at a reference date. Instances are immutable and thread-safe.
 *
 * @since 0.1
 */
@Value.Immutable
@KlineduStyle
@JsonDeserialize(builder = ImmutableActionPlan.Builder.class)
public abstract class ActionPlan {

    ActionPlan() {
    }

    /**
     * {@return the items, in the plan's order}
     */
    @JsonProperty(value = "items", required = true)
    @Value.Parameter
    public abstract List<ActionItem> items();

    /**
     * Obtains a plan.
     *
     * @param items the items, not null
     * @return the plan
     */
    public static ActionPlan of(List<ActionItem> items) {
        return ImmutableActionPlan.of(items);
    }

    /**
     * Returns the items listed under an area.
     *
     * @param area the area, not null
     * @return its items, in the plan's order; empty if the plan lists none under the area
     */
    public List<ActionItem> itemsFor(SpurArea area) {
        Objects.requireNonNull(area, "area");
        return items().stream().filter(item -> item.area() == area).toList();
    }

    /**
     * {@return the items that lack parts, with what each lacks, in the plan's order}
     */
    public List<IncompleteItem> incompleteItems() {
        List<IncompleteItem> incomplete = new ArrayList<>();
        for (int i = 0; i < items().size(); i++) {
            ActionItem item = items().get(i);
            if (!item.isComplete()) {
                incomplete.add(IncompleteItem.of(i, item.area(), item.criterion(), item.missingParts()));
            }
        }
        return List.copyOf(incomplete);
    }

    /**
     * Checks how far the plan covers the criteria an inspection found requiring action.
     *
     * @param result the inspection's result, not null
     * @return the coverage
     */
    public PlanCoverage coverage(InspectionResult result) {
        Objects.requireNonNull(result, "result");
        Set<CriterionId> complete = addressed(true);
        Set<CriterionId> any = addressed(false);
        List<CriterionId> required = result.criteriaRequiringAction();
        return PlanCoverage.of(required,
                required.stream().filter(complete::contains).toList(),
                required.stream().filter(id -> !complete.contains(id) && any.contains(id)).toList(),
                required.stream().filter(id -> !any.contains(id)).toList());
    }

    /**
     * Re-grades an inspection once this plan is submitted: each area graded D under a regulation becomes
     * C when complete items cover every regulation criterion that decided the D and the area's scale has C;
     * otherwise it stays D. A changed grade's reasons are the change ({@link ActionPlanReason#REGRADED_TO_C})
     * followed by the grade's reasons before the plan; a D that stays keeps its reasons and adds why it stays, with
     * what each incomplete item answering an uncovered criterion lacks. Other grades are unchanged.
     *
     * @param result the inspection's result before the plan, not null
     * @param model the SPUR model with the areas' scales, not null
     * @return the result after the plan; {@code result} is unaffected
     */
    public InspectionResult regrade(InspectionResult result, SpurModel model) {
        Objects.requireNonNull(result, "result");
        Objects.requireNonNull(model, "model");
        Set<CriterionId> complete = addressed(true);
        List<AreaGrade> grades = new ArrayList<>();
        for (AreaGrade grade : result.grades()) {
            grades.add(grade.isD() ? regraded(grade, complete, model) : grade);
        }
        return InspectionResult.builder().unit(result.unit()).addAllGrades(grades).build();
    }

    private AreaGrade regraded(AreaGrade grade, Set<CriterionId> complete, SpurModel model) {
        List<CriterionId> uncovered = grade.criteria().stream().filter(id -> !complete.contains(id)).toList();
        if (!uncovered.isEmpty()) {
            return copy(grade).grade(Grade.D).rule(grade.rule()).addAllReasons(grade.reasons())
                    .addReasons(Reason.of(ActionPlanReason.STAYS_D, ids(uncovered)))
                    .addAllReasons(gaps(uncovered)).build();
        }
        if (!model.scale(grade.area()).has(Grade.C)) {
            return copy(grade).grade(Grade.D).rule(grade.rule()).addAllReasons(grade.reasons())
                    .addReasons(Reason.of(ActionPlanReason.STAYS_D_SCALE_WITHOUT_C, ids(grade.criteria()))).build();
        }
        return copy(grade).grade(Grade.C).rule(GradeRule.REGRADED_AFTER_ACTION_PLAN)
                .addReasons(Reason.of(ActionPlanReason.REGRADED_TO_C, grade.area().letter(), grade.regulation(),
                        ids(grade.criteria())))
                .addAllReasons(grade.reasons()).build();
    }

    /** What each incomplete item answering one of the criteria lacks, part by part, in the plan's order. */
    private List<Reason> gaps(List<CriterionId> criteria) {
        List<Reason> gaps = new ArrayList<>();
        for (int i = 0; i < items().size(); i++) {
            ActionItem item = items().get(i);
            if (criteria.contains(item.criterion())) {
                for (ItemPart part : item.lacking()) {
                    gaps.add(Reason.of(ActionPlanReason.ITEM_LACKS, i + 1, item.criterion().value(), part));
                }
            }
        }
        return gaps;
    }

    private static AreaGrade.Builder copy(AreaGrade grade) {
        return AreaGrade.builder().area(grade.area()).regulation(grade.regulation()).status(GradeStatus.GRADED)
                .addAllCriteria(grade.criteria());
    }

    private Set<CriterionId> addressed(boolean completeOnly) {
        Set<CriterionId> addressed = new TreeSet<>();
        items().stream().filter(item -> !completeOnly || item.isComplete())
                .forEach(item -> addressed.addAll(item.addresses()));
        return addressed;
    }

    /** The ids as a reason's argument. */
    private static List<String> ids(List<CriterionId> ids) {
        return ids.stream().map(CriterionId::value).toList();
    }

    /**
     * Computes every item's follow-up at a reference date.
     *
     * @param referenceDate the date, not null
     * @return one follow-up per item, in the plan's order
     */
    public List<ItemFollowUp> followUpAt(LocalDate referenceDate) {
        Objects.requireNonNull(referenceDate, "referenceDate");
        return items().stream().map(item -> item.followUpAt(referenceDate)).toList();
    }
}
