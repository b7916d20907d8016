package se.klinedu.indicators.rollup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import org.junit.jupiter.api.Test;
import se.klinedu.core.Counts;
import se.klinedu.core.organisation.OrganisationTree;
import se.klinedu.core.organisation.OrganisationUnit;
import se.klinedu.core.organisation.OrganisationUnitId;
import se.klinedu.core.period.CalendarYear;
import se.klinedu.indicators.evaluation.EvaluationPolicy;
import se.klinedu.indicators.evaluation.Evaluations;
import se.klinedu.indicators.evaluation.IndicatorResult;
import se.klinedu.indicators.target.Indicator;
import se.klinedu.indicators.target.IndicatorCatalogue;
import se.klinedu.indicators.target.IndicatorId;

class ResultsByUnitTest {

    private static final Indicator SHARE = IndicatorCatalogue.load("orebro").get(IndicatorId.of("1.6.1"));
    /** Given out of depth-first order: depth first is root, a, a1, b. */
    private static final OrganisationTree TREE = TreeRollUpTest.tree("root", "b<root", "a<root", "a1<a");

    /** Each unit's result, made apart, with as many respondents as its place in the tree's order, plus 10. */
    private static Map<OrganisationUnitId, IndicatorResult> expected() {
        Map<OrganisationUnitId, IndicatorResult> expected = new LinkedHashMap<>();
        List<OrganisationUnit> units = TREE.units();
        for (int i = 0; i < units.size(); i++) {
            OrganisationUnitId id = units.get(i).id();
            expected.put(id, Evaluations.evaluateCounts(SHARE, id, CalendarYear.of(2025), Counts.of(i, 10 + i),
                    EvaluationPolicy.standard()));
        }
        return expected;
    }

    private static ResultsByUnit byPosition(Map<OrganisationUnitId, IndicatorResult> expected) {
        IndicatorResult[] byPosition = new IndicatorResult[expected.size()];
        expected.forEach((id, result) -> byPosition[TREE.positionOf(id)] = result);
        return new ResultsByUnit(TREE, byPosition);
    }

    @Test
    void gives_the_results_in_the_trees_order_and_equals_a_plain_map_of_them() {
        Map<OrganisationUnitId, IndicatorResult> expected = expected();
        ResultsByUnit results = byPosition(expected);

        assertEquals(List.copyOf(expected.entrySet()), List.copyOf(results.entrySet()));
        assertEquals(expected, results);
        assertEquals(results, expected);
        assertEquals(expected.hashCode(), results.hashCode());
        assertEquals(4, results.size());
    }

    @Test
    void looks_up_by_unit_and_finds_nothing_else() {
        Map<OrganisationUnitId, IndicatorResult> expected = expected();
        ResultsByUnit results = byPosition(expected);

        for (OrganisationUnitId id : expected.keySet()) {
            assertTrue(results.containsKey(id));
            assertEquals(expected.get(id), results.get(id));
        }
        assertFalse(results.containsKey(OrganisationUnitId.of("elsewhere")));
        assertNull(results.get(OrganisationUnitId.of("elsewhere")));
        assertFalse(results.containsKey("root"), "a string is not a unit id");
        assertNull(results.get("root"));
    }

    @Test
    void cannot_be_changed_and_its_iterator_ends() {
        ResultsByUnit results = byPosition(expected());
        IndicatorResult any = results.values().iterator().next();

        assertThrows(UnsupportedOperationException.class, () -> results.put(OrganisationUnitId.of("root"), any));
        assertThrows(UnsupportedOperationException.class, () -> results.remove(OrganisationUnitId.of("root")));
        assertThrows(UnsupportedOperationException.class, results::clear);
        Iterator<Map.Entry<OrganisationUnitId, IndicatorResult>> iterator = results.entrySet().iterator();
        for (int i = 0; i < 4; i++) {
            assertTrue(iterator.hasNext());
            iterator.next();
        }
        assertFalse(iterator.hasNext());
        assertThrows(NoSuchElementException.class, iterator::next);
        assertEquals(4, results.entrySet().size());
    }
}
