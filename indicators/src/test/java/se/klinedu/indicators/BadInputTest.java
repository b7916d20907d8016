package se.klinedu.indicators;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.InputStreamReader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import se.klinedu.core.InvalidInputException;
import se.klinedu.core.json.KlineduJson;
import se.klinedu.core.organisation.OrganisationTree;
import se.klinedu.core.period.CalendarYear;
import se.klinedu.indicators.evaluation.EvaluationPolicy;
import se.klinedu.indicators.observation.ObservationBatch;
import se.klinedu.indicators.observation.ObservationProblem;
import se.klinedu.indicators.observation.ObservationReader;
import se.klinedu.indicators.observation.ObservationSet;
import se.klinedu.indicators.report.FollowUpReport;
import se.klinedu.indicators.report.FollowUpRequest;
import se.klinedu.indicators.statistics.ConfidenceLevel;
import se.klinedu.indicators.target.IndicatorCatalogue;

/**
 * Bad input by class for indicators' entry points. {@link ObservationReader} (CSV and JSON) reports problems in
 * its batch, as its Javadoc documents, each naming the line and column or the JSON path; {@code KlineduJson} and
 * the factories throw {@link InvalidInputException} naming the JSON path or attribute.
 */
class BadInputTest {

    private static final IndicatorCatalogue OREBRO = IndicatorCatalogue.load("orebro");
    private static final ObservationReader READER = ObservationReader.of(OREBRO);
    private static final KlineduJson JSON = KlineduJson.standard();
    private static final String HEADER = ObservationReader.CSV_HEADER + "\n";

    private static ObservationProblem onlyProblem(ObservationBatch batch) {
        assertEquals(1, batch.problems().size(), batch.problems().toString());
        assertEquals(List.of(), batch.observations());
        return batch.problems().get(0);
    }

    private static void assertProblem(ObservationBatch batch, String location, String fragment) {
        ObservationProblem problem = onlyProblem(batch);
        assertEquals(location, problem.location(), problem.toString());
        assertTrue(problem.reason().contains(fragment), () -> "expected \"" + fragment + "\" in: " + problem);
    }

    private static void assertRejected(Executable call, String path, String fragment) {
        InvalidInputException e = assertThrows(InvalidInputException.class, call);
        assertEquals(path, e.path(), e.getMessage());
        assertTrue(e.getMessage().startsWith(path + ": "), e.getMessage());
        assertTrue(e.reason().contains(fragment), () -> "expected \"" + fragment + "\" in: " + e.getMessage());
    }

    @Nested
    class ObservationReaderCsv {

        @Test
        void a_missing_header_is_a_problem_at_line_1() {
            assertProblem(READER.readCsv("1.6.1,region,2024,46,50,,,\n"), "line 1, column 1 (1.6.1)",
                    "is not a column of observations");
        }

        @Test
        void a_header_without_a_unit_column_is_a_problem_at_line_1_naming_the_column() {
            assertProblem(READER.readCsv("indicator,period,numerator,denominator\n1.6.1,2024,46,50\n"), "line 1",
                    "needs a column of the unit, headed unit");
        }

        @Test
        void malformed_quoting_is_a_problem_naming_the_line() {
            ObservationBatch batch = READER.readCsv(HEADER + "1.6.1,region,2024,46,50,,,\n\"1.6.2,region,2024,1,2,,,\n");

            assertTrue(batch.problems().stream().anyMatch(p -> p.location().startsWith("line ")), batch.problems().toString());
            assertEquals(List.of(), batch.observations());
        }

        @Test
        void a_row_with_a_cell_missing_is_a_problem_at_its_line() {
            assertProblem(READER.readCsv(HEADER + "1.6.1,region,2024,46,50,,\n"), "line 2", "must have 8 cells");
        }

        @Test
        void a_word_for_a_count_is_a_problem_at_its_cell() {
            assertProblem(READER.readCsv(HEADER + "1.6.1,region,2024,many,50,,,\n"), "line 2, column 4 (numerator)",
                    "must be a whole number");
        }

        @Test
        void a_fraction_for_a_count_is_a_problem_at_its_cell() {
            assertProblem(READER.readCsv(HEADER + "1.6.1,region,2024,4.5,50,,,\n"), "line 2, column 4 (numerator)", "4.5");
        }

        @Test
        void a_negative_count_is_a_problem_at_its_cell() {
            assertProblem(READER.readCsv(HEADER + "1.6.1,region,2024,-1,50,,,\n"), "line 2, column 4 (numerator)", "-1");
            assertProblem(READER.readCsv(HEADER + "1.6.1,region,2024,0,-5,,,\n"), "line 2, column 5 (denominator)", "-5");
        }

