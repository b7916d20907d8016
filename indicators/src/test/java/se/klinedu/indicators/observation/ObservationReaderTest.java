package se.klinedu.indicators.observation;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import se.klinedu.core.Counts;
import se.klinedu.core.InvalidInputException;
import se.klinedu.core.organisation.OrganisationUnitId;
import se.klinedu.core.period.CalendarYear;
import se.klinedu.core.period.ReportingPeriod;
import se.klinedu.core.period.Term;
import se.klinedu.core.period.TermHalf;
import se.klinedu.indicators.target.IndicatorCatalogue;
import se.klinedu.indicators.target.IndicatorId;

/** Reading observations from CSV and JSON, and checking them, against the Örebro catalogue: every problem, located. */
class ObservationReaderTest {

    private static final String HEADER = ObservationReader.CSV_HEADER + "\n";
    private static final ObservationReader READER = ObservationReader.of(IndicatorCatalogue.load("orebro"));

    private static final IndicatorId SHARE = IndicatorId.of("1.6.1");
    private static final IndicatorId MILESTONE = IndicatorId.of("1.2.1");
    private static final IndicatorId REVIEW = IndicatorId.of("1.7.1");
    private static final OrganisationUnitId TEAM = OrganisationUnitId.of("team-a");
    private static final OrganisationUnitId REGION = OrganisationUnitId.of("region");
    private static final ReportingPeriod HT2024 = Term.of(TermHalf.AUTUMN, 2024);
    private static final ReportingPeriod YEAR_2024 = CalendarYear.of(2024);

    private static final String GOOD_SHARE_ROW = "1.6.1,team-a,HT2024,46,50,,,\n";

    private static ObservationBatch csv(String rows) {
        return READER.readCsv(HEADER + rows);
    }

    private static ObservationProblem onlyProblem(ObservationBatch batch) {
        assertEquals(1, batch.problems().size(), batch.problems().toString());
        return batch.problems().get(0);
    }

    @Nested
    class ValidCsv {

        @Test
        void share_milestone_and_review_rows_read_into_the_expected_observations() {
            ObservationBatch batch = csv(GOOD_SHARE_ROW
                    + "1.2.1,region,2024,,,true,2024-03-01,\n"
                    + "1.2.2,region,2024,,,false,,\n"
                    + "1.7.1,region,2023,,,,,good\n"
                    + "1.7.2,region,VT2025,,,,,not-good\n");

            assertEquals(List.of(), batch.problems());
            assertTrue(batch.isValid());
            assertEquals(List.of(
                    Observation.ofCounts(SHARE, TEAM, HT2024, Counts.of(46, 50)),
                    Observation.ofMilestone(MILESTONE, REGION, YEAR_2024, Milestone.doneOn(LocalDate.of(2024, 3, 1))),
                    Observation.ofMilestone(IndicatorId.of("1.2.2"), REGION, YEAR_2024, Milestone.notDone()),
                    Observation.ofReview(REVIEW, REGION, CalendarYear.of(2023), ReviewOutcome.GOOD),
                    Observation.ofReview(IndicatorId.of("1.7.2"), REGION, Term.of(TermHalf.SPRING, 2025), ReviewOutcome.NOT_GOOD)),
                    batch.observations());
            assertEquals(batch.observations(), batch.toSet().observations());
        }

        @Test
        void a_header_alone_is_an_empty_valid_batch() {
            ObservationBatch batch = READER.readCsv(HEADER);

            assertEquals(ObservationBatch.of(List.of(), List.of()), batch);
        }

        @Test
        void windows_line_ends_and_a_missing_final_line_end_read_the_same() {
            ObservationBatch unix = csv(GOOD_SHARE_ROW + "1.7.1,region,2023,,,,,good\n");

            assertEquals(unix, READER.readCsv(HEADER.replace("\n", "\r\n") + GOOD_SHARE_ROW.replace("\n", "\r\n")
                    + "1.7.1,region,2023,,,,,good\r\n"));
            assertEquals(unix, READER.readCsv(HEADER + GOOD_SHARE_ROW + "1.7.1,region,2023,,,,,good"));
            assertEquals(2, unix.observations().size());
        }

        @Test
        void blanks_around_cells_are_ignored_and_quoted_cells_are_read() {
            ObservationBatch batch = csv("\"1.6.1\", team-a ,HT2024, 46 ,\"50\",,,\n");

            assertEquals(List.of(Observation.ofCounts(SHARE, TEAM, HT2024, Counts.of(46, 50))), batch.observations());
        }

