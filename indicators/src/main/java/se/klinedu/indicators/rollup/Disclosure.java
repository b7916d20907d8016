package se.klinedu.indicators.rollup;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import se.klinedu.core.Counts;
import se.klinedu.core.organisation.OrganisationTree;
import se.klinedu.core.organisation.OrganisationUnit;
import se.klinedu.core.organisation.OrganisationUnitId;
import se.klinedu.indicators.observation.Observation;

/**
 * One indicator's counts for one period over a tree, held in arrays in depth-first order, with what an
 * attacker can derive about a pattern of hidden units and the complementary suppression that leaves every
 * small group protected.
 *
 * <p>The attacker's model: every shown unit's pooled yes and no counts, whole numbers, the tree, and which
 * units report rows of their own (each such unit's own counts hold at least one respondent; any other
 * unit's own counts are zero). A hidden unit holds at least one respondent, which the own rows already
 * imply. Below a shown unit, down to the next shown units, the hidden units and the shown unit itself form
 * a <em>region</em>: the shown unit less the shown units at the region's edge gives the total of the own
 * counts in the region, and nothing else ties those own counts together. So each own count lies anywhere
 * from 1 up to the region's total less one for each other unit with own rows, and a hidden unit's pooled
 * count is its shown descendants at the edge plus its share of the region. These bounds are exact: every
 * value within them is reached by some whole-number data that publishes the same. Above a hidden root
 * there is no total, and no upper bound.
 *
 * <p>The suppression's choices depend only on what is shown and on which groups are below the minimum, so a
 * reader who replays it learns at most that. Each view therefore also bounds every group for a reader who
 * knows which hidden groups and own rows are below the minimum: interval constraints on nested sums, whose
 * projections are again intervals of whole numbers.
 */
final class Disclosure {

    private final int size;
    private final OrganisationUnitId[] ids;
    private final int[] parent;
    /** Each unit's children, by id: the order in which complements are chosen says nothing about sizes. */
    private final int[][] children;
    private final long[] ownYes;
    private final long[] ownNo;
    private final long[] yes;
    private final long[] no;
    /** How many of the units' own counts were given: fewer than given means one was of no unit of the tree. */
    private final int matched;

    private <T> Disclosure(OrganisationTree tree, Map<OrganisationUnitId, T> own, Function<T, Counts> countsOf) {
        List<OrganisationUnit> units = tree.depthFirst();
        size = units.size();
        ids = new OrganisationUnitId[size];
        parent = new int[size];
        children = new int[size][];
        ownYes = new long[size];
        ownNo = new long[size];
        yes = new long[size];
        no = new long[size];
        int found = 0;
        for (int i = 0; i < size; i++) {
            ids[i] = units.get(i).id();
            parent[i] = tree.parentPosition(i);
            children[i] = tree.childPositions(i);
            T observed = own.get(ids[i]);
            if (observed != null) {
                found++;
                Counts counts = countsOf.apply(observed);
                ownYes[i] = counts.numerator();
                ownNo[i] = counts.denominator() - counts.numerator();
            }
        }
        matched = found;
        // depth first: every child after its parent, so the reverse order pools children first
        for (int i = size - 1; i >= 0; i--) {
            yes[i] = Math.addExact(yes[i], ownYes[i]);
            no[i] = Math.addExact(no[i], ownNo[i]);
            if (parent[i] >= 0) {
                yes[parent[i]] = Math.addExact(yes[parent[i]], yes[i]);
                no[parent[i]] = Math.addExact(no[parent[i]], no[i]);
            }
        }
    }

    /**
     * {@return the counts of a tree}
     *
     * @param tree the tree
     * @param own each unit's own counts; units without play no part
     */
    static Disclosure of(OrganisationTree tree, Map<OrganisationUnitId, Counts> own) {
        return new Disclosure(tree, own, Function.identity());
    }

    /**
     * {@return the disclosure of observations that all hold counts, each unit's own}
     *
     * @param tree the organisation
     * @param own each unit's observation
     */
    static Disclosure ofObservations(OrganisationTree tree, Map<OrganisationUnitId, Observation> own) {
        return new Disclosure(tree, own, observation -> observation.counts().orElseThrow());
    }