        @Test
        void a_numerator_above_its_denominator_is_a_problem_at_the_numerator() {
            assertProblem(READER.readCsv(HEADER + "1.6.1,region,2024,51,50,,,\n"), "line 2, column 4 (numerator)",
                    "must be 0..50, was 51");
        }

        @Test
        void a_count_past_a_long_is_a_problem_at_its_cell() {
            assertProblem(READER.readCsv(HEADER + "1.6.1,region,2024,1,9223372036854775808,,,\n"),
                    "line 2, column 5 (denominator)", "must be a whole number");
        }

        @Test
        void an_indicator_the_catalogue_lacks_is_a_problem_at_its_line() {
            assertProblem(READER.readCsv(HEADER + "9.9.9,region,2024,46,50,,,\n"), "line 2", "9.9.9 is not in the catalogue");
        }

        @Test
        void a_repeated_row_is_a_problem_naming_the_first() {
            ObservationBatch batch = READER.readCsv(HEADER + "1.6.1,region,2024,46,50,,,\n1.6.1,region,2024,40,50,,,\n");

            assertEquals(1, batch.problems().size(), batch.problems().toString());
            assertEquals("line 3", batch.problems().get(0).location());
            assertTrue(batch.problems().get(0).reason().contains("as line 2"), batch.problems().toString());
        }

        @Test
        void a_period_outside_the_strategy_is_a_problem_at_its_line() {
            assertProblem(READER.readCsv(HEADER + "1.6.1,region,2020,46,50,,,\n"), "line 2", "outside the strategy period");
            assertProblem(READER.readCsv(HEADER + "1.6.1,region,VT2031,46,50,,,\n"), "line 2", "outside the strategy period");
        }

        @Test
        void a_period_that_is_no_period_is_a_problem_at_its_cell() {
            assertProblem(READER.readCsv(HEADER + "1.6.1,region,Q1-2024,46,50,,,\n"), "line 2, column 3 (period)", "Q1-2024");
        }

        @Test
        void a_done_milestone_without_a_date_is_a_problem_at_the_date() {
            assertProblem(READER.readCsv(HEADER + "1.2.1,region,2024,,,true,,\n"), "line 2, column 7 (date)", "is required");
        }

        @Test
        void a_date_that_does_not_exist_is_a_problem_at_its_cell() {
            assertProblem(READER.readCsv(HEADER + "1.2.1,region,2024,,,true,2024-02-30,\n"), "line 2, column 7 (date)",
                    "2024-02-30");
        }

        @Test
        void a_unit_id_longer_than_ids_may_be_is_a_problem_at_its_cell() {
            assertProblem(READER.readCsv(HEADER + "1.6.1," + "u".repeat(100_000) + ",2024,46,50,,,\n"),
                    "line 2, column 2 (unit)", "must be 1 to 64");
        }

        @Test
        void bytes_that_are_no_utf_8_are_a_problem_when_the_caller_decodes_strictly() {
            byte[] csv = (HEADER + "1.6.1,avdelning-ö,2024,46,50,,,\n").getBytes(StandardCharsets.ISO_8859_1);
            InputStreamReader strict = new InputStreamReader(new ByteArrayInputStream(csv), StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT));

            ObservationProblem problem = onlyProblem(READER.readCsv(strict));
            assertTrue(problem.location().startsWith("line ") || problem.location().equals("CSV"), problem.toString());
            assertTrue(problem.reason().contains("cannot be read"), problem.toString());
        }

