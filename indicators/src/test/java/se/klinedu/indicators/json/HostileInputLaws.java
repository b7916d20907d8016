package se.klinedu.indicators.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static se.klinedu.core.testkit.HostileInput.accepted;
import static se.klinedu.core.testkit.HostileInput.read;
import static se.klinedu.core.testkit.HostileInput.rejected;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import se.klinedu.core.json.KlineduJson;
import se.klinedu.core.organisation.OrganisationTree;
import se.klinedu.core.organisation.OrganisationUnitId;
import se.klinedu.core.period.ReportingPeriod;
import se.klinedu.core.testkit.HostileInput;
import se.klinedu.core.testkit.HostileInput.Outcome;
import se.klinedu.indicators.evaluation.EvaluationPolicy;
import se.klinedu.indicators.evaluation.IndicatorResult;
import se.klinedu.indicators.observation.ObservationBatch;
import se.klinedu.indicators.observation.ObservationProblem;
import se.klinedu.indicators.observation.ObservationReader;
import se.klinedu.indicators.rollup.TreeRollUp;
import se.klinedu.indicators.target.IndicatorCatalogue;
import se.klinedu.indicators.target.IndicatorId;

/**
 * Hostile input to indicators' readers and roll-up (run by surefire's {@code hostile-input} execution, in a
 * JVM of its own with a 256 MiB heap): CSV and JSON observations at the codec's limits, extreme numbers in a
 * policy, the widest and deepest trees. A reader reports problems rather than throwing; each problem must be
 * short, and the problems a batch lists are bounded.
 */
class HostileInputLaws {

    private static final KlineduJson JSON = KlineduJson.standard();
    private static final ObservationReader READER = ObservationReader.of(IndicatorCatalogue.load("orebro"));
    /** The outcomes, printed when the class ends as the rows of the bad-input table in the module's README. */
    @RegisterExtension
    static final HostileInput.Table TABLE = new HostileInput.Table();
    private static final String HEADER = ObservationReader.CSV_HEADER + "\n";

