package se.klinedu.indicators.rollup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import se.klinedu.core.Counts;
import se.klinedu.core.generators.CoreGenerators;
import se.klinedu.core.generators.Seeds;
import se.klinedu.core.organisation.OrganisationTree;
import se.klinedu.core.organisation.OrganisationUnit;
import se.klinedu.core.organisation.OrganisationUnitId;
import se.klinedu.core.period.CalendarYear;
import se.klinedu.indicators.evaluation.EvaluationPolicy;
import se.klinedu.indicators.evaluation.Evaluations;
import se.klinedu.indicators.evaluation.IndicatorResult;
import se.klinedu.indicators.evaluation.Status;
import se.klinedu.indicators.observation.Observation;
import se.klinedu.indicators.observation.ObservationSet;
import se.klinedu.indicators.target.Indicator;
import se.klinedu.indicators.target.IndicatorCatalogue;
import se.klinedu.indicators.target.IndicatorId;

/** Laws of pooling counts up the organisation tree and of complementary suppression. */
class TreeRollUpLaws {

    private static final IndicatorCatalogue OREBRO = IndicatorCatalogue.load("orebro");
    private static final Indicator SHARE = OREBRO.get(IndicatorId.of("1.6.1"));
    private static final CalendarYear YEAR = CalendarYear.of(2025);

    static LongStream seeds() {
        return Seeds.seeds();
    }

    /** A tree and each unit's own counts: many small groups, some large, some units without any. */
    private record Scenario(OrganisationTree tree, Map<OrganisationUnitId, Counts> own, EvaluationPolicy policy) {

        static Scenario generate(Random random) {
            OrganisationTree tree = CoreGenerators.organisationTree(random, 2 + random.nextInt(30));
            Map<OrganisationUnitId, Counts> own = new LinkedHashMap<>();
            for (OrganisationUnit unit : tree.units()) {
                int roll = random.nextInt(10);
                if (roll < 2) {
                    continue;
                }
                int denominator = roll < 6 ? 1 + random.nextInt(6) : random.nextInt(80);
                own.put(unit.id(), Counts.of(denominator == 0 ? 0 : random.nextInt(denominator + 1), denominator));
            }
            EvaluationPolicy policy = EvaluationPolicy.builder().minimumGroupSize(1 + random.nextInt(10)).build();
            return new Scenario(tree, own, policy);
        }

        ObservationSet observations(List<OrganisationUnitId> order) {
            List<Observation> observations = new ArrayList<>();
            for (OrganisationUnitId id : order) {
                if (own.containsKey(id)) {
                    observations.add(Observation.ofCounts(SHARE.id(), id, YEAR, own.get(id)));
                }
            }
            return ObservationSet.of(OREBRO, observations);
        }

        Map<OrganisationUnitId, IndicatorResult> results(List<OrganisationUnitId> order) {
            return TreeRollUp.resultsByUnit(SHARE, YEAR, tree, observations(order), policy);
        }