        @Test
        void bytes_that_are_no_utf_8_decoded_leniently_leave_a_replacement_character_that_no_id_accepts() {
            byte[] csv = (HEADER + "1.6.1,avdelning-ö,2024,46,50,,,\n").getBytes(StandardCharsets.ISO_8859_1);

            assertProblem(READER.readCsv(new String(csv, StandardCharsets.UTF_8)), "line 2, column 2 (unit)", "avdelning-");
        }
    }

    @Nested
    class ObservationReaderJson {

        @Test
        void malformed_json_is_one_problem_naming_line_and_column() {
            assertProblem(READER.readJson("[{\"indicator\":\"1.6.1\","), "$[0]", "(line 1, column ");
        }

        @Test
        void a_missing_field_is_a_problem_at_the_item() {
            ObservationProblem problem = onlyProblem(READER.readJson("[{\"indicator\":\"1.6.1\",\"unit\":\"region\","
                    + "\"counts\":{\"numerator\":1,\"denominator\":2}}]"));
            assertEquals("$[0].period", problem.location(), problem.toString());
            assertEquals("is required", problem.reason(), problem.toString());
        }

        @Test
        void an_unknown_field_is_a_problem_at_its_path() {
            assertProblem(READER.readJson("[{\"indicator\":\"1.6.1\",\"unit\":\"region\",\"period\":\"2024\","
                    + "\"counts\":{\"numerator\":1,\"denominator\":2,\"weight\":1}}]"), "$[0].counts.weight", "unknown field");
        }

        @Test
        void a_string_for_a_count_is_a_problem_at_its_path() {
            assertProblem(READER.readJson("[{\"indicator\":\"1.6.1\",\"unit\":\"region\",\"period\":\"2024\","
                    + "\"counts\":{\"numerator\":\"1\",\"denominator\":2}}]"), "$[0].counts.numerator", "String");
        }

        @Test
        void a_numerator_above_its_denominator_is_a_problem_at_its_path() {
            assertProblem(READER.readJson("[{\"indicator\":\"1.6.1\",\"unit\":\"region\",\"period\":\"2024\","
                    + "\"counts\":{\"numerator\":3,\"denominator\":2}}]"), "$[0].counts.numerator", "must be 0..2, was 3");
        }

        @Test
        void a_period_outside_the_strategy_is_a_problem_at_the_item() {
            assertProblem(READER.readJson("[{\"indicator\":\"1.6.1\",\"unit\":\"region\",\"period\":\"2031\","
                    + "\"counts\":{\"numerator\":1,\"denominator\":2}}]"), "$[0]", "outside the strategy period");
        }

        @Test
        void nesting_past_the_limit_is_one_problem() {
            int depth = KlineduJson.MAX_NESTING_DEPTH + 1;
            ObservationProblem problem = onlyProblem(READER.readJson("[".repeat(depth) + "]".repeat(depth)));
            assertTrue(problem.location().startsWith("$"), problem.toString());
        }
    }

    @Nested
    class Documents {

        @Test
        void a_set_of_observations_read_from_json_is_rejected_against_a_catalogue_for_a_period_outside_its_strategy() {
            String document = "[{\"indicator\":\"1.6.1\",\"unit\":\"region\",\"period\":\"2024\",\"counts\":{\"numerator\":1,"
                    + "\"denominator\":2}},{\"indicator\":\"1.6.1\",\"unit\":\"region\",\"period\":\"2019\","
                    + "\"counts\":{\"numerator\":1,\"denominator\":2}}]";
            ObservationSet read = JSON.read(document, ObservationSet.class);

            assertRejected(() -> ObservationSet.of(OREBRO, read.observations()), "observations",
                    "observations[1]: period 2019 is outside the strategy period 2021–2030");
        }

        @Test
        void a_set_of_observations_read_from_json_rejects_a_repeated_key_at_its_path() {
            String item = "{\"indicator\":\"1.6.1\",\"unit\":\"region\",\"period\":\"2024\",\"counts\":{\"numerator\":1,"
                    + "\"denominator\":2}}";

            assertRejected(() -> JSON.read("[" + item + "," + item + "]", ObservationSet.class), "$[1]", "duplicate id");
        }

        @Test
        void a_catalogue_with_an_indicator_twice_is_rejected_at_the_second() {
            String document = JSON.write(OREBRO).replace("\"id\":\"1.6.2\"", "\"id\":\"1.6.1\"");
            int second = OREBRO.indicators().stream().map(indicator -> indicator.id().value()).toList().indexOf("1.6.2");

            assertRejected(() -> JSON.read(document, IndicatorCatalogue.class), "$.indicators[" + second + "]",
                    "duplicate id, was 1.6.1");
        }

        @Test
        void a_confidence_level_outside_its_range_is_rejected_at_its_path() {
            assertRejected(() -> JSON.read("{\"confidenceLevel\":1.5}", EvaluationPolicy.class), "$.confidenceLevel", "1.5");
            assertRejected(() -> ConfidenceLevel.of(-0.95), "level", "-0.95");
        }

        @Test
        void a_minimum_group_size_of_zero_is_rejected_at_its_path() {
            assertRejected(() -> JSON.read("{\"minimumGroupSize\":0}", EvaluationPolicy.class), "$.minimumGroupSize",
                    "must be at least 1");
        }

        @Test
        void a_follow_up_report_for_a_year_outside_the_strategy_is_rejected_naming_the_period() {
            OrganisationTree tree = JSON.read("{\"units\":[{\"id\":\"region\",\"name\":\"Region\",\"level\":"
                    + "\"hospital-or-region\"}]}", OrganisationTree.class);
            ObservationSet none = ObservationSet.of(OREBRO, List.of());

            assertRejected(() -> FollowUpReport.of(OREBRO, tree, none, FollowUpRequest.of(tree.root().id(), CalendarYear.of(2031))), "period", "must be within the strategy period");
        }
    }
}
