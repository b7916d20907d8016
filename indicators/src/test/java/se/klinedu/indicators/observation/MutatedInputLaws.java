package se.klinedu.indicators.observation;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static se.klinedu.core.testkit.MutatedInputContract.Document.generated;

import java.io.ByteArrayInputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import se.klinedu.core.generators.CoreGenerators;
import se.klinedu.core.json.KlineduJson;
import se.klinedu.core.organisation.OrganisationTree;
import se.klinedu.core.testkit.MutatedInputContract;
import se.klinedu.core.testkit.MutatedJson;
import se.klinedu.core.testkit.MutatedJson.Mutation;
import se.klinedu.core.testkit.MutatedJson.Outcome;
import se.klinedu.indicators.evaluation.EvaluationPolicy;
import se.klinedu.indicators.generators.IndicatorsGenerators;
import se.klinedu.indicators.target.IndicatorCatalogue;
import se.klinedu.indicators.target.Target;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Generated bad input for indicators' readers. Typed documents (catalogues, observations, sets, policies,
 * targets) read through {@code KlineduJson} obey {@link MutatedJson}'s law. {@link ObservationReader}, whose
 * contract is a batch of observations and problems, never throws: for mutated JSON and CSV, every problem
 * names its place, and every accepted observation is one the mutated input holds unaltered. A failure names
 * the seed, the document and the case index, which reproduce it.
 *
 * <p>The typed documents' law is {@link MutatedInputContract}'s; the reader's laws live here because the
 * reader is the one entry point for CSV.
 */
class MutatedInputLaws extends MutatedInputContract {

    private static final IndicatorCatalogue OREBRO = IndicatorCatalogue.load("orebro");
    private static final ObservationReader READER = ObservationReader.of(OREBRO);
    private static final KlineduJson JSON = KlineduJson.standard();
    private static final JsonMapper TREES = JsonMapper.builder().build();

    private static final List<Document> DOCUMENTS = List.of(
            generated("IndicatorCatalogue.load(orebro)", IndicatorCatalogue.class, random -> OREBRO),
            generated("IndicatorCatalogue", IndicatorCatalogue.class, IndicatorsGenerators::catalogue),
            generated("Target", Target.class, IndicatorsGenerators::target),
            generated("Milestone", Milestone.class, IndicatorsGenerators::milestone),
            generated("Observation", Observation.class, random -> observations(random).get(0)),
            generated("ObservationSet", ObservationSet.class, random -> ObservationSet.of(OREBRO, observations(random))),
            generated("EvaluationPolicy", EvaluationPolicy.class, random -> IndicatorsGenerators.evaluationPolicy(random, OREBRO)));

    @Override
    protected String module() {
        return "indicators";
    }

    @Override
    protected List<Document> documents() {
        return DOCUMENTS;
    }

