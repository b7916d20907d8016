package se.klinedu.core.measure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import se.klinedu.core.InvalidInputException;

class MeasureReportTest {

    private static final LocalDate START = LocalDate.of(2024, 3, 1);

    private static MeasureReport.Builder report(MeasureStatus status) {
        return MeasureReport.builder().measure(MeasureId.of("HSO1.M1")).status(status).addResponsible("HR")
                .due(Due.on(LocalDate.of(2025, 6, 30)));
    }

    @Test
    void a_done_date_before_the_start_date_is_rejected() {
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> report(MeasureStatus.DONE).startedOn(START).doneOn(START.minusDays(1)).build());

        assertEquals("doneOn: must not be before the start date 2024-03-01, was 2024-02-29", e.getMessage());
    }

    @Test
    void a_dropped_date_before_the_start_date_is_rejected() {
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> report(MeasureStatus.DROPPED).startedOn(START).droppedOn(START.minusDays(1)).build());

        assertEquals("droppedOn", e.path());
    }

    @Test
    void done_on_the_start_date_is_accepted() {
        assertEquals(START, report(MeasureStatus.DONE).startedOn(START).doneOn(START).build().doneOn().orElseThrow());
    }

    @Test
    void a_done_measure_needs_its_done_date_and_no_other_status_has_one() {
        assertEquals("doneOn: is required for status done",
                assertThrows(InvalidInputException.class, () -> report(MeasureStatus.DONE).build()).getMessage());
        assertEquals("doneOn: must be absent for status ongoing, was 2024-03-01", assertThrows(InvalidInputException.class,
                () -> report(MeasureStatus.ONGOING).doneOn(START).build()).getMessage());
        assertEquals("droppedOn: is required for status dropped",
                assertThrows(InvalidInputException.class, () -> report(MeasureStatus.DROPPED).build()).getMessage());
        assertEquals("droppedOn", assertThrows(InvalidInputException.class,
                () -> report(MeasureStatus.DONE).doneOn(START).droppedOn(START).build()).path());
    }

    @Test
    void a_measure_not_started_has_no_start_date() {
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> report(MeasureStatus.NOT_STARTED).startedOn(START).build());

        assertEquals("startedOn", e.path());
    }

    @Test
    void someone_is_responsible() {
        assertEquals("responsible: must not be empty", assertThrows(InvalidInputException.class,
                () -> MeasureReport.builder().measure(MeasureId.of("A1")).status(MeasureStatus.ONGOING)
                        .due(Due.ongoing()).build()).getMessage());
        assertEquals("responsible[1]", assertThrows(InvalidInputException.class,
                () -> report(MeasureStatus.ONGOING).addResponsible(" ").build()).path());
    }

    @Test
    void is_overdue_only_after_its_due_date_and_only_while_open() {
        MeasureReport ongoing = report(MeasureStatus.ONGOING).build();
        LocalDate due = LocalDate.of(2025, 6, 30);

        assertFalse(ongoing.isOverdueAt(due));
        assertTrue(ongoing.isOverdueAt(due.plusDays(1)));
        assertFalse(report(MeasureStatus.DONE).doneOn(START).build().isOverdueAt(due.plusDays(1)));
        MeasureReport noEnd = MeasureReport.builder().measure(MeasureId.of("HSO1.M1")).status(MeasureStatus.ONGOING)
                .addResponsible("HR").due(Due.ongoing()).build();
        assertFalse(noEnd.isOverdueAt(due.plusYears(10)));
    }

    @Test
    void statuses_are_read_by_their_codes() {
        assertEquals(MeasureStatus.NOT_STARTED, MeasureStatus.of("not-started"));
        assertEquals("status: must be not-started, ongoing, done or dropped, was finished",
                assertThrows(InvalidInputException.class, () -> MeasureStatus.of("finished")).getMessage());
        assertTrue(MeasureStatus.DROPPED.isClosed());
        assertFalse(MeasureStatus.ONGOING.isClosed());
    }
}
