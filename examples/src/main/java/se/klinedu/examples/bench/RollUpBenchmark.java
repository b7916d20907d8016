package se.klinedu.examples.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import se.klinedu.core.Comparison;
import se.klinedu.core.Counts;
import se.klinedu.core.Threshold;
import se.klinedu.core.organisation.OrganisationLevel;
import se.klinedu.core.organisation.OrganisationTree;
import se.klinedu.core.organisation.OrganisationUnit;
import se.klinedu.core.organisation.OrganisationUnitId;
import se.klinedu.core.period.CalendarYear;
import se.klinedu.indicators.evaluation.EvaluationPolicy;
import se.klinedu.indicators.evaluation.IndicatorResult;
import se.klinedu.indicators.observation.Observation;
import se.klinedu.indicators.observation.ObservationSet;
import se.klinedu.indicators.rollup.DisclosureAudit;
import se.klinedu.indicators.rollup.TreeRollUp;
import se.klinedu.indicators.target.Indicator;
import se.klinedu.indicators.target.IndicatorCatalogue;
import se.klinedu.indicators.target.IndicatorId;
import se.klinedu.indicators.target.Target;

/**
 * Benchmark (b): the roll-up of a region — {@code units} organisation units × 25 share indicators × 10
 * years — over the organisation tree with {@link TreeRollUp#resultsByUnit} (pooling, evaluation with the Wilson
 * interval, primary suppression and complementary suppression until the disclosure audit holds), against a
 * hand-written roll-up over primitive arrays doing the same in the same run. One operation rolls up all 250 indicator-years.
 *
 * <p>The region is a root with {@code units/10} clinics of 9 work teams each. Every team and 30 % of the
 * clinics report counts of their own (0 to 30 respondents, some below the minimum group size), so that
 * both kinds of suppression occur.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms4g", "-Xmx4g"})
public class RollUpBenchmark {

    /** Share indicators in the region. */
    public static final int INDICATORS = 25;
    /** Years, 2021–2030. */
    public static final int YEARS = 10;

    /** The number of units, root included: 1 000 or 10 000 (plus the root). */
    @Param({"1000", "10000"})
    public int units;

    private Region region;

    /** Generates the region, the same for every run. */
    @Setup
    public void setUp() {
        region = Region.generate(units, 8);
    }

    /**
     * {@return the library's results over every unit, indicator and year, summed}
     */
    @Benchmark
    public Summary library() {
        return library(region);
    }

    /**
     * {@return the library's results, each indicator-year's also audited with {@link DisclosureAudit#of}, summed}
     */
    @Benchmark
    public Summary audited() {
        return audited(region);
    }

    /**
     * {@return the hand-written roll-up's results, summed}
     */
    @Benchmark
    public Summary baseline() {
        return baseline(region);
    }

    static Summary library(Region region) {
        return rollUp(region, false);
    }

    static Summary audited(Region region) {
        return rollUp(region, true);
    }

    private static Summary rollUp(Region region, boolean audit) {
        Summary.Builder summary = new Summary.Builder();
        for (Indicator indicator : region.catalogue.indicators()) {
            for (CalendarYear year : region.years) {
                Map<OrganisationUnitId, IndicatorResult> results =
                        TreeRollUp.resultsByUnit(indicator, year, region.tree, region.observations, region.policy);
                if (audit && !DisclosureAudit.of(region.tree, region.observations, results, region.policy).holds()) {
                    throw new IllegalStateException(indicator.id() + " " + year + " fails its audit");
                }
                results.values().forEach(summary::add);
            }
        }
        return summary.build();
    }

    static Summary baseline(Region region) {
        Summary.Builder summary = new Summary.Builder();
        int n = region.parent.length;
        long[] pooledNumerator = new long[n];
        long[] pooledDenominator = new long[n];
        byte[] status = new byte[n];
        boolean[] clear = new boolean[n];
        double[] lower = new double[n];
        double[] upper = new double[n];
        boolean[] hidden = new boolean[n];
        double[] bounds = new double[2];
        int minimum = region.policy.minimumGroupSize();
        double z = region.policy.confidenceLevel().z();
        for (int i = 0; i < INDICATORS; i++) {
            long percent = region.percent[i];
            boolean strict = region.strict[i];
            double threshold = percent / 100.0;
            for (int y = 0; y < YEARS; y++) {
                long[] ownNumerator = region.ownNumerator[i][y];
                long[] ownDenominator = region.ownDenominator[i][y];
                System.arraycopy(ownNumerator, 0, pooledNumerator, 0, n);
                System.arraycopy(ownDenominator, 0, pooledDenominator, 0, n);
                for (int u : region.childrenFirst) {
                    int p = region.parent[u];
                    if (p >= 0) {
                        pooledNumerator[p] += pooledNumerator[u];
                        pooledDenominator[p] += pooledDenominator[u];
                    }
                }
                for (int u = 0; u < n; u++) {
                    long denominator = pooledDenominator[u];
                    hidden[u] = false;
                    if (denominator == 0) {
                        status[u] = Summary.NO_DATA;
                    } else if (denominator < minimum) {
                        status[u] = Summary.SUPPRESSED;
                        hidden[u] = true;
                    } else {
                        long numerator = pooledNumerator[u];
                        status[u] = Wilson.meets(numerator, denominator, percent, strict) ? Summary.MET : Summary.NOT_MET;
                        Wilson.bounds(numerator, denominator, z, bounds);
                        lower[u] = bounds[0];
                        upper[u] = bounds[1];
                        clear[u] = Wilson.meets(bounds[0], threshold, strict) == Wilson.meets(bounds[1], threshold, strict);
                    }
                }
                suppressComplements(region, ownNumerator, ownDenominator, pooledNumerator, pooledDenominator, hidden, minimum);
                for (int u = 0; u < n; u++) {
                    summary.add(hidden[u] ? Summary.SUPPRESSED : status[u], clear[u], lower[u], upper[u]);
                }
            }
        }
        return summary.build();
    }

    /**
     * The library's documented complementary suppression, on arrays: until no group fails the audit (what is
     * shown, and what a reader who knows which hidden groups are small can tell), widen the
     * region of the first failing group of each region (units in the tree's order, the subtree before the own
     * rows) by hiding the first shown child with respondents, by id, of the units from the group up to the
     * region's shown head, or else the head.
     */
    private static void suppressComplements(Region region, long[] ownYes, long[] own, long[] pooledYes, long[] pooled,
            boolean[] hidden, int minimum) {
        int n = pooled.length;
        int[] head = new int[n];
        int[] free = new int[n];
        int[] inside = new int[n];
        long[] regionYes = new long[n];
        long[] regionNo = new long[n];
        long[] edgeYes = new long[n];
        long[] edgeNo = new long[n];
        long[] upLow = new long[n];
        long[] upHigh = new long[n];
        long[] ownUpLow = new long[n];
        long[] ownUpHigh = new long[n];
        long[] childLow = new long[n];
        long[] childHighFinite = new long[n];
        int[] childUnbounded = new int[n];
        long[] partLow = new long[n];
        long[] partHigh = new long[n];
        long[] ownLow = new long[n];
        long[] ownHigh = new long[n];
        while (true) {
            // each round decides on the pattern as it stood when the round began
            boolean[] was = hidden.clone();
            Arrays.fill(free, 0);
            Arrays.fill(inside, 0);
            Arrays.fill(regionYes, 0);
            Arrays.fill(regionNo, 0);
            Arrays.fill(edgeYes, 0);
            Arrays.fill(edgeNo, 0);
            for (int u = 0; u < n; u++) {
                int p = region.parent[u];
                head[u] = !was[u] ? u : p < 0 ? -1 : head[p];
                if (own[u] > 0 && head[u] >= 0) {
                    free[head[u]]++;
                    regionYes[head[u]] += ownYes[u];
                    regionNo[head[u]] += own[u] - ownYes[u];
                }
            }
            for (int u : region.childrenFirst) {
                int p = region.parent[u];
                if (was[u] && own[u] > 0) {
                    inside[u]++;
                }
                if (p >= 0 && was[p]) {
                    inside[p] += was[u] ? inside[u] : 0;
                    edgeYes[p] += was[u] ? edgeYes[u] : pooledYes[u];
                    edgeNo[p] += was[u] ? edgeNo[u] : pooled[u] - pooledYes[u];
                }
            }
            // the ranges for a reader who knows which hidden groups are small: bottom up, then top down
            boolean allHidden = true;
            Arrays.fill(childLow, 0);
            Arrays.fill(childHighFinite, 0);
            Arrays.fill(childUnbounded, 0);
            for (int u : region.childrenFirst) {
                allHidden &= was[u] || pooled[u] == 0;
                ownUpLow[u] = classLow(own[u], minimum);
                ownUpHigh[u] = classHigh(own[u], minimum);
                if (!was[u]) {
                    continue;
                }
                long edge = edgeYes[u] + edgeNo[u];
                long high = childUnbounded[u] > 0 || ownUpHigh[u] == UNBOUNDED ? UNBOUNDED : ownUpHigh[u] + childHighFinite[u];
                upLow[u] = Math.max(ownUpLow[u] + childLow[u], classLow(pooled[u], minimum) - edge);
                upHigh[u] = classHigh(pooled[u], minimum) == UNBOUNDED ? high
                        : Math.min(high, classHigh(pooled[u], minimum) - edge);
                int p = region.parent[u];
                if (p >= 0) {
                    childLow[p] += upLow[u];
                    if (upHigh[u] == UNBOUNDED) {
                        childUnbounded[p]++;
                    } else {
                        childHighFinite[p] += upHigh[u];
                    }
                }
            }
            for (int u = 0; u < n; u++) {
                if (!was[u]) {
                    partLow[u] = regionYes[u] + regionNo[u];
                    partHigh[u] = partLow[u];
                } else if (region.parent[u] < 0) {
                    partLow[u] = upLow[u];
                    partHigh[u] = upHigh[u];
                }
                long childrenHigh = childUnbounded[u] > 0 ? UNBOUNDED : childHighFinite[u];
                ownLow[u] = Math.max(ownUpLow[u], minus(partLow[u], childrenHigh));
                ownHigh[u] = Math.min(ownUpHigh[u], minus(partHigh[u], childLow[u]));
                for (int c : region.children[u]) {
                    if (!was[c]) {
                        continue;
                    }
                    boolean unbounded = upHigh[c] == UNBOUNDED;
                    long othersLow = ownUpLow[u] + childLow[u] - upLow[c];
                    long othersHigh = ownUpHigh[u] == UNBOUNDED || childUnbounded[u] - (unbounded ? 1 : 0) > 0 ? UNBOUNDED
                            : ownUpHigh[u] + childHighFinite[u] - (unbounded ? 0 : upHigh[c]);
                    partLow[c] = Math.max(upLow[c], minus(partLow[u], othersHigh));
                    partHigh[c] = Math.min(upHigh[c], minus(partHigh[u], othersLow));
                }
            }
            boolean[] widened = new boolean[n + 1];
            boolean failed = false;
            boolean changed = false;
            for (int u = 0; u < n; u++) {
                for (int part = 0; part < 2; part++) {
                    boolean ownRows = part == 1;
                    long size = ownRows ? own[u] : pooled[u];
                    if (size == 0 || !ownRows && !was[u] || ownRows && size >= minimum) {
                        continue;
                    }
                    int count = ownRows ? 1 : inside[u];
                    long fixedYes = ownRows ? 0 : edgeYes[u];
                    long fixedAll = ownRows ? 0 : edgeYes[u] + edgeNo[u];
                    int h = head[u];
                    long knownLow = ownRows ? ownLow[u] : partLow[u];
                    long knownHigh = ownRows ? ownHigh[u] : partHigh[u];
                    boolean weakPinned;
                    long weakMost;
                    boolean knownShareFixed;
                    if (h < 0) {
                        weakPinned = count == 0;
                        weakMost = count == 0 ? fixedAll : UNBOUNDED;
                        knownShareFixed = knownHigh == 0;
                    } else {
                        long yes = regionYes[h];
                        long no = regionNo[h];
                        long low = count == 0 ? 0 : count == free[h] ? yes + no : count;
                        long high = count == 0 ? 0 : yes + no - (free[h] - count);
                        weakPinned = low == high;
                        weakMost = fixedAll + high;
                        knownShareFixed = shareFixed(knownLow, knownHigh, yes, no, fixedYes, fixedAll);
                    }
                    boolean knownPinned = knownLow == knownHigh;
                    boolean fails = allHidden ? (size < minimum ? weakMost < minimum : weakPinned)
                            : size < minimum ? weakMost < minimum || knownShareFixed || minimum >= 3 && knownPinned
                            : knownPinned;
                    if (!fails) {
                        continue;
                    }
                    failed = true;
                    int key = h < 0 ? n : h;
                    if (widened[key]) {
                        continue;
                    }
                    int next = -1;
                    if (!ownRows && inside[u] == 0) {
                        next = firstShown(region, u, was, pooled);
                    }
                    for (int at = ownRows ? u : region.parent[u]; next < 0 && at >= 0; at = region.parent[at]) {
                        next = firstShown(region, at, was, pooled);
                        if (next < 0 && !was[at]) {
                            next = at;
                        }
                    }
                    if (next >= 0) {
                        hidden[next] = true;
                        widened[key] = true;
                        changed = true;
                    }
                }
            }
            if (!changed) {
                if (failed) {
                    for (int u = 0; u < n; u++) {
                        hidden[u] |= pooled[u] > 0;
                    }
                }
                return;
            }
        }
    }

    /** Unbounded above. */
    private static final long UNBOUNDED = Long.MAX_VALUE;

    /** The least of a group's size class: none, 1 below the minimum, else the minimum. */
    private static long classLow(long size, int minimum) {
        return size == 0 ? 0 : size < minimum ? 1 : minimum;
    }

    /** The most of a group's size class: none, minimum − 1 below the minimum, else unbounded. */
    private static long classHigh(long size, int minimum) {
        return size == 0 ? 0 : size < minimum ? minimum - 1 : UNBOUNDED;
    }

    /** {@code a − b}: unbounded stays unbounded, less an unbounded {@code b} leaves no bound. */
    private static long minus(long a, long b) {
        return a == UNBOUNDED ? UNBOUNDED : b == UNBOUNDED ? Long.MIN_VALUE : a - b;
    }

    /** Whether every own count d in [low, high] with y yes, max(0, d − no) ≤ y ≤ min(yes, d), gives one share. */
    private static boolean shareFixed(long low, long high, long yes, long no, long fixedYes, long fixedAll) {
        long[] points = {low, high, Math.min(high, Math.max(low, no)), Math.min(high, Math.max(low, yes))};
        for (long d : points) {
            long y = Math.max(0, d - no);
            if (y < Math.min(yes, d) || (fixedYes + y) * (fixedAll + low) != (fixedYes + Math.max(0, low - no)) * (fixedAll + d)) {
                return false;
            }
        }
        return true;
    }

    /** The first child of a unit by id that is shown and has respondents, or −1. */
    private static int firstShown(Region region, int unit, boolean[] hidden, long[] pooled) {
        int first = -1;
        for (int c : region.children[unit]) {
            if (!hidden[c] && pooled[c] > 0 && (first < 0 || region.idRank[c] < region.idRank[first])) {
                first = c;
            }
        }
        return first;
    }

    /** A generated region, as the library takes it and as primitive arrays. */
    static final class Region {
        final EvaluationPolicy policy = EvaluationPolicy.standard();
        final List<CalendarYear> years = new ArrayList<>();
        IndicatorCatalogue catalogue;
        OrganisationTree tree;
        ObservationSet observations;
        /** Per unit, in the tree's order: the parent's index (−1 for the root), the children, the rank of the id. */
        int[] parent;
        int[][] children;
        int[] idRank;
        /** Unit indexes, every child before its parent. */
        int[] childrenFirst;
        /** Per indicator: the threshold's whole percent and whether it is strict ("&gt;"). */
        long[] percent = new long[INDICATORS];
        boolean[] strict = new boolean[INDICATORS];
        /** Per indicator, year and unit: the unit's own counts (0 of 0 where it reports none). */
        long[][][] ownNumerator;
        long[][][] ownDenominator;

        static Region generate(int units, long seed) {
            Random random = new Random(seed);
            Region region = new Region();
            for (int year = 2021; year < 2021 + YEARS; year++) {
                region.years.add(CalendarYear.of(year));
            }
            region.catalogue = catalogue();
            int clinics = units / 10;
            List<OrganisationUnit> list = new ArrayList<>();
            OrganisationUnitId root = OrganisationUnitId.of("region");
            list.add(OrganisationUnit.root(root, "Region", OrganisationLevel.HOSPITAL_OR_REGION));
            List<Integer> parents = new ArrayList<>(List.of(-1));
            for (int c = 0; c < clinics; c++) {
                OrganisationUnitId clinic = OrganisationUnitId.of(String.format("clinic-%05d", c));
                list.add(OrganisationUnit.child(clinic, "Clinic " + c, OrganisationLevel.CLINIC_OR_HEALTH_CENTRE, root));
                int clinicIndex = parents.size();
                parents.add(0);
                for (int t = 0; t < 9; t++) {
                    list.add(OrganisationUnit.child(OrganisationUnitId.of(clinic.value() + "-team-" + t), "Team " + t,
                            OrganisationLevel.WORK_TEAM, clinic));
                    parents.add(clinicIndex);
                }
            }
            region.tree = OrganisationTree.of(list);
            int n = list.size();
            region.parent = parents.stream().mapToInt(Integer::intValue).toArray();
            List<List<Integer>> children = new ArrayList<>();
            for (int u = 0; u < n; u++) {
                children.add(new ArrayList<>());
            }
            for (int u = 1; u < n; u++) {
                children.get(region.parent[u]).add(u);
            }
            region.children = children.stream().map(c -> c.stream().mapToInt(Integer::intValue).toArray()).toArray(int[][]::new);
            Integer[] byId = new Integer[n];
            Arrays.setAll(byId, u -> u);
            Arrays.sort(byId, Comparator.comparing(u -> list.get(u).id().value()));
            region.idRank = new int[n];
            for (int rank = 0; rank < n; rank++) {
                region.idRank[byId[rank]] = rank;
            }
            // teams, then clinics, then the root: deepest first
            int[] order = new int[n];
            int k = 0;
            for (int u = 0; u < n; u++) {
                if (list.get(u).level() == OrganisationLevel.WORK_TEAM) {
                    order[k++] = u;
                }
            }
            for (int u = 0; u < n; u++) {
                if (list.get(u).level() == OrganisationLevel.CLINIC_OR_HEALTH_CENTRE) {
                    order[k++] = u;
                }
            }
            order[k] = 0;
            region.childrenFirst = order;

            region.ownNumerator = new long[INDICATORS][YEARS][n];
            region.ownDenominator = new long[INDICATORS][YEARS][n];
            List<Observation> observations = new ArrayList<>();
            List<Indicator> indicators = region.catalogue.indicators();
            for (int i = 0; i < INDICATORS; i++) {
                Threshold threshold = indicators.get(i).target().threshold().orElseThrow();
                region.percent[i] = threshold.percent().longValueExact();
                region.strict[i] = threshold.comparison() == Comparison.MORE_THAN;
                double centre = region.percent[i] / 100.0;
                for (int y = 0; y < YEARS; y++) {
                    for (int u = 1; u < n; u++) {
                        boolean team = list.get(u).level() == OrganisationLevel.WORK_TEAM;
                        if (!team && random.nextInt(10) >= 3) {
                            continue;
                        }
                        int size = random.nextInt(12) == 0 ? random.nextInt(5) : 5 + random.nextInt(26);
                        double share = Math.min(1, Math.max(0, centre + random.nextGaussian() * 0.1));
                        long numerator = Math.round(share * size);
                        region.ownNumerator[i][y][u] = numerator;
                        region.ownDenominator[i][y][u] = size;
                        observations.add(Observation.ofCounts(indicators.get(i).id(), list.get(u).id(), region.years.get(y),
                                Counts.of(numerator, size)));
                    }
                }
            }
            region.observations = ObservationSet.of(region.catalogue, observations);
            return region;
        }

        /** 25 share indicators built on the Örebro strategy's effect goals, thresholds &gt; 90 %, &gt; 85 % and ≥ 80 %. */
        private static IndicatorCatalogue catalogue() {
            IndicatorCatalogue orebro = IndicatorCatalogue.load("orebro");
            Indicator base = orebro.get(IndicatorId.of("1.1.1"));
            Threshold[] thresholds = {Threshold.moreThan(90), Threshold.moreThan(85), Threshold.atLeast(80)};
            List<Indicator> indicators = new ArrayList<>();
            for (int i = 0; i < INDICATORS; i++) {
                indicators.add(Indicator.builder().id(IndicatorId.of("bench." + (i + 1))).effectGoal(base.effectGoal())
                        .text(base.text()).heading(base.heading()).target(Target.share(thresholds[i % thresholds.length]))
                        .direction(base.direction()).reporter(base.reporter()).build());
            }
            return IndicatorCatalogue.of(orebro.strategy(), orebro.provenance(), indicators);
        }
    }
}
