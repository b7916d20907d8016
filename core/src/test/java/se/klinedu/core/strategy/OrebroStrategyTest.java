package se.klinedu.core.strategy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import se.klinedu.core.InvalidInputException;
import se.klinedu.core.LocalizedText;
import se.klinedu.core.Provenance;
import se.klinedu.core.period.StrategyPeriod;

/**
 * The strategy's lookups and its own validation, on a small strategy built with the public builders: overall goals
 * 1 (effect goals 1.1, 1.2) and 2 (2.1); areas PA1 (needs PA1.1, PA1.2; serves 1.1) and PA2 (need PA2.1; serves 1.2
 * and 2.1); reviews spur (5 years) and alf (4 years).
 */
class OrebroStrategyTest {

    private static LocalizedText text(String swedish) {
        return LocalizedText.swedish(swedish, swedish);
    }

    private static OverallGoal overallGoal(String id, String... effectGoals) {
        OverallGoal.Builder goal = OverallGoal.builder().id(OverallGoalId.of(id)).shortName(text("Mål " + id))
                .text(text("Övergripande mål " + id)).heading(text("Rubrik " + id)).description(text("Beskrivning " + id));
        for (String effectGoal : effectGoals) {
            goal.addEffectGoal(EffectGoal.of(EffectGoalId.of(effectGoal), text("Effektmål " + effectGoal)));
        }
        return goal.build();
    }

    private static PriorityArea area(String id, List<String> needs, String... linkedEffectGoals) {
        return PriorityArea.of(PriorityAreaId.of(id), text("Område " + id),
                needs.stream().map(need -> IdentifiedNeed.of(IdentifiedNeedId.of(need), text("Behov " + need))).toList(),
                Arrays.stream(linkedEffectGoals)
                        .map(goal -> EffectGoalLink.of(EffectGoalId.of(goal), LinkBasis.INTERPRETED, "serves " + goal))
                        .toList());
    }

    private static RecurringReview review(String id, int intervalYears) {
        return RecurringReview.of(RecurringReviewId.of(id), text("Granskning " + id), intervalYears, text("vart " + intervalYears));
    }

    private static ImplementationRule rule(String id) {
        return ImplementationRule.of(ImplementationRuleId.of(id), text("Regel " + id));
    }

    /** A strategy with its texts and period set and no lists yet. */
    private static OrebroStrategy.Builder frame() {
        return OrebroStrategy.builder()
                .provenance(Provenance.of(text("Utbildningsstrategi 2021–2030"), "Region Örebro län"))
                .period(StrategyPeriod.of(2021, 2030))
                .vision(text("Vision"))
                .purpose(text("Syfte"))
                .scope(StrategyScope.of(true, true, true, List.of(text("Omfattning"))));
    }

    private static OrebroStrategy strategy() {
        return frame()
                .addOverallGoals(overallGoal("1", "1.1", "1.2"), overallGoal("2", "2.1"))
                .addPriorityAreas(area("PA1", List.of("PA1.1", "PA1.2"), "1.1"), area("PA2", List.of("PA2.1"), "1.2", "2.1"))
                .addImplementationRule(rule("regular-evaluation"))
                .addRecurringReviews(review("spur", 5), review("alf", 4))
                .build();
    }

    @Nested
    class OverallGoals {

        @ParameterizedTest(name = "{0}")
        @CsvSource({"1", "2"})
        void gets_and_finds_a_known_goal(String id) {
            OrebroStrategy strategy = strategy();

            assertEquals(OverallGoalId.of(id), strategy.get(OverallGoalId.of(id)).id());
            assertEquals(Optional.of(strategy.get(OverallGoalId.of(id))), strategy.find(OverallGoalId.of(id)));
        }

        @Test
        void an_unknown_goal_is_an_error_naming_it_and_finding_it_is_empty() {
            OrebroStrategy strategy = strategy();

            InvalidInputException e = assertThrows(InvalidInputException.class,
                    () -> strategy.get(OverallGoalId.of("3")));

            assertEquals("id", e.path());
            assertTrue(e.reason().endsWith("was 3"), e.reason());
            assertTrue(strategy.find(OverallGoalId.of("3")).isEmpty());
        }

        // effect goal | its overall goal
        @ParameterizedTest(name = "{0} belongs to {1}")
        @CsvSource({"1.1, 1", "1.2, 1", "2.1, 2"})
        void names_the_overall_goal_of_an_effect_goal(String effectGoal, String overallGoal) {
            assertEquals(OverallGoalId.of(overallGoal), strategy().overallGoalOf(EffectGoalId.of(effectGoal)).id());
        }
    }

    @Nested
    class EffectGoals {

