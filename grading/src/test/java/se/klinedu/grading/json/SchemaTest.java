package se.klinedu.grading.json;

import static java.util.Map.entry;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static se.klinedu.core.testkit.SchemaCheck.assertBothReject;
import static se.klinedu.core.testkit.SchemaCheck.assertValid;
import static se.klinedu.core.testkit.SchemaCheck.definition;
import static se.klinedu.core.testkit.SchemaCheck.id;
import static se.klinedu.core.testkit.SchemaCheck.withField;
import static se.klinedu.core.testkit.SchemaCheck.withFieldAt;

import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import se.klinedu.core.explain.Reason;
import se.klinedu.core.explain.ReasonCode;
import se.klinedu.core.explain.Renderer;
import se.klinedu.core.json.JsonEnum;
import se.klinedu.core.json.KlineduJson;
import se.klinedu.core.testkit.SchemaCheck;
import se.klinedu.core.testkit.SchemaContract;
import se.klinedu.grading.actionplan.ActionItem;
import se.klinedu.grading.actionplan.ActionPlan;
import se.klinedu.grading.actionplan.IncompleteItem;
import se.klinedu.grading.actionplan.InspectionReport;
import se.klinedu.grading.actionplan.ItemPart;
import se.klinedu.grading.actionplan.RegradeDecision;
import se.klinedu.grading.actionplan.StatedGrade;
import se.klinedu.grading.actionplan.ItemFollowUp;
import se.klinedu.grading.actionplan.PlanCoverage;
import se.klinedu.grading.assessment.AreaGrade;
import se.klinedu.grading.assessment.Assessment;
import se.klinedu.grading.assessment.CriterionAssessment;
import se.klinedu.grading.assessment.CriterionOutcome;
import se.klinedu.grading.assessment.GradeReason;
import se.klinedu.grading.assessment.GradeRule;
import se.klinedu.grading.assessment.GradeStatus;
import se.klinedu.grading.assessment.GradingPolicy;
import se.klinedu.grading.assessment.InspectionResult;
import se.klinedu.grading.assessment.InspectionFinding;
import se.klinedu.grading.criteria.Criterion;
import se.klinedu.grading.criteria.CriterionId;
import se.klinedu.grading.criteria.CriterionKind;
import se.klinedu.grading.criteria.Grade;
import se.klinedu.grading.criteria.GradeLevel;
import se.klinedu.grading.criteria.GradeScale;
import se.klinedu.grading.criteria.Regulation;
import se.klinedu.grading.criteria.SpurArea;
import se.klinedu.grading.criteria.SpurModel;
import se.klinedu.grading.criteria.SpurPart;
import se.klinedu.grading.generators.GradingGenerators;
import se.klinedu.grading.interval.InspectionIntervalPolicy;
import se.klinedu.grading.interval.IntervalReason;
import se.klinedu.grading.interval.IntervalCompliance;
import se.klinedu.grading.interval.UnitInspections;
import se.klinedu.grading.interval.UnitIntervalStatus;
import tools.jackson.databind.JsonNode;

/**
 * grading's JSON Schemas, under the laws of {@link SchemaContract}; here also the SPUR model and the
 * worked example validate, and documents the library rejects for a rule one of grading's schemas can
 * state are rejected by the schema too.
 */
class SchemaTest extends SchemaContract {

    private static final String M = "grading";
    private static final KlineduJson JSON = KlineduJson.standard();
    private static final SpurModel MODEL = SpurModel.load();
    private static final String A01_NOT_MET = JSON.write(Reason.of(GradeReason.REGULATION_CRITERION_NOT_MET, "A",
            Regulation.SOSFS_2015_8, List.of("A-01")));

    private static final List<String> DOCUMENTS = List.of("spur-model", "assessment", "grading-policy", "inspection-result",
            "action-plan", "inspection-report", "inspection-interval-policy", "unit-inspections", "interval-compliance", "reasons");

