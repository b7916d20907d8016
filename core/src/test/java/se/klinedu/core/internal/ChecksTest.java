package se.klinedu.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.regex.Pattern;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import se.klinedu.core.InvalidInputException;

/** The shared rules that sibling modules call directly, beyond what the value types' checks use. */
class ChecksTest {

    private static final Pattern FOUR_DIGITS = Pattern.compile("[0-9]{4}");

    @Nested
    class Matches {

        @Test
        void returns_a_matching_value() {
            assertEquals("2024", Checks.matches("year", "2024", FOUR_DIGITS, "must be four digits"));
        }

        @Test
        void rejects_a_value_that_matches_only_in_part() {
            InvalidInputException e = assertThrows(InvalidInputException.class,
                    () -> Checks.matches("year", "20245", FOUR_DIGITS, "must be four digits"));

            assertEquals("year", e.path());
            assertEquals("must be four digits, was 20245", e.reason());
        }
    }
}