        @ParameterizedTest(name = "{0}")
        @CsvSource({"1.1", "1.2", "2.1"})
        void gets_and_finds_a_known_goal(String id) {
            OrebroStrategy strategy = strategy();

            assertEquals(text("Effektmål " + id), strategy.get(EffectGoalId.of(id)).text());
            assertEquals(Optional.of(strategy.get(EffectGoalId.of(id))), strategy.find(EffectGoalId.of(id)));
        }

        @Test
        void an_unknown_goal_is_an_error_naming_it_and_finding_it_is_empty() {
            OrebroStrategy strategy = strategy();

            InvalidInputException e = assertThrows(InvalidInputException.class,
                    () -> strategy.get(EffectGoalId.of("2.2")));

            assertEquals("id", e.path());
            assertTrue(e.reason().endsWith("was 2.2"), e.reason());
            assertTrue(strategy.find(EffectGoalId.of("2.2")).isEmpty());
        }

        @Test
        void lists_every_effect_goal_in_the_documents_order() {
            assertEquals(List.of(EffectGoalId.of("1.1"), EffectGoalId.of("1.2"), EffectGoalId.of("2.1")),
                    strategy().effectGoals().stream().map(EffectGoal::id).toList());
        }

        // effect goal | the priority areas serving it
        @ParameterizedTest(name = "{0}: {1}")
        @CsvSource({"1.1, PA1", "1.2, PA2", "2.1, PA2"})
        void lists_the_priority_areas_linked_to_it(String effectGoal, String area) {
            assertEquals(List.of(PriorityAreaId.of(area)), strategy().priorityAreasLinkedTo(EffectGoalId.of(effectGoal))
                    .stream().map(PriorityArea::id).toList());
        }
    }

    @Nested
    class PriorityAreas {

        @ParameterizedTest(name = "{0}")
        @CsvSource({"PA1", "PA2"})
        void gets_a_known_area(String id) {
            assertEquals(text("Område " + id), strategy().get(PriorityAreaId.of(id)).name());
        }

        @Test
        void an_unknown_area_is_an_error_naming_it() {
            OrebroStrategy strategy = strategy();

            InvalidInputException e = assertThrows(InvalidInputException.class,
                    () -> strategy.get(PriorityAreaId.of("PA3")));

            assertEquals("id", e.path());
            assertTrue(e.reason().endsWith("was PA3"), e.reason());
        }
    }

    @Nested
    class IdentifiedNeeds {

        @ParameterizedTest(name = "{0}")
        @CsvSource({"PA1.1", "PA1.2", "PA2.1"})
        void gets_a_need_of_any_area(String id) {
            IdentifiedNeed need = strategy().identifiedNeed(IdentifiedNeedId.of(id));

            assertEquals(IdentifiedNeedId.of(id), need.id());
            assertEquals(text("Behov " + id), need.text());
        }

        @ParameterizedTest(name = "{0}")
        @CsvSource({"PA2.2", "PA3.1"})
        void an_unknown_need_is_an_error_naming_it(String id) {
            OrebroStrategy strategy = strategy();

            InvalidInputException e = assertThrows(InvalidInputException.class,
                    () -> strategy.identifiedNeed(IdentifiedNeedId.of(id)));

            assertEquals("id", e.path());
            assertEquals("is not an identified need of the strategy, was " + id, e.reason());
        }
    }

    @Nested
    class RecurringReviews {

        // review | interval in years
        @ParameterizedTest(name = "{0} every {1} years")
        @CsvSource({"spur, 5", "alf, 4"})
        void gets_a_known_review(String id, int intervalYears) {
            RecurringReview review = strategy().recurringReview(RecurringReviewId.of(id));

            assertEquals(RecurringReviewId.of(id), review.id());
            assertEquals(intervalYears, review.intervalYears());
        }

        @Test
        void an_unknown_review_is_an_error_naming_it() {
            OrebroStrategy strategy = strategy();

            InvalidInputException e = assertThrows(InvalidInputException.class,
                    () -> strategy.recurringReview(RecurringReviewId.of("ub")));

            assertEquals("id", e.path());
            assertEquals("is not a recurring review of the strategy, was ub", e.reason());
        }
    }

    @Nested
    class Validation {

        @Test
        void needs_an_overall_goal() {
            InvalidInputException e = assertThrows(InvalidInputException.class, () -> frame().build());

            assertEquals("overallGoals", e.path());
            assertEquals("must not be empty", e.reason());
        }

        @Test
        void needs_only_an_overall_goal() {
            OrebroStrategy strategy = frame().addOverallGoal(overallGoal("1", "1.1")).build();

            assertTrue(strategy.priorityAreas().isEmpty() && strategy.recurringReviews().isEmpty());
        }