        List<OrganisationUnitId> ids() {
            return tree.units().stream().map(OrganisationUnit::id).toList();
        }
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void no_suppressed_count_can_be_derived_from_what_is_shown(long seed) {
        Scenario scenario = Scenario.generate(new Random(seed));
        Map<OrganisationUnitId, IndicatorResult> results = scenario.results(scenario.ids());
        Map<OrganisationUnitId, Counts> pooled = TreeRollUp.pool(scenario.tree(), scenario.own());

        // unknowns: the pooled counts of every suppressed unit, and every unit's own counts (never shown alone)
        Map<String, Integer> unknowns = new LinkedHashMap<>();
        for (OrganisationUnit unit : scenario.tree().units()) {
            if (results.get(unit.id()).isSuppressed()) {
                unknowns.put("pooled " + unit.id(), unknowns.size());
            }
            if (scenario.own().containsKey(unit.id()) && scenario.own().get(unit.id()).denominator() > 0) {
                unknowns.put("own " + unit.id(), unknowns.size());
            }
        }
        // one equation per unit: pooled − own − Σ pooled children = 0, over the unknowns only
        List<double[]> equations = new ArrayList<>();
        for (OrganisationUnit unit : scenario.tree().units()) {
            double[] row = new double[unknowns.size()];
            add(row, unknowns, "pooled " + unit.id(), 1);
            add(row, unknowns, "own " + unit.id(), -1);
            for (OrganisationUnit child : scenario.tree().children(unit.id())) {
                add(row, unknowns, "pooled " + child.id(), -1);
            }
            equations.add(row);
        }
        int rank = rank(equations, unknowns.size());
        for (Map.Entry<String, Integer> unknown : unknowns.entrySet()) {
            String name = unknown.getKey();
            OrganisationUnitId id = OrganisationUnitId.of(name.substring(name.indexOf(' ') + 1));
            long size = name.startsWith("own") ? scenario.own().get(id).denominator() : pooled.get(id).denominator();
            boolean mustStayHidden = name.startsWith("pooled") || size < scenario.policy().minimumGroupSize();
            if (mustStayHidden) {
                List<double[]> withTarget = new ArrayList<>(equations);
                double[] target = new double[unknowns.size()];
                target[unknown.getValue()] = 1;
                withTarget.add(target);
                assertTrue(rank(withTarget, unknowns.size()) > rank,
                        () -> name + " (" + size + " respondents) can be derived from the shown values in " + scenario);
            }
        }
    }

    /**
     * A shown unit less its shown children gives its hidden parts' total (its own counts and its hidden
     * children): when that holds a small group, its respondents must not all have answered alike, or every
     * small group among them would be known to have answered so (group disclosure).
     */
    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void no_shown_unit_pins_the_share_of_a_small_hidden_group(long seed) {
        Scenario scenario = Scenario.generate(new Random(seed));
        Map<OrganisationUnitId, IndicatorResult> results = scenario.results(scenario.ids());
        Map<OrganisationUnitId, Counts> pooled = TreeRollUp.pool(scenario.tree(), scenario.own());
        int minimum = scenario.policy().minimumGroupSize();

        for (OrganisationUnit unit : scenario.tree().units()) {
            if (results.get(unit.id()).isSuppressed() || pooled.get(unit.id()).isEmpty()) {
                continue;
            }
            List<Counts> hiddenParts = new ArrayList<>();
            Counts own = scenario.own().get(unit.id());
            if (own != null && !own.isEmpty()) {
                hiddenParts.add(own);
            }
            scenario.tree().children(unit.id()).stream().filter(child -> results.get(child.id()).isSuppressed())
                    .forEach(child -> hiddenParts.add(pooled.get(child.id())));
            if (hiddenParts.stream().noneMatch(part -> part.denominator() < minimum)) {
                continue;
            }
            long yes = hiddenParts.stream().mapToLong(Counts::numerator).sum();
            long all = hiddenParts.stream().mapToLong(Counts::denominator).sum();
            assertTrue(yes > 0 && yes < all, () -> unit.id() + " shows " + pooled.get(unit.id()) + " and hides " + hiddenParts
                    + ", " + yes + " of " + all + " alike");
        }
    }

