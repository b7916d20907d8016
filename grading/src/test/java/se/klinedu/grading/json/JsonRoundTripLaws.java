package se.klinedu.grading.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import se.klinedu.core.Identifier;
import se.klinedu.core.json.KlineduJson;
import se.klinedu.core.testkit.JsonRoundTrip.Case;
import se.klinedu.core.testkit.JsonRoundTrip;
import se.klinedu.core.testkit.JsonRoundTripContract;
import se.klinedu.grading.actionplan.ActionItem;
import se.klinedu.grading.actionplan.ActionPlan;
import se.klinedu.grading.actionplan.IncompleteItem;
import se.klinedu.grading.actionplan.InspectionReport;
import se.klinedu.grading.actionplan.ItemFollowUp;
import se.klinedu.grading.actionplan.PlanCoverage;
import se.klinedu.grading.actionplan.RegradeDecision;
import se.klinedu.grading.actionplan.StatedGrade;
import se.klinedu.grading.assessment.AreaGrade;
import se.klinedu.grading.assessment.Assessment;
import se.klinedu.grading.assessment.CriterionAssessment;
import se.klinedu.grading.assessment.GradingPolicy;
import se.klinedu.grading.assessment.InspectionFinding;
import se.klinedu.grading.assessment.InspectionResult;
import se.klinedu.grading.criteria.Criterion;
import se.klinedu.grading.criteria.CriterionId;
import se.klinedu.grading.criteria.GradeLevel;
import se.klinedu.grading.criteria.GradeScale;
import se.klinedu.grading.criteria.SpurArea;
import se.klinedu.grading.criteria.SpurModel;
import se.klinedu.grading.generators.GradingGenerators;
import se.klinedu.grading.interval.InspectionIntervalPolicy;
import se.klinedu.grading.interval.IntervalCompliance;
import se.klinedu.grading.interval.UnitInspections;
import se.klinedu.grading.interval.UnitIntervalStatus;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Every public value type of the grading module survives a trip to JSON and back, unchanged. */
class JsonRoundTripLaws extends JsonRoundTripContract {

    private static final KlineduJson JSON = KlineduJson.standard();
    private static final JsonMapper TREES = JsonMapper.builder().build();
    private static final SpurModel MODEL = SpurModel.load();

    static final List<Case> CASES = List.of(
            new Case("Criterion", Criterion.class, random -> pick(random, MODEL.criteria())),
            new Case("CriterionId", CriterionId.class, random -> pick(random, MODEL.criteria()).id()),
            new Case("GradeScale", GradeScale.class, random -> pick(random, MODEL.scales())),
            new Case("GradeLevel", GradeLevel.class, random -> pick(random, pick(random, MODEL.scales()).levels())),
            new Case("Assessment", Assessment.class, random -> GradingGenerators.assessment(random, MODEL)),
            new Case("CriterionAssessment", CriterionAssessment.class,
                    random -> pick(random, GradingGenerators.assessment(random, MODEL).outcomes())),
            new Case("InspectionFinding", InspectionFinding.class, random -> InspectionFinding.of(
                    pick(random, MODEL.criteria()).area(), 1 + random.nextInt(9), GradingGenerators.text(random))),
            new Case("GradingPolicy", GradingPolicy.class, GradingGenerators::gradingPolicy),
            new Case("InspectionResult", InspectionResult.class, random -> GradingGenerators.inspectionResult(random, MODEL)),
            new Case("AreaGrade", AreaGrade.class,
                    random -> pick(random, GradingGenerators.inspectionResult(random, MODEL).grades())),
            new Case("ActionItem", ActionItem.class, random -> GradingGenerators.actionItem(random, MODEL)),
            new Case("ActionPlan", ActionPlan.class, random -> GradingGenerators.actionPlan(random, MODEL)),
            new Case("InspectionReport", InspectionReport.class, random -> GradingGenerators.inspectionReport(random, MODEL)),
            new Case("StatedGrade", StatedGrade.class, random -> GradingGenerators.statedGrade(random,
                    SpurArea.values()[random.nextInt(SpurArea.values().length)])),
            new Case("RegradeDecision", RegradeDecision.class, random -> {
                List<RegradeDecision> decisions = GradingGenerators.regradeDecisions(random, MODEL);
                return decisions.get(random.nextInt(decisions.size()));
            }),
            new Case("IncompleteItem", IncompleteItem.class, random -> IncompleteItem.of(random.nextInt(30),
                    pick(random, MODEL.criteria()).area(), pick(random, MODEL.criteria()).id(), List.of("due"))),
            new Case("ItemFollowUp", ItemFollowUp.class, random -> GradingGenerators.actionItem(random, MODEL)
                    .followUpAt(GradingGenerators.date(random))),
            new Case("PlanCoverage", PlanCoverage.class, random -> GradingGenerators.actionPlan(random, MODEL)
                    .coverage(GradingGenerators.inspectionResult(random, MODEL))),
            new Case("RegradedResult", InspectionResult.class, random -> GradingGenerators.actionPlan(random, MODEL)
                    .regrade(GradingGenerators.inspectionResult(random, MODEL), MODEL)),
            new Case("InspectionIntervalPolicy", InspectionIntervalPolicy.class, GradingGenerators::intervalPolicy),
            new Case("UnitInspections", UnitInspections.class, random -> GradingGenerators.unitInspections(random, "u-1")),
            new Case("IntervalCompliance", IntervalCompliance.class, GradingGenerators::intervalCompliance),
            new Case("UnitIntervalStatus", UnitIntervalStatus.class, random -> {
                IntervalCompliance compliance = IntervalCompliance.at(GradingGenerators.units(random, 5).stream()
                        .limit(1).toList(), GradingGenerators.date(random), GradingGenerators.intervalPolicy(random));
                return compliance.units().isEmpty() ? IntervalCompliance.at(List.of(
                        GradingGenerators.unitInspections(random, "x")), GradingGenerators.date(random),
                        InspectionIntervalPolicy.standard()).units().get(0) : compliance.units().get(0);
            }));

