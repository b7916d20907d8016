package se.klinedu.core.crosswalk;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import se.klinedu.core.InvalidInputException;
import se.klinedu.core.strategy.EffectGoalId;
import se.klinedu.core.strategy.OrebroStrategy;
import se.klinedu.core.substrategy.DesiredOutcomeId;
import se.klinedu.core.substrategy.HelseSorOstSubStrategy;

class NordicCrosswalkTest {

    private final NordicCrosswalk crosswalk = NordicCrosswalk.load();

    @Nested
    class ReferenceData {

        @Test
        void every_id_resolves_against_both_strategies() {
            HelseSorOstSubStrategy norway = HelseSorOstSubStrategy.load();
            OrebroStrategy sweden = OrebroStrategy.load();

            assertFalse(crosswalk.links().isEmpty());
            assertAll(crosswalk.links().stream().map(link -> () -> {
                assertTrue(norway.find(link.desiredOutcome()).isPresent(), link.desiredOutcome().value());
                assertTrue(sweden.find(link.effectGoal()).isPresent(), link.effectGoal().value());
            }));
        }

        @Test
        void the_links_cover_the_six_themes() {
            Set<CrosswalkTheme> themes = crosswalk.links().stream().map(CrosswalkLink::theme)
                    .collect(Collectors.toCollection(() -> EnumSet.noneOf(CrosswalkTheme.class)));

            assertEquals(EnumSet.allOf(CrosswalkTheme.class), themes);
            assertEquals(6, CrosswalkTheme.values().length);
        }

        @Test
        void each_theme_links_what_both_documents_say_about_it() {
            // the clearest pair of each theme
            assertTrue(crosswalk.linksOf(CrosswalkTheme.SUPERVISOR_COMPETENCE).stream()
                    .anyMatch(link -> link.desiredOutcome().value().equals("HSO5.O3") && link.effectGoal().value().equals("1.1")));
            assertTrue(crosswalk.linksOf(CrosswalkTheme.COLLABORATION_WITH_EDUCATION_INSTITUTIONS).stream()
                    .anyMatch(link -> link.desiredOutcome().value().equals("HSO6.O1") && link.effectGoal().value().equals("2.2")));
            assertTrue(crosswalk.linksOf(CrosswalkTheme.DIGITAL_LEARNING_SUPPORT).stream()
                    .allMatch(link -> link.effectGoal().value().equals("2.3")));
            assertTrue(crosswalk.linksOf(CrosswalkTheme.RECRUITMENT_AND_RETENTION).stream()
                    .anyMatch(link -> link.effectGoal().value().equals("3.2")));
        }

        @Test
        void every_justification_is_one_line_of_english() {
            crosswalk.links().forEach(link -> {
                assertFalse(link.justification().isBlank());
                assertFalse(link.justification().contains("\n"), link.justification());
            });
        }
    }

    @Nested
    class Lookups {

        @Test
        void from_a_norwegian_outcome_to_swedish_effect_goals() {
            assertEquals(List.of(EffectGoalId.of("3.2"), EffectGoalId.of("1.2")),
                    crosswalk.effectGoalsFor(DesiredOutcomeId.of("HSO2.O4")));
            assertEquals(List.of(), crosswalk.effectGoalsFor(DesiredOutcomeId.of("HSO7.O2")));
        }

        @Test
        void from_a_swedish_effect_goal_to_norwegian_outcomes() {
            assertEquals(List.of(DesiredOutcomeId.of("HSO5.O3"), DesiredOutcomeId.of("HSO3.O2")),
                    crosswalk.desiredOutcomesFor(EffectGoalId.of("1.1")));
            assertEquals(List.of(), crosswalk.desiredOutcomesFor(EffectGoalId.of("1.7")));
        }

        @Test
        void both_ways_agree() {
            crosswalk.links().forEach(link -> {
                assertTrue(crosswalk.effectGoalsFor(link.desiredOutcome()).contains(link.effectGoal()));
                assertTrue(crosswalk.desiredOutcomesFor(link.effectGoal()).contains(link.desiredOutcome()));
                assertTrue(crosswalk.linksOf(link.desiredOutcome()).contains(link));
                assertTrue(crosswalk.linksOf(link.effectGoal()).contains(link));
            });
        }
    }

    @Nested
    class Rules {

        private final CrosswalkLink link = crosswalk.links().get(0);

        @Test
        void a_pair_linked_twice_is_rejected() {
            CrosswalkLink again = ((ImmutableCrosswalkLink) link).withTheme(CrosswalkTheme.PLACEMENT_CAPACITY);

            InvalidInputException e = assertThrows(InvalidInputException.class, () -> NordicCrosswalk.of(List.of(link, again)));

            assertEquals("links[1]: duplicate id, was HSO5.O3 ~ 1.1", e.getMessage());
        }

        @Test
        void a_justification_of_two_lines_or_none_is_rejected() {
            InvalidInputException twoLines = assertThrows(InvalidInputException.class,
                    () -> ((ImmutableCrosswalkLink) link).withJustification("one\ntwo"));
            InvalidInputException blank = assertThrows(InvalidInputException.class,
                    () -> ((ImmutableCrosswalkLink) link).withJustification(" "));

            assertEquals("justification: must be one line", twoLines.getMessage());
            assertEquals("justification", blank.path());
        }

        @Test
        void a_theme_is_read_by_its_code() {
            assertEquals(CrosswalkTheme.LEADERSHIP_OF_EDUCATION, CrosswalkTheme.of("leadership-of-education"));
            InvalidInputException e = assertThrows(InvalidInputException.class, () -> CrosswalkTheme.of("quality"));
            assertTrue(e.getMessage().endsWith("was quality"), e.getMessage());
        }
    }
}