    private static List<Observation> observations(Random random) {
        OrganisationTree tree = CoreGenerators.organisationTree(random, 3);
        List<Observation> all = IndicatorsGenerators.observations(random, OREBRO, tree, IndicatorsGenerators.periods(random));
        return all.isEmpty() ? List.of(IndicatorsGenerators.observation(random, OREBRO.indicators().get(0), tree.root().id(),
                se.klinedu.core.period.CalendarYear.of(2025))) : all.subList(0, Math.min(6, all.size()));
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void the_reader_reports_every_mutated_json_array_as_problems_or_unaltered_observations(long seed) {
        timed(() -> {
            MutatedJson.Source valid = MutatedJson.source(JSON.write(observations(new Random(seed))));
            for (int index = 0; index < 2 * CASES_PER_DOCUMENT; index++) {
                Mutation mutation = valid.mutate(new Random(caseSeed(seed, index)), index);
                String where = "seed " + seed + ", ObservationReader.readJson, case " + index + ", " + mutation.kind() + ": "
                        + mutation.description() + "\n" + mutation.excerpt();
                String text = new String(mutation.bytes(), StandardCharsets.UTF_8);
                ObservationBatch batch = readWithoutThrowing(() -> READER.readJson(text), where);
                batch.problems().forEach(problem -> assertTrue(problem.location().startsWith("$"),
                        () -> "a problem names no JSON path: " + problem + "\n" + where));
                if (!batch.observations().isEmpty()) {
                    JsonNode input = TREES.readTree(text);
                    for (Observation observation : batch.observations()) {
                        JsonNode written = TREES.readTree(JSON.write(observation));
                        assertTrue(input.isArray() && input.values().stream().anyMatch(item -> covers(item, written)),
                                () -> "accepted an observation the input does not hold: " + written + "\n" + where);
                    }
                }
                count(batch.problems().isEmpty() ? Outcome.ACCEPTED : Outcome.REJECTED);
            }
        });
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void the_reader_reports_every_mutated_csv_as_problems_or_unaltered_observations(long seed) {
        timed(() -> {
            String valid = IndicatorsGenerators.csvOf(observations(new Random(seed)));
            for (int index = 0; index < 3 * CASES_PER_DOCUMENT; index++) {
                Random random = new Random(caseSeed(seed, index));
                CsvMutation mutation = mutateCsv(valid, random, index);
                String where = "seed " + seed + ", ObservationReader.readCsv, case " + index + ", " + mutation.description()
                        + "\n" + new String(mutation.bytes(), StandardCharsets.UTF_8);
                // strict UTF-8: bytes that are no UTF-8 must be a problem, never replaced by U+FFFD
                Reader reader = new InputStreamReader(new ByteArrayInputStream(mutation.bytes()), StandardCharsets.UTF_8.newDecoder()
                        .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT));
                ObservationBatch batch = readWithoutThrowing(() -> READER.readCsv(reader), where);
                batch.problems().forEach(problem -> assertTrue(problem.location().startsWith("line ")
                        || problem.location().equals("CSV"), () -> "a problem names no line: " + problem + "\n" + where));
                List<List<String>> rows = rows(new String(mutation.bytes(), StandardCharsets.UTF_8));
                for (Observation observation : batch.observations()) {
                    List<String> written = Arrays.asList(IndicatorsGenerators.csvRowOf(observation).split(",", -1));
                    assertTrue(rows.stream().anyMatch(row -> sameCells(row, written)),
                            () -> "accepted an observation the input does not hold: " + written + "\n" + where);
                }
                if (mutation.mustBeRejected()) {
                    assertTrue(!batch.problems().isEmpty(), () -> "no problem reported\n" + where);
                }
                count(batch.problems().isEmpty() ? Outcome.ACCEPTED : Outcome.REJECTED);
            }
        });
    }

    private static ObservationBatch readWithoutThrowing(java.util.function.Supplier<ObservationBatch> reading, String where) {
        try {
            return reading.get();
        } catch (RuntimeException | StackOverflowError e) {
            throw new AssertionError("the reader threw instead of reporting a problem: " + e + "\n" + where, e);
        }
    }

    private static boolean covers(JsonNode input, JsonNode output) {
        try {
            MutatedJson.assertCovers(input, output, "$", "");
            return true;
        } catch (AssertionError e) {
            return false;
        }
    }

    /**
     * {@return the rows of a CSV text split naively at line ends and commas, cells stripped; when the first line
     * names the standard columns in another order, each row's cells in the standard order, as the reader maps
     * them by name}
     */
    private static List<List<String>> rows(String csv) {
        List<List<String>> rows = new ArrayList<>();
        for (String line : csv.split("\r\n|\n|\r")) {
            rows.add(Arrays.stream(line.split(",", -1)).map(String::strip).map(MutatedInputLaws::unquoted).toList());
        }
        List<String> standard = List.of(ObservationReader.CSV_HEADER.split(","));
        List<String> header = rows.isEmpty() ? List.of() : rows.get(0);
        if (header.size() != standard.size() || !header.containsAll(standard) || header.equals(standard)) {
            return rows;
        }
        return rows.stream().map(row -> row.size() != header.size() ? row
                : standard.stream().map(name -> row.get(header.indexOf(name))).toList()).toList();
    }

    /** {@return a cell without the quotes around it, {@code ""} inside read as one quote} */
    private static String unquoted(String cell) {
        return cell.length() >= 2 && cell.startsWith("\"") && cell.endsWith("\"")
                ? cell.substring(1, cell.length() - 1).replace("\"\"", "\"") : cell;
    }

    private static boolean sameCells(List<String> input, List<String> written) {
        if (input.size() != written.size()) {
            return false;
        }
        for (int i = 0; i < input.size(); i++) {
            String a = input.get(i);
            String b = written.get(i);
            if (!a.equals(b) && !sameNumber(a, b)) {
                return false;
            }
        }
        return true;
    }

    private static boolean sameNumber(String a, String b) {
        try {
            return Long.parseLong(a) == Long.parseLong(b);
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private record CsvMutation(String description, byte[] bytes, boolean mustBeRejected) {
    }

    private static final List<String> LIMIT_CELLS = List.of("0", "-1", "+1", "007", String.valueOf(Integer.MAX_VALUE),
            String.valueOf(Long.MAX_VALUE), "9223372036854775808", "1e400", "1.5", "9".repeat(101), "", " ", "\"\"",
            "\"1,2\"", "a".repeat(65), "ö", "true", "TRUE", "GOOD", "good", "2024-02-30", "VT2020", "2031", "HT2030");

    private static CsvMutation mutateCsv(String valid, Random random, int index) {
        List<String> lines = new ArrayList<>(List.of(valid.split("\n")));
        int row = lines.size() > 1 ? 1 + random.nextInt(lines.size() - 1) : 0;
        List<String> cells = new ArrayList<>(Arrays.asList(lines.get(row).split(",", -1)));
        int column = random.nextInt(cells.size());
        switch (index % 8) {
            case 0 -> {
                byte[] bytes = valid.getBytes(StandardCharsets.UTF_8);
                int at = random.nextInt(bytes.length);
                int bit = random.nextInt(8);
                bytes[at] = (byte) (bytes[at] ^ (1 << bit));
                return new CsvMutation("byte " + at + " flipped at bit " + bit, bytes, false);
            }
            case 1 -> {
                int cut = 1 + random.nextInt(valid.length() - 1);
                return new CsvMutation("cut after character " + cut, valid.substring(0, cut).getBytes(StandardCharsets.UTF_8),
                        false);
            }
            case 2 -> {
                String removed = cells.remove(column);
                lines.set(row, String.join(",", cells));
                return csv("line " + (row + 1) + ": cell " + (column + 1) + " (" + removed + ") deleted", lines, true);
            }
            case 3 -> {
                cells.add(column, cells.get(column));
                lines.set(row, String.join(",", cells));
                return csv("line " + (row + 1) + ": cell " + (column + 1) + " duplicated", lines, true);
            }
            case 4, 5 -> {
                String value = LIMIT_CELLS.get(random.nextInt(LIMIT_CELLS.size()));
                cells.set(column, value);
                lines.set(row, String.join(",", cells));
                return csv("line " + (row + 1) + ": cell " + (column + 1) + " replaced by " + value, lines, false);
            }
            case 6 -> {
                List<String> header = new ArrayList<>(Arrays.asList(lines.get(0).split(",")));
                int other = (column + 1 + random.nextInt(header.size() - 1)) % header.size();
                String description;
                switch (random.nextInt(3)) {
                    case 0 -> {
                        // a valid file of another meaning: the reader maps columns by their names
                        java.util.Collections.swap(header, column, other);
                        lines.set(0, String.join(",", header));
                        return csv("header columns " + (column + 1) + " and " + (other + 1) + " swapped", lines, false);
                    }
                    case 1 -> {
                        header.remove(column);
                        description = "header column " + (column + 1) + " deleted";
                    }
                    default -> {
                        lines.remove(0);
                        return csv("header line deleted", lines, true);
                    }
                }
                lines.set(0, String.join(",", header));
                return csv(description, lines, true);
            }
            default -> {
                lines.add(row + 1, lines.get(row));
                return csv("line " + (row + 1) + " repeated", lines, row > 0);
            }
        }
    }

    private static CsvMutation csv(String description, List<String> lines, boolean mustBeRejected) {
        return new CsvMutation(description, (String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8), mustBeRejected);
    }
}
