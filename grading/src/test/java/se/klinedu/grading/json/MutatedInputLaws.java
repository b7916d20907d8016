package se.klinedu.grading.json;

import static se.klinedu.core.testkit.MutatedInputContract.Document.generated;

import java.util.List;
import se.klinedu.core.testkit.MutatedInputContract;
import se.klinedu.grading.actionplan.ActionPlan;
import se.klinedu.grading.actionplan.InspectionReport;
import se.klinedu.grading.assessment.Assessment;
import se.klinedu.grading.assessment.GradingPolicy;
import se.klinedu.grading.criteria.SpurModel;
import se.klinedu.grading.generators.GradingGenerators;
import se.klinedu.grading.interval.InspectionIntervalPolicy;
import se.klinedu.grading.interval.UnitInspections;

/**
 * Generated bad input for grading's documents, the generated ones and the shipped SPUR model and worked
 * example: the law of {@link MutatedInputContract}.
 */
class MutatedInputLaws extends MutatedInputContract {

    private static final SpurModel MODEL = SpurModel.load();

    private static final List<Document> DOCUMENTS = List.of(
            generated("Assessment", Assessment.class, random -> GradingGenerators.assessment(random, MODEL)),
            generated("ActionPlan", ActionPlan.class, random -> GradingGenerators.actionPlan(random, MODEL)),
            generated("InspectionReport", InspectionReport.class, random -> GradingGenerators.inspectionReport(random, MODEL)),
            generated("GradingPolicy", GradingPolicy.class, GradingGenerators::gradingPolicy),
            generated("InspectionIntervalPolicy", InspectionIntervalPolicy.class, GradingGenerators::intervalPolicy),
            generated("UnitInspections", UnitInspections.class, random -> GradingGenerators.unitInspections(random, "u-1")),
            resource("spur-model.json", SpurModel.class, "/se/klinedu/grading/criteria/spur-model.json"),
            resource("worked-example-003.json", InspectionReport.class, "/se/klinedu/grading/actionplan/worked-example-003.json"));

    private static Document resource(String name, Class<?> type, String resource) {
        return Document.resource(name, type, MutatedInputLaws.class.getResourceAsStream(resource));
    }

    @Override
    protected String module() {
        return "grading";
    }

    @Override
    protected List<Document> documents() {
        return DOCUMENTS;
    }
}
