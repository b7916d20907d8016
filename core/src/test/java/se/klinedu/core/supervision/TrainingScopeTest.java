package se.klinedu.core.supervision;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import se.klinedu.core.InvalidInputException;
import se.klinedu.core.Language;
import se.klinedu.core.LocalizedText;
import se.klinedu.core.explain.Reason;
import se.klinedu.core.explain.Renderer;

class TrainingScopeTest {

    private static final SupervisorTrainingCatalogue STOCKHOLM = SupervisorTrainingCatalogue.load("stockholm");

    // the table's scopes in hours under the standard policy: 8-hour days, 40-hour weeks, 1.5 hp a week
    @ParameterizedTest(name = "{0}")
    @CsvSource(textBlock = """
            introduction-to-supervision,                  1.5, 1.5
            skolverket-national-supervisor-training,      5,   6
            vo-college-steps-1-and-2,                     40,  40
            stepping-stones,                              40,  40
            higher-education-pedagogy-clinical-placement, 200, 200
            national-board-recommendation,                16,  24
            """)
    void estimates_the_tables_scopes_in_hours(String training, BigDecimal min, BigDecimal max) {
        HoursEstimate estimate = STOCKHOLM.get(TrainingId.of(training)).scope().orElseThrow()
                .estimatedHours(HoursPolicy.standard());

        assertEquals(0, min.compareTo(estimate.minHours()), estimate.toString());
        assertEquals(0, max.compareTo(estimate.maxHours()), estimate.toString());
    }

    @Test
    void seven_and_a_half_credits_are_five_weeks() {
        TrainingScope credits = scope(ScopeUnit.CREDITS, "7.5", "7.5");

        assertEquals(0, new BigDecimal("200").compareTo(credits.estimatedHours(HoursPolicy.standard()).maxHours()));
        assertEquals(List.of(Reason.of(TrainingReason.HOURS_FROM_CREDITS, 40.0, 1.5)),
                credits.estimatedHours(HoursPolicy.standard()).reasons());
    }

    // training | the estimate's reason in Swedish | in English, under the standard policy
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            introduction-to-supervision | Omfattningen anges i timmar och räknas inte om. \
            | The scope is given in hours and not converted.
            vo-college-steps-1-and-2 | En dag räknas som 40 timmar i veckan delat på 5 dagar. \
            | A day counts as 40 hours a week over 5 days.
            stepping-stones | En veckas heltidsstudier räknas som 40 timmar. | A week of full-time study counts as 40 hours.
            """)
    void the_reason_reads_in_swedish_and_english(String training, String swedish, String english) {
        List<Reason> reasons = STOCKHOLM.get(TrainingId.of(training)).scope().orElseThrow()
                .estimatedHours(HoursPolicy.standard()).reasons();

        assertEquals(List.of(swedish), Renderer.of(Language.SWEDISH).render(reasons));
        assertEquals(List.of(english), Renderer.of(Language.ENGLISH).render(reasons));
    }

    @Test
    void credits_read_with_the_languages_decimal_sign() {
        Reason reason = scope(ScopeUnit.CREDITS, "7.5", "7.5").estimatedHours(HoursPolicy.standard()).reasons().get(0);

        assertEquals("Högskolepoäng räknas om till timmar: 1,5 hp är en veckas heltidsstudier, 40 timmar.",
                Renderer.of(Language.SWEDISH).render(reason));
        assertEquals("Studiepoeng regnes om til timer: 1,5 studiepoeng er en uke med heltidsstudier, 40 timer.",
                Renderer.of(Language.NORWEGIAN_BOKMAL).render(reason));
        assertEquals("Credits convert to hours: 1.5 credits are a week of full-time study, 40 hours.",
                Renderer.of(Language.ENGLISH).render(reason));
    }

    @Test
    void rejects_a_max_below_min() {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> scope(ScopeUnit.DAYS, "3", "2"));

        assertEquals("max", e.path());
    }

    @Test
    void rejects_a_self_study_part_larger_than_the_scope() {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> ((ImmutableTrainingScope) 
                scope(ScopeUnit.DAYS, "5", "5")).withSelfStudy(new BigDecimal("6")));

        assertEquals("selfStudy", e.path());
    }

    private static TrainingScope scope(ScopeUnit unit, String min, String max) {
        return TrainingScope.builder().text(LocalizedText.swedish("x", "x")).unit(unit).min(new BigDecimal(min))
                .max(new BigDecimal(max)).approximate(false).webBased(false).build();
    }
}