    int size() {
        return size;
    }

    /** {@return how many units of the tree had own counts given; fewer than given means some were of no unit} */
    int matched() {
        return matched;
    }

    OrganisationUnitId id(int unit) {
        return ids[unit];
    }

    /** {@return the unit's pooled counts: its own and all its descendants'} */
    Counts pooled(int unit) {
        return Counts.of(yes[unit], yes[unit] + no[unit]);
    }

    /** {@return the unit's own counts} */
    Counts own(int unit) {
        return Counts.of(ownYes[unit], ownYes[unit] + ownNo[unit]);
    }

    boolean reportsOwnRows(int unit) {
        return ownYes[unit] + ownNo[unit] > 0;
    }

    private boolean responds(int unit) {
        return yes[unit] + no[unit] > 0;
    }

    /** {@return what can be derived about a pattern of hidden units, for a minimum group size} */
    View view(boolean[] hidden, int minimum) {
        return new View(hidden, minimum);
    }

    /**
     * Hides more units until no part {@linkplain View#fails fails} the audit. A failing part's region is
     * widened by hiding the nearest shown unit at its edge, nearest level first and then by id, or else the
     * shown unit that heads the region; one part per region and round.
     *
     * <p>Regions are independent: a part's verdict and its widening depend only on its own region, so after the
     * first round only the regions a round's hiding changed are worked out and checked again; the others keep
     * their verdicts. The units hidden are those a check of every part in every round would hide.
     *
     * @param hidden the units suppressed so far, changed in place
     * @param minimum the minimum group size
     */
    void protect(boolean[] hidden, int minimum) {
        View view = view(hidden, minimum);
        // whether a region (by its head, or size for the region above the first shown units) has a failing part
        boolean[] failing = new boolean[size + 1];
        int[] checked = new int[size];
        for (int unit = 0; unit < size; unit++) {
            checked[unit] = unit;
        }
        int count = size;
        boolean[] widened = new boolean[size + 1];
        int[] hides = new int[size];
        while (true) {
            int hid = 0;
            for (int i = 0; i < count; i++) {
                int region = key(view.region[checked[i]]);
                failing[region] = false;
                widened[region] = false;
            }
            for (int i = 0; i < count; i++) {
                int unit = checked[i];
                for (boolean own : new boolean[] {false, true}) {
                    if (!view.fails(unit, own)) {
                        continue;
                    }
                    int region = key(view.region[unit]);
                    failing[region] = true;
                    if (widened[region]) {
                        continue;
                    }
                    int next = view.widening(unit, own);
                    if (next >= 0) {
                        hides[hid++] = next;
                        widened[region] = true;
                    }
                }
            }
            if (hid == 0) {
                if (view.anyFailing(failing)) {
                    // no unit is left to widen a failing part (a minimum above everyone, or a small group of
                    // minimum − 1 units with own rows): hide everything
                    for (int unit = 0; unit < size; unit++) {
                        hidden[unit] |= responds(unit);
                    }
                }
                return;
            }
            for (int i = 0; i < hid; i++) {
                hidden[hides[i]] = true;
            }
            checked = view.hide(hides, hid);
            count = checked.length;
        }
    }

    /** {@return the index a region has in per-region arrays of size + 1: its head, or size above the first shown unit} */
    private int key(int head) {
        return head < 0 ? size : head;
    }

    /** The bounds on a part of the tree's counts that follow from what is published. */
    static final class Bounds {

        /** Unbounded above. */
        static final long UNBOUNDED = Long.MAX_VALUE;

        private final long fewest;
        private final long most;
        private final long fewestYes;
        private final long mostYes;
        private final long fewestKnowingClasses;
        private final long mostKnowingClasses;
        private final boolean shareFixed;

        Bounds(long fewest, long most, long fewestYes, long mostYes, long fewestKnowingClasses, long mostKnowingClasses,
                boolean shareFixed) {
            this.fewest = fewest;
            this.most = most;
            this.fewestYes = fewestYes;
            this.mostYes = mostYes;
            this.fewestKnowingClasses = fewestKnowingClasses;
            this.mostKnowingClasses = mostKnowingClasses;
            this.shareFixed = shareFixed;
        }

