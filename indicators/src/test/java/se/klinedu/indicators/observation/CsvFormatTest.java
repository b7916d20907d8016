package se.klinedu.indicators.observation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import se.klinedu.core.Counts;
import se.klinedu.core.InvalidInputException;
import se.klinedu.core.generators.CoreGenerators;
import se.klinedu.core.generators.Seeds;
import se.klinedu.core.json.KlineduJson;
import se.klinedu.core.organisation.OrganisationTree;
import se.klinedu.core.organisation.OrganisationUnitId;
import se.klinedu.core.period.ReportingPeriod;
import se.klinedu.indicators.generators.IndicatorsGenerators;
import se.klinedu.indicators.target.IndicatorCatalogue;
import se.klinedu.indicators.target.IndicatorId;

/** CSV files as regions export them: separators, encodings, Swedish header names and numbers. */
class CsvFormatTest {

    private static final ObservationReader READER = ObservationReader.of(IndicatorCatalogue.load("orebro"));
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    private static final CsvFormat ONE_INDICATOR = CsvFormat.swedishExcel().forIndicator(IndicatorId.of("1.1.1"));

    private static ObservationBatch read(String text, Charset charset, CsvFormat format) {
        return READER.readCsv(new ByteArrayInputStream(text.getBytes(charset)), format);
    }

    private static ObservationProblem onlyProblem(ObservationBatch batch) {
        assertEquals(1, batch.problems().size(), batch.problems().toString());
        return batch.problems().get(0);
    }

    @Nested
    class SwedishExcel {

        static final String EXPORT = "Enhet;År;Antal positiva;Antal svarande\r\n"
                + "vus-kirurgi;2024;1 234;1 500\r\n"
                + "vus-ortopedi;2024;46,0;50\r\n"
                + ";;;\r\n"
                + "vc-åby-hälsan;2024;3;4\r\n";

        @Test
        void reads_a_windows_1252_semicolon_file_of_one_indicator_with_grouped_thousands_and_decimal_commas() {
            String export = EXPORT.replace("vc-åby-hälsan", "vc-aby");

            ObservationBatch batch = read(export, WINDOWS_1252, ONE_INDICATOR);

            assertEquals(List.of(), batch.problems());
            assertEquals(List.of(Counts.of(1234, 1500), Counts.of(46, 50), Counts.of(3, 4)),
                    batch.observations().stream().map(observation -> observation.counts().orElseThrow()).toList());
            assertEquals(List.of("vus-kirurgi", "vus-ortopedi", "vc-aby"),
                    batch.observations().stream().map(observation -> observation.unit().value()).toList());
            assertTrue(batch.observations().stream().allMatch(observation -> observation.indicator().equals(IndicatorId.of("1.1.1"))
                    && observation.period().equals(ReportingPeriod.parse("2024"))));
        }

        @Test
        void reads_the_same_file_saved_as_utf_8_with_a_byte_order_mark() {
            String export = "\uFEFF" + EXPORT.replace("vc-åby-hälsan", "vc-aby");

            assertEquals(read(EXPORT.replace("vc-åby-hälsan", "vc-aby"), WINDOWS_1252, ONE_INDICATOR).observations(),
                    read(export, StandardCharsets.UTF_8, ONE_INDICATOR).observations());
        }

        @Test
        void names_the_users_column_when_a_cell_is_wrong() {
            ObservationBatch batch = read("Indikator;Enhet;År;Antal positiva;Antal svarande\r\n1.1.1;vus-kirurgi;2024;12,5;20\r\n",
                    WINDOWS_1252, CsvFormat.swedishExcel());

            ObservationProblem problem = onlyProblem(batch);
            assertEquals("line 2, column 4 (Antal positiva)", problem.location());
            assertEquals("must be a whole number, was 12,5", problem.reason());
        }

        @Test
        void a_letter_outside_ascii_in_a_unit_id_is_a_problem_not_mojibake() {
            ObservationBatch batch = read(EXPORT, WINDOWS_1252, ONE_INDICATOR);

            ObservationProblem problem = onlyProblem(batch);
            assertEquals("line 5, column 1 (Enhet)", problem.location());
            assertTrue(problem.reason().contains("was vc-åby-hälsan"), problem.reason());
        }