        @Test
        void a_reader_gives_the_same_batch_as_a_string() {
            String text = HEADER + GOOD_SHARE_ROW + "1.6.1,team-a,2031,1,2,,,\n";

            assertEquals(READER.readCsv(text), READER.readCsv(new StringReader(text)));
        }
    }

    @Nested
    class CsvCellProblems {

        @Test
        void a_bad_number_names_its_line_and_column() {
            ObservationProblem problem = onlyProblem(csv(GOOD_SHARE_ROW + "1.6.1,team-b,HT2024,abc,50,,,\n"));

            assertEquals("line 3, column 4 (numerator)", problem.location());
            assertTrue(problem.reason().contains("whole number") && problem.reason().contains("abc"), problem.reason());
        }

        @Test
        void a_bad_denominator_names_the_denominator_column() {
            ObservationProblem problem = onlyProblem(csv("1.6.1,team-b,HT2024,3,1.5,,,\n"));

            assertEquals("line 2, column 5 (denominator)", problem.location());
            assertTrue(problem.reason().contains("1.5"), problem.reason());
        }

        @Test
        void a_numerator_above_its_denominator_is_located_at_the_numerator() {
            ObservationProblem problem = onlyProblem(csv("1.6.1,team-a,HT2024,51,50,,,\n"));

            assertEquals("line 2, column 4 (numerator)", problem.location());
            assertTrue(problem.reason().contains("0..50") && problem.reason().contains("51"), problem.reason());
        }

        @Test
        void a_negative_numerator_is_located_at_the_numerator() {
            ObservationProblem problem = onlyProblem(csv("1.6.1,team-a,HT2024,-1,50,,,\n"));

            assertEquals("line 2, column 4 (numerator)", problem.location());
            assertTrue(problem.reason().contains("-1"), problem.reason());
        }

        @Test
        void a_numerator_above_a_zero_denominator_is_located_at_the_numerator() {
            ObservationProblem problem = onlyProblem(csv("1.6.1,team-a,HT2024,1,0,,,\n"));

            assertEquals("line 2, column 4 (numerator)", problem.location());
        }

        @Test
        void a_negative_denominator_is_located_at_the_denominator() {
            ObservationProblem problem = onlyProblem(csv("1.6.1,team-a,HT2024,0,-3,,,\n"));

            assertEquals("line 2, column 5 (denominator)", problem.location());
            assertTrue(problem.reason().contains("negative") && problem.reason().contains("-3"), problem.reason());
        }

        @ParameterizedTest(name = "{0}")
        @ValueSource(strings = {
            ",team-a,HT2024,46,50,,, | column 1 (indicator)",
            "1.6.1,,HT2024,46,50,,, | column 2 (unit)",
            "1.6.1,team-a,,46,50,,, | column 3 (period)",
            "1.6.1,team-a,HT2024,46,,,, | column 5 (denominator)",
            "1.6.1,team-a,HT2024,,50,,, | column 4 (numerator)",
            "1.2.1,region,2024,,,,2024-03-01, | column 6 (done)"})
        void a_missing_required_cell_names_its_column(String example) {
            String[] parts = example.split(" \\| ");

            ObservationProblem problem = onlyProblem(csv(parts[0] + "\n"));

            assertEquals("line 2, " + parts[1], problem.location());
            assertEquals("is required", problem.reason());
        }

        @ParameterizedTest(name = "{0}")
        @ValueSource(strings = {
            "1.6.1 x,team-a,HT2024,46,50,,, | column 1 (indicator)",
            "1.6.1,team a,HT2024,46,50,,, | column 2 (unit)",
            "1.6.1,team-a,HT24,46,50,,, | column 3 (period)",
            "1.2.1,region,2024,,,yes,2024-03-01, | column 6 (done)",
            "1.2.1,region,2024,,,true,2024-13-01, | column 7 (date)",
            "1.2.1,region,2024,,,true,, | column 7 (date)",
            "1.2.1,region,2024,,,false,2024-03-01, | column 7 (date)",
            "1.7.1,region,2024,,,,,GOOD | column 8 (review)"})
        void a_malformed_cell_names_its_column(String example) {
            String[] parts = example.split(" \\| ");

            ObservationProblem problem = onlyProblem(csv(parts[0] + "\n"));

            assertEquals("line 2, " + parts[1], problem.location());
            assertFalse(problem.reason().isBlank());
        }
    }

    @Nested
    class CsvObservationProblems {

