package se.klinedu.indicators.rollup;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import se.klinedu.core.generators.CoreGenerators;
import se.klinedu.core.organisation.OrganisationTree;

/**
 * Laws of the disclosure's views as the complementary suppression updates them: a view brought up to date
 * region by region is the view worked out afresh, and the suppression hides what a check of every part in
 * every round hides.
 */
class DisclosureViewLaws {

    private static final int TREES = 400;

    private static Disclosure disclosure(Random random) {
        OrganisationTree tree = CoreGenerators.organisationTree(random, 40);
        return Disclosure.of(tree, DisclosureAuditLaws.own(random, tree, 3 + random.nextInt(8)));
    }

    /** Units with respondents hidden at random, as primary suppression leaves them. */
    private static boolean[] someHidden(Random random, Disclosure counts) {
        boolean[] hidden = new boolean[counts.size()];
        for (int unit = 0; unit < counts.size(); unit++) {
            hidden[unit] = !counts.pooled(unit).isEmpty() && random.nextInt(4) == 0;
        }
        return hidden;
    }

    /** Everything the audit and the suppression read of a view: each part's verdict, bounds and widening. */
    private static List<Object> everything(Disclosure counts, Disclosure.View view, boolean[] hidden) {
        List<Object> all = new ArrayList<>();
        for (int unit = 0; unit < counts.size(); unit++) {
            all.add(view.head(unit));
            for (boolean own : new boolean[] {false, true}) {
                if (!own && !hidden[unit]) {
                    continue;
                }
                Disclosure.Bounds bounds = view.bounds(unit, own);
                all.add(List.of(unit, own, view.fails(unit, own), bounds.fewest(), bounds.most(), bounds.fewestYes(),
                        bounds.mostYes(), bounds.fewestKnowingClasses(), bounds.mostKnowingClasses(), bounds.shareFixed(),
                        view.widening(unit, own)));
            }
        }
        return all;
    }

    /**
     * For 400 trees of up to 40 units, minimum group sizes 1 to 7 and three rounds of hiding a shown unit (or, one
     * time in eight, every shown unit), the updated view reads exactly as a view of the same pattern made afresh,
     * part by part.
     */
    @Test
    void a_view_updated_region_by_region_is_the_view_worked_out_afresh() {
        Random random = new Random(0xD15C);
        int compared = 0;
        for (int round = 0; round < TREES; round++) {
            Disclosure counts = disclosure(random);
            int minimum = 1 + random.nextInt(7);
            boolean[] hidden = someHidden(random, counts);
            Disclosure.View view = counts.view(hidden, minimum);
            for (int step = 0; step < 3; step++) {
                int[] hides = new int[counts.size() + 3];
                int count = 0;
                if (random.nextInt(8) == 0) {
                    // every unit still shown, so that no unit with respondents is left shown
                    for (int unit = 0; unit < counts.size(); unit++) {
                        if (!hidden[unit]) {
                            hides[count++] = unit;
                        }
                    }
                } else {
                    // one to three units at random, a unit drawn twice hidden twice
                    for (int i = 1 + random.nextInt(3); i > 0; i--) {
                        int unit = random.nextInt(counts.size());
                        if (!hidden[unit]) {
                            hides[count++] = unit;
                        }
                    }
                }
                if (count == 0) {
                    continue;
                }
                for (int i = 0; i < count; i++) {
                    hidden[hides[i]] = true;
                }
                view.hide(hides, count);
                assertEquals(everything(counts, counts.view(hidden, minimum), hidden), everything(counts, view, hidden),
                        "round " + round + ", step " + step);
                compared++;
            }
        }
        assertEquals(true, compared > TREES, "hid units in most steps: " + compared);
    }

    /** Units whose own subtree is below the minimum hidden, as primary suppression leaves them. */
    private static boolean[] primary(Disclosure counts, int minimum) {
        boolean[] hidden = new boolean[counts.size()];
        for (int unit = 0; unit < counts.size(); unit++) {
            long size = counts.pooled(unit).denominator();
            hidden[unit] = size > 0 && size < minimum;
        }
        return hidden;
    }

    /**
     * The suppression as first written: every part of every region checked in every round on a view made afresh,
     * one part per region and round widened.
     *
     * @return whether it ended by hiding everything with respondents, some of it shown until then
     */
    private static boolean protectCheckingEverything(Disclosure counts, boolean[] hidden, int minimum) {
        while (true) {
            Disclosure.View view = counts.view(hidden, minimum);
            boolean[] widened = new boolean[counts.size() + 1];
            boolean failed = false;
            boolean changed = false;
            for (int unit = 0; unit < counts.size(); unit++) {
                for (boolean own : new boolean[] {false, true}) {
                    if (!view.fails(unit, own)) {
                        continue;
                    }
                    failed = true;
                    int region = view.head(unit) < 0 ? counts.size() : view.head(unit);
                    if (widened[region]) {
                        continue;
                    }
                    int next = view.widening(unit, own);
                    if (next >= 0) {
                        hidden[next] = true;
                        widened[region] = true;
                        changed = true;
                    }
                }
            }
            if (!changed) {
                boolean hidMore = false;
                for (int unit = 0; failed && unit < counts.size(); unit++) {
                    hidMore |= !hidden[unit] && !counts.pooled(unit).isEmpty();
                    hidden[unit] |= !counts.pooled(unit).isEmpty();
                }
                return hidMore;
            }
        }
    }

    /**
     * For 400 trees, minimum group sizes 1 to 7 and, in turn, primary suppression and units hidden at random, the
     * same units end up hidden; in some trees only hiding everything protects a small group.
     */
    @Test
    void the_suppression_hides_what_checking_every_part_in_every_round_hides() {
        Random random = new Random(0xC0DE);
        int widenedSome = 0;
        int hidEverything = 0;
        for (int round = 0; round < TREES; round++) {
            Disclosure counts = disclosure(random);
            int minimum = 1 + random.nextInt(7);
            boolean[] primary = round % 2 == 0 ? primary(counts, minimum) : someHidden(random, counts);
            boolean[] expected = primary.clone();
            hidEverything += protectCheckingEverything(counts, expected, minimum) ? 1 : 0;
            boolean[] actual = primary.clone();
            counts.protect(actual, minimum);
            assertArrayEquals(expected, actual, "round " + round + ", minimum " + minimum);
            widenedSome += Arrays.equals(primary, expected) ? 0 : 1;
        }
        assertEquals(true, widenedSome > TREES / 4, "the suppression hid more in many trees: " + widenedSome);
        assertEquals(true, hidEverything > 0, "only hiding everything protected a group in some trees: " + hidEverything);
    }
}