        /** The fewest respondents for someone who also knows which hidden groups are below the minimum. */
        long fewestKnowingClasses() {
            return fewestKnowingClasses;
        }

        /** The most respondents for someone who also knows which hidden groups are below the minimum. */
        long mostKnowingClasses() {
            return mostKnowingClasses;
        }

        long fewest() {
            return fewest;
        }

        long most() {
            return most;
        }

        long fewestYes() {
            return fewestYes;
        }

        long mostYes() {
            return mostYes;
        }

        /** Whether the share is a single value, even for someone who knows which hidden groups are small. */
        boolean shareFixed() {
            return shareFixed;
        }
    }

    /**
     * What an attacker derives from one pattern of hidden units. The audit reads a view as it is made; the
     * suppression {@linkplain #hide hides} more units in it as it goes, region by region.
     */
    final class View {

        private final boolean[] hidden;
        private final int minimum;
        /** Shown units with respondents: none means the pattern tells nothing of which groups are small. */
        private int shownResponding;
        /** The shown unit heading each unit's region, or -1 above the first shown unit. */
        private final int[] region;
        /** Hidden units: the units with own rows in their subtree's part of the region. */
        private final int[] inside;
        /** Shown units: the units with own rows in their region. */
        private final int[] regionFree;
        /** Hidden units: the shown units at the region's edge below it, pooled. */
        private final long[] edgeYes;
        private final long[] edgeNo;
        /** Shown units: the own counts in their region. */
        private final long[] regionYes;
        private final long[] regionNo;
        /**
         * For someone who also knows which hidden groups are below the minimum: the range of each hidden unit's
         * part of its region (its own rows and its hidden descendants' down to the edge), and of each unit's
         * own rows, in whole respondents; {@link Bounds#UNBOUNDED} above.
         */
        private final long[] partLow;
        private final long[] partHigh;
        private final long[] ownLow;
        private final long[] ownHigh;
        /** Bottom up, for hidden units: the range of the part from its own rows' class and its hidden children's. */
        private final long[] upLow;
        private final long[] upHigh;
        /** Each unit's own rows' class: 0, 1 to minimum − 1, or the minimum and more. */
        private final long[] ownUpLow;
        private final long[] ownUpHigh;
        /** Each unit's hidden children: the sum of their lowest parts, of their finite highest, and how many are unbounded. */
        private final long[] childLow;
        private final long[] childHighFinite;
        private final int[] childUnbounded;

        private View(boolean[] hidden, int minimum) {
            this.hidden = hidden.clone();
            this.minimum = minimum;
            region = new int[size];
            inside = new int[size];
            regionFree = new int[size];
            edgeYes = new long[size];
            edgeNo = new long[size];
            regionYes = new long[size];
            regionNo = new long[size];
            ownLow = new long[size];
            ownHigh = new long[size];
            partLow = new long[size];
            partHigh = new long[size];
            upLow = new long[size];
            upHigh = new long[size];
            ownUpLow = new long[size];
            ownUpHigh = new long[size];
            childLow = new long[size];
            childHighFinite = new long[size];
            childUnbounded = new int[size];
            int[] all = new int[size];
            for (int unit = 0; unit < size; unit++) {
                all[unit] = unit;
                ownUpLow[unit] = classLow(ownYes[unit] + ownNo[unit]);
                ownUpHigh[unit] = classHigh(ownYes[unit] + ownNo[unit]);
                shownResponding += !hidden[unit] && responds(unit) ? 1 : 0;
            }
            work(all, size);
        }

