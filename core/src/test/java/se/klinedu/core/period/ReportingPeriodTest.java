package se.klinedu.core.period;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import se.klinedu.core.InvalidInputException;

class ReportingPeriodTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(textBlock = """
            2024,   2024-01-01, 2024-12-31
            VT2024, 2024-01-01, 2024-06-30
            HT2024, 2024-07-01, 2024-12-31
            VT2023, 2023-01-01, 2023-06-30
            """)
    void parses_a_code_into_its_days(String code, LocalDate first, LocalDate last) {
        ReportingPeriod period = ReportingPeriod.parse(code);

        assertEquals(first, period.firstDay());
        assertEquals(last, period.lastDay());
        assertEquals(code, period.code());
        assertTrue(period.contains(first) && period.contains(last));
        assertFalse(period.contains(first.minusDays(1)) || period.contains(last.plusDays(1)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "24", "20245", "VT24", "vt2024", "VT 2024", "ST2024", "2024-VT"})
    void rejects_other_codes(String code) {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> ReportingPeriod.parse(code));

        assertEquals("period", e.path());
    }

    @Test
    void a_day_falls_in_one_term() {
        assertEquals(Term.parse("VT2025"), Term.containing(LocalDate.of(2025, 6, 30)));
        assertEquals(Term.parse("HT2025"), Term.containing(LocalDate.of(2025, 7, 1)));
    }

    @Test
    void the_strategy_period_holds_its_years_and_terms() {
        StrategyPeriod period = StrategyPeriod.of(2021, 2030);

        assertTrue(period.contains(CalendarYear.of(2021)));
        assertTrue(period.contains(Term.parse("HT2030")));
        assertFalse(period.contains(CalendarYear.of(2031)));
        assertFalse(period.contains(Term.parse("HT2020")));
    }

    @Test
    void a_strategy_period_must_not_end_before_it_starts() {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> StrategyPeriod.of(2030, 2021));

        assertEquals("lastYear", e.path());
    }
}
