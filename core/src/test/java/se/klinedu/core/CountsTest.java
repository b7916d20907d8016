package se.klinedu.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CountsTest {

    @ParameterizedTest(name = "{0}/{1}")
    @CsvSource(delimiter = '|', textBlock = """
            11 | 10 | numerator   | numerator: must be 0..10, was 11
            -1 | 10 | numerator   | numerator: must be 0..10, was -1
            0  | -1 | denominator | denominator: must not be negative, was -1
            """)
    void rejects_counts_outside_zero_to_denominator(long numerator, long denominator, String path, String message) {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> Counts.of(numerator, denominator));

        assertEquals(path, e.path());
        assertEquals(message, e.getMessage());
    }

    @Test
    void zero_of_zero_is_no_data_not_a_share_of_zero() {
        Counts none = Counts.of(0, 0);

        assertTrue(none.isEmpty());
        assertThrows(InvalidInputException.class, none::share);
    }

    @Test
    void pools_by_summing_numerators_and_denominators() {
        assertEquals(Counts.of(12, 30), Counts.of(9, 10).plus(Counts.of(3, 20)));
        assertEquals(0.4, Counts.of(12, 30).share(), 1e-15);
    }
}