        /**
         * Hides more units and works out again the regions that changed: each region a hidden unit now belongs to,
         * which takes in the region it headed. No other region's values depend on these units.
         *
         * @param units the units to hide, shown until now
         * @param count how many of {@code units} to take
         * @return the units of the regions worked out again, in depth-first order
         */
        int[] hide(int[] units, int count) {
            for (int i = 0; i < count; i++) {
                int unit = units[i];
                if (!hidden[unit]) {
                    hidden[unit] = true;
                    shownResponding -= responds(unit) ? 1 : 0;
                }
            }
            boolean[] done = new boolean[size + 1];
            int[] changed = new int[size];
            int total = 0;
            for (int i = 0; i < count; i++) {
                int head = units[i];
                while (head >= 0 && hidden[head]) {
                    head = parent[head];
                }
                if (!done[key(head)]) {
                    done[key(head)] = true;
                    total = members(head, changed, total);
                }
            }
            Arrays.sort(changed, 0, total);
            work(changed, total);
            return Arrays.copyOf(changed, total);
        }

        /**
         * Adds a region's units: its head (or the root, above the first shown unit) and every hidden unit reached
         * from it through hidden units.
         *
         * @return the new count of {@code into}
         */
        private int members(int head, int[] into, int count) {
            int end = count;
            into[end++] = head < 0 ? 0 : head;
            for (int next = count; next < end; next++) {
                for (int child : children[into[next]]) {
                    if (hidden[child]) {
                        into[end++] = child;
                    }
                }
            }
            return end;
        }

        /**
         * Works out the values of whole regions, given their units in depth-first order: each unit's region and
         * each region's own rows top down; then bottom up, a hidden unit's own rows and shown edge in its part, and
         * the ranges for someone who knows the size classes: a hidden group below the minimum holds 1 to minimum − 1,
         * a hidden group of the minimum or more at least the minimum, and the same for own rows. Each range is an
         * interval of whole numbers: bottom up, a hidden unit's part is its own rows plus its hidden children's
         * parts, within its class less its shown edge; then top down, each part lies within what its parent's part
         * (a shown unit's: its region's total) leaves once its siblings and the parent's own rows have theirs.
         */
        private void work(int[] units, int count) {
            for (int i = 0; i < count; i++) {
                int unit = units[i];
                region[unit] = !hidden[unit] ? unit : parent[unit] < 0 ? -1 : region[parent[unit]];
                regionFree[unit] = 0;
                regionYes[unit] = 0;
                regionNo[unit] = 0;
            }
            for (int i = 0; i < count; i++) {
                int unit = units[i];
                int head = region[unit];
                if (reportsOwnRows(unit) && head >= 0) {
                    regionFree[head]++;
                    regionYes[head] += ownYes[unit];
                    regionNo[head] += ownNo[unit];
                }
            }
            for (int i = count - 1; i >= 0; i--) {
                bottomUp(units[i]);
            }
            for (int i = 0; i < count; i++) {
                topDown(units[i]);
            }
        }

        /** A unit's part from its children's, which come after it depth first and are worked out already. */
        private void bottomUp(int unit) {
            int within = hidden[unit] && reportsOwnRows(unit) ? 1 : 0;
            long shownYes = 0;
            long shownNo = 0;
            long low = 0;
            long highFinite = 0;
            int unbounded = 0;
            for (int child : children[unit]) {
                if (!hidden[child]) {
                    shownYes += yes[child];
                    shownNo += no[child];
                    continue;
                }
                within += inside[child];
                shownYes += edgeYes[child];
                shownNo += edgeNo[child];
                low += upLow[child];
                if (upHigh[child] == Bounds.UNBOUNDED) {
                    unbounded++;
                } else {
                    highFinite += upHigh[child];
                }
            }
            childLow[unit] = low;
            childHighFinite[unit] = highFinite;
            childUnbounded[unit] = unbounded;
            if (!hidden[unit]) {
                inside[unit] = 0;
                edgeYes[unit] = 0;
                edgeNo[unit] = 0;
                return;
            }
            inside[unit] = within;
            edgeYes[unit] = shownYes;
            edgeNo[unit] = shownNo;
            long edge = shownYes + shownNo;
            long all = yes[unit] + no[unit];
            long high = unbounded > 0 ? Bounds.UNBOUNDED : plus(ownUpHigh[unit], highFinite);
            upLow[unit] = Math.max(ownUpLow[unit] + low, classLow(all) - edge);
            upHigh[unit] = classHigh(all) == Bounds.UNBOUNDED ? high : Math.min(high, classHigh(all) - edge);
        }