        // links of the first area | links of the second area | path of the unknown effect goal
        @ParameterizedTest(name = "{0} / {1}: {2}")
        @CsvSource(delimiter = '|', textBlock = """
                9.9      | 1.2      | priorityAreas[0].effectGoalLinks[0].effectGoal
                1.1, 9.9 | 1.2      | priorityAreas[0].effectGoalLinks[1].effectGoal
                1.1      | 1.2, 2.2 | priorityAreas[1].effectGoalLinks[1].effectGoal
                """)
        void rejects_a_link_to_an_unknown_effect_goal(String firstLinks, String secondLinks, String path) {
            InvalidInputException e = assertThrows(InvalidInputException.class, () -> frame()
                    .addOverallGoals(overallGoal("1", "1.1", "1.2"), overallGoal("2", "2.1"))
                    .addPriorityAreas(area("PA1", List.of("PA1.1"), firstLinks.split(", ")),
                            area("PA2", List.of("PA2.1"), secondLinks.split(", ")))
                    .build());

            assertEquals(path, e.path());
            assertTrue(e.reason().startsWith("is not an effect goal of the strategy, was "), e.reason());
        }

        @Test
        void rejects_a_responsible_role_that_is_not_a_responsibility_of_the_strategy() {
            IdentifiedNeed need = IdentifiedNeed.of(IdentifiedNeedId.of("PA1.2"), text("Behov PA1.2"))
                    .withResponsibleRole(ResponsibleRole.of(ResponsibilityId.of("nobody")));
            PriorityArea area = PriorityArea.of(PriorityAreaId.of("PA1"), text("Område PA1"),
                    List.of(IdentifiedNeed.of(IdentifiedNeedId.of("PA1.1"), text("Behov PA1.1")), need), List.of());

            InvalidInputException e = assertThrows(InvalidInputException.class, () -> frame()
                    .addOverallGoal(overallGoal("1", "1.1")).addPriorityArea(area).build());

            assertEquals("priorityAreas[0].identifiedNeeds[1].responsible.responsibility", e.path());
            assertEquals("is not a responsibility of the strategy, was nobody", e.reason());
        }

        @Test
        void accepts_a_responsible_role_the_region_names_from_the_strategys_responsibilities() {
            ResponsibilityId board = ResponsibilityId.of("research-and-education-board");
            IdentifiedNeed need = IdentifiedNeed.of(IdentifiedNeedId.of("PA1.1"), text("Behov PA1.1"))
                    .withResponsibleRole(ResponsibleRole.of(board));
            OrebroStrategy strategy = frame().addOverallGoal(overallGoal("1", "1.1"))
                    .addResponsibility(Responsibility.of(board, text("Nämnden"), text("Ansvar")))
                    .addPriorityArea(PriorityArea.of(PriorityAreaId.of("PA1"), text("Område PA1"), List.of(need), List.of()))
                    .build();

            ResponsibleRole role = strategy.identifiedNeed(IdentifiedNeedId.of("PA1.1")).responsible().orElseThrow();
            assertEquals(board, role.responsibility());
            assertEquals(Optional.empty(), role.statement());
        }

        @Test
        void rejects_a_repeated_overall_goal() {
            InvalidInputException e = assertThrows(InvalidInputException.class,
                    () -> frame().addOverallGoals(overallGoal("1", "1.1"), overallGoal("1", "1.2")).build());

            assertEquals("overallGoals[1]", e.path());
            assertEquals("duplicate id, was 1", e.reason());
        }

        @Test
        void rejects_a_repeated_priority_area() {
            InvalidInputException e = assertThrows(InvalidInputException.class, () -> frame()
                    .addOverallGoal(overallGoal("1", "1.1"))
                    .addPriorityAreas(area("PA1", List.of("PA1.1")), area("PA1", List.of("PA1.2")))
                    .build());

            assertEquals("priorityAreas[1]", e.path());
            assertEquals("duplicate id, was PA1", e.reason());
        }

        @Test
        void rejects_a_repeated_implementation_rule() {
            InvalidInputException e = assertThrows(InvalidInputException.class, () -> frame()
                    .addOverallGoal(overallGoal("1", "1.1"))
                    .addImplementationRules(rule("regular-evaluation"), rule("regular-evaluation"))
                    .build());

            assertEquals("implementationRules[1]", e.path());
            assertEquals("duplicate id, was regular-evaluation", e.reason());
        }

        @Test
        void rejects_a_repeated_recurring_review() {
            InvalidInputException e = assertThrows(InvalidInputException.class, () -> frame()
                    .addOverallGoal(overallGoal("1", "1.1"))
                    .addRecurringReviews(review("spur", 5), review("alf", 4), review("spur", 6))
                    .build());

            assertEquals("recurringReviews[2]", e.path());
            assertEquals("duplicate id, was spur", e.reason());
        }
    }
}
