package se.klinedu.core.supervision;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.Random;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import se.klinedu.core.generators.CoreGenerators;
import se.klinedu.core.generators.Seeds;

class TrainingScopeLaws {

    static LongStream seeds() {
        return Seeds.seeds();
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void hours_grow_with_the_scope(long seed) {
        Random random = new Random(seed);
        TrainingScope scope = CoreGenerators.trainingScope(random);
        HoursPolicy policy = CoreGenerators.hoursPolicy(random);
        BigDecimal more = BigDecimal.valueOf(1 + random.nextInt(10));

        TrainingScope larger = ((ImmutableTrainingScope) scope).withMax(scope.max().add(more));
        HoursEstimate estimate = scope.estimatedHours(policy);
        HoursEstimate largerEstimate = larger.estimatedHours(policy);

        assertTrue(largerEstimate.maxHours().compareTo(estimate.maxHours()) > 0);
        assertTrue(largerEstimate.minHours().compareTo(estimate.minHours()) == 0);
        assertTrue(estimate.minHours().compareTo(estimate.maxHours()) <= 0);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void a_larger_unit_never_gives_fewer_hours(long seed) {
        Random random = new Random(seed);
        TrainingScope scope = CoreGenerators.trainingScope(random);
        HoursPolicy policy = HoursPolicy.standard();

        BigDecimal hours = ((ImmutableTrainingScope) scope).withUnit(ScopeUnit.HOURS)
                .estimatedHours(policy).maxHours();
        BigDecimal days = ((ImmutableTrainingScope) scope).withUnit(ScopeUnit.DAYS)
                .estimatedHours(policy).maxHours();
        BigDecimal credits = ((ImmutableTrainingScope) scope).withUnit(ScopeUnit.CREDITS)
                .estimatedHours(policy).maxHours();
        BigDecimal weeks = ((ImmutableTrainingScope) scope).withUnit(ScopeUnit.WEEKS_FULL_TIME)
                .estimatedHours(policy).maxHours();

        assertTrue(hours.compareTo(days) < 0 && days.compareTo(credits) < 0 && credits.compareTo(weeks) < 0);
    }
}
