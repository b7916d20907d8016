package se.klinedu.grading.generators;

import java.util.List;
import java.util.Random;
import se.klinedu.core.generators.CoreTypeSamples;
import se.klinedu.core.testkit.TypeSamples;
import se.klinedu.grading.actionplan.ActionItem;
import se.klinedu.grading.actionplan.ActionPlan;
import se.klinedu.grading.actionplan.IncompleteItem;
import se.klinedu.grading.actionplan.InspectionReport;
import se.klinedu.grading.actionplan.RegradeDecision;
import se.klinedu.grading.actionplan.StatedGrade;
import se.klinedu.grading.actionplan.ItemFollowUp;
import se.klinedu.grading.actionplan.PlanCoverage;
import se.klinedu.grading.assessment.AreaGrade;
import se.klinedu.grading.assessment.Assessment;
import se.klinedu.grading.assessment.CriterionAssessment;
import se.klinedu.grading.assessment.GradingPolicy;
import se.klinedu.grading.assessment.InspectionResult;
import se.klinedu.grading.assessment.InspectionFinding;
import se.klinedu.grading.criteria.Criterion;
import se.klinedu.grading.criteria.CriterionId;
import se.klinedu.grading.criteria.GradeLevel;
import se.klinedu.grading.criteria.GradeScale;
import se.klinedu.grading.criteria.SpurArea;
import se.klinedu.grading.criteria.SpurModel;
import se.klinedu.grading.interval.InspectionIntervalPolicy;
import se.klinedu.grading.interval.IntervalCompliance;
import se.klinedu.grading.interval.UnitInspections;
import se.klinedu.grading.interval.UnitIntervalStatus;

/**
 * The grading module's sample source for the public-API sweep: core's source ({@link CoreTypeSamples}) and a
 * generator per public type of the module, keyed by type, built from {@link GradingGenerators} over the SPUR
 * model, so that assessments, results and plans fit the model a method is called with.
 */
public final class GradingTypeSamples {

    private GradingTypeSamples() {
    }

    private static <T> T pick(Random random, List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    /** {@return a new source with a generator of every public type of the module and of core} */
    public static TypeSamples all() {
        SpurModel model = SpurModel.load();
        return CoreTypeSamples.all()
                .add(SpurModel.class, random -> model)
                .add(Criterion.class, random -> pick(random, model.criteria()))
                .add(CriterionId.class, random -> pick(random, model.criteria()).id())
                .add(GradeScale.class, random -> pick(random, model.scales()))
                .add(GradeLevel.class, random -> pick(random, pick(random, model.scales()).levels()))

                .add(Assessment.class, random -> GradingGenerators.assessment(random, model))
                .add(CriterionAssessment.class, random -> pick(random, GradingGenerators.assessment(random, model).outcomes()))
                .add(InspectionFinding.class, random -> InspectionFinding.of(pick(random, model.criteria()).area(), 1 + random.nextInt(9),
                        GradingGenerators.text(random)))
                .add(GradingPolicy.class, GradingGenerators::gradingPolicy)
                .add(InspectionResult.class, random -> GradingGenerators.inspectionResult(random, model))
                .add(AreaGrade.class, random -> pick(random, GradingGenerators.inspectionResult(random, model).grades()))

                .add(InspectionReport.class, random -> GradingGenerators.inspectionReport(random, model))
                .add(StatedGrade.class, random -> GradingGenerators.statedGrade(random, SpurArea.B))
                .add(RegradeDecision.class, random -> GradingGenerators.regradeDecisions(random, model).get(0))
                .add(ActionPlan.class, random -> GradingGenerators.actionPlan(random, model))
                .add(ActionItem.class, random -> GradingGenerators.actionItem(random, model))
                .add(ItemFollowUp.class, random -> GradingGenerators.actionItem(random, model).followUpAt(GradingGenerators.date(random)))
                .add(IncompleteItem.class, random -> IncompleteItem.of(random.nextInt(30), pick(random, model.criteria()).area(),
                        pick(random, model.criteria()).id(), List.of("due")))
                .add(PlanCoverage.class, random -> GradingGenerators.actionPlan(random, model)
                        .coverage(GradingGenerators.inspectionResult(random, model)))

                .add(InspectionIntervalPolicy.class, GradingGenerators::intervalPolicy)
                .add(UnitInspections.class, random -> GradingGenerators.unitInspections(random, "u-1"))
                .add(IntervalCompliance.class, GradingGenerators::intervalCompliance)
                .add(UnitIntervalStatus.class, random -> IntervalCompliance.at(List.of(GradingGenerators.unitInspections(random, "u-1")),
                        GradingGenerators.date(random), GradingGenerators.intervalPolicy(random)).units().get(0));
    }
}
