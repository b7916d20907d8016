package se.klinedu.core.measure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import se.klinedu.core.InvalidInputException;

class PlannedMeasureTest {

    // an item shaped like the SPUR report's action plan: due 2026.10.01, followed up 1 april 2027
    private static PlannedMeasure measure(Due due, String followUpDate) {
        PlannedMeasure.Builder builder = PlannedMeasure.builder()
                .what("Upprätta IUP för samtliga ST-läkare")
                .addResponsible("studierektor")
                .due(due)
                .followUpResponsible("verksamhetschef");
        if (!followUpDate.isEmpty()) {
            builder.followUpDate(LocalDate.parse(followUpDate));
        }
        return builder.build();
    }

    @Nested
    class FollowUpAt {

        // due | follow-up date | reference date | status
        @ParameterizedTest(name = "due {0}, follow-up {1}, at {2}: {3}")
        @CsvSource(textBlock = """
                2026-10-01, 2027-04-01, 2026-09-30, NOT_DUE
                2026-10-01, 2027-04-01, 2026-10-01, DUE
                2026-10-01, 2027-04-01, 2027-04-01, DUE
                2026-10-01, 2027-04-01, 2027-04-02, OVERDUE
                2026-10-01, '',         2026-10-01, DUE
                2026-10-01, '',         2026-10-02, OVERDUE
                ongoing,    2027-04-01, 2027-03-31, NOT_DUE
                ongoing,    2027-04-01, 2027-04-01, DUE
                ongoing,    2027-04-01, 2027-04-02, OVERDUE
                ongoing,    '',         2040-01-01, NOT_DUE
                """)
        void moves_from_not_due_to_overdue(String due, String followUpDate, LocalDate at, FollowUpStatus status) {
            MeasureFollowUp result = measure(Due.parse(due), followUpDate).followUpAt(at);

            assertEquals(status, result.status());
            assertEquals(at, result.referenceDate());
            assertFalse(result.reason().isBlank());
        }

        @Test
        void a_follow_up_counts_from_its_date_on() {
            PlannedMeasure measure = measure(Due.parse("2026-10-01"), "2027-04-01").withFollowUp(LocalDate.of(2027, 3, 15));

            assertEquals(FollowUpStatus.DUE, measure.followUpAt(LocalDate.of(2027, 3, 14)).status());
            assertEquals(FollowUpStatus.FOLLOWED_UP, measure.followUpAt(LocalDate.of(2027, 3, 15)).status());
            assertEquals(FollowUpStatus.FOLLOWED_UP, measure.followUpAt(LocalDate.of(2030, 1, 1)).status());
        }
    }

    @Nested
    class Validation {

        @Test
        void rejects_a_follow_up_before_the_due_date() {
            InvalidInputException e = assertThrows(InvalidInputException.class,
                    () -> measure(Due.parse("2026-10-01"), "2026-09-01"));

            assertEquals("followUpDate", e.path());
        }

        @Test
        void requires_a_responsible_role() {
            InvalidInputException e = assertThrows(InvalidInputException.class, () -> PlannedMeasure.builder()
                    .what("Åtgärd").due(Due.ongoing()).build());

            assertEquals("responsible", e.path());
        }

        @Test
        void names_the_missing_required_attributes() {
            InvalidInputException e = assertThrows(InvalidInputException.class,
                    () -> PlannedMeasure.builder().addResponsible("studierektor").build());

            assertEquals("what", e.path(), e.getMessage());
            assertEquals("is required, as are due", e.reason());
        }

        @Test
        void is_complete_only_with_a_follow_up_date_and_responsible() {
            assertTrue(measure(Due.ongoing(), "2027-04-01").isComplete());
            assertFalse(measure(Due.ongoing(), "").isComplete());
        }
    }

    @Nested
    class DueCodes {

        @Test
        void parses_an_iso_date_or_ongoing() {
            assertEquals(Due.on(LocalDate.of(2026, 10, 1)), Due.parse("2026-10-01"));
            assertTrue(Due.parse("ongoing").isOngoing());
        }

        @Test
        void rejects_anything_else() {
            InvalidInputException e = assertThrows(InvalidInputException.class, () -> Due.parse("2026.10.01"));

            assertEquals("due", e.path());
        }
    }
}
