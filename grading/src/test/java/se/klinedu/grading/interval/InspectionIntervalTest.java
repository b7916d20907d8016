package se.klinedu.grading.interval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import se.klinedu.core.Counts;
import se.klinedu.core.InvalidInputException;
import se.klinedu.core.organisation.OrganisationUnitId;
import se.klinedu.core.strategy.OrebroStrategy;
import se.klinedu.core.strategy.RecurringReviewId;

class InspectionIntervalTest {

    private static final LocalDate AT = LocalDate.of(2026, 6, 30);

    private static UnitInspections unit(String id, LocalDate... dates) {
        return UnitInspections.of(OrganisationUnitId.of(id), List.of(dates));
    }

    @Test
    void the_default_interval_is_the_strategys_five_years() {
        assertEquals(5, InspectionIntervalPolicy.standard().intervalYears());
        assertEquals(OrebroStrategy.load().recurringReview(RecurringReviewId.of("spur")).intervalYears(),
                InspectionIntervalPolicy.standard().intervalYears());
    }

    @Test
    void counts_the_units_within_the_interval_as_a_share() {
        IntervalCompliance compliance = IntervalCompliance.at(List.of(
                unit("kvinnokliniken", LocalDate.of(2025, 3, 1)),
                unit("kirurgi", LocalDate.of(2020, 1, 1), LocalDate.of(2014, 1, 1)),
                unit("medicin"),
                unit("ortopedi", LocalDate.of(2021, 6, 30))), AT, InspectionIntervalPolicy.standard());

        assertEquals(Counts.of(2, 4), compliance.counts());
        assertEquals(List.of(true, false, false, true),
                compliance.units().stream().map(UnitIntervalStatus::withinInterval).toList());
        assertEquals(Optional.of(LocalDate.of(2030, 3, 1)), compliance.units().get(0).nextDue());
        assertEquals(Optional.of(LocalDate.of(2025, 1, 1)), compliance.units().get(1).nextDue());
    }

    @Test
    void a_unit_is_within_on_its_due_date_and_not_the_day_after() {
        UnitInspections unit = unit("u", LocalDate.of(2021, 6, 30));
        InspectionIntervalPolicy policy = InspectionIntervalPolicy.standard();

        assertTrue(IntervalCompliance.at(List.of(unit), LocalDate.of(2026, 6, 30), policy).units().get(0).withinInterval());
        assertFalse(IntervalCompliance.at(List.of(unit), LocalDate.of(2026, 7, 1), policy).units().get(0).withinInterval());
    }

    @Test
    void a_unit_never_inspected_is_not_within_and_has_no_due_date() {
        UnitIntervalStatus status = IntervalCompliance.at(List.of(unit("u")), AT, InspectionIntervalPolicy.standard())
                .units().get(0);

        assertFalse(status.withinInterval());
        assertEquals(Optional.empty(), status.nextDue());
        assertTrue(status.reason().contains("never inspected"), status.reason());
    }

    @Test
    void inspections_after_the_reference_date_do_not_count() {
        UnitIntervalStatus status = IntervalCompliance.at(List.of(unit("u", LocalDate.of(2027, 1, 1))), AT,
                InspectionIntervalPolicy.standard()).units().get(0);

        assertFalse(status.withinInterval());
        assertTrue(status.reason().contains("after 2026-06-30 not counted"), status.reason());
    }

    @Test
    void the_reason_gives_the_last_inspection_the_due_date_and_which_side_of_it_the_date_is() {
        UnitInspections unit = unit("u", LocalDate.of(2021, 6, 30), LocalDate.of(2019, 1, 1));
        InspectionIntervalPolicy policy = InspectionIntervalPolicy.standard();

        assertEquals("last inspected 2021-06-30, next due 2026-06-30 (every 5 years); 2026-06-30 is not after it",
                IntervalCompliance.at(List.of(unit), LocalDate.of(2026, 6, 30), policy).units().get(0).reason());
        assertEquals("last inspected 2021-06-30, next due 2026-06-30 (every 5 years); 2026-07-01 is after it",
                IntervalCompliance.at(List.of(unit), LocalDate.of(2026, 7, 1), policy).units().get(0).reason());
    }

    @Test
    void the_reason_counts_only_the_inspections_after_the_reference_date_as_not_counted() {
        UnitIntervalStatus status = IntervalCompliance.at(List.of(unit("u", LocalDate.of(2024, 1, 1),
                LocalDate.of(2026, 7, 1), LocalDate.of(2020, 1, 1))), AT, InspectionIntervalPolicy.standard()).units().get(0);

        assertEquals(Optional.of(LocalDate.of(2024, 1, 1)), status.lastInspection());
        assertEquals("last inspected 2024-01-01, next due 2029-01-01 (every 5 years); 2026-06-30 is not after it; "
                + "1 inspection(s) after 2026-06-30 not counted", status.reason());
    }

    @Test
    void no_units_is_no_data() {
        assertTrue(IntervalCompliance.at(List.of(), AT, InspectionIntervalPolicy.standard()).counts().isEmpty());
    }

    @Test
    void rejects_a_unit_listed_twice() {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> IntervalCompliance.at(
                List.of(unit("u"), unit("u", AT)), AT, InspectionIntervalPolicy.standard()));

        assertEquals("units[1]", e.path());
    }

    @Test
    void rejects_an_interval_that_is_not_positive() {
        assertThrows(InvalidInputException.class, () -> InspectionIntervalPolicy.of(0));
    }
}