        @Test
        void a_column_the_format_does_not_know_is_a_problem_until_it_is_ignored() {
            String export = "Enhet;År;Antal positiva;Antal svarande;Andel\r\nvus-kirurgi;2024;46;50;92,0\r\n";

            ObservationProblem problem = onlyProblem(read(export, WINDOWS_1252, ONE_INDICATOR));
            assertEquals("line 1, column 5 (Andel)", problem.location());

            CsvFormat ignoringShare = ONE_INDICATOR.ignoring("Andel");
            assertEquals(List.of(Counts.of(46, 50)), read(export, WINDOWS_1252, ignoringShare).observations().stream()
                    .map(observation -> observation.counts().orElseThrow()).toList());
        }

        @Test
        void an_indicator_column_in_a_file_of_one_indicator_is_a_problem() {
            ObservationProblem problem = onlyProblem(read("Indikator;Enhet;År;Antal positiva;Antal svarande\r\n",
                    WINDOWS_1252, ONE_INDICATOR));

            assertEquals("line 1, column 1 (Indikator)", problem.location());
            assertTrue(problem.reason().contains("the format gives every row's indicator"), problem.reason());
        }
    }

    @Nested
    class WrongGuesses {

        @Test
        void a_semicolon_file_read_as_standard_says_so() {
            ObservationProblem problem = onlyProblem(READER.readCsv("Enhet;År;Antal positiva;Antal svarande\nvus;2024;1;2\n"));

            assertEquals("line 1", problem.location());
            assertEquals("has one column, but looks semicolon-separated: read it with CsvFormat.swedishExcel() or a format "
                    + "whose separator is the semicolon", problem.reason());
        }

        @Test
        void windows_1252_bytes_read_as_utf_8_are_a_located_problem_naming_the_encoding() {
            ObservationBatch batch = read("indicator,unit,period,numerator,denominator\n1.1.1,Åby,2024,1,2\n", WINDOWS_1252,
                    CsvFormat.standard());

            ObservationProblem problem = onlyProblem(batch);
            assertEquals("line 2, byte 7", problem.location());
            assertEquals("is not UTF-8 (byte 0xC5); Excel saves CSV as Windows-1252: read it with CsvFormat.swedishExcel() "
                    + "or the encoding windows-1252 or detect", problem.reason());
        }

        @Test
        void utf_8_bytes_read_as_windows_1252_are_a_problem_not_mojibake() {
            CsvFormat windows = CsvFormat.swedishExcel().encodedIn(CsvEncoding.WINDOWS_1252);

            ObservationProblem problem = onlyProblem(read("Enhet;År\n", StandardCharsets.UTF_8, windows));

            assertEquals("line 1, byte 7", problem.location());
            assertTrue(problem.reason().startsWith("is UTF-8 (byte 0xC3"), problem.reason());
        }

        @Test
        void blank_lines_are_problems_unless_the_format_skips_them() {
            String csv = "indicator,unit,period,numerator,denominator\n1.1.1,vus,2024,1,2\n,,,,\n";

            assertEquals("line 3, column 1 (indicator)", onlyProblem(READER.readCsv(csv)).location());
            assertEquals(List.of(), READER.readCsv(csv, CsvFormat.standard().skippingBlankLines()).problems());
        }

        @Test
        void more_than_sixteen_mebibytes_of_bytes_are_one_problem_read_no_further() {
            byte[] bytes = new byte[(int) KlineduJson.MAX_DOCUMENT_LENGTH + 2];

            ObservationProblem problem = onlyProblem(READER.readCsv(new ByteArrayInputStream(bytes), CsvFormat.standard()));

            assertEquals("CSV", problem.location());
            assertEquals("is larger than 16777216 bytes (16 MiB)", problem.reason());
        }
    }

    @Nested
    class Values {

        @Test
        void header_names_are_compared_without_case_or_surrounding_and_repeated_space() {
            CsvFormat spaced = CsvFormat.builder().putHeaderName("  Antal   Svarande ", CsvColumn.DENOMINATOR).build();
            CsvFormat plain = CsvFormat.builder().putHeaderName("antal svarande", CsvColumn.DENOMINATOR).build();

            assertEquals(plain, spaced);
            assertEquals(Map.of("antal svarande", CsvColumn.DENOMINATOR), spaced.headerNames());
            assertEquals(CsvColumn.DENOMINATOR, spaced.column("ANTAL SVARANDE").orElseThrow());
        }

        @Test
        void two_names_that_compare_equal_are_rejected() {
            InvalidInputException e = assertThrows(InvalidInputException.class, () -> CsvFormat.builder()
                    .putHeaderName("Enhet", CsvColumn.UNIT).putHeaderName("ENHET", CsvColumn.UNIT).build());

            assertEquals("headerNames", e.path());
        }

