package se.klinedu.indicators.statistics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class NormalQuantileTest {

    @Test
    void the_median_is_zero() {
        assertEquals(0.0, NormalQuantile.of(0.5));
    }

    @Test
    void probabilities_outside_one_half_to_one_are_rejected() {
        assertThrows(IllegalArgumentException.class, () -> NormalQuantile.of(0.4999));
        assertThrows(IllegalArgumentException.class, () -> NormalQuantile.of(1.0));
        assertThrows(IllegalArgumentException.class, () -> NormalQuantile.of(Double.NaN));
    }

    @Test
    void the_quantile_inverts_the_distribution_function() {
        for (double p = 0.5; p < 0.9999999; p = 1 - (1 - p) / 3) {
            double z = NormalQuantile.of(p);
            assertEquals(p, NormalQuantile.cumulative(z), 1e-15, () -> "p " + z);
        }
    }

    @Test
    void the_distribution_function_matches_published_values() {
        // Φ(1.96) = 0.9750021048517795, Φ(3) = 0.9986501019683699 (R's pnorm)
        assertEquals(0.9750021048517795, NormalQuantile.cumulative(1.96), 1e-15);
        assertEquals(0.9986501019683699, NormalQuantile.cumulative(3.0), 1e-15);
        assertTrue(NormalQuantile.density(0) > 0.3989422804 && NormalQuantile.density(0) < 0.3989422805);
    }

    @Test
    void a_confidence_level_reads_as_a_percentage() {
        assertEquals("95.0 %", ConfidenceLevel.of(0.95).toString());
    }

    @Test
    void an_interval_may_span_all_differences_and_contains_its_bounds() {
        Interval all = Interval.of(-1, 1);
        Interval point = Interval.of(0.25, 0.25);

        assertTrue(all.contains(-1) && all.contains(1));
        assertTrue(point.contains(0.25));
        assertThrows(se.klinedu.core.InvalidInputException.class, () -> Interval.of(-1.0000001, 0));
        assertThrows(se.klinedu.core.InvalidInputException.class, () -> Interval.of(0, 1.0000001));
    }
}
