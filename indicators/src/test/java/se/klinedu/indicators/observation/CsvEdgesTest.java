package se.klinedu.indicators.observation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import se.klinedu.core.Counts;
import se.klinedu.core.InvalidInputException;
import se.klinedu.core.json.KlineduJson;
import se.klinedu.core.period.ReportingPeriod;
import se.klinedu.indicators.target.IndicatorCatalogue;
import se.klinedu.indicators.target.IndicatorId;

/** The edges of reading CSV: byte order marks, the first and last bytes, limits of problems and defaults. */
class CsvEdgesTest {

    private static final ObservationReader READER = ObservationReader.of(IndicatorCatalogue.load("orebro"));
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    private static final String HEADER = "indicator,unit,period,numerator,denominator\n";

    private static ObservationBatch bytes(byte[] bytes, CsvEncoding encoding) {
        return READER.readCsv(new ByteArrayInputStream(bytes), CsvFormat.standard().encodedIn(encoding));
    }

    private static byte[] concat(byte[] first, byte[] second) {
        byte[] both = new byte[first.length + second.length];
        System.arraycopy(first, 0, both, 0, first.length);
        System.arraycopy(second, 0, both, first.length, second.length);
        return both;
    }

    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    @ParameterizedTest(name = "{0}")
    @CsvSource({"UTF_8", "WINDOWS_1252", "DETECT"})
    void a_byte_order_mark_means_utf_8_whatever_the_encoding_says(CsvEncoding encoding) {
        byte[] file = concat(BOM, (HEADER + "1.1.1,vus,2024,1,2\n").getBytes(StandardCharsets.UTF_8));

        ObservationBatch batch = bytes(file, encoding);

        assertEquals(List.of(), batch.problems());
        assertEquals(1, batch.observations().size());
    }

