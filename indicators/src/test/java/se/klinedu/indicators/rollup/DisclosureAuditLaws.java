package se.klinedu.indicators.rollup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import se.klinedu.core.Counts;
import se.klinedu.core.generators.CoreGenerators;
import se.klinedu.core.organisation.OrganisationTree;
import se.klinedu.core.organisation.OrganisationUnit;
import se.klinedu.core.organisation.OrganisationUnitId;
import se.klinedu.core.period.CalendarYear;
import se.klinedu.indicators.evaluation.EvaluationPolicy;
import se.klinedu.indicators.evaluation.IndicatorResult;
import se.klinedu.indicators.observation.Observation;
import se.klinedu.indicators.observation.ObservationSet;
import se.klinedu.indicators.target.Indicator;
import se.klinedu.indicators.target.IndicatorCatalogue;
import se.klinedu.indicators.target.IndicatorId;

/**
 * Laws of the disclosure audit: its bounds are exactly what enumerating every whole-number data set that
 * publishes the same gives, and every roll-up passes its own audit.
 */
class DisclosureAuditLaws {

    private static final IndicatorCatalogue OREBRO = IndicatorCatalogue.load("orebro");
    private static final Indicator SHARE = OREBRO.get(IndicatorId.of("1.6.1"));
    private static final CalendarYear YEAR = CalendarYear.of(2025);
    /** The minimum group size of the brute-force law. */
    private static final int MINIMUM = 5;

    /** Each unit's own counts: a few units without rows, many small groups, some large ones. */
    static Map<OrganisationUnitId, Counts> own(Random random, OrganisationTree tree, int largest) {
        Map<OrganisationUnitId, Counts> own = new LinkedHashMap<>();
        for (OrganisationUnit unit : tree.units()) {
            if (random.nextInt(3) > 0) {
                int all = 1 + random.nextInt(random.nextInt(4) == 0 ? largest : Math.min(largest, 4));
                own.put(unit.id(), Counts.of(random.nextInt(all + 1), all));
            }
        }
        return own;
    }

    private static ObservationSet observations(Map<OrganisationUnitId, Counts> own) {
        List<Observation> observations = new ArrayList<>();
        own.forEach((unit, counts) -> observations.add(Observation.ofCounts(SHARE.id(), unit, YEAR, counts)));
        return ObservationSet.of(OREBRO, observations);
    }

    /**
     * For 300 small trees with random hidden units (only units with respondents can be hidden), every bound
     * of the audit is the least or greatest value over all data that publish the same counts for the shown
     * units and have rows of their own exactly where the data do, and its share is fixed exactly when all
     * that data gives one share. Above a hidden root nothing bounds the counts.
     */
    @Test
    void the_bounds_are_exactly_those_of_every_data_set_that_publishes_the_same() {
        Random random = new Random(0x5EED);
        for (int round = 0; round < 300; round++) {
            OrganisationTree tree = CoreGenerators.organisationTree(random, 5);
            Map<OrganisationUnitId, Counts> own = own(random, tree, 3);
            Disclosure counts = Disclosure.of(tree, own);
            boolean[] hidden = new boolean[counts.size()];
            for (int unit = 0; unit < counts.size(); unit++) {
                hidden[unit] = !counts.pooled(unit).isEmpty() && random.nextInt(5) < 2;
            }
            DisclosureAudit audit = DisclosureAudit.of(SHARE.id(), YEAR, counts, hidden, MINIMUM);
            Set<OrganisationUnitId> hiddenIds = new HashSet<>();
            for (int unit = 0; unit < counts.size(); unit++) {
                if (hidden[unit]) {
                    hiddenIds.add(counts.id(unit));
                }
            }
            Enumeration all = new Enumeration(tree, own, hiddenIds);
            for (CellBounds cell : audit.cells()) {
                String key = cell.unit().value() + (cell.ownRows() ? " own" : "");
                long[] found = all.bounds.get(key);
                String where = cell + " in " + tree.units() + " with " + own + " hiding " + hiddenIds;
                assertEquals(found[0], cell.fewest(), where);
                assertEquals(found[2], cell.fewestYes(), where);
                if (cell.most().isPresent()) {
                    assertEquals(Optional.of(found[1]), cell.most(), where);
                    assertEquals(Optional.of(found[3]), cell.mostYes(), where);
                } else {
                    // unbounded only above a hidden root, where the enumeration's cap is all that stops it
                    assertTrue(!all.bounded(cell.unit()) && found[1] > found[0], where);
                }
                // the same for someone who also knows which hidden groups are below the minimum
                long[] known = all.knownBounds.get(key);
                assertEquals(known[0], cell.fewestKnowingWhichAreSmall(), where);
                if (cell.mostKnowingWhichAreSmall().isPresent()) {
                    assertEquals(Optional.of(known[1]), cell.mostKnowingWhichAreSmall(), where);
                } else {
                    assertTrue(!all.bounded(cell.unit()) && known[1] > known[0], where);
                }
                assertEquals(all.knownShares.get(key).size() == 1, cell.shareFixed(), where + " shares " + all.knownShares.get(key));
            }
        }
    }

