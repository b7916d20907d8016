package se.klinedu.grading;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import se.klinedu.core.InvalidInputException;
import se.klinedu.core.json.KlineduJson;
import se.klinedu.grading.actionplan.InspectionReport;
import se.klinedu.grading.assessment.Assessment;
import se.klinedu.grading.assessment.CriterionOutcome;
import se.klinedu.grading.assessment.Grades;
import se.klinedu.grading.assessment.GradingPolicy;
import se.klinedu.grading.criteria.CriterionId;
import se.klinedu.grading.criteria.SpurModel;
import se.klinedu.grading.interval.InspectionIntervalPolicy;
import se.klinedu.grading.interval.IntervalCompliance;
import se.klinedu.grading.interval.UnitInspections;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Bad input by class for grading's entry points: {@code KlineduJson} reading the SPUR model, inspection reports
 * (assessment and action plan), interval policies and inspections; {@link Grades#inspect} against the model; and
 * {@link IntervalCompliance#at}. Each test checks the exception type and that the message names the JSON path
 * or attribute (and for syntax errors the line and column).
 */
class BadInputTest {

    private static final KlineduJson JSON = KlineduJson.standard();
    private static final JsonMapper TREES = JsonMapper.builder().build();
    private static final InspectionReport EXAMPLE = InspectionReport.load();

    private static void assertRejected(Executable call, String path, String fragment) {
        InvalidInputException e = assertThrows(InvalidInputException.class, call);
        assertEquals(path, e.path(), e.getMessage());
        assertTrue(e.getMessage().startsWith(path + ": "), e.getMessage());
        assertTrue(e.reason().contains(fragment), () -> "expected \"" + fragment + "\" in: " + e.getMessage());
    }

    /** {@return the worked example as JSON with an edit applied to its tree} */
    private static String example(Consumer<ObjectNode> edit) {
        ObjectNode tree = (ObjectNode) TREES.readTree(JSON.write(EXAMPLE));
        edit.accept(tree);
        return tree.toString();
    }

    private static ObjectNode at(ObjectNode root, String pointer) {
        return (ObjectNode) root.at(pointer);
    }

    @Nested
    class InspectionReports {

        @Test
        void a_truncated_report_is_rejected_naming_line_and_column() {
            String document = JSON.write(EXAMPLE);

            InvalidInputException e = assertThrows(InvalidInputException.class,
                    () -> JSON.read(document.substring(0, document.length() / 2), InspectionReport.class));
            assertTrue(e.getMessage().startsWith("$.actionPlan") && e.reason().contains("end-of-input")
                    && e.reason().contains("(line 1, column "), e.getMessage());
        }

        @Test
        void a_string_for_the_regulations_is_rejected_at_the_field() {
            String document = example(tree -> at(tree, "/assessment").put("regulations", "SOSFS 2015:8"));

            assertRejected(() -> JSON.read(document, InspectionReport.class), "$.assessment.regulations", "");
        }

        @Test
        void an_assessment_without_its_unit_names_the_field() {
            String document = example(tree -> at(tree, "/assessment").remove("unit"));

            assertRejected(() -> JSON.read(document, InspectionReport.class), "$.assessment.unit", "is required");
        }

        @Test
        void a_unit_named_in_words_rather_than_by_its_id_is_rejected_at_the_field() {
            String document = example(tree -> at(tree, "/assessment").put("unit", "Kvinnokliniken, Region Sörmland"));

            assertRejected(() -> JSON.read(document, InspectionReport.class), "$.assessment.unit",
                    "must be 1 to 64 letters, digits or . _ : - starting with a letter or digit");
        }

        @Test
        void an_unknown_field_in_an_action_item_is_rejected_at_its_path() {
            String document = example(tree -> at(tree, "/actionPlan/items/3").put("priority", 1));

            assertRejected(() -> JSON.read(document, InspectionReport.class), "$.actionPlan.items[3].priority", "unknown field");
        }

        @Test
        void an_unknown_outcome_code_is_rejected_naming_the_code() {
            String document = example(tree -> at(tree, "/assessment/outcomes/0").put("outcome", "half-met"));

            assertRejected(() -> JSON.read(document, InspectionReport.class), "$.assessment.outcomes[0].outcome", "half-met");
        }

        @Test
        void a_criterion_id_of_the_wrong_format_is_rejected_at_its_path() {
            String document = example(tree -> at(tree, "/assessment/outcomes/0").put("criterion", "A1"));

            assertRejected(() -> JSON.read(document, InspectionReport.class), "$.assessment.outcomes[0].criterion", "A1");
        }

        @Test
        void a_criterion_assessed_twice_is_rejected_at_the_second() {
            String document = example(tree -> at(tree, "/assessment/outcomes/1").put("criterion", "A-01"));

            assertRejected(() -> JSON.read(document, InspectionReport.class), "$.assessment.outcomes[1]", "duplicate id");
        }

        @Test
        void a_regulation_listed_twice_is_rejected_not_silently_merged() {
            String document = example(tree -> tree.withArray("/assessment/regulations").add("sosfs-2015-8"));

            assertRejected(() -> JSON.read(document, InspectionReport.class), "$.assessment.regulations[2]", "duplicate element");
        }

        @Test
        void an_action_items_criterion_of_another_area_is_rejected_at_the_item() {
            String document = example(tree -> at(tree, "/actionPlan/items/0").put("criterion", "B-01"));

            assertRejected(() -> JSON.read(document, InspectionReport.class), "$.actionPlan.items[0].criterion",
                    "must be a criterion of area A");
        }

        @Test
        void a_follow_up_date_before_the_due_date_is_rejected_at_the_item() {
            String document = example(tree -> at(tree, "/actionPlan/items/0").put("followUpDate", "2026-09-30")
                    .put("followUpDateAsWritten", "2026.09.30"));

            assertRejected(() -> JSON.read(document, InspectionReport.class), "$.actionPlan.items[0].followUpDate",
                    "must not be before the due date 2026-10-01");
        }

        @Test
        void a_due_date_that_does_not_exist_is_rejected_at_the_item() {
            String document = example(tree -> at(tree, "/actionPlan/items/0").put("due", "2026-02-30"));

            assertRejected(() -> JSON.read(document, InspectionReport.class), "$.actionPlan.items[0].due", "2026-02-30");
        }

        @Test
        void a_due_date_as_written_that_does_not_exist_is_rejected_at_its_field() {
            String document = example(tree -> at(tree, "/actionPlan/items/0").put("dueAsWritten", "2026.02.30"));

            assertRejected(() -> JSON.read(document, InspectionReport.class), "$.actionPlan.items[0].dueAsWritten",
                    "must be ongoing (Pågående) or a date such as 2026.10.01, 2026-10-01 or 1 april 2026, was 2026.02.30");
        }

        @Test
        void a_due_date_in_the_reports_words_is_not_read_as_a_typed_date() {
            String document = example(tree -> at(tree, "/actionPlan/items/0").put("due", "2026.10.01"));

            assertRejected(() -> JSON.read(document, InspectionReport.class), "$.actionPlan.items[0].due",
                    "must be an ISO date such as 2026-10-01 or ongoing");
        }

        @Test
        void a_strength_longer_than_the_string_limit_is_rejected_at_its_path() {
            String document = example(tree -> tree.withArray("/assessment/strengths")
                    .set(0, "s".repeat(KlineduJson.MAX_STRING_LENGTH + 1)));

            assertRejected(() -> JSON.read(document, InspectionReport.class), "$.assessment.strengths[0]", "read limit");
        }

        @Test
        void latin_1_bytes_are_rejected_naming_line_and_column() {
            byte[] document = JSON.write(EXAMPLE).getBytes(StandardCharsets.ISO_8859_1);

            InvalidInputException e = assertThrows(InvalidInputException.class,
                    () -> JSON.read(new ByteArrayInputStream(document), InspectionReport.class));
            assertTrue(e.getMessage().startsWith("$") && e.reason().contains("UTF-8") && e.reason().contains("(line 1, column "),
                    e.getMessage());
        }
    }

    @Nested
    class SpurModels {

        @Test
        void a_criterion_of_the_model_with_an_unknown_area_is_rejected_at_its_path() {
            ObjectNode tree = (ObjectNode) TREES.readTree(JSON.write(SpurModel.load()));
            at(tree, "/criteria/0").put("area", "Z");

            assertRejected(() -> JSON.read(tree.toString(), SpurModel.class), "$.criteria[0].area", "Z");
        }

        @Test
        void an_assessment_of_a_criterion_the_model_lacks_is_rejected_naming_the_outcome() {
            Assessment assessment = EXAMPLE.assessment().withOutcome(CriterionId.of("A-99"), CriterionOutcome.MET);
            int index = assessment.outcomes().size() - 1;

            assertRejected(() -> Grades.inspect(SpurModel.load(), assessment, GradingPolicy.standard()),
                    "outcomes[" + index + "].criterion", "is not a criterion of the SPUR model");
        }
    }

    @Nested
    class Intervals {

        @Test
        void an_interval_of_no_years_is_rejected_in_json_and_in_java() {
            assertRejected(() -> JSON.read("{\"intervalYears\":0}", InspectionIntervalPolicy.class), "$.intervalYears",
                    "must be positive");
            assertRejected(() -> InspectionIntervalPolicy.of(-1), "intervalYears", "must be positive");
        }

        @Test
        void a_fraction_of_a_year_is_rejected_at_the_field() {
            assertRejected(() -> JSON.read("{\"intervalYears\":4.5}", InspectionIntervalPolicy.class), "$.intervalYears", "4.5");
        }

        @Test
        void a_number_for_an_inspection_date_is_rejected_not_read_as_a_day_count() {
            assertRejected(() -> JSON.read("{\"unit\":\"u-1\",\"inspections\":[20000]}", UnitInspections.class),
                    "$.inspections[0]", "LocalDate");
        }

        @Test
        void a_unit_listed_twice_is_rejected() {
            UnitInspections unit = UnitInspections.of(se.klinedu.core.organisation.OrganisationUnitId.of("u-1"),
                    List.of(LocalDate.of(2020, 3, 1)));

            InvalidInputException e = assertThrows(InvalidInputException.class,
                    () -> IntervalCompliance.at(List.of(unit, unit), LocalDate.of(2024, 1, 1), InspectionIntervalPolicy.of(5)));
            assertTrue(e.path().startsWith("units"), e.getMessage());
        }
    }
}