    private static <T> T pick(Random random, List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    JsonRoundTripLaws() {
        super("se.klinedu.grading", CASES);
    }

    /** The model has its own law; ids share one JSON shape, and the criterion's stands for any the module adds. */
    @Override
    protected boolean needsACase(Class<?> type) {
        return type != SpurModel.class && (!Identifier.class.isAssignableFrom(type) || type == CriterionId.class);
    }

    @Override
    protected List<ReferenceValue> referenceData() {
        return List.of(new ReferenceValue("SPUR model", MODEL, SpurModel.class),
                new ReferenceValue("worked example", InspectionReport.load(), InspectionReport.class));
    }

    static Stream<Arguments> namedCasesAndSeeds() {
        return JsonRoundTrip.arguments(CASES);
    }

    /** What the library writes reads back as the same document: no field is rewritten on the way in (a date in the report's words, say). */
    @ParameterizedTest(name = "{0}, seed {1}")
    @MethodSource("namedCasesAndSeeds")
    void a_written_document_reads_back_and_is_written_again_unchanged(String name, long seed, Case c) {
        String written = JSON.write(c.generator().apply(new Random(seed)));

        assertEquals(written, JSON.write(JSON.read(written, c.type())));
    }

    @Test
    void the_worked_example_reads_back_as_the_resource_holds_it() throws IOException {
        String resource;
        try (InputStream in = JsonRoundTripLaws.class.getResourceAsStream(
                "/se/klinedu/grading/actionplan/worked-example-003.json")) {
            resource = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }

        JsonNode written = TREES.readTree(JSON.write(JSON.read(resource, InspectionReport.class)));

        // every field the resource holds is written back as it stands; the library adds only empty lists it omits
        assertWrittenAsHeld("$", TREES.readTree(resource), written);
    }

    private static void assertWrittenAsHeld(String path, JsonNode held, JsonNode written) {
        if (held.isObject()) {
            assertTrue(written.isObject(), path);
            for (String field : held.propertyNames()) {
                assertTrue(written.has(field), path + "." + field + " is not written back");
                assertWrittenAsHeld(path + "." + field, held.get(field), written.get(field));
            }
            for (String field : written.propertyNames()) {
                assertTrue(held.has(field) || written.get(field).isArray() && written.get(field).isEmpty(),
                        path + "." + field + " is added");
            }
        } else if (held.isArray()) {
            assertEquals(held.size(), written.size(), path);
            for (int i = 0; i < held.size(); i++) {
                assertWrittenAsHeld(path + "[" + i + "]", held.get(i), written.get(i));
            }
        } else {
            assertEquals(held, written, path);
        }
    }
}
