package se.klinedu.indicators.rollup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import se.klinedu.core.Counts;
import se.klinedu.core.InvalidInputException;
import se.klinedu.core.Language;
import se.klinedu.core.Threshold;
import se.klinedu.core.explain.Reason;
import se.klinedu.core.explain.Renderer;
import se.klinedu.core.json.KlineduJson;
import se.klinedu.core.organisation.OrganisationLevel;
import se.klinedu.core.organisation.OrganisationTree;
import se.klinedu.core.organisation.OrganisationUnit;
import se.klinedu.core.organisation.OrganisationUnitId;
import se.klinedu.core.period.CalendarYear;
import se.klinedu.indicators.evaluation.EvaluationPolicy;
import se.klinedu.indicators.evaluation.EvaluationReason;
import se.klinedu.indicators.evaluation.IndicatorResult;
import se.klinedu.indicators.evaluation.Status;
import se.klinedu.indicators.observation.Milestone;
import se.klinedu.indicators.observation.Observation;
import se.klinedu.indicators.observation.ObservationSet;
import se.klinedu.indicators.observation.ReviewOutcome;
import se.klinedu.indicators.target.Indicator;
import se.klinedu.indicators.target.IndicatorCatalogue;
import se.klinedu.indicators.target.IndicatorId;

class TreeRollUpTest {

    private static final IndicatorCatalogue OREBRO = IndicatorCatalogue.load("orebro");
    private static final Indicator SHARE = OREBRO.get(IndicatorId.of("1.6.1"));
    private static final Indicator COUNCIL = OREBRO.get(IndicatorId.of("2.4.1"));
    private static final Indicator ALF = OREBRO.get(IndicatorId.of("1.7.1"));
    private static final CalendarYear YEAR = CalendarYear.of(2025);

    /** Units in the order given, each "id" (the root) or "id<parent"; a unit's level follows from its depth. */
    static OrganisationTree tree(String... units) {
        Map<String, String> parents = new java.util.HashMap<>();
        for (String unit : units) {
            String[] parts = unit.split("<");
            parents.put(parts[0], parts.length == 1 ? null : parts[1]);
        }
        List<OrganisationUnit> list = new ArrayList<>();
        for (String unit : units) {
            String id = unit.split("<")[0];
            int depth = 0;
            for (String up = parents.get(id); up != null; up = parents.get(up)) {
                depth++;
            }
            OrganisationLevel level = OrganisationLevel.values()[depth];
            list.add(parents.get(id) == null ? OrganisationUnit.root(OrganisationUnitId.of(id), id, level)
                    : OrganisationUnit.child(OrganisationUnitId.of(id), id, level, OrganisationUnitId.of(parents.get(id))));
        }
        return OrganisationTree.of(list);
    }

    private static Map<OrganisationUnitId, IndicatorResult> shares(OrganisationTree tree, Object... unitsAndDenominators) {
        List<Observation> observations = new ArrayList<>();
        for (int i = 0; i < unitsAndDenominators.length; i += 2) {
            int denominator = (Integer) unitsAndDenominators[i + 1];
            observations.add(Observation.ofCounts(SHARE.id(), OrganisationUnitId.of((String) unitsAndDenominators[i]), YEAR,
                    Counts.of(denominator / 2, denominator)));
        }
        return TreeRollUp.resultsByUnit(SHARE, YEAR, tree, ObservationSet.of(OREBRO, observations), EvaluationPolicy.standard());
    }

    private static Set<String> suppressed(Map<OrganisationUnitId, IndicatorResult> results) {
        return results.values().stream().filter(IndicatorResult::isSuppressed).map(result -> result.unit().value())
                .collect(Collectors.toSet());
    }

    @Test
    void an_observation_of_a_unit_the_tree_lacks_is_an_error_not_left_out_of_the_pooled_figure() {
        OrganisationTree tree = tree("region", "kirurgkliniken<region", "ortopedkliniken<region");

        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> shares(tree, "kirurgkliniken", 20, "kirurgklinken", 12));