        @Test
        void an_ignored_column_that_is_also_mapped_is_rejected() {
            InvalidInputException e = assertThrows(InvalidInputException.class, () -> CsvFormat.builder()
                    .putHeaderName("enhet", CsvColumn.UNIT).addIgnoredColumn("Enhet").build());

            assertEquals("ignoredColumns[0]", e.path());
        }

        @Test
        void only_a_comma_a_semicolon_or_a_tab_separates() {
            InvalidInputException e = assertThrows(InvalidInputException.class, () -> CsvFormat.builder().separator('|').build());

            assertEquals("separator: must be a comma, a semicolon or a tab, was U+007C", e.getMessage());
        }
    }

    @Nested
    class UnitsOfATree {

        private final OrganisationTree tree = OrganisationTree.of(List.of(
                se.klinedu.core.organisation.OrganisationUnit.root(OrganisationUnitId.of("region"), "Region Västmyra",
                        se.klinedu.core.organisation.OrganisationLevel.HOSPITAL_OR_REGION),
                se.klinedu.core.organisation.OrganisationUnit.child(OrganisationUnitId.of("kirurgi"), "Kirurgkliniken",
                        se.klinedu.core.organisation.OrganisationLevel.CLINIC_OR_HEALTH_CENTRE, OrganisationUnitId.of("region")),
                se.klinedu.core.organisation.OrganisationUnit.child(OrganisationUnitId.of("vc-aby"), "Åby vårdcentral",
                        se.klinedu.core.organisation.OrganisationLevel.CLINIC_OR_HEALTH_CENTRE, OrganisationUnitId.of("region")),
                se.klinedu.core.organisation.OrganisationUnit.child(OrganisationUnitId.of("kir-avd1"), "Avdelning 1",
                        se.klinedu.core.organisation.OrganisationLevel.WORK_TEAM, OrganisationUnitId.of("kirurgi")),
                se.klinedu.core.organisation.OrganisationUnit.child(OrganisationUnitId.of("vc-avd1"), "Avdelning 1",
                        se.klinedu.core.organisation.OrganisationLevel.WORK_TEAM, OrganisationUnitId.of("vc-aby"))));
        private final ObservationReader reader = ObservationReader.of(IndicatorCatalogue.load("orebro"), tree);

        private ObservationBatch read(String rows) {
            String export = "Enhet;År;Antal positiva;Antal svarande\r\n" + rows;
            return reader.readCsv(new ByteArrayInputStream(export.getBytes(WINDOWS_1252)), ONE_INDICATOR);
        }

        @Test
        void a_unit_cell_may_hold_the_units_id_or_its_name_as_people_write_it() {
            ObservationBatch batch = read("kirurgi;2024;46;50\r\nÅBY  VÅRDCENTRAL ;2024;3;4\r\n");

            assertEquals(List.of(), batch.problems());
            assertEquals(List.of(OrganisationUnitId.of("kirurgi"), OrganisationUnitId.of("vc-aby")),
                    batch.observations().stream().map(Observation::unit).toList());
        }

        @Test
        void a_misspelt_unit_is_a_problem_of_its_line_and_column_never_dropped() {
            ObservationBatch batch = read("kirurgi;2024;46;50\r\nKirurgklinken;2024;12;20\r\n");

            ObservationProblem problem = onlyProblem(batch);
            assertEquals("line 3, column 1 (Enhet)", problem.location());
            assertEquals("is no unit of the tree: no unit has this id or name, was Kirurgklinken", problem.reason());
            assertEquals(1, batch.observations().size());
        }

        @Test
        void a_name_of_two_units_is_a_problem_naming_both() {
            ObservationProblem problem = onlyProblem(read("Avdelning 1;2024;46;50\r\n"));

            assertEquals("line 2, column 1 (Enhet)", problem.location());
            assertEquals("names 2 units of the tree (kir-avd1, vc-avd1): write the unit's id, was Avdelning 1", problem.reason());
        }

