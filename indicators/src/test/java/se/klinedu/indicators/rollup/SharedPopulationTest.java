package se.klinedu.indicators.rollup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import se.klinedu.core.Counts;
import se.klinedu.core.InvalidInputException;
import se.klinedu.core.generators.CoreGenerators;
import se.klinedu.core.json.KlineduJson;
import se.klinedu.core.organisation.OrganisationTree;
import se.klinedu.core.organisation.OrganisationUnit;
import se.klinedu.core.organisation.OrganisationUnitId;
import se.klinedu.core.period.CalendarYear;
import se.klinedu.core.period.ReportingPeriod;
import se.klinedu.core.period.Term;
import se.klinedu.indicators.evaluation.EvaluationPolicy;
import se.klinedu.indicators.evaluation.IndicatorResult;
import se.klinedu.indicators.evaluation.Status;
import se.klinedu.indicators.observation.Observation;
import se.klinedu.indicators.observation.ObservationSet;
import se.klinedu.indicators.target.Indicator;
import se.klinedu.indicators.target.IndicatorCatalogue;
import se.klinedu.indicators.target.IndicatorId;

/**
 * Tables of one population — indicators asked of the same respondents, and a year with its terms — are
 * suppressed with one pattern, so that no table shows what another hides.
 */
class SharedPopulationTest {

    private static final IndicatorCatalogue OREBRO = IndicatorCatalogue.load("orebro");
    private static final Indicator GOALS = OREBRO.get(IndicatorId.of("1.6.1"));
    private static final Indicator SATISFIED = OREBRO.get(IndicatorId.of("1.6.2"));
    private static final CalendarYear YEAR = CalendarYear.of(2025);
    private static final Term SPRING = Term.parse("VT2025");
    private static final Term AUTUMN = Term.parse("HT2025");
    private static final EvaluationPolicy POLICY = EvaluationPolicy.standard();
    private static final EvaluationPolicy UNLINKED = EvaluationPolicy.builder().sharedPopulations(Map.of()).build();

    private static Observation counts(Indicator indicator, String unit, ReportingPeriod period, int yes, int all) {
        return Observation.ofCounts(indicator.id(), OrganisationUnitId.of(unit), period, Counts.of(yes, all));
    }

    private static Set<String> hidden(Map<OrganisationUnitId, IndicatorResult> results) {
        return results.values().stream().filter(IndicatorResult::isSuppressed).map(result -> result.unit().value())
                .collect(Collectors.toSet());
    }

    @Test
    void an_indicator_lacking_one_units_row_hides_what_its_sibling_indicator_hides() {
        OrganisationTree tree = TreeRollUpTest.tree("root", "a<root", "b<root", "c<root");
        // a's 3 students answered 1.6.1 only; asked of the same students, 1.6.2 showing b would give a = 53 − 30 − 20
        ObservationSet data = ObservationSet.of(OREBRO, List.of(counts(GOALS, "a", YEAR, 2, 3), counts(GOALS, "b", YEAR, 15, 20),
                counts(GOALS, "c", YEAR, 25, 30), counts(SATISFIED, "b", YEAR, 16, 20), counts(SATISFIED, "c", YEAR, 24, 30)));

        assertEquals(Set.of(), hidden(TreeRollUp.resultsByUnit(SATISFIED, YEAR, tree, data, UNLINKED)));
        Set<String> goals = hidden(TreeRollUp.resultsByUnit(GOALS, YEAR, tree, data, POLICY));
        Set<String> satisfied = hidden(TreeRollUp.resultsByUnit(SATISFIED, YEAR, tree, data, POLICY));
        // b hidden in 1.6.2 would be root − c there, so c is hidden too, in both
        assertEquals(Set.of("a", "b", "c"), goals);
        assertEquals(Set.of("b", "c"), satisfied);
        assertEquals(Status.NO_DATA, TreeRollUp.resultsByUnit(SATISFIED, YEAR, tree, data, POLICY).get(OrganisationUnitId.of("a")).status());
    }