    /**
     * Every data set that publishes the same as the given one — own counts at exactly the units that have
     * them, each pooled count of a shown unit as given — by brute force over all own counts that sum to at
     * most the true total plus the minimum plus two; it knows nothing of regions.
     */
    private static final class Enumeration {

        private final OrganisationTree tree;
        private final Set<OrganisationUnitId> hidden;
        private final List<OrganisationUnitId> ownRows;
        /** For each unit, the indexes in {@link #ownRows} of the own rows its pooled counts hold. */
        private final Map<OrganisationUnitId, List<Integer>> below = new LinkedHashMap<>();
        private final Map<OrganisationUnitId, Counts> published = new LinkedHashMap<>();
        private final long[] d;
        private final long[] y;
        /** Per cell ("unit" or "unit own"): fewest and most respondents, fewest and most yes. */
        final Map<String, long[]> bounds = new LinkedHashMap<>();
        final Map<String, Set<String>> shares = new LinkedHashMap<>();
        /** The same over the data whose hidden groups and own rows are below the minimum exactly where the true ones are. */
        final Map<String, long[]> knownBounds = new LinkedHashMap<>();
        final Map<String, Set<String>> knownShares = new LinkedHashMap<>();
        private final Map<OrganisationUnitId, Counts> truePooled;
        private final Map<OrganisationUnitId, Counts> trueOwn;

        Enumeration(OrganisationTree tree, Map<OrganisationUnitId, Counts> own, Set<OrganisationUnitId> hidden) {
            this.tree = tree;
            this.hidden = hidden;
            this.trueOwn = own;
            this.truePooled = TreeRollUp.pool(tree, own);
            ownRows = own.entrySet().stream().filter(entry -> !entry.getValue().isEmpty()).map(Map.Entry::getKey).toList();
            Map<OrganisationUnitId, Counts> pooled = TreeRollUp.pool(tree, own);
            for (OrganisationUnit unit : tree.units()) {
                List<Integer> rows = new ArrayList<>();
                Set<OrganisationUnitId> subtree = new HashSet<>();
                tree.subtree(unit.id()).forEach(u -> subtree.add(u.id()));
                for (int i = 0; i < ownRows.size(); i++) {
                    if (subtree.contains(ownRows.get(i))) {
                        rows.add(i);
                    }
                }
                below.put(unit.id(), rows);
                if (!hidden.contains(unit.id())) {
                    published.put(unit.id(), pooled.get(unit.id()));
                }
            }
            d = new long[ownRows.size()];
            y = new long[ownRows.size()];
            long total = own.values().stream().mapToLong(Counts::denominator).sum();
            // room above the true total for a size class of the minimum or more above a hidden root
            sizes(0, total + MINIMUM + 2);
        }

        boolean bounded(OrganisationUnitId unit) {
            for (Optional<OrganisationUnitId> at = Optional.of(unit); at.isPresent(); at = tree.find(at.get()).orElseThrow().parent()) {
                if (!hidden.contains(at.get())) {
                    return true;
                }
            }
            return false;
        }

