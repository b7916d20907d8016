package se.klinedu.indicators.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import se.klinedu.core.Counts;
import se.klinedu.core.Threshold;
import se.klinedu.core.generators.CoreGenerators;
import se.klinedu.core.generators.Seeds;
import se.klinedu.core.organisation.OrganisationUnitId;
import se.klinedu.core.period.CalendarYear;
import se.klinedu.indicators.rollup.RollUp;
import se.klinedu.indicators.statistics.ConfidenceLevel;
import se.klinedu.indicators.target.Direction;
import se.klinedu.indicators.target.Indicator;
import se.klinedu.indicators.target.IndicatorCopies;
import se.klinedu.indicators.target.IndicatorCatalogue;
import se.klinedu.indicators.target.IndicatorId;
import se.klinedu.indicators.target.Target;

/** Laws of evaluating shares and rolling statuses up. */
class EvaluationLaws {

    private static final Indicator TEMPLATE = IndicatorCatalogue.load("orebro").get(IndicatorId.of("1.1.1"));
    private static final OrganisationUnitId UNIT = OrganisationUnitId.of("unit");
    private static final CalendarYear YEAR = CalendarYear.of(2024);

    static LongStream seeds() {
        return Seeds.seeds();
    }

    private static Indicator indicator(Random random) {
        return Indicator.builder().id(IndicatorId.of("law")).effectGoal(TEMPLATE.effectGoal()).text(TEMPLATE.text())
                .target(Target.share(CoreGenerators.threshold(random)))
                .direction(random.nextBoolean() ? Direction.HIGHER_IS_BETTER : Direction.LOWER_IS_BETTER)
                .reporter(TEMPLATE.reporter()).build();
    }

    private static EvaluationPolicy policy(Random random) {
        return EvaluationPolicy.builder().minimumGroupSize(1 + random.nextInt(10))
                .confidenceLevel(ConfidenceLevel.of(0.8 + random.nextInt(20) / 100.0)).build();
    }

    private static Counts disclosable(Random random, int minimum) {
        long denominator = minimum + random.nextInt(2000);
        return Counts.of(random.nextLong(denominator + 1), denominator);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void one_more_positive_answer_never_worsens_the_status(long seed) {
        Random random = new Random(seed);
        Indicator indicator = indicator(random);
        EvaluationPolicy policy = policy(random);
        Counts counts = disclosable(random, policy.minimumGroupSize());
        if (counts.numerator() == counts.denominator()) {
            return;
        }
        Counts better = indicator.direction() == Direction.HIGHER_IS_BETTER
                ? Counts.of(counts.numerator() + 1, counts.denominator())
                : Counts.of(counts.numerator() - (counts.numerator() > 0 ? 1 : 0), counts.denominator());

        Status before = Evaluations.evaluateCounts(indicator, UNIT, YEAR, counts, policy).status();
        Status after = Evaluations.evaluateCounts(indicator, UNIT, YEAR, better, policy).status();

        assertFalse(before == Status.MET && after == Status.NOT_MET, () -> counts + " → " + better);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void the_smallest_passing_numerator_meets_and_one_fewer_does_not(long seed) {
        Random random = new Random(seed);
        Threshold threshold = CoreGenerators.threshold(random);
        Indicator indicator = IndicatorCopies.withTarget(TEMPLATE, Target.share(threshold));
        long denominator = 5 + random.nextInt(10_000);

        threshold.smallestPassingNumerator(denominator).ifPresent(k -> {
            assertEquals(Status.MET, status(indicator, Counts.of(k, denominator)));
            if (k > 0) {
                assertEquals(Status.NOT_MET, status(indicator, Counts.of(k - 1, denominator)));
            }
        });
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void a_clear_result_has_its_whole_interval_on_the_side_of_its_status(long seed) {
        Random random = new Random(seed);
        Indicator indicator = indicator(random);
        EvaluationPolicy policy = policy(random);
        IndicatorResult result = Evaluations.evaluateCounts(indicator, UNIT, YEAR, disclosable(random, policy.minimumGroupSize()), policy);
        double p = indicator.target().threshold().orElseThrow().percent().doubleValue() / 100;
        double lower = result.interval().orElseThrow().lower();
        double upper = result.interval().orElseThrow().upper();

        assertTrue(result.interval().get().contains(result.estimate().orElseThrow()));
        if (result.certainty().orElseThrow() == Certainty.CLEAR) {
            boolean above = lower >= p;
            boolean below = upper <= p;
            assertTrue(above || below, () -> result.toString());
        } else {
            assertTrue(lower <= p && p <= upper, () -> result.toString());
        }
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void below_the_minimum_group_size_nothing_numeric_is_disclosed(long seed) {
        Random random = new Random(seed);
        Indicator indicator = indicator(random);
        EvaluationPolicy policy = EvaluationPolicy.builder().minimumGroupSize(2 + random.nextInt(20)).build();
        long denominator = 1 + random.nextInt(policy.minimumGroupSize() - 1);
        Counts small = Counts.of(random.nextLong(denominator + 1), denominator);

        IndicatorResult result = Evaluations.evaluateCounts(indicator, UNIT, YEAR, small, policy);

        assertEquals(Status.SUPPRESSED, result.status());
        assertTrue(result.counts().isEmpty() && result.estimate().isEmpty() && result.interval().isEmpty());
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void improving_one_part_never_worsens_a_roll_up_and_order_does_not_matter(long seed) {
        Random random = new Random(seed);
        List<Status> statuses = random.ints(random.nextInt(8), 0, Status.values().length)
                .mapToObj(i -> Status.values()[i]).toList();
        for (RollUpRule rule : RollUpRule.values()) {
            Status status = RollUp.of(statuses, rule).status();
            assertEquals(status, RollUp.of(CoreGenerators.shuffled(random, statuses), rule).status());
            for (int i = 0; i < statuses.size(); i++) {
                if (statuses.get(i) == Status.NOT_MET) {
                    List<Status> improved = new java.util.ArrayList<>(statuses);
                    improved.set(i, Status.MET);
                    assertFalse(status == Status.MET && RollUp.of(improved, rule).status() != Status.MET);
                    assertFalse(RollUp.of(improved, rule).status() == Status.NOT_MET && status != Status.NOT_MET);
                }
            }
        }
    }

    private static Status status(Indicator indicator, Counts counts) {
        return Evaluations.evaluateCounts(indicator, UNIT, YEAR, counts, EvaluationPolicy.standard()).status();
    }
}
