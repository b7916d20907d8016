package se.klinedu.core.supervision;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import se.klinedu.core.Counts;
import se.klinedu.core.Threshold;
import se.klinedu.core.generators.CoreGenerators;
import se.klinedu.core.generators.Seeds;

class RosterLaws {

    static LongStream seeds() {
        return Seeds.seeds();
    }

    private static final SupervisorTrainingCatalogue STOCKHOLM = SupervisorTrainingCatalogue.load("stockholm");
    private static final TrainingId MINIMUM = STOCKHOLM.minimumLevelTraining().orElseThrow();

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void training_k_more_people_passes_and_k_minus_one_does_not(long seed) {
        Random random = new Random(seed);
        Roster roster = CoreGenerators.roster(random, STOCKHOLM, 60);
        Threshold threshold = CoreGenerators.threshold(random);

        TrainingCoverage coverage = roster.coverage(MINIMUM, threshold);

        if (coverage.status() == CoverageStatus.PASSED || coverage.status() == CoverageStatus.NOT_PASSED) {
            long k = coverage.additionalToTrain().getAsLong();
            Roster trained = trainSome(roster, k);
            assertTrue(threshold.isPassedBy(trained.trained(MINIMUM)), "k = " + k);
            if (k > 0) {
                assertFalse(threshold.isPassedBy(trainSome(roster, k - 1).trained(MINIMUM)), "k - 1 = " + (k - 1));
            } else {
                assertTrue(threshold.isPassedBy(roster.trained(MINIMUM)));
            }
        } else if (coverage.status() == CoverageStatus.UNREACHABLE) {
            assertFalse(threshold.isPassedBy(Counts.of(roster.staff().size(), roster.staff().size())));
        } else {
            assertEquals(0, roster.staff().size());
        }
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void coverage_ignores_the_rosters_order(long seed) {
        Random random = new Random(seed);
        Roster roster = CoreGenerators.roster(random, STOCKHOLM, 60);
        Threshold threshold = CoreGenerators.threshold(random);

        Roster shuffled = Roster.of(CoreGenerators.shuffled(random, roster.staff()));

        assertEquals(roster.coverage(MINIMUM, threshold), shuffled.coverage(MINIMUM, threshold));
    }

    private static Roster trainSome(Roster roster, long count) {
        List<StaffMember> staff = new ArrayList<>();
        long left = count;
        for (StaffMember member : roster.staff()) {
            if (left > 0 && !member.hasCompleted(MINIMUM)) {
                Set<TrainingId> completed = new LinkedHashSet<>(member.completedTrainings());
                completed.add(MINIMUM);
                staff.add(StaffMember.of(member.id(), completed));
                left--;
            } else {
                staff.add(member);
            }
        }
        return Roster.of(staff);
    }
}
