package se.klinedu.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.OptionalLong;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ThresholdTest {

    @Nested
    class IsPassedBy {

        // comparison | percent | numerator | denominator | passes
        @ParameterizedTest(name = "{2}/{3} {0} {1} %: {4}")
        @CsvSource(textBlock = """
                more-than,  90,    9,     10,    false
                more-than,  90,    91,    100,   true
                more-than,  90,    8999,  10000, false
                more-than,  90,    9001,  10000, true
                more-than,  90,    900,   1000,  false
                at-least, 90,    9,     10,    true
                at-least, 90,    899,   1000,  false
                more-than,  85,    17,    20,    false
                more-than,  85,    6,     7,     true
                more-than,  0,     0,     5,     false
                at-least, 0,     0,     5,     true
                more-than,  100,   5,     5,     false
                at-least, 100,   5,     5,     true
                more-than,  33.3,  1,     3,     true
                more-than,  33.34, 1,     3,     false
                """)
        void compares_exactly_without_rounding(String comparison, BigDecimal percent, long numerator, long denominator,
                boolean passes) {
            Threshold threshold = Threshold.of(Comparison.of(comparison), percent);

            assertEquals(passes, threshold.isPassedBy(Counts.of(numerator, denominator)));
        }

        @Test
        void exactly_ninety_percent_does_not_meet_more_than_ninety() {
            assertEquals(false, Threshold.moreThan(90).isPassedBy(Counts.of(45, 50)));
            assertEquals(true, Threshold.atLeast(90).isPassedBy(Counts.of(45, 50)));
        }

        @Test
        void compares_as_exact_fractions_on_both_sides_of_the_long_arithmetic_limit() {
            // counts below 10^9 are compared in long arithmetic, larger ones in BigDecimal: both must agree with
            // the fraction comparison numerator/denominator against percent/100, computed here in BigInteger
            java.util.Random random = new java.util.Random(2026_12_06);
            for (int i = 0; i < 20_000; i++) {
                long denominator = 1 + (random.nextBoolean() ? random.nextInt(2_000) : (long) (random.nextDouble() * 4e18));
                if (i % 3 == 0) {
                    denominator = 999_999_990L + random.nextInt(20);    // around the limit
                }
                BigDecimal percent = BigDecimal.valueOf(random.nextInt(100_000_001), random.nextInt(7));
                percent = percent.compareTo(BigDecimal.valueOf(100)) > 0 ? BigDecimal.valueOf(100) : percent;
                // a numerator on the threshold exactly, or next to it, where the comparison is decided
                long onIt = percent.multiply(BigDecimal.valueOf(denominator)).divide(BigDecimal.valueOf(100),
                        java.math.RoundingMode.FLOOR).longValue();
                long numerator = Math.max(0, Math.min(denominator, onIt - 1 + random.nextInt(3)));
                Threshold threshold = Threshold.of(random.nextBoolean() ? Comparison.MORE_THAN : Comparison.AT_LEAST, percent);
                int sign = java.math.BigInteger.valueOf(numerator).multiply(java.math.BigInteger.valueOf(100))
                        .multiply(java.math.BigInteger.TEN.pow(threshold.percent().scale() < 0 ? 0 : threshold.percent().scale()))
                        .compareTo(threshold.percent().movePointRight(Math.max(0, threshold.percent().scale())).toBigIntegerExact()
                                .multiply(java.math.BigInteger.valueOf(denominator)));
                boolean expected = threshold.comparison() == Comparison.MORE_THAN ? sign > 0 : sign >= 0;
                long n = numerator;
                long d = denominator;
                assertEquals(expected, threshold.isPassedBy(Counts.of(n, d)), () -> n + "/" + d + " " + threshold);
            }
        }

        @Test
        void no_data_is_an_error_not_a_failure() {
            InvalidInputException e = assertThrows(InvalidInputException.class,
                    () -> Threshold.moreThan(90).isPassedBy(Counts.of(0, 0)));

            assertEquals("counts.denominator", e.path());
        }
    }

    @Nested
    class SmallestPassingNumerator {

        @ParameterizedTest(name = "{0} {1} % of {2}: {3}")
        @CsvSource(textBlock = """
                more-than,  90,  10,  10
                more-than,  90,  100, 91
                at-least, 90,  100, 90
                at-least, 90,  7,   7
                more-than,  85,  20,  18
                more-than,  0,   3,   1
                at-least, 0,   3,   0
                at-least, 100, 3,   3
                """)
        void finds_the_fewest(String comparison, BigDecimal percent, long denominator, long expected) {
            assertEquals(OptionalLong.of(expected),
                    Threshold.of(Comparison.of(comparison), percent).smallestPassingNumerator(denominator));
        }

        @Test
        void more_than_one_hundred_percent_cannot_be_passed() {
            assertTrue(Threshold.moreThan(100).smallestPassingNumerator(7).isEmpty());
        }

        @Test
        void the_largest_denominator_has_an_answer_not_an_overflow() {
            assertTrue(Threshold.moreThan(100).smallestPassingNumerator(Long.MAX_VALUE).isEmpty());
            assertEquals(OptionalLong.of(Long.MAX_VALUE), Threshold.atLeast(100).smallestPassingNumerator(Long.MAX_VALUE));
            // 99.999999 % of 9223372036854775807 is 9223371944621055438.45…: the next whole number passes
            assertEquals(OptionalLong.of(9_223_371_944_621_055_439L),
                    Threshold.of(Comparison.MORE_THAN, new BigDecimal("99.999999")).smallestPassingNumerator(Long.MAX_VALUE));
        }
    }

    @Nested
    class Of {

        @Test
        void rejects_a_percentage_above_one_hundred() {
            InvalidInputException e = assertThrows(InvalidInputException.class, () -> Threshold.moreThan(101));

            assertEquals("percent", e.path());
            assertEquals("percent: must be 0..100, was 101", e.getMessage());
        }

        @Test
        void rejects_a_negative_percentage() {
            assertThrows(InvalidInputException.class, () -> Threshold.atLeast(-1));
        }

        @Test
        void rejects_more_than_six_decimals_and_keeps_six() {
            InvalidInputException e = assertThrows(InvalidInputException.class,
                    () -> Threshold.of(Comparison.MORE_THAN, new BigDecimal("90.0000001")));
            assertEquals("percent: must have at most 6 decimals, was 90.0000001", e.getMessage());
            assertEquals(new BigDecimal("90.000001"), Threshold.of(Comparison.MORE_THAN, new BigDecimal("90.000001")).percent());
        }

        @Test
        void is_one_threshold_whatever_the_scale_of_its_percentage() {
            Threshold written = Threshold.of(Comparison.MORE_THAN, new BigDecimal("90.000"));
            assertEquals(Threshold.moreThan(90), written);
            assertEquals(Threshold.moreThan(90).hashCode(), written.hashCode());
            assertEquals(Threshold.moreThan(90), Threshold.of(Comparison.MORE_THAN, new BigDecimal("9E+1")));
            assertEquals("{\"comparison\":\"more-than\",\"percent\":90}", se.klinedu.core.json.KlineduJson.standard().write(written));
        }

        @Test
        void reads_as_its_operator() {
            assertEquals("> 90 %", Threshold.moreThan(90).toString());
            assertEquals(">= 85.5 %", Threshold.of(Comparison.AT_LEAST, new BigDecimal("85.50")).toString());
        }
    }
}
