package se.klinedu.grading.criteria;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import se.klinedu.core.testkit.TranslationConventions;

/** The SPUR model's criteria and grade wordings render the report's words by the project's conventions. */
class SpurModelTranslationConventionsTest {

    @Test
    void every_translation_keeps_the_conventions() {
        assertEquals(List.of(), TranslationConventions.violations(SpurModel.load()));
    }

    @Test
    void the_model_is_subject_to_the_modal_and_term_conventions() {
        Set<String> exercised = TranslationConventions.exercised(SpurModel.load());

        assertTrue(exercised.containsAll(Set.of("bör → should", "ska → shall", "Socialstyrelsen", "målbeskrivning",
                "föreskrift", "allmänna råd", "ST-läkare", "studierektor", "medarbetare")), exercised.toString());
    }
}
