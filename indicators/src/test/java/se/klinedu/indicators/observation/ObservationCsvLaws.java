package se.klinedu.indicators.observation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import se.klinedu.core.Counts;
import se.klinedu.core.generators.CoreGenerators;
import se.klinedu.core.generators.Seeds;
import se.klinedu.core.json.KlineduJson;
import se.klinedu.core.organisation.OrganisationTree;
import se.klinedu.core.period.ReportingPeriod;
import se.klinedu.indicators.generators.IndicatorsGenerators;
import se.klinedu.indicators.generators.IndicatorsGenerators.InvalidCsvRow;
import se.klinedu.indicators.target.Indicator;
import se.klinedu.indicators.target.IndicatorCatalogue;
import se.klinedu.indicators.target.TargetKind;

/** Observations written as CSV (or JSON) read back unchanged; one bad row among good ones is one located problem. */
class ObservationCsvLaws {

    static LongStream seeds() {
        return Seeds.seeds();
    }

    private static List<Observation> observations(Random random, IndicatorCatalogue catalogue) {
        OrganisationTree tree = CoreGenerators.organisationTree(random, 5);
        List<Observation> observations = List.of();
        while (observations.isEmpty()) {
            observations = IndicatorsGenerators.observations(random, catalogue, tree, IndicatorsGenerators.periods(random));
        }
        return observations;
    }

    /** The laws are only as good as the sets they run on: these must hold the awkward cases. */
    @Test
    void the_generated_sets_hold_empty_and_small_groups_and_units_without_observations() {
        long empty = 0;
        long small = 0;
        long unitsWithout = 0;
        for (long seed : seeds().limit(50).toArray()) {
            Random random = new Random(seed);
            IndicatorCatalogue catalogue = IndicatorsGenerators.catalogue(random);
            OrganisationTree tree = CoreGenerators.organisationTree(random, 5);
            List<ReportingPeriod> periods = IndicatorsGenerators.periods(random);
            ObservationSet set = IndicatorsGenerators.observationSet(random, catalogue, tree, periods);
            List<Counts> counts = set.observations().stream().flatMap(observation -> observation.counts().stream()).toList();
            empty += counts.stream().filter(Counts::isEmpty).count();
            small += counts.stream().filter(c -> c.denominator() >= 1 && c.denominator() < 5).count();
            unitsWithout += catalogue.indicators().stream().flatMap(indicator -> periods.stream()
                    .map(period -> tree.units().size() - set.byUnit(indicator.id(), period).size())).mapToLong(n -> n).sum();
            assertTrue(set.observations().stream().allMatch(observation -> observation.period().year() >= 2021
                    && observation.period().year() <= 2030));
        }
        assertTrue(empty > 10 && small > 10 && unitsWithout > 10, empty + " empty, " + small + " small, " + unitsWithout);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void writing_as_csv_and_reading_gives_the_same_observations(long seed) {
        Random random = new Random(seed);
        IndicatorCatalogue catalogue = IndicatorsGenerators.catalogue(random);
        List<Observation> observations = observations(random, catalogue);

        ObservationBatch batch = ObservationReader.of(catalogue).readCsv(IndicatorsGenerators.csvOf(observations));

        assertEquals(List.of(), batch.problems());
        assertEquals(observations, batch.observations());
        assertEquals(ObservationSet.of(catalogue, observations), batch.toSet());
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void writing_as_json_and_reading_gives_the_same_observations(long seed) {
        Random random = new Random(seed);
        IndicatorCatalogue catalogue = IndicatorsGenerators.catalogue(random);
        List<Observation> observations = observations(random, catalogue);

        ObservationBatch batch = ObservationReader.of(catalogue).readJson(KlineduJson.standard().write(observations));

        assertEquals(ObservationBatch.of(observations, List.of()), batch);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void one_bad_row_among_good_ones_is_one_problem_at_its_line(long seed) {
        Random random = new Random(seed);
        IndicatorCatalogue catalogue = IndicatorsGenerators.catalogue(random);
        Indicator share = catalogue.indicators().stream()
                .filter(indicator -> indicator.target().kind() == TargetKind.SHARE).findFirst().orElseThrow();
        List<Observation> observations = observations(random, catalogue);
        InvalidCsvRow bad = IndicatorsGenerators.invalidCsvRow(random, share.id(), IndicatorsGenerators.unitId(random));
        int at = random.nextInt(observations.size() + 1);
        List<String> lines = new ArrayList<>(List.of(IndicatorsGenerators.csvOf(observations).split("\n")));
        lines.add(at + 1, bad.row());

        ObservationBatch batch = ObservationReader.of(catalogue).readCsv(String.join("\n", lines) + "\n");

        assertEquals(1, batch.problems().size(), batch.problems().toString());
        String location = batch.problems().get(0).location();
        // the header is line 1, so the row inserted after `at` observations is line at + 2
        assertEquals("line " + (at + 2) + bad.column().map(column -> ", column ").orElse(""),
                location.replaceAll("(, column )\\d+ \\(.*\\)$", "$1"), bad.row());
        bad.column().ifPresent(column -> assertTrue(location.endsWith("(" + column + ")"), location + " for " + bad.row()));
        assertEquals(observations, batch.observations());
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void every_repeated_row_is_a_problem_naming_the_first(long seed) {
        Random random = new Random(seed);
        IndicatorCatalogue catalogue = IndicatorsGenerators.catalogue(random);
        List<Observation> observations = observations(random, catalogue);
        int first = random.nextInt(observations.size());
        List<Observation> repeated = new ArrayList<>(observations);
        repeated.add(observations.get(first));

        ObservationBatch batch = ObservationReader.of(catalogue).readCsv(IndicatorsGenerators.csvOf(repeated));

        assertEquals(List.of(ObservationProblem.of("line " + (repeated.size() + 1), batch.problems().get(0).reason())),
                batch.problems());
        assertTrue(batch.problems().get(0).reason().contains("line " + (first + 2)), batch.problems().get(0).reason());
        assertEquals(observations, batch.observations());
    }
}
