package se.klinedu.indicators.target;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import se.klinedu.core.testkit.TranslationConventions;

/** The indicator catalogue renders the strategy's words by the project's conventions. */
class IndicatorTranslationConventionsTest {

    @Test
    void every_translation_keeps_the_conventions() {
        assertEquals(List.of(), TranslationConventions.violations(IndicatorCatalogue.load("orebro")));
    }

    @Test
    void the_catalogue_is_subject_to_the_modal_and_term_conventions() {
        Set<String> exercised = TranslationConventions.exercised(IndicatorCatalogue.load("orebro"));

        assertTrue(exercised.containsAll(Set.of("bör → should", "ska → shall", "SPUR-granskning", "målbeskrivning",
                "medarbetare", "Vård- och omsorgscollege")), exercised.toString());
    }
}
