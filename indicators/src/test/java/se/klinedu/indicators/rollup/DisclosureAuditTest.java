package se.klinedu.indicators.rollup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import se.klinedu.core.Counts;
import se.klinedu.core.InvalidInputException;
import se.klinedu.core.Language;
import se.klinedu.core.Threshold;
import se.klinedu.core.explain.Reason;
import se.klinedu.core.explain.Renderer;
import se.klinedu.core.organisation.OrganisationTree;
import se.klinedu.core.organisation.OrganisationUnit;
import se.klinedu.core.organisation.OrganisationUnitId;
import se.klinedu.core.period.CalendarYear;
import se.klinedu.indicators.evaluation.EvaluationPolicy;
import se.klinedu.indicators.evaluation.EvaluationReason;
import se.klinedu.indicators.evaluation.Evaluations;
import se.klinedu.indicators.evaluation.IndicatorResult;
import se.klinedu.indicators.observation.Observation;
import se.klinedu.indicators.observation.ObservationSet;
import se.klinedu.indicators.target.Indicator;
import se.klinedu.indicators.target.IndicatorCatalogue;
import se.klinedu.indicators.target.IndicatorId;

/**
 * The disclosure audit on worked cases: each leak class that an attacker who knows the rule found in an
 * earlier suppression, published as it was then and flagged by the audit, and the roll-up of the same data
 * today, which passes.
 */
class DisclosureAuditTest {

    private static final IndicatorCatalogue OREBRO = IndicatorCatalogue.load("orebro");
    private static final Indicator SHARE = OREBRO.get(IndicatorId.of("1.6.1"));
    private static final CalendarYear YEAR = CalendarYear.of(2025);
    private static final EvaluationPolicy POLICY = EvaluationPolicy.standard();

    /** Own counts given as unit, yes and respondents. */
    private static ObservationSet observations(Object... unitsYesAndAll) {
        List<Observation> observations = new ArrayList<>();
        for (int i = 0; i < unitsYesAndAll.length; i += 3) {
            observations.add(Observation.ofCounts(SHARE.id(), OrganisationUnitId.of((String) unitsYesAndAll[i]), YEAR,
                    Counts.of((Integer) unitsYesAndAll[i + 1], (Integer) unitsYesAndAll[i + 2])));
        }
        return ObservationSet.of(OREBRO, observations);
    }