    /** A group suppressed for its size and one hidden to protect it are one value: nothing tells them apart. */
    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void a_small_group_and_a_group_hidden_to_protect_it_read_the_same(long seed) {
        Scenario scenario = Scenario.generate(new Random(seed));
        Map<OrganisationUnitId, IndicatorResult> results = scenario.results(scenario.ids());

        results.forEach((id, result) -> {
            if (result.isSuppressed()) {
                assertEquals(Evaluations.suppressed(SHARE, id, YEAR, scenario.policy()), result, id::toString);
            }
        });
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void every_group_below_the_minimum_is_suppressed(long seed) {
        Scenario scenario = Scenario.generate(new Random(seed));
        Map<OrganisationUnitId, IndicatorResult> results = scenario.results(scenario.ids());
        Map<OrganisationUnitId, Counts> pooled = TreeRollUp.pool(scenario.tree(), scenario.own());

        results.forEach((id, result) -> {
            long size = pooled.get(id).denominator();
            if (size > 0 && size < scenario.policy().minimumGroupSize()) {
                assertEquals(Status.SUPPRESSED, result.status(), id::toString);
            }
            assertEquals(result.isSuppressed(), result.counts().isEmpty() && size > 0, id::toString);
        });
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void the_order_of_the_observations_does_not_matter(long seed) {
        Random random = new Random(seed);
        Scenario scenario = Scenario.generate(random);

        assertEquals(scenario.results(scenario.ids()), scenario.results(CoreGenerators.shuffled(random, scenario.ids())));
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void a_pooled_share_is_the_sum_of_the_parts_and_lies_between_the_smallest_and_largest_part(long seed) {
        Scenario scenario = Scenario.generate(new Random(seed));
        Map<OrganisationUnitId, Counts> pooled = TreeRollUp.pool(scenario.tree(), scenario.own());

        for (OrganisationUnit unit : scenario.tree().units()) {
            List<Counts> parts = new ArrayList<>();
            if (scenario.own().containsKey(unit.id())) {
                parts.add(scenario.own().get(unit.id()));
            }
            scenario.tree().children(unit.id()).forEach(child -> parts.add(pooled.get(child.id())));
            Counts sum = parts.stream().reduce(Counts.of(0, 0), Counts::plus);
            assertEquals(sum, pooled.get(unit.id()));
            List<Double> shares = parts.stream().filter(part -> !part.isEmpty()).map(Counts::share).toList();
            if (!shares.isEmpty()) {
                double share = pooled.get(unit.id()).share();
                assertTrue(share >= shares.stream().mapToDouble(d -> d).min().orElseThrow() - 1e-12
                        && share <= shares.stream().mapToDouble(d -> d).max().orElseThrow() + 1e-12);
            }
        }
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void the_root_pools_every_observation(long seed) {
        Scenario scenario = Scenario.generate(new Random(seed));
        Counts all = scenario.own().values().stream().reduce(Counts.of(0, 0), Counts::plus);

        assertEquals(all, TreeRollUp.pool(scenario.tree(), scenario.own()).get(scenario.tree().root().id()));
        IndicatorResult root = scenario.results(scenario.ids()).get(scenario.tree().root().id());
        if (root.counts().isPresent()) {
            assertEquals(all, root.counts().get());
        } else {
            assertFalse(all.denominator() >= scenario.policy().minimumGroupSize() && !root.isSuppressed() && root.status() != Status.NO_DATA);
        }
    }

    private static void add(double[] row, Map<String, Integer> unknowns, String name, double coefficient) {
        Integer column = unknowns.get(name);
        if (column != null) {
            row[column] += coefficient;
        }
    }

    /** The rank of a small matrix by Gaussian elimination; its entries are small integers, so 1e-9 separates zero. */
    private static int rank(List<double[]> rows, int columns) {
        double[][] m = rows.stream().map(double[]::clone).toArray(double[][]::new);
        int rank = 0;
        for (int column = 0; column < columns && rank < m.length; column++) {
            int pivot = rank;
            for (int r = rank + 1; r < m.length; r++) {
                if (Math.abs(m[r][column]) > Math.abs(m[pivot][column])) {
                    pivot = r;
                }
            }
            if (Math.abs(m[pivot][column]) < 1e-9) {
                continue;
            }
            double[] swap = m[pivot];
            m[pivot] = m[rank];
            m[rank] = swap;
            for (int r = 0; r < m.length; r++) {
                if (r != rank) {
                    double factor = m[r][column] / m[rank][column];
                    for (int c = column; c < columns; c++) {
                        m[r][c] -= factor * m[rank][c];
                    }
                }
            }
            rank++;
        }
        return rank;
    }
}
