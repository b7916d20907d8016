package se.klinedu.core.organisation;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import se.klinedu.core.testkit.SourceDocuments;

/** Pins the organisation levels to the page "Kontinuerligt utvärdera, förbättra och utveckla". */
class LearningEnvironmentLevelsDocumentTest {

    private final LearningEnvironmentLevels levels = LearningEnvironmentLevels.load();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            HIGHER_EDUCATION_INSTITUTION | Lärosäten                                                   | 1
            HOSPITAL_OR_REGION           | Sjukhuset / primärvårdsområdet och övergripande regionnivå  | 1
            CLINIC_OR_HEALTH_CENTRE      | Kliniken / vårdcentralen                                    | 1
            WORK_TEAM                    | Arbetslaget / arbetsplatsen                                 | 2
            """)
    void heads_each_level_and_counts_its_questions(OrganisationLevel level, String heading, int questions) {
        LevelGuidance guidance = levels.guidance(level);

        assertEquals(heading, guidance.heading().original());
        assertEquals(questions, guidance.questions().size());
    }

    @Test
    void asks_how_the_clinic_evaluates_and_improves() {
        assertEquals("Hur utvärderar man och förbättrar förutsättningar för lärande och handledning på "
                + "kliniken/vårdcentralen?",
                levels.guidance(OrganisationLevel.CLINIC_OR_HEALTH_CENTRE).questions().get(0).original());
    }

    @Test
    void lists_the_levels_highest_first() {
        assertEquals(List.of(OrganisationLevel.values()), levels.levels().stream().map(LevelGuidance::level).toList());
        assertTrue(OrganisationLevel.WORK_TEAM.isBelow(OrganisationLevel.CLINIC_OR_HEALTH_CENTRE));
        assertTrue(OrganisationLevel.CLINIC_OR_HEALTH_CENTRE.isBelow(OrganisationLevel.HOSPITAL_OR_REGION));
    }

    @Test
    void every_swedish_text_is_quoted_from_the_page() {
        Optional<String> page = SourceDocuments.lettersOf(SourceDocuments.LEARNING_ENVIRONMENTS);
        assumeTrue(page.isPresent(), "the source documents are not beside the build");

        assertAll(levels.levels().stream().flatMap(level -> java.util.stream.Stream.concat(
                java.util.stream.Stream.of(level.heading()), level.questions().stream()))
                .map(text -> () -> assertTrue(page.get().contains(SourceDocuments.letters(text.original())),
                        "not on the page: " + text)));
        assertTrue(page.get().contains(SourceDocuments.letters(levels.provenance().title().original())));
    }
}
