package se.klinedu.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.math.BigInteger;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import se.klinedu.core.InvalidInputException;

class DecimalsTest {

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource({
        "999999.999999, 999999.999999",
        "-999999.999999, -999999.999999",
        "0.000001, 0.000001",
        "90.000000000, 90",
        "9E+1, 90",
        "1.50, 1.5",
        "0E-999999999, 0",
        "0E+999999999, 0",
        "-0.0, 0",
    })
    void keeps_a_decimal_within_the_bound_in_canonical_form(String given, String canonical) {
        BigDecimal value = Decimals.canonical("x", new BigDecimal(given), 6, 6);
        assertEquals(new BigDecimal(canonical), value);
        assertEquals(canonical, value.toPlainString());
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        "1000000 | x: must be below 1E+6 in magnitude, had 7 digits before the point",
        "-1E+6 | x: must be below 1E+6 in magnitude, had 7 digits before the point",
        "1e999999999 | x: must be below 1E+6 in magnitude, had 1000000000 digits before the point",
        "0.0000001 | x: must have at most 6 decimals, was 0.0000001",
        "0.00000010 | x: must have at most 6 decimals, was 0.0000001",
        "0.00000001 | x: must have at most 6 decimals, had 8 places after the point",
        "1e-999999999 | x: must have at most 6 decimals, had 999999999 places after the point",
        "1.0000001 | x: must have at most 6 decimals, was 1.0000001",
        "123456.1234567 | x: must have at most 6 decimals, was 123456.1234567",
    })
    void rejects_a_decimal_past_the_bound_without_quoting_its_digits(String given, String message) {
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> Decimals.canonical("x", new BigDecimal(given), 6, 6));
        assertEquals(message, e.getMessage());
    }

    @ParameterizedTest(name = "{0} bits")
    @CsvSource({"400, true", "401, false"})
    void rejects_an_unscaled_value_of_more_than_four_hundred_bits(int bits, boolean accepted) {
        // 2^bits - 1 at a scale that keeps it within the digit bound: only its length decides
        BigDecimal value = new BigDecimal(BigInteger.ONE.shiftLeft(bits).subtract(BigInteger.ONE), 200);
        if (accepted) {
            assertEquals(value.stripTrailingZeros(), Decimals.canonical("x", value, 200, 200));
        } else {
            InvalidInputException e = assertThrows(InvalidInputException.class, () -> Decimals.canonical("x", value, 200, 200));
            assertEquals("x: must have at most 120 significant digits", e.getMessage());
        }
    }
}