        /** What a unit's part leaves its own rows and each hidden child; its own part is its parent's doing. */
        private void topDown(int unit) {
            if (!hidden[unit]) {
                partLow[unit] = regionYes[unit] + regionNo[unit];
                partHigh[unit] = partLow[unit];
            } else if (parent[unit] < 0) {
                partLow[unit] = upLow[unit];
                partHigh[unit] = upHigh[unit];
            }
            long low = partLow[unit];
            long high = partHigh[unit];
            boolean childrenUnbounded = childUnbounded[unit] > 0;
            long childrenHigh = childrenUnbounded ? Bounds.UNBOUNDED : childHighFinite[unit];
            ownLow[unit] = Math.max(ownUpLow[unit], minus(low, childrenHigh));
            ownHigh[unit] = Math.min(ownUpHigh[unit], minus(high, childLow[unit]));
            for (int child : children[unit]) {
                if (!hidden[child]) {
                    continue;
                }
                long othersLow = ownUpLow[unit] + childLow[unit] - upLow[child];
                boolean childUnboundedItself = upHigh[child] == Bounds.UNBOUNDED;
                long othersHigh = ownUpHigh[unit] == Bounds.UNBOUNDED
                        || childUnbounded[unit] - (childUnboundedItself ? 1 : 0) > 0
                        ? Bounds.UNBOUNDED
                        : ownUpHigh[unit] + childHighFinite[unit] - (childUnboundedItself ? 0 : upHigh[child]);
                partLow[child] = Math.max(upLow[child], minus(low, othersHigh));
                partHigh[child] = Math.min(upHigh[child], minus(high, othersLow));
            }
        }

        /** {@return the shown unit heading the unit's region, or -1 above the first shown unit} */
        int head(int unit) {
            return region[unit];
        }

        /** {@return whether any region of this pattern has a failing part, by the flags of its last check} */
        private boolean anyFailing(boolean[] failing) {
            if (hidden[0] && failing[size]) {
                return true;
            }
            for (int unit = 0; unit < size; unit++) {
                if (!hidden[unit] && failing[unit]) {
                    return true;
                }
            }
            return false;
        }

        private long classLow(long size) {
            return size == 0 ? 0 : size < minimum ? 1 : minimum;
        }

        private long classHigh(long size) {
            return size == 0 ? 0 : size < minimum ? minimum - 1 : Bounds.UNBOUNDED;
        }

        private static long plus(long a, long b) {
            return a == Bounds.UNBOUNDED || b == Bounds.UNBOUNDED ? Bounds.UNBOUNDED : a + b;
        }

        /** {@code a − b}, where an unbounded {@code a} stays unbounded and an unbounded {@code b} leaves no bound. */
        private static long minus(long a, long b) {
            return a == Bounds.UNBOUNDED ? Bounds.UNBOUNDED : b == Bounds.UNBOUNDED ? Long.MIN_VALUE : a - b;
        }

        /**
         * {@return what follows for a hidden unit's pooled counts, or for a unit's own counts}
         *
         * @param unit the unit, hidden unless {@code own}
         * @param own its own counts rather than its pooled ones
         */
        Bounds bounds(int unit, boolean own) {
            int part = own ? 1 : inside[unit];
            long fixedYes = own ? 0 : edgeYes[unit];
            long fixedAll = own ? 0 : edgeYes[unit] + edgeNo[unit];
            long knownLow = own ? ownLow[unit] : partLow[unit];
            long knownHigh = own ? ownHigh[unit] : partHigh[unit];
            long knownMost = knownHigh == Bounds.UNBOUNDED ? Bounds.UNBOUNDED : fixedAll + knownHigh;
            int head = region[unit];
            if (head < 0) {
                // no shown unit above: nothing bounds the own counts from above but the size classes
                return part == 0
                        ? new Bounds(fixedAll, fixedAll, fixedYes, fixedYes, fixedAll, fixedAll, true)
                        : new Bounds(fixedAll + part, Bounds.UNBOUNDED, fixedYes, Bounds.UNBOUNDED, fixedAll + knownLow,
                                knownMost, knownHigh == 0);
            }
            long totalYes = regionYes[head];
            long totalNo = regionNo[head];
            long total = totalYes + totalNo;
            int all = regionFree[head];
            long low = part == 0 ? 0 : part == all ? total : part;
            long high = part == 0 ? 0 : total - (all - part);
            long yesLow = Math.max(0, low - totalNo);
            long yesHigh = Math.min(totalYes, high);
            boolean fixed = shareFixed(knownLow, knownHigh, totalYes, totalNo, fixedYes, fixedAll);
            return new Bounds(fixedAll + low, fixedAll + high, fixedYes + yesLow, fixedYes + yesHigh, fixedAll + knownLow,
                    knownMost, fixed);
        }

