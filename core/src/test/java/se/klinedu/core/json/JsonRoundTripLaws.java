package se.klinedu.core.json;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import se.klinedu.core.Counts;
import se.klinedu.core.LocalizedText;
import se.klinedu.core.Provenance;
import se.klinedu.core.Threshold;
import se.klinedu.core.generators.CoreGenerators;
import se.klinedu.core.generators.Seeds;
import se.klinedu.core.measure.Due;
import se.klinedu.core.measure.MeasureFollowUp;
import se.klinedu.core.measure.PlannedMeasure;
import se.klinedu.core.organisation.LearningEnvironmentLevels;
import se.klinedu.core.organisation.OrganisationTree;
import se.klinedu.core.period.CalendarYear;
import se.klinedu.core.period.ReportingPeriod;
import se.klinedu.core.period.StrategyPeriod;
import se.klinedu.core.period.Term;
import se.klinedu.core.strategy.OrebroStrategy;
import se.klinedu.core.supervision.HoursEstimate;
import se.klinedu.core.supervision.HoursPolicy;
import se.klinedu.core.supervision.Qualification;
import se.klinedu.core.supervision.Roster;
import se.klinedu.core.supervision.StaffMember;
import se.klinedu.core.supervision.SupervisionRoleId;
import se.klinedu.core.supervision.SupervisorTrainingCatalogue;
import se.klinedu.core.supervision.TrainingCoverage;
import se.klinedu.core.supervision.TrainingScope;

/** Every public value type survives a trip to JSON and back, unchanged. */
class JsonRoundTripLaws {

    private static final KlineduJson JSON = KlineduJson.standard();
    private static final SupervisorTrainingCatalogue STOCKHOLM = SupervisorTrainingCatalogue.stockholm();

    private record Case(String name, Class<?> type, Function<Random, Object> generator) {
    }

    private static final List<Case> CASES = List.of(
            new Case("LocalizedText", LocalizedText.class, CoreGenerators::localizedText),
            new Case("Provenance", Provenance.class, CoreGenerators::provenance),
            new Case("Counts", Counts.class, CoreGenerators::counts),
            new Case("Threshold", Threshold.class, CoreGenerators::threshold),
            new Case("CalendarYear", CalendarYear.class, CoreGenerators::calendarYear),
            new Case("Term", Term.class, CoreGenerators::term),
            new Case("ReportingPeriod", ReportingPeriod.class, CoreGenerators::reportingPeriod),
            new Case("StrategyPeriod", StrategyPeriod.class, CoreGenerators::strategyPeriod),
            new Case("OrganisationTree", OrganisationTree.class, random -> CoreGenerators.organisationTree(random, 30)),
            new Case("Due", Due.class, CoreGenerators::due),
            new Case("PlannedMeasure", PlannedMeasure.class, CoreGenerators::plannedMeasure),
            new Case("MeasureFollowUp", MeasureFollowUp.class,
                    random -> CoreGenerators.plannedMeasure(random).followUpAt(CoreGenerators.date(random))),
            new Case("TrainingScope", TrainingScope.class, CoreGenerators::trainingScope),
            new Case("HoursPolicy", HoursPolicy.class, CoreGenerators::hoursPolicy),
            new Case("HoursEstimate", HoursEstimate.class,
                    random -> CoreGenerators.trainingScope(random).estimatedHours(CoreGenerators.hoursPolicy(random))),
            new Case("Roster", Roster.class, random -> CoreGenerators.roster(random, STOCKHOLM, 20)),
            new Case("TrainingCoverage", TrainingCoverage.class, random -> CoreGenerators.roster(random, STOCKHOLM, 20)
                    .coverage(STOCKHOLM.minimumLevelTraining().orElseThrow(), CoreGenerators.threshold(random))),
            new Case("Qualification", Qualification.class, random -> {
                SupervisionRoleId role = STOCKHOLM.roles().get(random.nextInt(STOCKHOLM.roles().size())).id();
                Set<se.klinedu.core.supervision.TrainingId> completed = CoreGenerators.roster(random, STOCKHOLM, 3)
                        .staff().stream().findFirst().map(StaffMember::completedTrainings).orElse(Set.of());
                return STOCKHOLM.qualification(role, completed);
            }));

    static Stream<Arguments> cases() {
        return CASES.stream().flatMap(c -> Seeds.seeds().limit(25).mapToObj(seed -> Arguments.of(c.name(), seed, c)));
    }

    @ParameterizedTest(name = "{0}, seed {1}")
    @MethodSource("cases")
    void writing_and_reading_gives_an_equal_value(String name, long seed, Case c) {
        Object value = c.generator().apply(new Random(seed));

        String json = JSON.write(value);

        assertEquals(value, JSON.read(json, c.type()), json);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("referenceData")
    void reference_data_survives_a_round_trip(String name, Object value, Class<?> type) {
        assertEquals(value, JSON.read(JSON.write(value), type));
    }

    static Stream<Arguments> referenceData() {
        return Stream.of(
                Arguments.of("Örebro strategy", OrebroStrategy.load(), OrebroStrategy.class),
                Arguments.of("Stockholm catalogue", STOCKHOLM, SupervisorTrainingCatalogue.class),
                Arguments.of("care and health college", SupervisorTrainingCatalogue.careAndHealthCollege(),
                        SupervisorTrainingCatalogue.class),
                Arguments.of("learning-environment levels", LearningEnvironmentLevels.load(),
                        LearningEnvironmentLevels.class));
    }
}