        @Test
        void an_unknown_unit_id_in_json_or_java_is_a_problem_of_its_item() {
            String json = "[{\"indicator\":\"1.1.1\",\"unit\":\"kirurgi\",\"period\":\"2024\",\"counts\":{\"numerator\":1,"
                    + "\"denominator\":2}},{\"indicator\":\"1.1.1\",\"unit\":\"kirurgklinken\",\"period\":\"2024\","
                    + "\"counts\":{\"numerator\":1,\"denominator\":2}}]";

            ObservationProblem problem = onlyProblem(reader.readJson(json));
            assertEquals("$[1]", problem.location());
            assertEquals("unit kirurgklinken is not a unit of the tree", problem.reason());
            Random random = new Random(1);
            List<Observation> built = List.of(
                    IndicatorsGenerators.observation(random, IndicatorCatalogue.load("orebro").get(IndicatorId.of("1.1.1")),
                            OrganisationUnitId.of("kirurgi"), ReportingPeriod.parse("2024")),
                    IndicatorsGenerators.observation(random, IndicatorCatalogue.load("orebro").get(IndicatorId.of("1.1.1")),
                            OrganisationUnitId.of("nowhere"), ReportingPeriod.parse("2024")));
            assertEquals("observations[1]", onlyProblem(reader.check(built)).location());
        }
    }

    static LongStream seeds() {
        return Seeds.seeds();
    }

    /** The columns of a file of observations, in the standard header's order. */
    private static final List<CsvColumn> OBSERVATION_COLUMNS = List.of(CsvColumn.values()).subList(0, 8);

    /**
     * The law: observations written in any format (its separator, encoding, number style, header names in any
     * order, CRLF line ends) read back as the same observations.
     */
    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void observations_written_in_a_format_read_back_unchanged(long seed) {
        Random random = new Random(seed);
        IndicatorCatalogue catalogue = IndicatorsGenerators.catalogue(random);
        OrganisationTree tree = CoreGenerators.organisationTree(random, 5);
        CsvFormat format = withEveryColumn(((ImmutableCsvFormat) IndicatorsGenerators.csvFormat(random))
                .withIndicator(java.util.Optional.empty()).withPeriod(java.util.Optional.empty()));
        List<Observation> observations = IndicatorsGenerators.observations(random, catalogue, tree,
                IndicatorsGenerators.periods(random));

        List<CsvColumn> order = new ArrayList<>(OBSERVATION_COLUMNS);
        Collections.shuffle(order, random);
        String text = written(observations, format, order, random);
        Charset charset = format.encoding() == CsvEncoding.WINDOWS_1252 ? WINDOWS_1252 : StandardCharsets.UTF_8;

        ObservationBatch batch = ObservationReader.of(catalogue).readCsv(new ByteArrayInputStream(text.getBytes(charset)), format);

        assertEquals(List.of(), batch.problems(), () -> format + "\n" + text.lines().limit(3).toList());
        assertEquals(observations, batch.observations());
    }

    /** {@return the format with a header name for each column it lacks one for} */
    private static CsvFormat withEveryColumn(CsvFormat format) {
        Map<String, CsvColumn> names = new java.util.LinkedHashMap<>(format.headerNames());
        for (CsvColumn column : OBSERVATION_COLUMNS) {
            if (!names.containsValue(column)) {
                names.put("fält " + column.header(), column);
            }
        }
        return ((ImmutableCsvFormat) format).withHeaderNames(names);
    }

    private static String written(List<Observation> observations, CsvFormat format, List<CsvColumn> order, Random random) {
        String separator = String.valueOf(format.separator());
        String header = order.stream().map(column -> format.headerNames().entrySet().stream()
                .filter(entry -> entry.getValue() == column).map(Map.Entry::getKey).findFirst().orElseThrow()
                .toUpperCase(Locale.ROOT)).collect(Collectors.joining(separator));
        StringBuilder text = new StringBuilder(header).append("\r\n");
        for (Observation observation : observations) {
            List<String> cells = List.of(IndicatorsGenerators.csvRowOf(observation).split(",", -1));
            text.append(order.stream().map(column -> number(cells.get(column.ordinal()), column, format, random))
                    .collect(Collectors.joining(separator))).append("\r\n");
        }
        return text.toString();
    }

    /** {@return a count written as the format allows: grouped thousands, a zero decimal fraction} */
    private static String number(String cell, CsvColumn column, CsvFormat format, Random random) {
        if (cell.isEmpty() || column != CsvColumn.NUMERATOR && column != CsvColumn.DENOMINATOR) {
            return cell;
        }
        String written = cell;
        if (format.thousandSeparators() && written.length() > 3) {
            String grouping = List.of(" ", "\u00A0", "\u202F").get(random.nextInt(3));
            written = written.substring(0, written.length() - 3) + grouping + written.substring(written.length() - 3);
        }
        written = format.decimalComma() && random.nextBoolean() ? written + ",0" : written;
        // a comma-separated file quotes a decimal comma, as Excel does
        return written.indexOf(format.separator()) >= 0 ? '"' + written + '"' : written;
    }
}