        /**
         * Whether every point that fits — {@code d} own respondents in {@code [low, high]} with {@code y} of them
         * yes, {@code max(0, d − no) ≤ y ≤ min(yes, d)} — gives one share {@code (fy + y) / (fd + d)}. The share
         * grows with {@code y}, and along {@code d} it is monotone between the breakpoints {@code no} and
         * {@code yes}, so the ends and the breakpoints decide.
         */
        private static boolean shareFixed(long low, long high, long yes, long no, long fixedYes, long fixedAll) {
            long[] points = {low, high, Math.min(high, Math.max(low, no)), Math.min(high, Math.max(low, yes))};
            long firstYes = -1;
            long firstAll = -1;
            for (long d : points) {
                long yLow = Math.max(0, d - no);
                if (yLow < Math.min(yes, d)) {
                    return false;
                }
                long shareYes = fixedYes + yLow;
                long shareAll = fixedAll + d;
                if (firstAll < 0) {
                    firstYes = shareYes;
                    firstAll = shareAll;
                } else if (!sameRatio(firstYes, firstAll, shareYes, shareAll)) {
                    return false;
                }
            }
            return true;
        }

        private static boolean sameRatio(long a, long b, long c, long d) {
            return Math.multiplyHigh(a, d) == Math.multiplyHigh(c, b) && a * d == c * b;
        }

        /**
         * {@return whether a part fails the audit}: a hidden unit's pooled counts when {@code own} is false, a
         * unit's own counts when it is true. A group below the minimum fails when what is shown bounds it below the
         * minimum, when its share is fixed for someone who knows which hidden groups are small, or (with a minimum
         * of 3 or more) when that someone can fix its size; a hidden group of the minimum or more fails when that
         * someone can fix its size. Own counts of the minimum or more, and parts that are shown or empty, never
         * fail. Where every unit with respondents is hidden, the pattern tells nothing of which groups are small
         * and only what is shown counts.
         */
        boolean fails(int unit, boolean own) {
            long respondents = own ? ownYes[unit] + ownNo[unit] : yes[unit] + no[unit];
            if (respondents == 0 || !own && !hidden[unit] || own && respondents >= minimum) {
                return false;
            }
            Bounds bounds = bounds(unit, own);
            if (shownResponding == 0) {
                return respondents < minimum ? bounds.most() < minimum : bounds.fewest() == bounds.most();
            }
            boolean knownFixed = bounds.fewestKnowingClasses() == bounds.mostKnowingClasses();
            if (respondents < minimum) {
                return bounds.most() < minimum || bounds.shareFixed() || minimum >= 3 && knownFixed;
            }
            return knownFixed;
        }

        /** {@return the unit whose hiding widens a failing part's region, or -1 when none is left} */
        int widening(int unit, boolean own) {
            if (!own && inside[unit] == 0) {
                // its whole count is its shown descendants: hide one of its shown children
                int child = firstShownResponding(unit);
                if (child >= 0) {
                    return child;
                }
            }
            int at = own ? unit : parent[unit];
            while (at >= 0) {
                int child = firstShownResponding(at);
                if (child >= 0) {
                    return child;
                }
                if (!hidden[at]) {
                    return at;
                }
                at = parent[at];
            }
            return -1;
        }

        private int firstShownResponding(int unit) {
            return Arrays.stream(children[unit]).filter(child -> !hidden[child] && responds(child)).findFirst().orElse(-1);
        }
    }
}
