package se.klinedu.indicators.trend;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import se.klinedu.core.Counts;
import se.klinedu.core.InvalidInputException;
import se.klinedu.core.Language;
import se.klinedu.core.explain.Reason;
import se.klinedu.core.explain.Renderer;
import se.klinedu.core.organisation.OrganisationUnitId;
import se.klinedu.core.period.CalendarYear;
import se.klinedu.core.period.ReportingPeriod;
import se.klinedu.indicators.evaluation.EvaluationPolicy;
import se.klinedu.indicators.evaluation.Evaluations;
import se.klinedu.indicators.evaluation.IndicatorResult;
import se.klinedu.indicators.evaluation.Status;
import se.klinedu.indicators.statistics.ConfidenceLevel;
import se.klinedu.indicators.target.Direction;
import se.klinedu.indicators.target.Indicator;
import se.klinedu.indicators.target.IndicatorCatalogue;
import se.klinedu.indicators.target.IndicatorId;

class TrendTest {

    private static final Indicator SATISFIED = IndicatorCatalogue.load("orebro").get(IndicatorId.of("1.6.2"));
    private static final OrganisationUnitId UNIT = OrganisationUnitId.of("clinic-1");
    private static final ConfidenceLevel NINETY_FIVE = ConfidenceLevel.ninetyFivePercent();

    private static IndicatorResult result(int year, long numerator, long denominator) {
        return Evaluations.evaluateCounts(SATISFIED, UNIT, CalendarYear.of(year), Counts.of(numerator, denominator),
                EvaluationPolicy.standard());
    }

    @Test
    void an_interval_above_zero_is_an_improvement_where_higher_is_better() {
        // Newcombe 1998b, example (a): 56/70 − 48/80 has the hybrid interval 0.0524 to 0.3339
        Trend trend = Trend.between(result(2023, 48, 80), result(2024, 56, 70), Direction.HIGHER_IS_BETTER, NINETY_FIVE);

        assertEquals(Change.IMPROVED, trend.change());
        assertEquals(0.2, trend.difference().orElseThrow(), 1e-12);
        assertEquals(List.of("2024 − 2023: +20.0 percentage points; 95% Newcombe interval +5.2 to +33.4 excludes 0"),
                Renderer.of(Language.ENGLISH).render(trend.reasons()));
        assertEquals(0.0524, trend.interval().orElseThrow().lower(), 0.00005);
    }

    @Test
    void the_same_rise_is_a_worsening_where_lower_is_better() {
        Trend trend = Trend.between(result(2023, 48, 80), result(2024, 56, 70), Direction.LOWER_IS_BETTER, NINETY_FIVE);

        assertEquals(Change.WORSENED, trend.change());
    }

    @Test
    void an_interval_containing_zero_is_no_significant_change() {
        // Newcombe 1998b, example (d): 5/56 − 0/29 has the interval −0.0381 to 0.1926
        Trend trend = Trend.between(result(2023, 0, 29), result(2024, 5, 56), Direction.HIGHER_IS_BETTER, NINETY_FIVE);

        assertEquals(Change.NO_SIGNIFICANT_CHANGE, trend.change());
        assertEquals(TrendReason.INTERVAL_CONTAINS_ZERO, trend.reasons().get(0).code());
        assertEquals("2024 − 2023: +8,9 procentenheter; 95\u00a0% Newcombe-intervall −3,8 till +19,3 omfattar 0",
                Renderer.of(Language.SWEDISH).render(trend.reasons().get(0)));
        assertEquals("2024 − 2023: +8.9 percentage points; 95% Newcombe interval −3.8 to +19.3 contains 0",
                Renderer.of(Language.ENGLISH).render(trend.reasons().get(0)));
    }

    @Test
    void a_fall_is_a_worsening() {
        Trend trend = Trend.between(result(2023, 56, 70), result(2024, 48, 80), Direction.HIGHER_IS_BETTER, NINETY_FIVE);

        assertEquals(Change.WORSENED, trend.change());
    }

    @Test
    void a_suppressed_period_makes_the_trend_not_comparable_and_it_discloses_no_number() {
        Trend trend = Trend.between(result(2023, 2, 3), result(2024, 56, 70), Direction.HIGHER_IS_BETTER, NINETY_FIVE);

        assertEquals(Change.NOT_COMPARABLE, trend.change());
        assertTrue(trend.difference().isEmpty() && trend.interval().isEmpty());
        assertEquals(List.of(Reason.of(TrendReason.NOT_COMPARABLE, "2023", Status.SUPPRESSED, "2024", Status.NOT_MET)), trend.reasons());
        assertEquals("Båda perioderna behöver redovisade antal med svarande: 2023 är undertryckt, 2024 är ej uppfyllt",
                Renderer.of(Language.SWEDISH).render(trend.reasons().get(0)));
    }

    @Test
    void results_of_different_units_cannot_be_compared() {
        IndicatorResult other = Evaluations.evaluateCounts(SATISFIED, OrganisationUnitId.of("other"), CalendarYear.of(2024),
                Counts.of(5, 10), EvaluationPolicy.standard());

        assertThrows(InvalidInputException.class,
                () -> Trend.between(result(2023, 5, 10), other, Direction.HIGHER_IS_BETTER, NINETY_FIVE));
    }

    @Test
    void the_latest_result_skips_periods_without_data() {
        IndicatorResult noData = result(2025, 0, 0);
        IndicatorResult latest = result(2024, 40, 50);

        assertEquals(Optional.of(latest), Trend.latest(List.of(noData, result(2022, 30, 50), latest)));
        assertEquals(Optional.empty(), Trend.latest(List.of(noData)));
    }

    @Test
    void a_term_is_later_than_an_earlier_term_of_its_year() {
        IndicatorResult spring = Evaluations.evaluateCounts(SATISFIED, UNIT, ReportingPeriod.parse("VT2024"), Counts.of(5, 10),
                EvaluationPolicy.standard());
        IndicatorResult autumn = Evaluations.evaluateCounts(SATISFIED, UNIT, ReportingPeriod.parse("HT2024"), Counts.of(6, 10),
                EvaluationPolicy.standard());

        assertEquals(Optional.of(autumn), Trend.latest(List.of(autumn, spring)));
    }

    @Test
    void of_a_year_and_its_autumn_term_the_autumn_term_is_the_latest() {
        IndicatorResult year = result(2024, 5, 10);
        IndicatorResult autumn = Evaluations.evaluateCounts(SATISFIED, UNIT, ReportingPeriod.parse("HT2024"), Counts.of(6, 10),
                EvaluationPolicy.standard());

        assertEquals(Optional.of(autumn), Trend.latest(List.of(autumn, year)));
        assertEquals(Optional.of(autumn), Trend.latest(List.of(year, autumn)));
    }

    @Test
    void a_trend_needs_a_reason() {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> Trend.builder()
                .from(CalendarYear.of(2023)).to(CalendarYear.of(2024)).change(Change.NOT_COMPARABLE).build());
        assertEquals("reasons", e.path());
    }
}
