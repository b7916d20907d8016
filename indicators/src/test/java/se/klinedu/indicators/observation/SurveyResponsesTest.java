package se.klinedu.indicators.observation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import se.klinedu.core.Counts;
import se.klinedu.core.InvalidInputException;
import se.klinedu.core.generators.Seeds;
import se.klinedu.core.organisation.OrganisationLevel;
import se.klinedu.core.organisation.OrganisationTree;
import se.klinedu.core.organisation.OrganisationUnit;
import se.klinedu.core.organisation.OrganisationUnitId;
import se.klinedu.core.period.ReportingPeriod;
import se.klinedu.indicators.evaluation.EvaluationPolicy;
import se.klinedu.indicators.evaluation.Evaluations;
import se.klinedu.indicators.evaluation.Status;
import se.klinedu.indicators.target.IndicatorCatalogue;
import se.klinedu.indicators.target.IndicatorId;

/** A survey tool's export, one row per respondent, counted per unit and period on an answer scale. */
class SurveyResponsesTest {

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    private static final IndicatorId INDICATOR = IndicatorId.of("1.3.2");
    private static final CsvFormat FORMAT = CsvFormat.swedishExcel().forIndicator(INDICATOR);
    private static final List<String> UNITS = List.of("Kirurgkliniken", "Åby vårdcentral", "Ortopedkliniken",
            "Sköndals vårdcentral", "Habiliteringen");
    private static final OrganisationTree TREE = tree();
    private static final ObservationReader READER = ObservationReader.of(IndicatorCatalogue.load("orebro"), TREE);

    private static OrganisationTree tree() {
        List<OrganisationUnit> units = new ArrayList<>(List.of(OrganisationUnit.root(OrganisationUnitId.of("region"),
                "Region Västmyra", OrganisationLevel.HOSPITAL_OR_REGION)));
        for (int i = 0; i < UNITS.size(); i++) {
            units.add(OrganisationUnit.child(OrganisationUnitId.of("unit-" + i), UNITS.get(i),
                    OrganisationLevel.CLINIC_OR_HEALTH_CENTRE, OrganisationUnitId.of("region")));
        }
        return OrganisationTree.of(units);
    }

    /** A respondent's row: the unit's name, the year and the answer, as the export writes them. */
    private record Row(String unit, String year, String answer) {
        String line() {
            return unit + ";" + year + ";" + answer;
        }
    }

    /**
     * {@return a made-up export: each unit's students of 2024 and 2025 answering 1 to 5, "Vet ej" or nothing;
     * Habiliteringen has 3 respondents in 2025}
     */
    private static List<Row> export(Random random) {
        List<String> answers = List.of("1", "2", "3", "4", "5", "5", "4", "Vet ej", "");
        List<Row> rows = new ArrayList<>();
        for (String unit : UNITS) {
            for (String year : List.of("2024", "2025")) {
                int respondents = unit.equals("Habiliteringen") && year.equals("2025") ? 3 : 20 + random.nextInt(60);
                for (int i = 0; i < respondents; i++) {
                    String answer = answers.get(random.nextInt(answers.size()));
                    // Habiliteringen's three answer, so that its group holds respondents
                    rows.add(new Row(unit, year, unit.equals("Habiliteringen") && year.equals("2025") ? "4" : answer));
                }
            }
        }
        return rows;
    }

    private static byte[] bytes(List<Row> rows) {
        return ("Enhet;År;Svar\r\n" + rows.stream().map(Row::line).collect(Collectors.joining("\r\n")) + "\r\n")
                .getBytes(WINDOWS_1252);
    }

    /** The expected counts, tallied plainly from the rows: 4 and 5 yes, 1 to 3 no. */
    private static Map<String, Counts> tallied(List<Row> rows) {
        Map<String, long[]> tally = new LinkedHashMap<>();
        for (Row row : rows) {
            long[] counts = tally.computeIfAbsent(row.unit() + " " + row.year(), key -> new long[2]);
            switch (row.answer()) {
                case "4", "5" -> counts[0]++;
                case "1", "2", "3" -> counts[1]++;
                default -> { }
            }
        }
        Map<String, Counts> expected = new LinkedHashMap<>();
        tally.forEach((key, counts) -> expected.put(key, Counts.of(counts[0], counts[0] + counts[1])));
        return expected;
    }

    private static Map<String, Counts> read(ObservationBatch batch) {
        Map<String, Counts> read = new LinkedHashMap<>();
        for (Observation observation : batch.observations()) {
            read.put(TREE.get(observation.unit()).name() + " " + observation.period().code(), observation.counts().orElseThrow());
        }
        return read;
    }