    private static final Map<Class<?>, String> SCHEMAS = Map.ofEntries(
            entry(SpurModel.class, id(M, "spur-model")),
            entry(Criterion.class, definition(M, "spur-model", "criterion")),
            entry(CriterionId.class, definition(M, "spur-model", "criterionId")),
            entry(GradeScale.class, definition(M, "spur-model", "gradeScale")),
            entry(GradeLevel.class, definition(M, "spur-model", "gradeLevel")),
            entry(Assessment.class, id(M, "assessment")),
            entry(CriterionAssessment.class, definition(M, "assessment", "criterionAssessment")),
            entry(InspectionFinding.class, definition(M, "assessment", "finding")),
            entry(GradingPolicy.class, id(M, "grading-policy")),
            entry(InspectionResult.class, id(M, "inspection-result")),
            entry(AreaGrade.class, definition(M, "inspection-result", "areaGrade")),
            entry(ActionPlan.class, id(M, "action-plan")),
            entry(ActionItem.class, definition(M, "action-plan", "actionItem")),
            entry(PlanCoverage.class, definition(M, "action-plan", "planCoverage")),
            entry(IncompleteItem.class, definition(M, "action-plan", "incompleteItem")),
            entry(ItemFollowUp.class, definition(M, "action-plan", "itemFollowUp")),
            entry(InspectionReport.class, id(M, "inspection-report")),
            entry(StatedGrade.class, definition(M, "inspection-report", "statedGrade")),
            entry(RegradeDecision.class, definition(M, "inspection-report", "regradeDecision")),
            entry(InspectionIntervalPolicy.class, id(M, "inspection-interval-policy")),
            entry(UnitInspections.class, id(M, "unit-inspections")),
            entry(IntervalCompliance.class, id(M, "interval-compliance")),
            entry(UnitIntervalStatus.class, definition(M, "interval-compliance", "unitIntervalStatus")));

    private static final Map<Class<? extends Enum<?>>, String> ENUMS = Map.ofEntries(
            entry(SpurArea.class, definition(M, "spur-model", "spurArea")),
            entry(SpurPart.class, definition(M, "spur-model", "spurPart")),
            entry(CriterionKind.class, definition(M, "spur-model", "criterionKind")),
            entry(Regulation.class, definition(M, "spur-model", "regulation")),
            entry(Grade.class, definition(M, "spur-model", "grade")),
            entry(CriterionOutcome.class, definition(M, "assessment", "criterionOutcome")),
            entry(ItemPart.class, definition(M, "action-plan", "itemPart")),
            entry(GradeStatus.class, definition(M, "inspection-result", "gradeStatus")),
            entry(GradeRule.class, definition(M, "inspection-result", "gradeRule")));

    SchemaTest() {
        super(M, DOCUMENTS, SCHEMAS, ENUMS, JsonRoundTripLaws.CASES);
    }

    /** A reason code's constant is written as a reason's code, which core's kernel schema describes ({@code $defs/reason}). */
    @Override
    protected boolean needsNoSchema(Class<?> type) {
        return ReasonCode.class.isAssignableFrom(type);
    }

    @Test
    void the_shipped_spur_model_and_worked_example_validate() {
        assertValid(id(M, "spur-model"), SchemaCheck.resourceText(SpurModel.class
                .getResourceAsStream("/se/klinedu/grading/criteria/spur-model.json"), "spur-model.json"));
        assertValid(id(M, "inspection-report"), SchemaCheck.resourceText(InspectionReport.class
                .getResourceAsStream("/se/klinedu/grading/actionplan/worked-example-003.json"), "worked-example-003.json"));
        assertValid(id(M, "spur-model"), JSON.write(MODEL));
        assertValid(id(M, "inspection-report"), JSON.write(InspectionReport.load()));
    }

