package se.klinedu.core.supervision;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import se.klinedu.core.InvalidInputException;
import se.klinedu.core.LocalizedText;

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
        assertTrue(credits.estimatedHours(HoursPolicy.standard()).reason().contains("CREDITS"));
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
