package se.klinedu.grading.actionplan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import se.klinedu.core.InvalidInputException;
import se.klinedu.core.measure.Due;
import se.klinedu.grading.generators.GradingGenerators;

class ReportDatesTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "2026.10.01, 2026-10-01",
        "2026.01.31, 2026-01-31",
        "1 april 2026, 2026-04-01",
        "1 maj 2026, 2026-05-01",
        "1 mars 2026, 2026-03-01",
        "31 December 2025, 2025-12-31",
        "2026-02-01, 2026-02-01",
        "' 1 juni 2026 ', 2026-06-01"})
    void reads_the_reports_formats(String text, LocalDate expected) {
        assertEquals(expected, ReportDates.parseDate(text));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"1 januari 2026, 1", "1 februari 2026, 2", "1 juli 2026, 7", "1 augusti 2026, 8",
        "1 september 2026, 9", "1 oktober 2026, 10", "1 november 2026, 11", "1 december 2026, 12"})
    void knows_every_swedish_month(String text, int month) {
        assertEquals(month, ReportDates.parseDate(text).getMonthValue());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"Pågående", "Pågående arbete", "pågående", "ongoing"})
    void reads_ongoing(String text) {
        assertEquals(Due.ongoing(), ReportDates.parseDue(text));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"2026.02.01", "1 april 2026"})
    void reads_a_due_date(String text) {
        assertEquals(Due.on(ReportDates.parseDate(text)), ReportDates.parseDue(text));
    }

    static Stream<String> invalid() {
        return GradingGenerators.INVALID_DATE_TEXTS.stream();
    }

    @ParameterizedTest(name = "text \"{0}\"")
    @MethodSource("invalid")
    void rejects_what_is_no_date_naming_the_text(String text) {
        InvalidInputException date = assertThrows(InvalidInputException.class, () -> ReportDates.parseDate(text));
        InvalidInputException due = assertThrows(InvalidInputException.class, () -> ReportDates.parseDue(text));

        assertEquals("date", date.path());
        assertTrue(date.reason().endsWith("was " + text), date.reason());
        assertEquals("due", due.path());
    }

    // text | the rule it breaks
    @ParameterizedTest(name = "{0}")
    @CsvSource(textBlock = """
            1 aprill 2026 |    must be a date such as 2026.10.01, 2026-10-01 or 1 april 2026
            1 sommar 2026 |    must be a date such as 2026.10.01, 2026-10-01 or 1 april 2026
            april 2026 |       must be a date such as 2026.10.01, 2026-10-01 or 1 april 2026
            31 februari 2026 | must be a valid calendar date
            2026.13.01 |       must be a valid calendar date
            """, delimiter = '|')
    void tells_an_unknown_month_from_a_day_the_calendar_lacks(String text, String rule) {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> ReportDates.parseDate(text));

        assertEquals(rule + ", was " + text, e.reason());
    }
}