    static Stream<Arguments> extremeNumbers() {
        return Stream.of("1e999999999", "1e-999999999", "-1e999999999", "9e2147483647", "1e-2147483647", "0E-999999999",
                "1" + "0".repeat(99)).map(Arguments::of);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("extremeNumbers")
    void an_extreme_number_in_a_policy_is_rejected_briefly_or_read_as_a_value_that_writes_back_briefly(String number) {
        for (String document : List.of("{\"confidenceLevel\":" + number + "}", "{\"minimumGroupSize\":" + number + "}",
                "{\"localThresholds\":{\"2.1.1\":{\"comparison\":\"more-than\",\"percent\":" + number + "}}}")) {
            Outcome outcome = record(read("policy " + document, document, json -> {
                EvaluationPolicy policy = JSON.read(json, EvaluationPolicy.class);
                assertTrue(JSON.write(policy).length() < 400);
                return policy;
            }));
            if (!number.startsWith("0E")) {
                assertTrue(!outcome.accepted(), document + " must be rejected");
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("extremeNumbers")
    void an_extreme_number_in_an_observation_is_a_short_problem(String number) {
        batch("CSV numerator " + number, HEADER + "1.1.1,u1,2021," + number + ",10,,,\n", 1);
        batch("JSON numerator " + number, "[{\"indicator\":\"1.1.1\",\"unit\":\"u1\",\"period\":\"2021\",\"counts\":"
                + "{\"numerator\":" + number + ",\"denominator\":10}}]", 1);
    }

    @Test
    void sixteen_mebibytes_of_valid_csv_rows_are_read() {
        StringBuilder csv = new StringBuilder(HEADER);
        int rows = 0;
        while (csv.length() < KlineduJson.MAX_DOCUMENT_LENGTH - 40) {
            csv.append("1.1.1,u").append(rows++).append(",2021,1,2,,,\n");
        }
        ObservationBatch batch = batch("16 MiB of CSV rows", csv.toString(), 0);
        assertEquals(rows, batch.observations().size());
    }

    @Test
    void csv_past_the_document_limit_is_one_problem() {
        String csv = HEADER + "1.1.1,u1,2021,1,2,,,\n".repeat((int) (KlineduJson.MAX_DOCUMENT_LENGTH / 21) + 1);
        ObservationBatch batch = batch("CSV past 16 MiB", csv, 1);
        assertTrue(batch.problems().get(0).toString().contains("exceeds"), batch.problems().get(0).toString());
    }

    @Test
    void sixteen_mebibytes_of_bad_csv_rows_list_a_bounded_number_of_problems() {
        String csv = HEADER + "x\n".repeat((int) (KlineduJson.MAX_DOCUMENT_LENGTH / 2) - 40);
        ObservationBatch batch = batch("16 MiB of one-cell CSV rows", csv, ObservationReader.MAX_PROBLEMS_LISTED + 1);
        assertTrue(batch.problems().get(ObservationReader.MAX_PROBLEMS_LISTED).toString()
                .contains((KlineduJson.MAX_DOCUMENT_LENGTH / 2 - 40 - ObservationReader.MAX_PROBLEMS_LISTED) + " more"),
                batch.problems().get(ObservationReader.MAX_PROBLEMS_LISTED).toString());
    }

    @Test
    void cells_at_and_past_the_string_limit_are_short_problems() {
        batch("CSV unit of 1,000,000 characters", HEADER + "1.1.1,u" + "x".repeat(KlineduJson.MAX_STRING_LENGTH - 1)
                + ",2021,1,2,,,\n", 1);
        batch("CSV unit of 2,000,000 characters", HEADER + "1.1.1,u" + "x".repeat(2 * KlineduJson.MAX_STRING_LENGTH)
                + ",2021,1,2,,,\n", 1);
    }

    @Test
    void sixteen_mebibytes_of_json_observations_are_read() {
        String item = "{\"indicator\":\"1.1.1\",\"unit\":\"u%d\",\"period\":\"2021\",\"counts\":{\"numerator\":1,"
                + "\"denominator\":2}}";
        StringBuilder json = new StringBuilder("[");
        int rows = 0;
        while (json.length() < KlineduJson.MAX_DOCUMENT_LENGTH - 2 * item.length()) {
            json.append(rows == 0 ? "" : ",").append(String.format(item, rows++));
        }
        ObservationBatch batch = batch("16 MiB of JSON observations", json.append("]").toString(), 0);
        assertEquals(rows, batch.observations().size());
    }

    @Test
    void the_widest_tree_rolls_up_in_bounded_work() {
        int size = OrganisationTree.MAX_UNITS;
        String units = IntStream.range(1, size).mapToObj(i -> "{\"id\":\"u" + i + "\",\"name\":\"n\",\"level\":"
                + "\"hospital-or-region\",\"parent\":\"u0\"}").collect(Collectors.joining(","));
        OrganisationTree tree = JSON.read("{\"units\":[{\"id\":\"u0\",\"name\":\"n\",\"level\":\"hospital-or-region\"},"
                + units + "]}", OrganisationTree.class);
        String csv = HEADER + IntStream.range(1, size).mapToObj(i -> "1.1.1,u" + i + ",2021," + (i % 7) + ",7,,,")
                .collect(Collectors.joining("\n"));
        ObservationBatch batch = READER.readCsv(csv);
        assertTrue(batch.isValid());
        accepted(record(read("roll-up of 1.1.1 over a star of 100,000 units", csv.length(), () -> {
            Map<OrganisationUnitId, IndicatorResult> results = TreeRollUp.resultsByUnit(IndicatorCatalogue.load("orebro").get(
                    IndicatorId.of("1.1.1")), ReportingPeriod.parse("2021"), tree, batch.toSet(), EvaluationPolicy.standard());
            assertEquals(size, results.size());
            return results;
        })));
    }

    /** Reads observations, CSV or JSON by their first character, and checks the batch's problems. */
    private static ObservationBatch batch(String name, String document, int problems) {
        ObservationBatch[] batch = new ObservationBatch[1];
        record(read(name, document, text -> batch[0] = text.startsWith("[") ? READER.readJson(text) : READER.readCsv(text)));
        assertEquals(problems, batch[0].problems().size(), name + ": " + batch[0].problems().stream().limit(3).toList());
        for (ObservationProblem problem : batch[0].problems()) {
            assertTrue(problem.toString().length() <= HostileInput.MAX_MESSAGE_LENGTH,
                    name + ": a problem must be short, was " + problem.toString().length() + " characters");
        }
        return batch[0];
    }

    private static Outcome record(Outcome outcome) {
        TABLE.add(outcome);
        if (!outcome.accepted()) {
            rejected(outcome, ":");
        }
        return outcome;
    }
}