    @Test
    void bad_criterion_ids_outcomes_and_finding_numbers_are_rejected_by_both() {
        String assessment = JSON.write(GradingGenerators.assessment(new Random(3), MODEL));
        assertBothReject(id(M, "assessment"), withFieldAt(assessment, "/outcomes/0", "criterion", "\"I-01\""), Assessment.class);
        assertBothReject(id(M, "assessment"), withFieldAt(assessment, "/outcomes/0", "criterion", "\"A-1\""), Assessment.class);
        assertBothReject(id(M, "assessment"), withFieldAt(assessment, "/outcomes/0", "outcome", "\"ok\""), Assessment.class);
        assertBothReject(id(M, "assessment"), withField(assessment, "regulations", "[]"), Assessment.class);
        assertBothReject(id(M, "assessment"),
                withField(assessment, "regulations", "[\"hslf-fs-2021-8\",\"hslf-fs-2021-8\"]"), Assessment.class);
        assertBothReject(id(M, "assessment"), withField(assessment, "unit", "\" \""), Assessment.class);
        assertBothReject(id(M, "assessment"), withField(assessment, "findings",
                "[{\"area\":\"a\",\"number\":0,\"text\":\"x\"}]"), Assessment.class);
        assertBothReject(id(M, "grading-policy"),
                "{\"maxUnmetQualityIndicatorsForA\":-1,\"unassessedCountsAsUnmet\":false}", GradingPolicy.class);
        assertBothReject(id(M, "inspection-interval-policy"), "{\"intervalYears\":0}", InspectionIntervalPolicy.class);
    }

    @Test
    void a_grade_must_match_its_status_and_rule() {
        String graded = "{\"area\":\"a\",\"regulation\":\"sosfs-2015-8\",\"status\":\"graded\",\"grade\":\"d\","
                + "\"rule\":\"regulation-not-met\",\"criteria\":[\"A-01\"],\"reasons\":[" + A01_NOT_MET + "]}";
        assertValid(definition(M, "inspection-result", "areaGrade"), graded);
        assertBothReject(definition(M, "inspection-result", "areaGrade"), withField(graded, "grade", "\"E\""), AreaGrade.class);
        assertBothReject(definition(M, "inspection-result", "areaGrade"), withField(graded, "status", "\"undeterminable\""),
                AreaGrade.class);
        assertBothReject(definition(M, "inspection-result", "areaGrade"),
                withField(graded, "rule", "\"regulation-not-assessed\""), AreaGrade.class);
        assertBothReject(definition(M, "inspection-result", "areaGrade"), withField(graded, "reasons", "[]"), AreaGrade.class);
        assertBothReject(definition(M, "inspection-result", "areaGrade"), withField(graded, "reasons", "[\"A-01 not met\"]"),
                AreaGrade.class);
    }

    @Test
    void action_item_dates_the_report_could_not_have_written_are_rejected_by_both() {
        String item = "{\"area\":\"d\",\"criterion\":\"D-08\",\"due\":\"2026-10-01\",\"dueAsWritten\":\"2026.10.01\","
                + "\"followUpDate\":\"2026-12-01\",\"followUpDateAsWritten\":\"1 december 2026\"}";
        assertValid(definition(M, "action-plan", "actionItem"), item);
        assertValid(definition(M, "action-plan", "actionItem"),
                withField(withField(item, "due", "\"ongoing\""), "dueAsWritten", "\"Pågående arbete\""));
        // 2026.02.30 and 31 februari 2026 match the pattern: the calendar is the library's to check
        for (String text : GradingGenerators.INVALID_DATE_TEXTS) {
            if (!text.equals("2026.02.30") && !text.equals("31 februari 2026")) {
                assertBothReject(definition(M, "action-plan", "actionItem"),
                        withField(item, "followUpDateAsWritten", JSON.write(text)), ActionItem.class);
                assertBothReject(definition(M, "action-plan", "actionItem"), withField(item, "dueAsWritten", JSON.write(text)),
                        ActionItem.class);
            }
        }
        // the typed fields hold ISO dates and ongoing only; words as written need their typed value
        assertBothReject(definition(M, "action-plan", "actionItem"), withField(item, "due", "\"2026.10.01\""),
                ActionItem.class);
        assertBothReject(definition(M, "action-plan", "actionItem"), withField(item, "followUpDate", "\"1 december 2026\""),
                ActionItem.class);
        assertBothReject(definition(M, "action-plan", "actionItem"),
                "{\"area\":\"d\",\"criterion\":\"D-08\",\"dueAsWritten\":\"Pågående\"}", ActionItem.class);
        assertBothReject(definition(M, "action-plan", "actionItem"), withField(item, "responsible", "\" + \""),
                ActionItem.class);
        assertBothReject(definition(M, "action-plan", "actionItem"), withField(item, "alsoAddresses", "[\"D-01\",\"D-01\"]"),
                ActionItem.class);
    }