    /** What a roll-up that hides exactly the given units publishes. */
    private static Map<OrganisationUnitId, IndicatorResult> publishedHiding(OrganisationTree tree, ObservationSet observations,
            String... hidden) {
        Map<OrganisationUnitId, Counts> own = observations.byUnit(SHARE.id(), YEAR).entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, entry -> entry.getValue().counts().orElseThrow()));
        Map<OrganisationUnitId, Counts> pooled = TreeRollUp.pool(tree, own);
        Map<OrganisationUnitId, IndicatorResult> published = new LinkedHashMap<>();
        for (OrganisationUnit unit : tree.units()) {
            published.put(unit.id(), Set.of(hidden).contains(unit.id().value())
                    ? Evaluations.suppressed(SHARE, unit.id(), YEAR, POLICY)
                    : Evaluations.evaluateCounts(SHARE, unit.id(), YEAR, pooled.get(unit.id()), POLICY));
        }
        return published;
    }

    private static CellBounds cell(DisclosureAudit audit, String unit, boolean own) {
        return audit.cells().stream().filter(cell -> cell.unit().value().equals(unit) && cell.ownRows() == own).findFirst()
                .orElseThrow();
    }

    private static Set<String> hiddenBy(Map<OrganisationUnitId, IndicatorResult> results) {
        return results.values().stream().filter(IndicatorResult::isSuppressed).map(result -> result.unit().value())
                .collect(Collectors.toSet());
    }

    @Test
    void two_small_siblings_whose_total_is_the_minimum_are_each_known_to_be_small() {
        OrganisationTree tree = TreeRollUpTest.tree("root", "a<root", "b<root", "c<root");
        ObservationSet data = observations("a", 1, 2, "b", 1, 3, "c", 20, 40);

        // the rule of "at least two hidden parts that together reach the minimum" hid a and b only
        DisclosureAudit then = DisclosureAudit.of(tree, data, publishedHiding(tree, data, "a", "b"), POLICY);
        assertEquals(List.of("a", "a own rows", "b", "b own rows"), then.underProtected().stream()
                .map(cell -> cell.unit().value() + (cell.ownRows() ? " own rows" : "")).toList());
        assertEquals(List.of(Reason.of(AuditReason.BOUNDS_SUBTREE, "a", "1–4", "0–2", "1–4"),
                Reason.of(AuditReason.SMALL_GROUP_KNOWN, 5)), cell(then, "a", false).reasons());
        assertEquals(List.of("The subtree of a: what is shown allows 1–4 respondents, 0–2 of them yes; knowing which hidden "
                + "groups are small, 1–4", "Under-protected: a group under the minimum group size of 5 is known to be under it"),
                Renderer.of(Language.ENGLISH).render(cell(then, "a", false).reasons()));
        assertFalse(then.holds());

        Map<OrganisationUnitId, IndicatorResult> now = TreeRollUp.resultsByUnit(SHARE, YEAR, tree, data, POLICY);
        assertEquals(Set.of("a", "b", "c"), hiddenBy(now));
        assertTrue(DisclosureAudit.of(tree, data, now, POLICY).holds());
    }

    @Test
    void hidden_groups_that_all_answered_alike_have_a_fixed_share() {
        // leak class 2: root − c − d = 5 of 5, so a and b are each known to be 100 %
        OrganisationTree tree = TreeRollUpTest.tree("root", "a<root", "b<root", "c<root", "d<root");
        ObservationSet data = observations("a", 2, 2, "b", 4, 4, "c", 40, 50, "d", 60, 70);

        DisclosureAudit then = DisclosureAudit.of(tree, data, publishedHiding(tree, data, "a", "b"), POLICY);
        CellBounds a = cell(then, "a", false);
        assertEquals(1, a.fewest());
        assertEquals(Optional.of(5L), a.most());
        assertEquals(Optional.of(5L), a.mostYes());
        assertTrue(a.shareFixed());
        assertTrue(a.underProtected());

        assertTrue(DisclosureAudit.of(tree, data, TreeRollUp.resultsByUnit(SHARE, YEAR, tree, data, POLICY), POLICY).holds());
    }

    @Test
    void a_hidden_unit_with_a_shown_child_of_its_own_leaves_its_own_rows_exposed() {
        // leak class 5: c was hidden to protect a, but its child c1 is shown; r − b − c1 = a + c's own rows = 3
        OrganisationTree tree = TreeRollUpTest.tree("r", "a<r", "b<r", "c<r", "c1<c");
        ObservationSet data = observations("a", 1, 2, "b", 15, 30, "c", 1, 1, "c1", 5, 10);

        DisclosureAudit then = DisclosureAudit.of(tree, data, publishedHiding(tree, data, "a", "c"), POLICY);
        CellBounds cOwn = cell(then, "c", true);
        assertEquals(1, cOwn.fewest());
        assertEquals(Optional.of(2L), cOwn.most());
        assertTrue(cOwn.underProtected());
        assertEquals(Optional.of(12L), cell(then, "c", false).most());

        Map<OrganisationUnitId, IndicatorResult> now = TreeRollUp.resultsByUnit(SHARE, YEAR, tree, data, POLICY);
        assertTrue(DisclosureAudit.of(tree, data, now, POLICY).holds(), () -> DisclosureAudit.of(tree, data, now, POLICY)
                .underProtected().toString());
    }

    @Test
    void own_rows_that_a_shown_unit_less_its_shown_children_gives_are_exposed() {
        OrganisationTree tree = TreeRollUpTest.tree("root", "a<root", "b<root");
        ObservationSet data = observations("root", 1, 3, "a", 10, 20, "b", 10, 20);

        DisclosureAudit then = DisclosureAudit.of(tree, data, publishedHiding(tree, data), POLICY);
        assertEquals(List.of(Reason.of(AuditReason.BOUNDS_OWN_ROWS, "root", "3", "1", "3"), Reason.of(AuditReason.SMALL_GROUP_KNOWN, 5)),
                cell(then, "root", true).reasons());
        assertEquals(List.of("Egna rader för root: det som visas ger 3 svarande, varav 1 ja; för den som vet vilka dolda grupper "
                + "som är små: 3", "Otillräckligt skyddad: en grupp under minsta gruppstorleken 5 syns vara under den"),
                Renderer.of(Language.SWEDISH).render(cell(then, "root", true).reasons()));

        Map<OrganisationUnitId, IndicatorResult> now = TreeRollUp.resultsByUnit(SHARE, YEAR, tree, data, POLICY);
        assertEquals(Set.of("a"), hiddenBy(now));
        assertTrue(DisclosureAudit.of(tree, data, now, POLICY).holds());
    }

    @Test
    void replaying_the_rule_can_tell_which_groups_are_small_and_the_audit_grants_it() {
        // root − c = a + b = 6; a is hidden for its size and b, of 5, to protect it. As far as the counts go, a may
        // hold 1 to 5; but whoever replays the rule can tell that a is the small one and b is not, so a = 6 − b ≤ 1
        OrganisationTree tree = TreeRollUpTest.tree("root", "a<root", "b<root", "c<root");
        ObservationSet data = observations("a", 1, 1, "b", 3, 5, "c", 20, 40);

        DisclosureAudit then = DisclosureAudit.of(tree, data, publishedHiding(tree, data, "a", "b"), POLICY);
        CellBounds a = cell(then, "a", false);
        assertEquals(Optional.of(5L), a.most());
        assertEquals(1, a.fewestKnowingWhichAreSmall());
        assertEquals(Optional.of(1L), a.mostKnowingWhichAreSmall());
        assertTrue(a.underProtected());
        assertEquals(Reason.of(AuditReason.SMALL_GROUP_SIZE_FIXED, 5), a.reasons().get(1));

        Map<OrganisationUnitId, IndicatorResult> now = TreeRollUp.resultsByUnit(SHARE, YEAR, tree, data, POLICY);
        assertEquals(Set.of("a", "b", "c"), hiddenBy(now));
        assertTrue(DisclosureAudit.of(tree, data, now, POLICY).holds());
    }

    @Test
    void a_small_group_of_four_units_with_own_rows_can_only_be_protected_by_hiding_everything() {
        // x holds 4 (minimum 5) in four teams of one: whoever knows x is small knows each team holds exactly 1
        OrganisationTree tree = TreeRollUpTest.tree("root", "x<root", "x1<x", "x2<x", "x3<x", "x4<x", "y<root", "z<root");
        ObservationSet data = observations("x1", 1, 1, "x2", 0, 1, "x3", 1, 1, "x4", 0, 1, "y", 20, 30, "z", 30, 40);

        Map<OrganisationUnitId, IndicatorResult> results = TreeRollUp.resultsByUnit(SHARE, YEAR, tree, data, POLICY);

        assertEquals(Set.of("root", "x", "x1", "x2", "x3", "x4", "y", "z"), hiddenBy(results));
        assertTrue(DisclosureAudit.of(tree, data, results, POLICY).holds());
    }

    @Test
    void a_minimum_larger_than_everyone_suppresses_everything_and_the_audit_holds() {
        OrganisationTree tree = TreeRollUpTest.tree("root", "a<root", "b<root", "b1<b");
        ObservationSet data = observations("root", 1, 3, "a", 10, 20, "b1", 10, 20);
        EvaluationPolicy impossible = EvaluationPolicy.builder().minimumGroupSize(1000).build();

        Map<OrganisationUnitId, IndicatorResult> results = TreeRollUp.resultsByUnit(SHARE, YEAR, tree, data, impossible);

        assertEquals(Set.of("root", "a", "b", "b1"), hiddenBy(results));
        results.values().forEach(result -> assertEquals(List.of(Reason.of(EvaluationReason.TARGET_SHARE, Threshold.moreThan(90)),
                Reason.of(EvaluationReason.SUPPRESSED, 1000)), result.reasons()));
        DisclosureAudit audit = DisclosureAudit.of(tree, data, results, impossible);
        assertTrue(audit.holds());
        assertEquals(Optional.empty(), cell(audit, "root", false).most());
    }

    @Test
    void published_counts_that_are_not_the_pooled_observations_are_refused() {
        OrganisationTree tree = TreeRollUpTest.tree("root", "a<root", "b<root");
        ObservationSet data = observations("a", 10, 20, "b", 10, 20);
        Map<OrganisationUnitId, IndicatorResult> published = new LinkedHashMap<>(publishedHiding(tree, data));
        published.put(OrganisationUnitId.of("a"),
                Evaluations.evaluateCounts(SHARE, OrganisationUnitId.of("a"), YEAR, Counts.of(11, 20), POLICY));

        InvalidInputException e = assertThrows(InvalidInputException.class, () -> DisclosureAudit.of(tree, data, published, POLICY));
        assertEquals("published: must show each unit's pooled observations; a pools 10/20, was 11/20", e.getMessage());

        published.remove(OrganisationUnitId.of("b"));
        assertThrows(InvalidInputException.class, () -> DisclosureAudit.of(tree, data, published, POLICY));
    }
}