        private void sizes(int i, long left) {
            if (i == ownRows.size()) {
                if (published.entrySet().stream().allMatch(entry -> sum(d, entry.getKey()) == entry.getValue().denominator())) {
                    answers(0);
                }
                return;
            }
            for (long size = 1; size <= left; size++) {
                d[i] = size;
                sizes(i + 1, left - size);
            }
        }

        private void answers(int i) {
            if (i == ownRows.size()) {
                if (published.entrySet().stream().allMatch(entry -> sum(y, entry.getKey()) == entry.getValue().numerator())) {
                    record();
                }
                return;
            }
            for (long yes = 0; yes <= d[i]; yes++) {
                y[i] = yes;
                answers(i + 1);
            }
        }

        private long sum(long[] values, OrganisationUnitId unit) {
            return below.get(unit).stream().mapToLong(i -> values[i]).sum();
        }

        private void record() {
            boolean sameClasses = true;
            for (OrganisationUnit unit : tree.units()) {
                if (hidden.contains(unit.id())) {
                    sameClasses &= (sum(d, unit.id()) < MINIMUM) == (truePooled.get(unit.id()).denominator() < MINIMUM);
                }
            }
            for (int i = 0; i < ownRows.size(); i++) {
                sameClasses &= (d[i] < MINIMUM) == (trueOwn.get(ownRows.get(i)).denominator() < MINIMUM);
            }
            for (OrganisationUnit unit : tree.units()) {
                if (hidden.contains(unit.id())) {
                    note(bounds, shares, unit.id().value(), sum(d, unit.id()), sum(y, unit.id()));
                    if (sameClasses) {
                        note(knownBounds, knownShares, unit.id().value(), sum(d, unit.id()), sum(y, unit.id()));
                    }
                }
            }
            for (int i = 0; i < ownRows.size(); i++) {
                note(bounds, shares, ownRows.get(i).value() + " own", d[i], y[i]);
                if (sameClasses) {
                    note(knownBounds, knownShares, ownRows.get(i).value() + " own", d[i], y[i]);
                }
            }
        }

        private static void note(Map<String, long[]> bounds, Map<String, Set<String>> shares, String cell, long all, long yes) {
            long[] found = bounds.computeIfAbsent(cell, key -> new long[] {Long.MAX_VALUE, Long.MIN_VALUE, Long.MAX_VALUE, Long.MIN_VALUE});
            found[0] = Math.min(found[0], all);
            found[1] = Math.max(found[1], all);
            found[2] = Math.min(found[2], yes);
            found[3] = Math.max(found[3], yes);
            long gcd = java.math.BigInteger.valueOf(yes).gcd(java.math.BigInteger.valueOf(all)).longValue();
            shares.computeIfAbsent(cell, key -> new HashSet<>()).add(yes / gcd + "/" + all / gcd);
        }
    }

    /**
     * For 2,000 generated trees — up to 60 units, deep and wide, hospitals on the region's level, own rows at
     * every level, minimum group sizes 1 to 10, homogeneous groups — the roll-up's suppression passes its own
     * audit.
     */
    @Test
    void every_roll_up_passes_its_own_audit() {
        Random random = new Random(0xA0D17);
        for (int round = 0; round < 2000; round++) {
            OrganisationTree tree = CoreGenerators.organisationTree(random, 2 + random.nextInt(60));
            Map<OrganisationUnitId, Counts> own = own(random, tree, 40);
            if (random.nextInt(4) == 0) {
                own.replaceAll((unit, counts) -> Counts.of(counts.denominator(), counts.denominator()));
            }
            EvaluationPolicy policy = EvaluationPolicy.builder().minimumGroupSize(1 + random.nextInt(10)).build();
            ObservationSet observations = observations(own);
            Map<OrganisationUnitId, IndicatorResult> results = TreeRollUp.resultsByUnit(SHARE, YEAR, tree, observations, policy);
            DisclosureAudit audit = DisclosureAudit.of(tree, observations, results, policy);
            assertEquals(List.of(), audit.underProtected(), () -> tree + " " + own + " " + policy);
        }
    }
}
