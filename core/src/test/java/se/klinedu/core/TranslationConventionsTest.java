package se.klinedu.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import se.klinedu.core.organisation.LearningEnvironmentLevels;
import se.klinedu.core.strategy.OrebroStrategy;
import se.klinedu.core.substrategy.HelseSorOstSubStrategy;
import se.klinedu.core.supervision.SupervisorTrainingCatalogue;
import se.klinedu.core.testkit.TranslationConventions;

/**
 * Core's reference data renders the documents' words by one set of conventions (ska → shall, bör → should,
 * a term one way everywhere), and the check of them catches a translation that breaks one.
 */
class TranslationConventionsTest {

    static Stream<Arguments> referenceData() {
        return Stream.of(
                Arguments.of("Örebro strategy", OrebroStrategy.load()),
                Arguments.of("Helse Sør-Øst sub-strategy", HelseSorOstSubStrategy.load()),
                Arguments.of("Stockholm catalogue", SupervisorTrainingCatalogue.load("stockholm")),
                Arguments.of("Vård- och omsorgscollege steps", SupervisorTrainingCatalogue.load("vo-college")),
                Arguments.of("glossary", Glossary.load()),
                Arguments.of("learning-environment levels", LearningEnvironmentLevels.load()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("referenceData")
    void every_translation_keeps_the_conventions(String name, Object data) {
        assertEquals(List.of(), TranslationConventions.violations(data));
    }

    @Test
    void the_strategies_are_subject_to_the_modal_and_term_conventions() {
        Set<String> strategy = TranslationConventions.exercised(OrebroStrategy.load());
        Set<String> norway = TranslationConventions.exercised(HelseSorOstSubStrategy.load());

        assertTrue(strategy.containsAll(Set.of("bör → should", "ska → shall", "vård och omsorg", "utbildningstjänst",
                "kompetensutveckling")), strategy.toString());
        assertTrue(norway.containsAll(Set.of("ska → shall", "kompetensutveckling", "medarbetare")), norway.toString());
    }

    @ParameterizedTest(name = "{0} / {1}")
    @CsvSource(delimiter = '|', value = {
        "Pedagogiska uppdrag bör kopplas till karriärvägar | Pedagogical assignments must be linked to career paths",
        "Pedagogiska uppdrag ska kopplas till karriärvägar | Pedagogical assignments should be linked to career paths",
        "Riktlinjer ska finnas tillgängliga | Guidelines are to be available",
        "Riktlinjer finns tillgängliga | Guidelines shall be available",
        "Handledare för ST-läkare | Supervisors of ST doctors",
        "Studierektorn samordnar | The director of education coordinates",
        "Övriga handledare är läkare | Other tutors are physicians",
        "Socialstyrelsens föreskrifter följs. | Socialstyrelsen's regulations are followed.",
        "Vård- och omsorgscollege steg 1 | Vård- och omsorgscollege (Care and Health College) step 1"})
    void a_translation_that_breaks_a_convention_is_caught(String original, String english) {
        assertFalse(TranslationConventions.violations(LocalizedText.swedish(original, english)).isEmpty());
    }

    @Test
    void a_modal_in_a_relative_clause_naming_what_is_to_be_done_reads_to_be() {
        LocalizedText planned = LocalizedText.norwegian("Bemanningen blir planlagt ut fra oppgaver som skal løses",
                "Staffing is planned from the tasks to be carried out");
        LocalizedText lost = LocalizedText.norwegian("Bemanningen blir planlagt ut fra oppgaver som skal løses",
                "Staffing is planned from the tasks");

        assertEquals(List.of(), TranslationConventions.violations(planned));
        assertFalse(TranslationConventions.violations(lost).isEmpty());
    }
}