    @Test
    void a_made_up_export_of_a_few_hundred_respondents_is_counted_per_unit_and_year_and_small_groups_suppressed() {
        List<Row> rows = export(new Random(20261205));
        assertTrue(rows.size() > 300, rows.size() + " rows");

        ObservationBatch batch = READER.readResponsesCsv(new ByteArrayInputStream(bytes(rows)), FORMAT, AnswerScale.fivePoint());

        assertEquals(List.of(), batch.problems());
        assertEquals(tallied(rows), read(batch));
        assertTrue(batch.observations().stream().allMatch(observation -> observation.indicator().equals(INDICATOR)));
        Observation small = batch.observations().stream().filter(observation -> observation.unit().value().equals("unit-4")
                && observation.period().equals(ReportingPeriod.parse("2025"))).findFirst().orElseThrow();
        assertEquals(Counts.of(3, 3), small.counts().orElseThrow());
        assertEquals(Status.SUPPRESSED, Evaluations.evaluateCounts(IndicatorCatalogue.load("orebro").get(INDICATOR),
                small.unit(), small.period(), small.counts().orElseThrow(), EvaluationPolicy.standard()).status());
    }

    static LongStream seeds() {
        return Seeds.seeds();
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void the_counts_do_not_depend_on_the_order_of_respondents(long seed) {
        Random random = new Random(seed);
        List<Row> rows = export(random);
        List<Row> shuffled = new ArrayList<>(rows);
        Collections.shuffle(shuffled, random);

        Map<String, Counts> inOrder = read(READER.readResponsesCsv(new ByteArrayInputStream(bytes(rows)), FORMAT,
                AnswerScale.fivePoint()));
        Map<String, Counts> inAnyOrder = read(READER.readResponsesCsv(new ByteArrayInputStream(bytes(shuffled)), FORMAT,
                AnswerScale.fivePoint()));

        assertEquals(tallied(rows), inAnyOrder);
        assertEquals(inOrder, inAnyOrder);
    }

    @Test
    void an_answer_off_the_scale_is_a_problem_and_its_group_is_left_out_not_counted_short() {
        List<Row> rows = new ArrayList<>(export(new Random(7)));
        rows.add(3, new Row("Kirurgkliniken", "2024", "6"));

        ObservationBatch batch = READER.readResponsesCsv(new ByteArrayInputStream(bytes(rows)), FORMAT, AnswerScale.fivePoint());

        assertEquals(1, batch.problems().size(), batch.problems().toString());
        assertEquals("line 5, column 3 (Svar)", batch.problems().get(0).location());
        assertEquals("is not on the scale: neither yes, no nor no answer, was 6", batch.problems().get(0).reason());
        Map<String, Counts> expected = tallied(rows);
        expected.remove("Kirurgkliniken 2024");
        assertEquals(expected, read(batch));
    }

    @Test
    void a_file_of_responses_and_a_file_of_observations_are_told_apart_by_their_columns() {
        ObservationBatch counts = READER.readResponsesCsv("Enhet;År;Antal positiva;Svar\r\n", FORMAT, AnswerScale.fivePoint());
        assertEquals("line 1, column 3 (Antal positiva)", counts.problems().get(0).location());

        ObservationBatch answers = READER.readCsv("Enhet;År;Svar\r\n", FORMAT);
        assertEquals("line 1, column 3 (Svar)", answers.problems().get(0).location());
        assertTrue(answers.problems().get(0).reason().contains("readResponsesCsv"), answers.problems().get(0).reason());

        ObservationBatch noAnswer = READER.readResponsesCsv("Enhet;År\r\n", FORMAT, AnswerScale.fivePoint());
        assertEquals("needs a column of the answer, headed answer or svar", noAnswer.problems().get(0).reason());
    }

    @Test
    void answers_are_compared_as_people_write_them_and_each_is_on_the_scale_once() {
        AnswerScale scale = AnswerScale.of(List.of(" Instämmer HELT"), List.of("Instämmer inte alls"), List.of("Vet ej", ""));

        assertEquals(List.of("instämmer helt"), scale.positive());
        assertTrue(scale.isPositive("instämmer  helt"));
        assertTrue(!scale.isPositive("INSTÄMMER INTE ALLS"));
        assertTrue(scale.isNonResponse(" "));
        assertEquals("answer: is no answer, was Vet ej",
                assertThrows(InvalidInputException.class, () -> scale.isPositive("Vet ej")).getMessage());
        assertEquals("answers: must each be on the scale once, was ja", assertThrows(InvalidInputException.class,
                () -> AnswerScale.of(List.of("Ja"), List.of("nej", "JA"), List.of())).getMessage());
        assertEquals("positive", assertThrows(InvalidInputException.class,
                () -> AnswerScale.of(List.of(), List.of("nej"), List.of())).path());
    }
}
