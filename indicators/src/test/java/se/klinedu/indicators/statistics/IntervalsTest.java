package se.klinedu.indicators.statistics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import se.klinedu.core.Counts;
import se.klinedu.core.InvalidInputException;

class IntervalsTest {

    private static final ConfidenceLevel NINETY_FIVE = ConfidenceLevel.ninetyFivePercent();

    @Nested
    class Quantiles {

        // standard normal quantiles as tabulated to 16 digits, e.g. R's qnorm(0.975) = 1.959963984540054
        @ParameterizedTest(name = "level {0}: z = {1}")
        @CsvSource({
            "0.5,      0.6744897501960817",
            "0.8,      1.2815515655446004",
            "0.9,      1.6448536269514722",
            "0.95,     1.959963984540054",
            "0.99,     2.5758293035489004",
            "0.999,    3.2905267314918945",
            "0.999999, 4.89163847567",
        })
        void z_matches_the_published_quantile(double level, double z) {
            assertEquals(z, ConfidenceLevel.of(level).z(), 1e-10);
        }

        @Test
        void levels_outside_one_half_to_almost_one_are_rejected() {
            assertThrows(InvalidInputException.class, () -> ConfidenceLevel.of(0.49));
            assertThrows(InvalidInputException.class, () -> ConfidenceLevel.of(1.0));
            InvalidInputException nan = assertThrows(InvalidInputException.class, () -> ConfidenceLevel.of(Double.NaN));
            assertEquals("level", nan.path());
        }
    }

    @Nested
    class Wilson {

        // Newcombe, R. G. (1998). Two-sided confidence intervals for the single proportion: comparison of
        // seven methods. Statistics in Medicine 17, 857–872: its worked examples, method 3 (score, no continuity correction)
        @ParameterizedTest(name = "{0}/{1}: {2}–{3}")
        @CsvSource({
            "81, 263, 0.2553, 0.3662",
            "15, 148, 0.0624, 0.1605",
            "0,  20,  0.0000, 0.1611",
            "1,  29,  0.0061, 0.1718",
        })
        void matches_newcombe_1998a(long numerator, long denominator, double lower, double upper) {
            Interval interval = Intervals.wilson(Counts.of(numerator, denominator), NINETY_FIVE);

            assertEquals(lower, interval.lower(), 0.00005);
            assertEquals(upper, interval.upper(), 0.00005);
        }

        @Test
        void all_and_none_reach_the_bounds_exactly() {
            assertEquals(1.0, Intervals.wilson(Counts.of(7, 7), NINETY_FIVE).upper());
            assertEquals(0.0, Intervals.wilson(Counts.of(0, 7), NINETY_FIVE).lower());
        }

        @Test
        void a_wider_level_gives_a_wider_interval() {
            Interval ninety = Intervals.wilson(Counts.of(40, 50), ConfidenceLevel.of(0.9));
            Interval ninetyNine = Intervals.wilson(Counts.of(40, 50), ConfidenceLevel.of(0.99));

            assertTrue(ninetyNine.lower() < ninety.lower() && ninety.upper() < ninetyNine.upper());
        }

        @Test
        void no_respondents_have_no_interval() {
            InvalidInputException e = assertThrows(InvalidInputException.class, () -> Intervals.wilson(Counts.of(0, 0), NINETY_FIVE));
            assertEquals("counts", e.path());
        }
    }

    @Nested
    class Newcombe {

        // Newcombe, R. G. (1998). Interval estimation for the difference between independent proportions:
        // comparison of eleven methods. Statistics in Medicine 17, 873–890: its worked examples, method 10 (hybrid score)
        @ParameterizedTest(name = "{0}/{1} − {2}/{3}: {4} to {5}")
        @CsvSource({
            "56, 70, 48, 80,  0.0524, 0.3339",
            "9,  10, 3,  10,  0.1705, 0.8090",
            "5,  56, 0,  29, -0.0381, 0.1926",
            "0,  10, 0,  20, -0.1611, 0.2775",
            "0,  10, 0,  10, -0.2775, 0.2775",
            "10, 10, 0,  20,  0.6791, 1.0000",
            "10, 10, 0,  10,  0.6075, 1.0000",
        })
        void matches_newcombe_1998b(long x1, long n1, long x2, long n2, double lower, double upper) {
            Interval interval = Intervals.newcombe(Counts.of(x1, n1), Counts.of(x2, n2), NINETY_FIVE);

            assertEquals(lower, interval.lower(), 0.00005);
            assertEquals(upper, interval.upper(), 0.00005);
        }

        @Test
        void swapping_the_shares_mirrors_the_interval() {
            Interval forward = Intervals.newcombe(Counts.of(56, 70), Counts.of(48, 80), NINETY_FIVE);
            Interval backward = Intervals.newcombe(Counts.of(48, 80), Counts.of(56, 70), NINETY_FIVE);

            assertEquals(forward.lower(), -backward.upper(), 1e-12);
            assertEquals(forward.upper(), -backward.lower(), 1e-12);
        }
    }

    @Test
    void an_interval_rejects_inverted_bounds() {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> Interval.of(0.5, 0.4));
        assertEquals("upper", e.path());
    }
}
