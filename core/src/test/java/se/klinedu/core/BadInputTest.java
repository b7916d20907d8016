package se.klinedu.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import se.klinedu.core.crosswalk.NordicCrosswalk;
import se.klinedu.core.json.KlineduJson;
import se.klinedu.core.measure.Due;
import se.klinedu.core.measure.MeasureId;
import se.klinedu.core.measure.MeasurePlan;
import se.klinedu.core.measure.MeasureReport;
import se.klinedu.core.measure.MeasureStatus;
import se.klinedu.core.measure.PlannedMeasure;
import se.klinedu.core.organisation.OrganisationTree;
import se.klinedu.core.period.CalendarYear;
import se.klinedu.core.period.ReportingPeriod;
import se.klinedu.core.period.StrategyPeriod;
import se.klinedu.core.strategy.OrebroStrategy;
import se.klinedu.core.substrategy.HelseSorOstSubStrategy;
import se.klinedu.core.supervision.Roster;
import se.klinedu.core.supervision.StaffMember;
import se.klinedu.core.supervision.SupervisorTrainingCatalogue;
import se.klinedu.core.supervision.TrainingScope;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Bad input by class, for every entry point of core that reads data: {@link KlineduJson#read(String, Class)}
 * and {@link KlineduJson#read(java.io.InputStream, Class)} for core's document types, {@link KlineduJson#readList},
 * and the factories and builders of the value types. Each test checks the exception type and that the
 * message names the place: the JSON path or attribute, and for syntax errors the line and column.
 */
class BadInputTest {

    private static final KlineduJson JSON = KlineduJson.standard();
    /** A plain mapper to edit valid documents as trees. */
    private static final JsonMapper TREES = JsonMapper.builder().build();

    /** Asserts an {@link InvalidInputException} at a path, whose message reads {@code path: reason} with the fragment. */
    private static InvalidInputException assertRejected(Executable call, String path, String fragment) {
        InvalidInputException e = assertThrows(InvalidInputException.class, call);
        assertEquals(path, e.path(), e.getMessage());
        assertTrue(e.getMessage().startsWith(path + ": "), e.getMessage());
        assertTrue(e.reason().contains(fragment), () -> "expected \"" + fragment + "\" in: " + e.getMessage());
        return e;
    }

    /** {@return a valid value written as JSON, with an edit applied to its tree} */
    private static String edited(Object valid, Consumer<ObjectNode> edit) {
        ObjectNode tree = (ObjectNode) TREES.readTree(JSON.write(valid));
        edit.accept(tree);
        return tree.toString();
    }

    private static ObjectNode at(ObjectNode root, String pointer) {
        return (ObjectNode) root.at(pointer);
    }

    private static final String TREE = "{\"units\":[{\"id\":\"region\",\"name\":\"Region\",\"level\":\"hospital-or-region\"},"
            + "{\"id\":\"surgery\",\"name\":\"Kirurgi\",\"level\":\"clinic-or-health-centre\",\"parent\":\"region\"}]}";

    @Nested
    class MalformedSyntax {

        @Test
        void an_unclosed_object_is_rejected_at_the_root_naming_line_and_column() {
            assertRejected(() -> JSON.read("{\"numerator\":1,\n\"denominator\":2", Counts.class), "$", "line 2, column");
        }

        @Test
        void a_missing_colon_in_an_organisation_tree_names_line_and_column() {
            String document = TREE.replace("\"name\":\"Kirurgi\"", "\"name\" \"Kirurgi\"");

            assertRejected(() -> JSON.read(document, OrganisationTree.class), "$.units[1]", "(line 1, column ");
        }

        @Test
        void a_single_quoted_string_is_no_json() {
            assertRejected(() -> JSON.read("{'numerator':1,'denominator':2}", Counts.class), "$", "line 1, column 2");
        }

        @Test
        void an_empty_document_is_rejected() {
            assertRejected(() -> JSON.read("", Counts.class), "$", "No content");
        }

        @Test
        void a_list_that_is_not_an_array_is_rejected_at_the_root() {
            assertRejected(() -> JSON.readList("{\"numerator\":1,\"denominator\":2}", Counts.class), "$", "List");
        }
    }

    @Nested
    class WrongTypes {

        @Test
        void a_string_for_a_count_is_rejected_at_the_field() {
            assertRejected(() -> JSON.read("{\"numerator\":\"1\",\"denominator\":2}", Counts.class), "$.numerator", "String");
        }

        @Test
        void a_fraction_for_a_count_is_rejected_at_the_field() {
            assertRejected(() -> JSON.read("{\"numerator\":1.5,\"denominator\":2}", Counts.class), "$.numerator", "1.5");
        }

        @Test
        void a_number_for_a_name_is_rejected_at_the_field() {
            String document = TREE.replace("\"Kirurgi\"", "12");

            assertRejected(() -> JSON.read(document, OrganisationTree.class), "$.units[1].name", "Integer");
        }

        @Test
        void a_boolean_for_a_name_is_rejected_at_the_field() {
            String document = TREE.replace("\"Kirurgi\"", "true");

            assertRejected(() -> JSON.read(document, OrganisationTree.class), "$.units[1].name", "Boolean");
        }

        @Test
        void a_number_for_an_organisation_level_is_rejected_not_read_as_a_position() {
            String document = TREE.replace("\"clinic-or-health-centre\"", "1");

            assertRejected(() -> JSON.read(document, OrganisationTree.class), "$.units[1].level", "");
        }

        @Test
        void a_number_for_a_flag_is_rejected_not_read_as_false() {
            String document = edited(TrainingScope.builder().text(LocalizedText.swedish("Ca 5 timmar", "About 5 hours"))
                    .unit(se.klinedu.core.supervision.ScopeUnit.HOURS).min(BigDecimal.valueOf(5)).max(BigDecimal.valueOf(5))
                    .approximate(true).webBased(false).build(), tree -> tree.put("webBased", 0));

            assertRejected(() -> JSON.read(document, TrainingScope.class), "$.webBased", "Integer");
        }

        @Test
        void a_number_for_a_date_is_rejected_not_read_as_a_day_count() {
            String document = "{\"what\":\"Utbildning\",\"responsible\":[\"verksamhetschef\"],\"due\":\"2026-10-01\","
                    + "\"followUpDate\":20000}";

            assertRejected(() -> JSON.read(document, PlannedMeasure.class), "$.followUpDate", "LocalDate");
        }

        @Test
        void an_array_for_a_date_is_rejected_not_read_as_year_month_day() {
            String document = "{\"what\":\"Utbildning\",\"responsible\":[\"verksamhetschef\"],\"due\":\"2026-10-01\","
                    + "\"followUpDate\":[2026,12,1]}";

            assertRejected(() -> JSON.read(document, PlannedMeasure.class), "$.followUpDate", "LocalDate");
        }

        @Test
        void an_empty_array_for_an_optional_date_is_rejected_not_read_as_absent() {
            String document = "{\"what\":\"Utbildning\",\"responsible\":[\"verksamhetschef\"],\"due\":\"2026-10-01\","
                    + "\"followUpDate\":[]}";

            assertRejected(() -> JSON.read(document, PlannedMeasure.class), "$.followUpDate", "LocalDate");
        }

        @Test
        void a_date_that_does_not_exist_is_rejected_at_the_field() {
            String document = "{\"what\":\"Utbildning\",\"responsible\":[\"verksamhetschef\"],\"due\":\"2026-10-01\","
                    + "\"followUpDate\":\"2026-02-30\"}";

            assertRejected(() -> JSON.read(document, PlannedMeasure.class), "$.followUpDate", "2026-02-30");
        }

        @Test
        void an_object_for_a_list_is_rejected_at_the_field() {
            assertRejected(() -> JSON.read("{\"units\":{}}", OrganisationTree.class), "$.units", "List");
        }

        @Test
        void an_unknown_enum_code_is_rejected_naming_the_code() {
            String document = TREE.replace("\"clinic-or-health-centre\"", "\"CLINIC\"");

            assertRejected(() -> JSON.read(document, OrganisationTree.class), "$.units[1].level", "CLINIC");
        }
    }

    @Nested
    class MissingRequiredFields {

        @Test
        void counts_without_a_denominator_name_it() {
            assertRejected(() -> JSON.read("{\"numerator\":1}", Counts.class), "$.denominator", "is required");
        }

        @Test
        void a_unit_without_a_level_names_the_unit_and_the_field() {
            String document = TREE.replace(",\"level\":\"clinic-or-health-centre\"", "");

            assertRejected(() -> JSON.read(document, OrganisationTree.class), "$.units[1].level", "is required");
        }

        @Test
        void a_strategy_without_its_period_names_the_field() {
            String document = edited(OrebroStrategy.load(), tree -> tree.remove("period"));

            assertRejected(() -> JSON.read(document, OrebroStrategy.class), "$.period", "is required");
        }

        @Test
        void null_for_a_required_field_is_rejected_at_the_field() {
            assertRejected(() -> JSON.read("{\"numerator\":null,\"denominator\":2}", Counts.class), "$.numerator", "null");
        }
    }

    @Nested
    class UnknownFields {

        @Test
        void an_unknown_field_deep_in_the_strategy_is_rejected_at_its_path() {
            String document = edited(OrebroStrategy.load(), tree -> at(tree, "/overallGoals/1/effectGoals/2").put("weight", 3));

            assertRejected(() -> JSON.read(document, OrebroStrategy.class), "$.overallGoals[1].effectGoals[2].weight",
                    "unknown field");
        }

        @Test
        void an_unknown_field_in_a_crosswalk_link_is_rejected_at_its_path() {
            String document = edited(NordicCrosswalk.load(), tree -> at(tree, "/links/0").put("strength", "high"));

            assertRejected(() -> JSON.read(document, NordicCrosswalk.class), "$.links[0].strength", "unknown field");
        }
    }

    @Nested
    class SharesOutsideZeroToOne {

        @Test
        void a_threshold_above_one_hundred_percent_is_rejected_in_json_and_in_java() {
            assertRejected(() -> JSON.read("{\"comparison\":\"more-than\",\"percent\":100.5}", Threshold.class), "$.percent", "0..100");
            assertRejected(() -> Threshold.of(Comparison.MORE_THAN, new BigDecimal("100.5")), "percent", "0..100");
        }

        @Test
        void a_negative_threshold_is_rejected_in_json_and_in_java() {
            assertRejected(() -> JSON.read("{\"comparison\":\"at-least\",\"percent\":-1}", Threshold.class), "$.percent", "0..100");
            assertRejected(() -> Threshold.atLeast(-1), "percent", "0..100");
        }

        @Test
        void a_share_of_a_numerator_above_its_denominator_cannot_be_built() {
            assertRejected(() -> Counts.of(3, 2), "numerator", "must be 0..2, was 3");
        }
    }

    @Nested
    class NegativeCounts {

        @Test
        void a_negative_numerator_is_rejected_in_json_and_in_java() {
            assertRejected(() -> JSON.read("{\"numerator\":-1,\"denominator\":2}", Counts.class), "$.numerator", "was -1");
            assertRejected(() -> Counts.of(-1, 2), "numerator", "was -1");
        }

        @Test
        void a_negative_denominator_is_rejected_in_json_and_in_java() {
            assertRejected(() -> JSON.read("{\"numerator\":0,\"denominator\":-2}", Counts.class), "$.denominator", "was -2");
            assertRejected(() -> Counts.of(0, -2), "denominator", "was -2");
        }

        @Test
        void a_review_interval_of_no_years_is_rejected_at_its_path() {
            String document = edited(OrebroStrategy.load(), tree -> at(tree, "/recurringReviews/0").put("intervalYears", 0));

            assertRejected(() -> JSON.read(document, OrebroStrategy.class), "$.recurringReviews[0].intervalYears", "was 0");
        }

        @Test
        void a_count_past_a_long_is_rejected_at_the_field() {
            assertRejected(() -> JSON.read("{\"numerator\":1,\"denominator\":9223372036854775808}", Counts.class),
                    "$.denominator", "out of range");
        }
    }

    @Nested
    class NumeratorAboveDenominator {

        @Test
        void counts_in_json_are_rejected_at_the_numerator() {
            assertRejected(() -> JSON.read("{\"numerator\":51,\"denominator\":50}", Counts.class), "$.numerator",
                    "must be 0..50, was 51");
        }

        @Test
        void counts_in_a_list_are_rejected_at_the_element() {
            assertRejected(() -> JSON.readList("[{\"numerator\":1,\"denominator\":2},{\"numerator\":5,\"denominator\":4}]",
                    Counts.class), "$[1].numerator", "must be 0..4, was 5");
        }
    }

    @Nested
    class UnknownIds {

        @Test
        void a_parent_that_is_not_in_the_tree_is_rejected_at_the_unit() {
            String document = TREE.replace("\"parent\":\"region\"", "\"parent\":\"hospital\"");

            assertRejected(() -> JSON.read(document, OrganisationTree.class), "$.units[1].parent", "is not a unit of the tree");
        }

        @Test
        void a_report_on_a_measure_the_plan_lacks_is_rejected_naming_the_report() {
            MeasurePlan plan = HelseSorOstSubStrategy.load().measurePlan();
            MeasureReport report = MeasureReport.builder().measure(MeasureId.of("HSO9.M1")).status(MeasureStatus.ONGOING)
                    .addResponsible("HSØ").due(Due.ongoing()).startedOn(LocalDate.of(2023, 1, 1)).build();

            assertRejected(() -> plan.progressAt(List.of(report), LocalDate.of(2024, 1, 1)), "reports[0].measure",
                    "is not a measure of the plan, was HSO9.M1");
        }

        @Test
        void a_role_needing_a_training_the_catalogue_lacks_is_rejected_at_its_path() {
            String document = edited(SupervisorTrainingCatalogue.load("stockholm"),
                    tree -> ((ArrayNode) tree.at("/roles/0/trainings")).set(0, "no-such-training"));

            InvalidInputException e = assertThrows(InvalidInputException.class,
                    () -> JSON.read(document, SupervisorTrainingCatalogue.class));
            assertTrue(e.path().startsWith("$.roles"), e.getMessage());
            assertTrue(e.getMessage().contains("no-such-training"), e.getMessage());
        }

        @Test
        void an_id_of_the_wrong_format_is_rejected_at_its_path() {
            String document = TREE.replace("\"surgery\"", "\"kirurgi och ortopedi\"");

            assertRejected(() -> JSON.read(document, OrganisationTree.class), "$.units[1].id", "kirurgi och ortopedi");
        }
    }

    @Nested
    class DuplicateIds {

        @Test
        void two_units_with_one_id_are_rejected_at_the_second() {
            String document = TREE.replace("]}", ",{\"id\":\"surgery\",\"name\":\"Ortopedi\",\"level\":\"work-team\","
                    + "\"parent\":\"region\"}]}");

            assertRejected(() -> JSON.read(document, OrganisationTree.class), "$.units[2].id", "duplicate id");
        }

        @Test
        void two_staff_members_with_one_id_are_rejected_at_the_second() {
            String document = "{\"staff\":[{\"id\":\"s-1\",\"completedTrainings\":[]},{\"id\":\"s-1\",\"completedTrainings\":[]}]}";

            assertRejected(() -> JSON.read(document, Roster.class), "$.staff[1]", "duplicate id");
        }

        @Test
        void a_training_completed_twice_is_rejected_not_silently_merged() {
            String document = "{\"id\":\"s-1\",\"completedTrainings\":[\"stepping-stones\",\"stepping-stones\"]}";

            assertRejected(() -> JSON.read(document, StaffMember.class), "$.completedTrainings[1]", "duplicate element, was stepping-stones");
        }

        @Test
        void two_effect_goals_with_one_id_are_rejected_at_their_path() {
            String document = edited(OrebroStrategy.load(), tree -> at(tree, "/overallGoals/0/effectGoals/1").put("id", "1.1"));

            InvalidInputException e = assertThrows(InvalidInputException.class, () -> JSON.read(document, OrebroStrategy.class));
            assertTrue(e.path().startsWith("$.overallGoals"), e.getMessage());
            assertTrue(e.getMessage().contains("1.1"), e.getMessage());
        }

        @Test
        void a_measure_in_two_areas_of_a_plan_is_rejected_at_the_second() {
            String document = "{\"areas\":[{\"id\":\"A1\",\"measures\":[\"A1.M1\"]},{\"id\":\"A2\",\"measures\":[\"A1.M1\"]}]}";

            assertRejected(() -> JSON.read(document, MeasurePlan.class), "$.measures[1]", "duplicate id");
        }

        @Test
        void two_reports_on_one_measure_are_rejected_naming_both() {
            MeasurePlan plan = HelseSorOstSubStrategy.load().measurePlan();
            MeasureId measure = plan.measures().get(0);
            MeasureReport report = MeasureReport.builder().measure(measure).status(MeasureStatus.NOT_STARTED)
                    .addResponsible("HSØ").due(Due.ongoing()).build();

            assertRejected(() -> plan.progressAt(List.of(report, report), LocalDate.of(2024, 1, 1)), "reports[1].measure",
                    "repeats reports[0]");
        }
    }

    @Nested
    class InvertedDates {

        @Test
        void a_strategy_period_ending_before_it_starts_is_rejected_in_json_and_in_java() {
            String document = edited(OrebroStrategy.load(), tree -> at(tree, "/period").put("lastYear", 2020));

            assertRejected(() -> JSON.read(document, OrebroStrategy.class), "$.period.lastYear", "must not be before firstYear 2021");
            assertRejected(() -> StrategyPeriod.of(2030, 2021), "lastYear", "must not be before firstYear 2030");
        }

        @Test
        void a_follow_up_date_before_the_due_date_is_rejected_in_json_and_in_java() {
            String document = "{\"what\":\"Utbildning\",\"responsible\":[\"verksamhetschef\"],\"due\":\"2026-10-01\","
                    + "\"followUpDate\":\"2026-09-30\"}";

            assertRejected(() -> JSON.read(document, PlannedMeasure.class), "$.followUpDate", "2026-10-01");
            assertRejected(() -> PlannedMeasure.builder().what("Utbildning").addResponsible("verksamhetschef")
                    .due(Due.on(LocalDate.of(2026, 10, 1))).followUpDate(LocalDate.of(2026, 9, 30)).build(),
                    "followUpDate", "must not be before the due date 2026-10-01");
        }

        @Test
        void a_measure_done_before_it_started_is_rejected_at_the_done_date() {
            String document = "{\"measure\":\"HSO1.M1\",\"status\":\"done\",\"responsible\":[\"HSØ\"],\"due\":\"ongoing\","
                    + "\"startedOn\":\"2024-05-01\",\"doneOn\":\"2024-04-30\"}";

            assertRejected(() -> JSON.read(document, MeasureReport.class), "$.doneOn", "must not be before the start date 2024-05-01");
        }

        @Test
        void a_scope_whose_maximum_is_below_its_minimum_is_rejected_at_the_maximum() {
            String document = edited(SupervisorTrainingCatalogue.load("stockholm"), tree -> at(tree, "/trainings/1/scope").put("max", 1));

            InvalidInputException e = assertThrows(InvalidInputException.class,
                    () -> JSON.read(document, SupervisorTrainingCatalogue.class));
            assertTrue(e.path().startsWith("$.trainings[1].scope"), e.getMessage());
        }
    }

    @Nested
    class PeriodsOutsideTheStrategy {

        @Test
        void a_year_without_four_digits_is_rejected_in_json_and_in_java() {
            assertRejected(() -> JSON.read("\"999\"", ReportingPeriod.class), "$", "999");
            assertRejected(() -> CalendarYear.of(10_000), "year", "10000");
        }

        @Test
        void a_term_that_is_neither_vt_nor_ht_is_rejected_naming_the_code() {
            assertRejected(() -> JSON.read("\"ST2025\"", ReportingPeriod.class), "$", "ST2025");
        }

        @Test
        void the_strategy_period_tells_a_period_outside_2021_to_2030() {
            // core has no entry point that takes observed periods; ObservationReader and FollowUpReport
            // (indicators) reject periods outside the strategy with this test of StrategyPeriod
            StrategyPeriod strategy = OrebroStrategy.load().period();

            assertTrue(strategy.contains(CalendarYear.of(2021)) && strategy.contains(CalendarYear.of(2030)));
            assertTrue(!strategy.contains(CalendarYear.of(2020)) && !strategy.contains(CalendarYear.of(2031)));
        }
    }

    @Nested
    class OversizeInput {

        @Test
        void a_document_longer_than_the_limit_is_rejected() {
            int padding = (int) KlineduJson.MAX_DOCUMENT_LENGTH;
            byte[] document = ("{\"numerator\":1," + " ".repeat(padding) + "\"denominator\":2}").getBytes(StandardCharsets.UTF_8);

            InvalidInputException e = assertThrows(InvalidInputException.class,
                    () -> JSON.read(new ByteArrayInputStream(document), Counts.class));
            assertTrue(e.getMessage().startsWith("$"), e.getMessage());
            assertTrue(e.reason().contains("read limit") && e.reason().contains("Document length"), e.getMessage());
        }

        @Test
        void a_name_longer_than_the_string_limit_is_rejected_at_its_path() {
            String document = TREE.replace("\"Kirurgi\"", "\"" + "K".repeat(KlineduJson.MAX_STRING_LENGTH + 1) + "\"");

            assertRejected(() -> JSON.read(document, OrganisationTree.class), "$.units[1].name", "read limit");
        }

        @Test
        void a_number_longer_than_the_limit_is_rejected_at_its_path() {
            String document = "{\"numerator\":1,\"denominator\":" + "9".repeat(KlineduJson.MAX_NUMBER_LENGTH + 1) + "}";

            assertRejected(() -> JSON.read(document, Counts.class), "$.denominator", "read limit");
        }

        @Test
        void a_field_name_longer_than_the_limit_is_rejected() {
            String document = "{\"" + "n".repeat(KlineduJson.MAX_NAME_LENGTH + 1) + "\":1}";

            InvalidInputException e = assertThrows(InvalidInputException.class, () -> JSON.read(document, Counts.class));
            assertTrue(e.getMessage().startsWith("$"), e.getMessage());
            assertTrue(e.reason().contains("read limit"), e.getMessage());
        }

        @Test
        void nesting_deeper_than_the_limit_in_a_list_field_is_rejected() {
            int depth = KlineduJson.MAX_NESTING_DEPTH + 1;
            String document = "{\"units\":" + "[".repeat(depth) + "]".repeat(depth) + "}";

            InvalidInputException e = assertThrows(InvalidInputException.class, () -> JSON.read(document, OrganisationTree.class));
            assertTrue(e.path().startsWith("$.units"), e.getMessage());
        }
    }

    @Nested
    class NonUtf8Bytes {

        @Test
        void latin_1_text_is_rejected_naming_line_and_column() {
            byte[] document = TREE.replace("Kirurgi", "Kirurgi för barn").getBytes(StandardCharsets.ISO_8859_1);

            InvalidInputException e = assertThrows(InvalidInputException.class,
                    () -> JSON.read(new ByteArrayInputStream(document), OrganisationTree.class));
            assertTrue(e.getMessage().startsWith("$"), e.getMessage());
            assertTrue(e.reason().contains("UTF-8") && e.reason().contains("(line 1, column "), e.getMessage());
        }

        @Test
        void a_truncated_multi_byte_character_is_rejected() {
            byte[] valid = "{\"language\":\"sv\",\"original\":\"ö\",\"english\":\"o\"}".getBytes(StandardCharsets.UTF_8);
            byte[] document = new byte[valid.length - 1];
            int umlaut = new String(valid, StandardCharsets.UTF_8).indexOf('ö');
            System.arraycopy(valid, 0, document, 0, umlaut + 1);
            System.arraycopy(valid, umlaut + 2, document, umlaut + 1, valid.length - umlaut - 2);

            InvalidInputException e = assertThrows(InvalidInputException.class,
                    () -> JSON.read(new ByteArrayInputStream(document), LocalizedText.class));
            assertTrue(e.reason().contains("UTF-8"), e.getMessage());
        }
    }

    @Nested
    class Builders {

        @Test
        void a_builder_missing_a_required_attribute_names_it() {
            assertRejected(() -> PlannedMeasure.builder().what("Utbildning").build(), "due", "is required");
        }

        @Test
        void a_blank_text_is_rejected_naming_the_attribute() {
            assertRejected(() -> LocalizedText.swedish(" ", "x"), "original", "must not be blank");
        }

        @Test
        void a_staff_member_built_in_java_keeps_its_set_of_trainings() {
            StaffMember member = StaffMember.of(se.klinedu.core.supervision.StaffId.of("s-1"), Set.of());

            assertEquals(Set.of(), member.completedTrainings());
        }
    }
}