        @Test
        void an_unknown_indicator_is_located_at_its_line() {
            ObservationProblem problem = onlyProblem(csv("9.9.9,team-a,HT2024,46,50,,,\n"));

            assertEquals("line 2", problem.location());
            assertEquals("indicator 9.9.9 is not in the catalogue", problem.reason());
        }

        @Test
        void counts_for_a_milestone_indicator_are_of_the_wrong_kind() {
            ObservationProblem problem = onlyProblem(csv("1.2.2,region,2024,3,4,,,\n"));

            assertEquals("line 2", problem.location());
            assertEquals("indicator 1.2.2 has a MILESTONE target and needs milestone", problem.reason());
        }

        @Test
        void a_recurring_obligation_done_outside_the_period_observed_is_refused() {
            // 1.6.4, "Återkommande utvärderar verksamheterna …": each year's row says whether it was done that year
            ObservationProblem problem = onlyProblem(csv("1.6.4,region,2024,,,true,2023-11-30,\n"));

            assertEquals("line 2", problem.location());
            assertEquals("indicator 1.6.4 has a RECURRING target and needs done or not done, with a date in 2024",
                    problem.reason());
            assertEquals(List.of(), csv("1.6.4,region,VT2024,,,true,2024-06-30,\n").problems());
        }

        @Test
        void a_review_outcome_for_a_share_indicator_is_of_the_wrong_kind() {
            ObservationProblem problem = onlyProblem(csv("1.6.1,team-a,2024,,,,,good\n"));

            assertEquals("line 2", problem.location());
            assertEquals("indicator 1.6.1 has a SHARE target and needs counts", problem.reason());
        }

        @Test
        void two_values_in_one_row_are_a_problem_of_the_row() {
            ObservationProblem problem = onlyProblem(csv("1.6.1,team-a,2024,3,4,true,2024-03-01,\n"));

            assertTrue(problem.location().startsWith("line 2"), problem.location());
            assertTrue(problem.reason().contains("exactly one of counts, milestone and review"), problem.reason());
        }

        @ParameterizedTest(name = "{0}")
        @ValueSource(strings = {"2031", "2020", "HT2031", "VT2020"})
        void a_period_outside_2021_to_2030_is_a_problem(String period) {
            ObservationProblem problem = onlyProblem(csv("1.6.1,team-a," + period + ",46,50,,,\n"));

            assertEquals("line 2", problem.location());
            assertTrue(problem.reason().contains("period " + period) && problem.reason().contains("outside the strategy period"),
                    problem.reason());
        }

        @ParameterizedTest(name = "{0}")
        @ValueSource(strings = {"2021", "VT2021", "2030", "HT2030"})
        void the_first_and_last_periods_of_the_strategy_are_accepted(String period) {
            ObservationBatch batch = csv("1.6.1,team-a," + period + ",46,50,,,\n");

            assertEquals(List.of(), batch.problems());
            assertEquals(ReportingPeriod.parse(period), batch.observations().get(0).period());
        }

        @Test
        void a_row_with_too_many_cells_is_located_at_its_line() {
            ObservationProblem problem = onlyProblem(csv("1.6.1,team-a,HT2024,46,50,,,,\n"));

            assertEquals("line 2", problem.location());
            assertTrue(problem.reason().contains("must have 8 cells") && problem.reason().contains("9"), problem.reason());
        }

        @Test
        void a_row_with_too_few_cells_is_located_at_its_line() {
            ObservationProblem problem = onlyProblem(csv("1.6.1,team-a,HT2024,46,50\n"));

            assertEquals("line 2", problem.location());
            assertTrue(problem.reason().contains("must have 8 cells") && problem.reason().contains("5"), problem.reason());
        }

        @Test
        void a_second_row_with_the_same_indicator_unit_and_period_names_the_first() {
            ObservationBatch batch = csv(GOOD_SHARE_ROW
                    + "1.6.2,team-a,HT2024,40,50,,,\n"
                    + "1.6.1,team-a,HT2024,12,50,,,\n");

            ObservationProblem problem = onlyProblem(batch);
            assertEquals("line 4", problem.location());
            assertTrue(problem.reason().contains("line 2"), problem.reason());
            assertEquals(List.of(Counts.of(46, 50), Counts.of(40, 50)),
                    batch.observations().stream().map(observation -> observation.counts().orElseThrow()).toList());
        }
    }