    @Test
    void the_reason_schema_gives_each_label_its_keys() {
        // each code's parameters are checked by the reason texts' contract (GradingReasonTextsTest)
        JsonNode schema = SchemaCheck.node(id(M, "reasons"));
        assertEquals(labelKeys(Grade.class), texts(schema.path("$defs").path("gradeLabel").path("enum")));
        assertEquals(labelKeys(Regulation.class), texts(schema.path("$defs").path("regulation").path("enum")));
        assertEquals(labelKeys(CriterionKind.class), texts(schema.path("$defs").path("kind").path("enum")));
        assertEquals(labelKeys(CriterionOutcome.class), texts(schema.path("$defs").path("outcome").path("enum")));
        assertEquals(labelKeys(ItemPart.class), texts(schema.path("$defs").path("part").path("enum")));
    }

    @Test
    void a_reason_of_another_code_or_with_other_arguments_is_rejected_by_both() {
        String reason = JSON.write(Reason.of(GradeReason.OFF_SCALE, Grade.C, Grade.B));
        assertValid(definition(M, "reasons", "reason"), reason);
        assertBothReject(definition(M, "reasons", "reason"), withField(reason, "code", "\"grade.no-such-reason\""), Reason.class);
        assertBothReject(definition(M, "reasons", "reason"), withField(reason, "args", "{\"computed\":\"grade.c\"}"), Reason.class);
        assertBothReject(definition(M, "reasons", "reason"), withField(reason, "args", "{\"computed\":\"grade.c\",\"grade\":\"grade.e\"}"),
                Reason.class);
    }

    private static List<String> labelKeys(Class<? extends JsonEnum> type) {
        return java.util.Arrays.stream(type.getEnumConstants()).map(Renderer::labelKey).toList();
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new java.util.ArrayList<>();
        array.forEach(text -> texts.add(text.asString()));
        return texts;
    }

    @Test
    void a_unit_never_inspected_is_not_within_the_interval() {
        String never = "{\"unit\":\"clinic-7\",\"withinInterval\":false,\"reasons\":[" + JSON.write(
                Reason.of(IntervalReason.NEVER_INSPECTED, java.time.LocalDate.of(2026, 6, 30))) + "]}";
        assertValid(definition(M, "interval-compliance", "unitIntervalStatus"), never);
        assertBothReject(definition(M, "interval-compliance", "unitIntervalStatus"),
                withField(never, "withinInterval", "true"), UnitIntervalStatus.class);
        assertBothReject(definition(M, "interval-compliance", "unitIntervalStatus"),
                withField(never, "reasons", "[]"), UnitIntervalStatus.class);
        assertBothReject(definition(M, "interval-compliance", "unitIntervalStatus"),
                withField(never, "lastInspection", "\"2024-01-01\""), UnitIntervalStatus.class);
        assertBothReject(id(M, "unit-inspections"), "{\"unit\":\"clinic-7\",\"inspections\":[\"2024-1-1\"]}",
                UnitInspections.class);
    }
}
