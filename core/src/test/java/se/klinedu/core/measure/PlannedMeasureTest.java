package se.klinedu.core.measure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import se.klinedu.core.InvalidInputException;
import se.klinedu.core.Language;
import se.klinedu.core.explain.Reason;
import se.klinedu.core.explain.Renderer;

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

        // due | follow-up date | reference date | status | reason: its code and its dates (a day or a window)
        @ParameterizedTest(name = "due {0}, follow-up {1}, at {2}: {3}")
        @CsvSource(textBlock = """
                2026-10-01, 2027-04-01, 2026-09-30, NOT_DUE, FOLLOW_UP_WINDOW_AHEAD,  2026-10-01 2027-04-01
                2026-10-01, 2027-04-01, 2026-10-01, DUE,     FOLLOW_UP_WINDOW_OPEN,   2026-10-01 2027-04-01
                2026-10-01, 2027-04-01, 2027-04-01, DUE,     FOLLOW_UP_WINDOW_OPEN,   2026-10-01 2027-04-01
                2026-10-01, 2027-04-01, 2027-04-02, OVERDUE, FOLLOW_UP_WINDOW_PASSED, 2026-10-01 2027-04-01
                2026-10-01, 2026-10-01, 2026-10-02, OVERDUE, FOLLOW_UP_DAY_PASSED,    2026-10-01
                2026-10-01, '',         2026-09-30, NOT_DUE, FOLLOW_UP_DAY_AHEAD,     2026-10-01
                2026-10-01, '',         2026-10-01, DUE,     FOLLOW_UP_DAY_REACHED,   2026-10-01
                2026-10-01, '',         2026-10-02, OVERDUE, FOLLOW_UP_DAY_PASSED,    2026-10-01
                ongoing,    2027-04-01, 2027-03-31, NOT_DUE, FOLLOW_UP_DAY_AHEAD,     2027-04-01
                ongoing,    2027-04-01, 2027-04-01, DUE,     FOLLOW_UP_DAY_REACHED,   2027-04-01
                ongoing,    2027-04-01, 2027-04-02, OVERDUE, FOLLOW_UP_DAY_PASSED,    2027-04-01
                ongoing,    '',         2040-01-01, NOT_DUE, FOLLOW_UP_NEVER_DUE,     ''
                """)
        void moves_from_not_due_to_overdue(String due, String followUpDate, LocalDate at, FollowUpStatus status,
                MeasureReason code, String dates) {
            MeasureFollowUp result = measure(Due.parse(due), followUpDate).followUpAt(at);
            List<Object> args = new ArrayList<>(Arrays.stream(dates.split(" ")).filter(d -> !d.isEmpty())
                    .map(LocalDate::parse).toList());
            if (!args.isEmpty()) {
                args.add(at);
            }

            assertEquals(status, result.status());
            assertEquals(at, result.referenceDate());
            assertEquals(List.of(Reason.of(code, args.toArray())), result.reasons());
        }

        @Test
        void a_recorded_follow_up_is_the_reason() {
            PlannedMeasure measure = measure(Due.parse("2026-10-01"), "2027-04-01").withFollowUp(LocalDate.of(2027, 3, 15));

            assertEquals(List.of(Reason.of(MeasureReason.FOLLOWED_UP, LocalDate.of(2027, 3, 15))),
                    measure.followUpAt(LocalDate.of(2027, 5, 1)).reasons());
        }

        // due | follow-up date | reference date | the reason in Swedish | in English
        @ParameterizedTest(name = "due {0}, follow-up {1}, at {2}")
        @CsvSource(delimiter = '|', textBlock = """
                2026-10-01 | 2027-04-01 | 2026-10-15 | Ska vara genomförd 2026-10-01 och följas upp senast 2027-04-01; \
                2026-10-15 är inom den tiden: aktuell. | To be done by 2026-10-01 and followed up by 2027-04-01; \
                2026-10-15 is within that time: due.
                2026-10-01 | '' | 2026-10-02 | Uppföljning väntades 2026-10-01; 2026-10-02 är efter den dagen och ingen \
                uppföljning är gjord: försenad. | Follow-up expected on 2026-10-01; 2026-10-02 is after that day, with no \
                follow-up recorded: overdue.
                ongoing | '' | 2026-10-02 | Pågående utan datum för uppföljning: uppföljningen blir aldrig aktuell. \
                | Ongoing with no follow-up date: the follow-up is never due.
                """)
        void the_reason_reads_in_swedish_and_english(String due, String followUpDate, LocalDate at, String swedish,
                String english) {
            List<Reason> reasons = measure(Due.parse(due), followUpDate).followUpAt(at).reasons();

            assertEquals(List.of(swedish), Renderer.of(Language.SWEDISH).render(reasons));
            assertEquals(List.of(english), Renderer.of(Language.ENGLISH).render(reasons));
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