    @Test
    void a_byte_order_mark_in_text_is_skipped_too() {
        assertEquals(List.of(), READER.readCsv("\uFEFF" + HEADER + "1.1.1,vus,2024,1,2\n").problems());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"UTF_8", "WINDOWS_1252", "DETECT"})
    void a_file_of_only_a_byte_order_mark_or_two_of_its_bytes_is_empty_or_unreadable(CsvEncoding encoding) {
        assertEquals("line 1", bytes(BOM, encoding).problems().get(0).location());
        assertTrue(bytes(BOM, encoding).problems().get(0).reason().startsWith("is empty"));
        // EF BB alone are no UTF-8; read as Windows-1252 they are "ï»", no header of observations
        ObservationBatch two = bytes(new byte[] {(byte) 0xEF, (byte) 0xBB}, encoding);
        assertEquals(1, two.problems().size(), two.problems().toString());
        assertEquals(encoding == CsvEncoding.UTF_8 ? "line 1, byte 1" : "line 1, column 1 (ï»)", two.problems().get(0).location());
    }

    @Test
    void the_first_and_the_last_byte_are_located() {
        ObservationBatch first = bytes("Åby".getBytes(WINDOWS_1252), CsvEncoding.UTF_8);
        assertEquals("line 1, byte 1", first.problems().get(0).location());

        ObservationBatch afterNewline = bytes((HEADER + "Å").getBytes(WINDOWS_1252), CsvEncoding.UTF_8);
        assertEquals("line 2, byte 1", afterNewline.problems().get(0).location());

        ObservationBatch utf8 = bytes("Åby".getBytes(StandardCharsets.UTF_8), CsvEncoding.WINDOWS_1252);
        assertEquals("line 1, byte 1", utf8.problems().get(0).location());
        assertEquals("is UTF-8 (byte 0xC3 begins a letter beyond ASCII), not Windows-1252: read it with the encoding utf-8 "
                + "or detect", utf8.problems().get(0).reason());
    }

    @Test
    void bytes_of_neither_encoding_are_one_problem() {
        byte[] file = (HEADER + "1.1.1,vus,2024,1,2\n").getBytes(StandardCharsets.US_ASCII);
        file[HEADER.length() + 6] = (byte) 0x81;

        ObservationBatch batch = bytes(file, CsvEncoding.DETECT);

        assertEquals(1, batch.problems().size());
        assertEquals("line 2, byte 7", batch.problems().get(0).location());
        assertEquals("is neither UTF-8 nor Windows-1252 (byte 0x81)", batch.problems().get(0).reason());
    }

    @Test
    void exactly_sixteen_mebibytes_are_read_and_one_byte_more_is_not() {
        byte[] limit = new byte[(int) KlineduJson.MAX_DOCUMENT_LENGTH];
        java.util.Arrays.fill(limit, (byte) 'x');

        ObservationBatch atLimit = bytes(limit, CsvEncoding.UTF_8);
        assertTrue(!atLimit.problems().get(0).reason().contains("is larger than"), atLimit.problems().toString());

        ObservationBatch past = bytes(concat(limit, new byte[] {'x'}), CsvEncoding.UTF_8);
        assertEquals("is larger than 16777216 bytes (16 MiB)", past.problems().get(0).reason());
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', textBlock = """
        STANDARD | indicator\tunit\tperiod\tnumerator\tdenominator | has one column, but looks tab-separated: read it with a format whose separator is the tab
        EXCEL    | indicator,unit,period,numerator,denominator | has one column, but looks comma-separated: read it with a format whose separator is the comma
        """)
    void a_header_of_one_column_names_the_separator_it_holds(String format, String header, String reason) {
        CsvFormat read = format.equals("STANDARD") ? CsvFormat.standard() : CsvFormat.swedishExcel();

        ObservationBatch batch = READER.readCsv(header + "\n", read);

        assertEquals(List.of(ObservationProblem.of("line 1", reason)), batch.problems());
    }

    @Test
    void a_header_of_one_plain_column_is_an_unknown_column() {
        ObservationBatch batch = READER.readCsv("unit\n");

        assertEquals("needs a column of the indicator, headed indicator", batch.problems().get(0).reason());
    }

    @Test
    void a_long_header_name_is_shortened_in_a_place() {
        String sixty = "x".repeat(60);
        assertEquals("line 1, column 6 (" + sixty + ")",
                READER.readCsv(HEADER.strip() + "," + sixty + "\n").problems().get(0).location());
        assertEquals("line 1, column 6 (" + sixty + "…)",
                READER.readCsv(HEADER.strip() + "," + sixty + "y\n").problems().get(0).location());
    }

    @Test
    void the_period_column_is_needed_unless_the_format_gives_the_period_and_then_must_be_left_out() {
        assertEquals("needs a column of the period, headed period",
                READER.readCsv("indicator,unit,numerator,denominator\n").problems().get(0).reason());

        CsvFormat of2024 = CsvFormat.standard().forPeriod(ReportingPeriod.parse("2024"));
        ObservationBatch batch = READER.readCsv("indicator,unit,numerator,denominator\n1.1.1,vus,1,2\n", of2024);
        assertEquals(List.of(), batch.problems());
        assertEquals(ReportingPeriod.parse("2024"), batch.observations().get(0).period());
        assertEquals("line 1, column 3 (period)", READER.readCsv(HEADER, of2024).problems().get(0).location());
    }

    @Test
    void the_standard_format_groups_no_thousands_and_writes_no_decimal_comma() {
        assertEquals("line 2, column 4 (numerator)", READER.readCsv(HEADER + "1.1.1,vus,2024,1 234,2000\n").problems()
                .get(0).location());
        assertEquals("line 2, column 4 (numerator)", READER.readCsv(HEADER + "1.1.1,vus,2024,\"12,0\",20\n").problems()
                .get(0).location());
        assertEquals(Counts.of(1234, 2000), READER.readCsv(HEADER.replace(',', ';') + "1.1.1;vus;2024;1 234;2 000,00\n",
                CsvFormat.swedishExcel()).observations().get(0).counts().orElseThrow());
    }

    @Test
    void blank_header_names_and_ignored_columns_are_rejected() {
        assertEquals("headerNames", assertThrows(InvalidInputException.class,
                () -> CsvFormat.builder().putHeaderName("  ", CsvColumn.UNIT).build()).path());
        assertEquals("ignoredColumns[0]", assertThrows(InvalidInputException.class,
                () -> CsvFormat.standard().ignoring(" ")).path());
    }

    @Test
    void a_scale_needs_a_negative_answer_and_prints_its_parts() {
        assertEquals("negative", assertThrows(InvalidInputException.class,
                () -> AnswerScale.of(List.of("ja"), List.of(), List.of())).path());
        assertEquals("yes [4, 5], no [1, 2, 3], no answer [, vet ej, ej aktuellt]", AnswerScale.fivePoint().toString());
    }

    @Test
    void a_thousand_problems_are_listed_and_the_thousand_and_first_is_counted() {
        String bad = "x\n";
        ObservationBatch thousand = READER.readCsv(HEADER + bad.repeat(ObservationReader.MAX_PROBLEMS_LISTED));
        assertEquals(ObservationReader.MAX_PROBLEMS_LISTED, thousand.problems().size());

        ObservationBatch more = READER.readCsv(HEADER + bad.repeat(ObservationReader.MAX_PROBLEMS_LISTED + 1));
        assertEquals(ObservationReader.MAX_PROBLEMS_LISTED + 1, more.problems().size());
        assertEquals(ObservationProblem.of("after line 1001", "and 1 more problem(s), not listed"),
                more.problems().get(ObservationReader.MAX_PROBLEMS_LISTED));
    }

    @Test
    void problems_of_reading_and_of_checking_are_merged_in_line_order_before_the_limit() {
        // odd lines cannot be read, even lines name an indicator the catalogue lacks: 600 of each
        StringBuilder csv = new StringBuilder(HEADER);
        for (int i = 0; i < 600; i++) {
            csv.append("x\n").append("9.9.9,vus,2024,1,2\n");
        }

        ObservationBatch batch = READER.readCsv(csv.toString());

        assertEquals(ObservationReader.MAX_PROBLEMS_LISTED + 1, batch.problems().size());
        assertEquals("line 2", batch.problems().get(0).location());
        assertEquals("line 3", batch.problems().get(1).location());
        assertEquals("line 1001", batch.problems().get(ObservationReader.MAX_PROBLEMS_LISTED - 1).location());
        assertEquals("and 200 more problem(s), not listed", batch.problems().get(ObservationReader.MAX_PROBLEMS_LISTED).reason());
    }

    @Test
    void a_batch_names_three_problems_in_its_message_and_marks_more() {
        String three = HEADER + "x\n".repeat(3);
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> READER.readCsv(three).toSet());
        assertTrue(e.getMessage().startsWith("observations: 3 problem(s): line 2"), e.getMessage());
        assertTrue(!e.getMessage().endsWith("; …"), e.getMessage());

        InvalidInputException four = assertThrows(InvalidInputException.class,
                () -> READER.readCsv(HEADER + "x\n".repeat(4)).toSet());
        assertTrue(four.getMessage().endsWith("; …") && !four.getMessage().contains("line 5"), four.getMessage());
    }

    @Test
    void responses_with_an_indicator_column_are_checked_against_the_catalogue_by_their_first_line() {
        String csv = "indicator,unit,period,answer\n1.3.2,vus,2024,5\n9.9.9,vus,2024,4\n1.3.2,vus,2024,1\n";

        ObservationBatch batch = READER.readResponsesCsv(csv, CsvFormat.standard(), AnswerScale.fivePoint());

        assertEquals(List.of(ObservationProblem.of("line 3", "indicator 9.9.9 is not in the catalogue")), batch.problems());
        assertEquals(IndicatorId.of("1.3.2"), batch.observations().get(0).indicator());
        assertEquals(Counts.of(1, 2), batch.observations().get(0).counts().orElseThrow());
    }
}
