package se.klinedu.grading.interval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import se.klinedu.core.Counts;
import se.klinedu.core.InvalidInputException;
import se.klinedu.core.Language;
import se.klinedu.core.explain.Reason;
import se.klinedu.core.explain.Renderer;
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
        assertEquals(List.of(Reason.of(IntervalReason.NEVER_INSPECTED, AT)), status.reasons());
    }

    @Test
    void inspections_after_the_reference_date_do_not_count() {
        UnitIntervalStatus status = IntervalCompliance.at(List.of(unit("u", LocalDate.of(2027, 1, 1))), AT,
                InspectionIntervalPolicy.standard()).units().get(0);

        assertFalse(status.withinInterval());
        assertEquals(List.of(Reason.of(IntervalReason.NEVER_INSPECTED, AT), Reason.of(IntervalReason.LATER_NOT_COUNTED, 1, AT)),
                status.reasons());
    }

    @Test
    void the_reason_gives_the_last_inspection_the_due_date_and_which_side_of_it_the_date_is() {
        UnitInspections unit = unit("u", LocalDate.of(2021, 6, 30), LocalDate.of(2019, 1, 1));
        InspectionIntervalPolicy policy = InspectionIntervalPolicy.standard();

        LocalDate last = LocalDate.of(2021, 6, 30);
        LocalDate due = LocalDate.of(2026, 6, 30);
        LocalDate after = LocalDate.of(2026, 7, 1);

        assertEquals(List.of(Reason.of(IntervalReason.NEXT_DUE, last, due, 5), Reason.of(IntervalReason.WITHIN, due, due)),
                IntervalCompliance.at(List.of(unit), due, policy).units().get(0).reasons());
        assertEquals(List.of(Reason.of(IntervalReason.NEXT_DUE, last, due, 5), Reason.of(IntervalReason.OUTSIDE, after, due)),
                IntervalCompliance.at(List.of(unit), after, policy).units().get(0).reasons());
    }

    @Test
    void the_reason_counts_only_the_inspections_after_the_reference_date_as_not_counted() {
        UnitIntervalStatus status = IntervalCompliance.at(List.of(unit("u", LocalDate.of(2024, 1, 1),
                LocalDate.of(2026, 7, 1), LocalDate.of(2020, 1, 1))), AT, InspectionIntervalPolicy.standard()).units().get(0);

        assertEquals(Optional.of(LocalDate.of(2024, 1, 1)), status.lastInspection());
        assertEquals(List.of(Reason.of(IntervalReason.NEXT_DUE, LocalDate.of(2024, 1, 1), LocalDate.of(2029, 1, 1), 5),
                Reason.of(IntervalReason.WITHIN, AT, LocalDate.of(2029, 1, 1)),
                Reason.of(IntervalReason.LATER_NOT_COUNTED, 1, AT)), status.reasons());
        assertEquals(Map.of("count", 1L, "referenceDate", "2026-06-30"), status.reasons().get(2).args());
    }

    @Test
    void the_reasons_read_in_swedish_norwegian_and_english() {
        UnitIntervalStatus status = IntervalCompliance.at(List.of(unit("u", LocalDate.of(2021, 3, 1), LocalDate.of(2026, 9, 1),
                LocalDate.of(2027, 1, 1))), AT, InspectionIntervalPolicy.standard()).units().get(0);
        UnitIntervalStatus never = IntervalCompliance.at(List.of(unit("u")), AT, InspectionIntervalPolicy.standard())
                .units().get(0);

        assertEquals(List.of("Senast granskad 2021-03-01; nästa granskning senast 2026-03-01 (intervall 5 år).",
                "Referensdatumet 2026-06-30 är efter 2026-03-01: utanför intervallet.",
                "Granskningar efter 2026-06-30, som inte räknas: 2."), Renderer.of(Language.SWEDISH).render(status.reasons()));
        assertEquals(List.of("Sist inspisert 01.03.2021; neste inspeksjon senest 01.03.2026 (intervall på 5 år).",
                "Referansedatoen 30.06.2026 er etter 01.03.2026: utenfor intervallet.",
                "Inspeksjoner etter 30.06.2026, som ikke telles: 2."),
                Renderer.of(Language.NORWEGIAN_BOKMAL).render(status.reasons()));
        assertEquals(List.of("Last inspected 2021-03-01; next inspection due by 2026-03-01 (interval in years: 5).",
                "The reference date 2026-06-30 is after 2026-03-01: not within the interval.",
                "Inspections after 2026-06-30, not counted: 2."), Renderer.of(Language.ENGLISH).render(status.reasons()));
        assertEquals(List.of("Aldrig granskad på eller före 2026-06-30: utanför intervallet, granskning ska göras nu."),
                Renderer.of(Language.SWEDISH).render(never.reasons()));
        assertEquals(List.of("Never inspected on or before 2026-06-30: not within the interval, due now."),
                Renderer.of(Language.ENGLISH).render(never.reasons()));
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