    @Nested
    class Headers {

        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', textBlock = """
            indicator,unit,period,numerator,denominator,done,date,review,comment | line 1, column 9 (comment) | is not a column of observations
            indicator,unit,indicator,numerator,denominator,done,date,review | line 1, column 3 (indicator) | holds the indicator as column 1 (indicator) does
            indicator;unit;period;numerator;denominator;done;date;review | line 1 | looks semicolon-separated: read it with CsvFormat.swedishExcel()
            unit,period,numerator,denominator | line 1 | needs a column of the indicator, headed indicator
            """)
        void a_header_that_does_not_name_the_columns_is_a_problem_of_line_1(String header, String location, String reason) {
            ObservationBatch batch = READER.readCsv(header + "\n" + GOOD_SHARE_ROW);

            ObservationProblem problem = onlyProblem(batch);
            assertEquals(location, problem.location());
            assertTrue(problem.reason().contains(reason), problem.reason());
            assertEquals(List.of(), batch.observations());
        }

        @ParameterizedTest(name = "{0}")
        @ValueSource(strings = {
            "indicator,unit,period,denominator,numerator,done,date,review",
            "Indicator, UNIT ,period,numerator,denominator,done,date,review",
            "review,date,done,denominator,numerator,period,unit,indicator"})
        void a_header_names_the_columns_in_any_order_and_case(String header) {
            List<String> names = List.of(header.split(","));
            String[] cells = GOOD_SHARE_ROW.strip().split(",", -1);
            List<String> standard = List.of(ObservationReader.CSV_HEADER.split(","));
            String row = names.stream().map(name -> cells[standard.indexOf(name.strip().toLowerCase(java.util.Locale.ROOT))])
                    .collect(java.util.stream.Collectors.joining(","));

            ObservationBatch batch = READER.readCsv(header + "\n" + row);

            assertEquals(List.of(), batch.problems());
            assertEquals(READER.readCsv(ObservationReader.CSV_HEADER + "\n" + GOOD_SHARE_ROW).observations(), batch.observations());
        }

        @Test
        void a_missing_header_is_a_problem_of_line_1_naming_the_first_cell() {
            ObservationProblem problem = onlyProblem(READER.readCsv(GOOD_SHARE_ROW));

            assertEquals("line 1, column 1 (1.6.1)", problem.location());
            assertTrue(problem.reason().startsWith("is not a column of observations"), problem.reason());
        }

        @Test
        void an_empty_file_is_a_problem_of_line_1() {
            ObservationProblem problem = onlyProblem(READER.readCsv(""));

            assertEquals("line 1", problem.location());
            assertTrue(problem.reason().contains(ObservationReader.CSV_HEADER), problem.reason());
        }
    }

    @Nested
    class EveryProblem {

        @Test
        void every_bad_row_is_reported_and_the_good_rows_are_kept() {
            ObservationBatch batch = csv(GOOD_SHARE_ROW
                    + "1.6.1,team-b,HT2024,abc,50,,,\n"
                    + "1.2.1,region,2024,,,true,2024-03-01,\n"
                    + "9.9.9,team-a,HT2024,46,50,,,\n"
                    + "1.6.2,team-a,2031,46,50,,,\n"
                    + "1.7.1,region,2023,,,,,good\n");

            assertEquals(List.of("line 3, column 4 (numerator)", "line 5", "line 6"),
                    batch.problems().stream().map(ObservationProblem::location).toList());
            assertEquals(List.of(SHARE, MILESTONE, REVIEW),
                    batch.observations().stream().map(Observation::indicator).toList());
            assertFalse(batch.isValid());
        }

        @Test
        void csv_problems_are_in_input_order_whatever_their_kind() {
            ObservationBatch batch = csv("9.9.9,team-a,HT2024,46,50,,,\n"
                    + "1.6.1,team-b,HT2024,abc,50,,,\n"
                    + "1.6.1,team-a,2031,46,50,,,\n"
                    + "1.6.1,team-a,HT2024,46,50,,,,\n");

            assertEquals(List.of("line 2", "line 3, column 4 (numerator)", "line 4", "line 5"),
                    batch.problems().stream().map(ObservationProblem::location).toList());
        }

        @Test
        void json_problems_are_in_input_order_whatever_their_kind() {
            ObservationBatch batch = READER.readJson("[{\"indicator\":\"9.9.9\",\"unit\":\"u\",\"period\":\"2024\",\"review\":\"good\"},"
                    + "{\"indicator\":\"1.6.1\",\"unit\":\"u\",\"period\":\"2024\",\"counts\":{\"numerator\":3,\"denominator\":2}}]");

            assertEquals(List.of("$[0]", "$[1].counts.numerator"),
                    batch.problems().stream().map(ObservationProblem::location).toList());
        }

        @Test
        void to_set_throws_listing_every_problem() {
            ObservationBatch batch = csv(GOOD_SHARE_ROW
                    + "1.6.1,team-b,HT2024,abc,50,,,\n"
                    + "9.9.9,team-a,HT2024,46,50,,,\n"
                    + "1.6.1,team-a,HT2024,12,50,,,\n");

            InvalidInputException e = assertThrows(InvalidInputException.class, batch::toSet);

            assertEquals("observations", e.path());
            assertTrue(e.reason().startsWith("3 problem(s): "), e.reason());
            assertAll(batch.problems().stream().map(problem -> () -> assertTrue(e.getMessage().contains(problem.toString()),
                    e.getMessage())));
        }

        @Test
        void malformed_quoting_is_a_located_problem_not_an_exception() {
            ObservationBatch batch = csv(GOOD_SHARE_ROW + "1.6.1,\"team-b,HT2024,46,50,,,\n");

            assertFalse(batch.isValid());
            assertTrue(batch.problems().stream().anyMatch(problem -> problem.location().startsWith("line ")),
                    batch.problems().toString());
        }

        @Test
        void text_after_a_closing_quote_is_a_located_problem() {
            ObservationBatch batch = csv(GOOD_SHARE_ROW + "1.6.1,\"team\"-b,HT2024,46,50,,,\n");

            assertFalse(batch.isValid());
            assertTrue(batch.problems().stream().anyMatch(problem -> problem.location().startsWith("line 3")),
                    batch.problems().toString());
        }
    }

    @Nested
    class Json {

        private static final String GOOD = "{\"indicator\":\"1.6.1\",\"unit\":\"team-a\",\"period\":\"HT2024\","
                + "\"counts\":{\"numerator\":46,\"denominator\":50}}";

        private static String item(String indicator, String period, String value) {
            return "{\"indicator\":\"" + indicator + "\",\"unit\":\"team-a\",\"period\":\"" + period + "\"," + value + "}";
        }

        @Test
        void a_valid_array_reads_into_the_expected_observations() {
            ObservationBatch batch = READER.readJson("[" + GOOD + ","
                    + item("1.2.1", "2024", "\"milestone\":{\"done\":true,\"date\":\"2024-03-01\"}") + ","
                    + item("1.7.1", "2023", "\"review\":\"good\"") + "]");

            assertEquals(List.of(), batch.problems());
            assertEquals(List.of(
                    Observation.ofCounts(SHARE, TEAM, HT2024, Counts.of(46, 50)),
                    Observation.ofMilestone(MILESTONE, TEAM, YEAR_2024, Milestone.doneOn(LocalDate.of(2024, 3, 1))),
                    Observation.ofReview(REVIEW, TEAM, CalendarYear.of(2023), ReviewOutcome.GOOD)), batch.observations());
        }

        @Test
        void a_bad_count_is_located_by_its_json_path() {
            ObservationBatch batch = READER.readJson("[" + GOOD + "," + item("1.6.2", "2024", "\"counts\":{\"numerator\":1,\"denominator\":2}")
                    + "," + item("1.6.1", "2024", "\"counts\":{\"numerator\":51,\"denominator\":50}") + "]");

            ObservationProblem problem = onlyProblem(batch);
            assertEquals("$[2].counts.numerator", problem.location());
            assertTrue(problem.reason().contains("0..50"), problem.reason());
            assertEquals(2, batch.observations().size());
        }

        @Test
        void a_number_past_a_double_where_a_unit_is_expected_is_a_problem_not_the_text_infinity() {
            String json = "[{\"indicator\":\"1.6.1\",\"unit\":1e400,\"period\":\"2024\","
                    + "\"counts\":{\"numerator\":46,\"denominator\":50}}]";

            ObservationProblem problem = onlyProblem(READER.readJson(json));

            assertEquals("$[0].unit", problem.location());
        }

        @Test
        void a_number_written_as_text_is_located_by_its_json_path() {
            ObservationProblem problem = onlyProblem(READER.readJson("[" + item("1.6.1", "2024",
                    "\"counts\":{\"numerator\":\"abc\",\"denominator\":50}") + "]"));

            assertEquals("$[0].counts.numerator", problem.location());
        }

        @Test
        void a_missing_required_field_is_located_at_its_item() {
            ObservationProblem problem = onlyProblem(READER.readJson("[" + GOOD + ","
                    + "{\"unit\":\"team-a\",\"period\":\"2024\",\"review\":\"good\"}]"));

            assertEquals("$[1].indicator", problem.location(), problem.toString());
            assertEquals("is required", problem.reason(), problem.toString());
        }

        @Test
        void an_unknown_field_is_located_by_its_json_path() {
            ObservationProblem problem = onlyProblem(READER.readJson("[" + item("1.6.1", "2024",
                    "\"counts\":{\"numerator\":1,\"denominator\":2},\"comment\":\"x\"") + "]"));

            assertEquals("$[0].comment", problem.location());
            assertEquals("unknown field", problem.reason());
        }

        @Test
        void observation_problems_are_located_at_their_item() {
            ObservationBatch batch = READER.readJson("[" + GOOD + ","
                    + item("9.9.9", "2024", "\"review\":\"good\"") + ","
                    + item("1.2.2", "2024", "\"counts\":{\"numerator\":1,\"denominator\":2}") + ","
                    + item("1.6.1", "2031", "\"counts\":{\"numerator\":1,\"denominator\":2}") + ","
                    + GOOD + "]");

            assertEquals(List.of("$[1]", "$[2]", "$[3]", "$[4]"),
                    batch.problems().stream().map(ObservationProblem::location).toList());
            assertTrue(batch.problems().get(0).reason().contains("not in the catalogue"));
            assertTrue(batch.problems().get(1).reason().contains("needs milestone"));
            assertTrue(batch.problems().get(2).reason().contains("outside the strategy period"));
            assertTrue(batch.problems().get(3).reason().contains("$[0]"), batch.problems().get(3).reason());
            assertEquals(1, batch.observations().size());
        }

        @ParameterizedTest(name = "[{index}] {0}")
        @ValueSource(strings = {"[" + GOOD, "{\"indicator\":\"1.6.1\"}", "not json", "", "[" + GOOD + "] trailing"})
        void malformed_json_is_one_problem(String json) {
            ObservationBatch batch = READER.readJson(json);

            ObservationProblem problem = onlyProblem(batch);
            assertTrue(problem.location().startsWith("$"), problem.location());
            assertEquals(List.of(), batch.observations());
        }
    }

    @Nested
    class Check {

        private final Observation good = Observation.ofCounts(SHARE, TEAM, HT2024, Counts.of(46, 50));

        @Test
        void problems_of_observations_built_in_java_are_located_by_index() {
            ObservationBatch batch = READER.check(List.of(good,
                    Observation.ofCounts(IndicatorId.of("9.9.9"), TEAM, HT2024, Counts.of(1, 2)),
                    Observation.ofCounts(MILESTONE, TEAM, HT2024, Counts.of(1, 2)),
                    Observation.ofCounts(IndicatorId.of("1.6.2"), TEAM, CalendarYear.of(2031), Counts.of(1, 2)),
                    Observation.ofCounts(SHARE, TEAM, HT2024, Counts.of(2, 50))));

            assertEquals(List.of("observations[1]", "observations[2]", "observations[3]", "observations[4]"),
                    batch.problems().stream().map(ObservationProblem::location).toList());
            assertTrue(batch.problems().get(3).reason().contains("observations[0]"), batch.problems().get(3).reason());
            assertEquals(List.of(good), batch.observations());
        }

        @Test
        void a_valid_list_is_a_valid_batch_of_the_same_observations() {
            Observation milestone = Observation.ofMilestone(MILESTONE, REGION, YEAR_2024, Milestone.notDone());

            ObservationBatch batch = READER.check(List.of(good, milestone));

            assertEquals(ObservationBatch.of(List.of(good, milestone), List.of()), batch);
            assertEquals(List.of(good, milestone), ObservationSet.of(IndicatorCatalogue.load("orebro"), List.of(good, milestone))
                    .observations());
        }

        @Test
        void observation_set_of_throws_naming_every_problem() {
            InvalidInputException e = assertThrows(InvalidInputException.class, () -> ObservationSet.of(
                    IndicatorCatalogue.load("orebro"), List.of(good, good,
                            Observation.ofCounts(IndicatorId.of("9.9.9"), TEAM, HT2024, Counts.of(1, 2)))));

            assertTrue(e.getMessage().contains("observations[1]") && e.getMessage().contains("observations[2]"),
                    e.getMessage());
        }
    }
}
