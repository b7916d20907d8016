package se.klinedu.core.measure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.time.LocalDate;
import java.util.Random;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import se.klinedu.core.generators.CoreGenerators;
import se.klinedu.core.generators.Seeds;

class PlannedMeasureLaws {

    static LongStream seeds() {
        return Seeds.seeds();
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void status_never_moves_back_as_the_reference_date_advances(long seed) {
        Random random = new Random(seed);
        PlannedMeasure measure = CoreGenerators.plannedMeasure(random);
        LocalDate earlier = CoreGenerators.date(random);
        LocalDate later = earlier.plusDays(random.nextInt(800));

        FollowUpStatus before = measure.followUpAt(earlier).status();
        FollowUpStatus after = measure.followUpAt(later).status();

        assertFalse(before.isLaterThan(after), before + " at " + earlier + " then " + after + " at " + later);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void a_followed_up_measure_is_never_overdue_again(long seed) {
        Random random = new Random(seed);
        PlannedMeasure measure = CoreGenerators.plannedMeasure(random);
        LocalDate followedUp = CoreGenerators.date(random);

        LocalDate later = followedUp.plusDays(random.nextInt(1000));

        assertEquals(FollowUpStatus.FOLLOWED_UP, measure.withFollowUp(followedUp).followUpAt(later).status());
    }
}