    @Test
    void a_year_hides_what_one_of_its_terms_hides() {
        OrganisationTree tree = TreeRollUpTest.tree("root", "a<root", "b<root", "c<root");
        ObservationSet data = ObservationSet.of(OREBRO, List.of(counts(GOALS, "a", YEAR, 10, 12), counts(GOALS, "b", YEAR, 15, 20),
                counts(GOALS, "c", YEAR, 25, 30), counts(GOALS, "a", SPRING, 2, 3), counts(GOALS, "b", SPRING, 8, 10),
                counts(GOALS, "c", SPRING, 12, 15), counts(GOALS, "a", AUTUMN, 8, 9), counts(GOALS, "b", AUTUMN, 7, 10),
                counts(GOALS, "c", AUTUMN, 13, 15)));

        // a year less its autumn term would give a's 3 in the spring: the year and both terms hide a and b
        for (ReportingPeriod period : List.of(YEAR, SPRING, AUTUMN)) {
            assertEquals(Set.of("a", "b"), hidden(TreeRollUp.resultsByUnit(GOALS, period, tree, data, POLICY)), period.code());
        }
        ObservationSet yearOnly = ObservationSet.of(OREBRO, data.observations().stream()
                .filter(observation -> observation.period().equals(YEAR)).toList());
        assertEquals(Set.of(), hidden(TreeRollUp.resultsByUnit(GOALS, YEAR, tree, yearOnly, POLICY)));
    }

    /**
     * For 200 generated trees with 1.6.1 and 1.6.2 in a year and its terms, some units lacking a row in some
     * tables: every table hides exactly the units of the common pattern that have respondents in it, and each
     * passes its own audit.
     */
    @Test
    void every_table_of_a_population_hides_the_same_units_and_passes_its_audit() {
        Random random = new Random(0x1616);
        for (int round = 0; round < 200; round++) {
            OrganisationTree tree = CoreGenerators.organisationTree(random, 2 + random.nextInt(25));
            List<Observation> observations = new ArrayList<>();
            for (Indicator indicator : List.of(GOALS, SATISFIED)) {
                for (ReportingPeriod period : List.of(YEAR, SPRING, AUTUMN)) {
                    for (OrganisationUnit unit : tree.units()) {
                        if (random.nextInt(4) > 0) {
                            int all = 1 + random.nextInt(random.nextBoolean() ? 4 : 30);
                            observations.add(counts(indicator, unit.id().value(), period, random.nextInt(all + 1), all));
                        }
                    }
                }
            }
            ObservationSet data = ObservationSet.of(OREBRO, observations);
            EvaluationPolicy policy = EvaluationPolicy.builder().minimumGroupSize(2 + random.nextInt(8)).build();
            Set<OrganisationUnitId> hiddenAnywhere = new HashSet<>();
            Set<OrganisationUnitId> shownAnywhere = new HashSet<>();
            for (Indicator indicator : List.of(GOALS, SATISFIED)) {
                for (ReportingPeriod period : List.of(YEAR, SPRING, AUTUMN)) {
                    Map<OrganisationUnitId, IndicatorResult> results = TreeRollUp.resultsByUnit(indicator, period, tree, data, policy);
                    assertTrue(DisclosureAudit.of(tree, data, results, policy).holds(), indicator.id() + " " + period);
                    results.forEach((unit, result) -> {
                        if (result.isSuppressed()) {
                            hiddenAnywhere.add(unit);
                        } else if (result.counts().filter(counts -> !counts.isEmpty()).isPresent()) {
                            shownAnywhere.add(unit);
                        }
                    });
                }
            }
            // no table shows counts of a unit that another table hides
            Set<OrganisationUnitId> both = new HashSet<>(hiddenAnywhere);
            both.retainAll(shownAnywhere);
            assertEquals(Set.of(), both, tree.units().toString());
        }
    }

    @Test
    void a_population_of_one_indicator_or_without_a_name_is_refused() {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> EvaluationPolicy.builder()
                .sharedPopulations(Map.of(IndicatorId.of("1.6.1"), "students")).build());
        assertEquals("sharedPopulations: each population must be named and shared by at least two indicators, was students",
                e.getMessage());
        assertEquals(Set.of(IndicatorId.of("1.6.5"), IndicatorId.of("1.6.6")), POLICY.populationOf(IndicatorId.of("1.6.6")));
        assertEquals(Set.of(IndicatorId.of("1.1.1")), POLICY.populationOf(IndicatorId.of("1.1.1")));
    }

    @Test
    void the_default_populations_are_written_in_id_order_in_every_run() {
        // a Map.of iterates in an order that changes from one JVM to the next; a report's JSON must not
        assertEquals(List.of("1.6.1", "1.6.2", "1.6.3", "1.6.5", "1.6.6"),
                EvaluationPolicy.standard().sharedPopulations().keySet().stream().map(IndicatorId::value).toList());
        assertEquals("{\"1.6.1\":\"students-and-pupils\",\"1.6.2\":\"students-and-pupils\",\"1.6.3\":\"students-and-pupils\","
                + "\"1.6.5\":\"employees-in-training-posts\",\"1.6.6\":\"employees-in-training-posts\"}",
                KlineduJson.standard().write(EvaluationPolicy.OREBRO_SURVEY_POPULATIONS));
    }
}