        assertEquals("observations: hold 1.6.1 for 2025 of unit kirurgklinken, which is not a unit of the tree and would "
                + "count in no pooled figure", e.getMessage());
    }

    @Test
    void a_milestone_of_a_unit_the_tree_lacks_is_an_error_too() {
        OrganisationTree tree = tree("region", "kirurgkliniken<region");
        ObservationSet observations = ObservationSet.of(OREBRO, List.of(Observation.ofMilestone(COUNCIL.id(),
                OrganisationUnitId.of("kirurgklinken"), YEAR, Milestone.notDone())));

        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> TreeRollUp.resultsByUnit(COUNCIL, YEAR, tree, observations, EvaluationPolicy.standard()));

        assertEquals("observations: hold 2.4.1 for 2025 of unit kirurgklinken, which is not a unit of the tree and would "
                + "count in no pooled figure", e.getMessage());
    }

    @Test
    void own_counts_that_reach_the_minimum_may_be_derived_and_hide_nothing_more() {
        OrganisationTree tree = tree("root", "a<root", "b<root");

        assertEquals(Set.of(), suppressed(shares(tree, "root", 5, "a", 10, "b", 20)));
    }

    @Test
    void two_hidden_siblings_that_together_exceed_the_minimum_hide_nothing_more() {
        OrganisationTree tree = tree("root", "a<root", "b<root", "c<root");

        // root − c = 6 = a + b: either could hold 1 to 5, so neither is known to be under 5
        assertEquals(Set.of("a", "b"), suppressed(shares(tree, "a", 2, "b", 4, "c", 40)));
    }

    @Test
    void two_hidden_siblings_that_together_just_reach_the_minimum_are_both_known_small_and_hide_one_more() {
        OrganisationTree tree = tree("root", "a<root", "b<root", "c<root");

        // root − c = 5 = a + b with each at least 1: each holds at most 4, below the minimum; c is hidden too
        assertEquals(Set.of("a", "b", "c"), suppressed(shares(tree, "a", 2, "b", 3, "c", 40)));
    }

    @Test
    void a_group_hidden_to_protect_another_reads_exactly_as_a_small_group_does() {
        OrganisationTree tree = tree("root", "a<root", "b<root", "c<root", "d<root");
        Map<OrganisationUnitId, IndicatorResult> results = shares(tree, "a", 1, "b", 2, "c", 30, "d", 40);

        // a has 1 respondent, c has 30 and is hidden only to protect a and b: nothing published tells them apart
        String small = KlineduJson.standard().write(results.get(OrganisationUnitId.of("a")));
        String protecting = KlineduJson.standard().write(results.get(OrganisationUnitId.of("c")));
        assertEquals(small.replace("\"unit\":\"a\"", "\"unit\":\"c\""), protecting);
        assertEquals(List.of(Reason.of(EvaluationReason.TARGET_SHARE, Threshold.moreThan(90)), Reason.of(EvaluationReason.SUPPRESSED, 5)),
                results.get(OrganisationUnitId.of("c")).reasons());
    }

    /** The roll-up of units given as id, yes count and respondents. */
    private static Map<OrganisationUnitId, IndicatorResult> answered(OrganisationTree tree, Object... unitsYesAndAll) {
        List<Observation> observations = new ArrayList<>();
        for (int i = 0; i < unitsYesAndAll.length; i += 3) {
            observations.add(Observation.ofCounts(SHARE.id(), OrganisationUnitId.of((String) unitsYesAndAll[i]), YEAR,
                    Counts.of((Integer) unitsYesAndAll[i + 1], (Integer) unitsYesAndAll[i + 2])));
        }
        return TreeRollUp.resultsByUnit(SHARE, YEAR, tree, ObservationSet.of(OREBRO, observations), EvaluationPolicy.standard());
    }

    @Test
    void hidden_groups_that_all_answered_alike_hide_one_more_so_that_no_share_is_pinned() {
        OrganisationTree tree = tree("root", "a<root", "b<root", "c<root", "d<root");

        // a and b together are 5 of 5: root − c − d would show both at 100 %, so c (the first shown by id) is hidden too
        assertEquals(Set.of("a", "b", "c"), suppressed(answered(tree, "a", 2, 2, "b", 3, 3, "c", 40, 50, "d", 60, 70)));
    }

    @Test
    void hidden_groups_that_answered_differently_hide_nothing_more() {
        OrganisationTree tree = tree("root", "a<root", "b<root", "c<root", "d<root");

        assertEquals(Set.of("a", "b"), suppressed(answered(tree, "a", 2, 2, "b", 1, 4, "c", 40, 50, "d", 60, 70)));
    }

    @Test
    void two_hidden_siblings_below_the_minimum_together_hide_the_first_shown_one_by_id_whatever_its_size() {
        OrganisationTree tree = tree("root", "a<root", "b<root", "c<root", "d<root");

        assertEquals(Set.of("a", "b", "c"), suppressed(shares(tree, "a", 1, "b", 2, "c", 30, "d", 40)));
        // the choice says nothing about sizes: hiding the smallest shown sibling would tell that it is no larger
        // than those still shown, which with the parent's total can pin a small group
        assertEquals(Set.of("a", "b", "c"), suppressed(shares(tree, "a", 1, "b", 2, "c", 40, "d", 30)));
    }

    @Test
    void a_unit_hidden_to_protect_a_sibling_hides_one_of_its_own_children_on_a_later_pass() {
        // n's relation hides c (to protect d); then c = c1 + c2 would give c away, so c1 is hidden too,
        // although c's relation was looked at before n's in the first pass
        OrganisationTree tree = tree("r", "c<n", "c1<c", "c2<c", "n<r", "d<n", "d1<d");

        assertEquals(Set.of("c", "d", "d1", "c1"), suppressed(shares(tree, "c1", 20, "c2", 20, "d1", 3)));
    }

    @Test
    void a_subtree_of_milestones_is_met_only_when_every_observed_milestone_is_done() {
        OrganisationTree tree = tree("root", "a<root", "b<root", "c<root");
        ObservationSet observations = ObservationSet.of(OREBRO, List.of(
                Observation.ofMilestone(COUNCIL.id(), OrganisationUnitId.of("a"), YEAR, Milestone.doneOn(LocalDate.of(2025, 2, 1))),
                Observation.ofMilestone(COUNCIL.id(), OrganisationUnitId.of("b"), YEAR, Milestone.notDone())));

        Map<OrganisationUnitId, IndicatorResult> results = TreeRollUp.resultsByUnit(COUNCIL, YEAR, tree, observations, EvaluationPolicy.standard());

        assertEquals(Status.NOT_MET, results.get(OrganisationUnitId.of("root")).status());
        assertEquals(List.of(Reason.of(EvaluationReason.TARGET_MILESTONE), Reason.of(EvaluationReason.SUBTREE_NOT_MET, 2, "root",
                List.of("b"))), results.get(OrganisationUnitId.of("root")).reasons());
        assertEquals(List.of("Mål: en milstolpe som ska nås", "2 observationer i root med underliggande enheter; ej uppfyllt vid b"),
                Renderer.of(Language.SWEDISH).render(results.get(OrganisationUnitId.of("root")).reasons()));
        assertEquals(Status.MET, results.get(OrganisationUnitId.of("a")).status());
        assertEquals(Status.NOT_MET, results.get(OrganisationUnitId.of("b")).status());
        assertEquals(Status.NO_DATA, results.get(OrganisationUnitId.of("c")).status());
    }

    @Test
    void a_subtree_of_good_reviews_is_met() {
        OrganisationTree tree = tree("root", "a<root", "b<root");
        ObservationSet observations = ObservationSet.of(OREBRO, List.of(
                Observation.ofReview(ALF.id(), OrganisationUnitId.of("root"), YEAR, ReviewOutcome.GOOD),
                Observation.ofReview(ALF.id(), OrganisationUnitId.of("b"), YEAR, ReviewOutcome.GOOD)));

        Map<OrganisationUnitId, IndicatorResult> results = TreeRollUp.resultsByUnit(ALF, YEAR, tree, observations, EvaluationPolicy.standard());

        assertEquals(Status.MET, results.get(OrganisationUnitId.of("root")).status());
        assertEquals(List.of(Reason.of(EvaluationReason.TARGET_REVIEW, "ALF"), Reason.of(EvaluationReason.SUBTREE_ALL_MET, 2, "root")),
                results.get(OrganisationUnitId.of("root")).reasons());
        assertEquals(List.of("Target: a good outcome in ALF", "The review's outcome: good assessments"),
                Renderer.of(Language.ENGLISH).render(results.get(OrganisationUnitId.of("b")).reasons()));
    }
}
