package se.klinedu.core.measure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import se.klinedu.core.InvalidInputException;
import se.klinedu.core.Language;
import se.klinedu.core.explain.Reason;
import se.klinedu.core.explain.Renderer;
import se.klinedu.core.json.KlineduJson;
import se.klinedu.core.strategy.OrebroStrategy;
import se.klinedu.core.substrategy.HelseSorOstSubStrategy;

class MeasurePlanTest {

    private static final LocalDate JUNE_30 = LocalDate.of(2025, 6, 30);

    private static MeasureReport.Builder report(String measure, MeasureStatus status, String due) {
        return MeasureReport.builder().measure(MeasureId.of(measure)).status(status)
                .addResponsible("regional utdanningsdirektør").due(Due.parse(due));
    }

    @Nested
    class HelseSorOst {

        private final MeasurePlan plan = HelseSorOstSubStrategy.load().measurePlan();

        @Test
        void follows_up_a_focus_area_with_counts_overdue_and_unreported_measures() {
            List<MeasureReport> reports = List.of(
                    report("HSO5.M6", MeasureStatus.ONGOING, "2025-03-31").startedOn(LocalDate.of(2024, 1, 8)).build(),
                    report("HSO5.M8", MeasureStatus.DONE, "2024-12-31").doneOn(LocalDate.of(2024, 11, 20)).build(),
                    report("HSO5.M2", MeasureStatus.NOT_STARTED, "2025-06-30").build(),
                    report("HSO5.M9", MeasureStatus.DROPPED, "2024-06-30").droppedOn(LocalDate.of(2024, 5, 2)).build(),
                    report("HSO5.M3", MeasureStatus.NOT_STARTED, "2025-01-31").build(),
                    report("HSO5.M1", MeasureStatus.ONGOING, "ongoing").build());

            AreaProgress area = plan.progressAt(reports, JUNE_30).get(MeasureAreaId.of("HSO5"));

            assertEquals(2, area.count(MeasureStatus.NOT_STARTED));
            assertEquals(2, area.count(MeasureStatus.ONGOING));
            assertEquals(1, area.count(MeasureStatus.DONE));
            assertEquals(1, area.count(MeasureStatus.DROPPED));
            assertEquals(List.of(MeasureId.of("HSO5.M3"), MeasureId.of("HSO5.M6")), area.overdue());
            assertEquals(List.of(MeasureId.of("HSO5.M4"), MeasureId.of("HSO5.M5"), MeasureId.of("HSO5.M7")),
                    area.notReported());
        }

        @Test
        void explains_each_status() {
            List<MeasureReport> reports = List.of(
                    report("HSO1.M1", MeasureStatus.ONGOING, "2025-03-31").build(),
                    report("HSO1.M2", MeasureStatus.NOT_STARTED, "2025-06-30").build(),
                    report("HSO1.M3", MeasureStatus.DONE, "2024-12-31").doneOn(LocalDate.of(2025, 1, 20)).build(),
                    report("HSO1.M4", MeasureStatus.DROPPED, "2024-06-30").droppedOn(LocalDate.of(2024, 5, 2)).build(),
                    report("HSO1.M5", MeasureStatus.ONGOING, "ongoing").build());

            PlanProgress progress = plan.progressAt(reports, JUNE_30);

            assertEquals(List.of(Reason.of(MeasureReason.OVERDUE, MeasureStatus.ONGOING, LocalDate.of(2025, 3, 31), JUNE_30)),
                    progress.get(MeasureId.of("HSO1.M1")).reasons());
            assertEquals(List.of(Reason.of(MeasureReason.DUE, MeasureStatus.NOT_STARTED, JUNE_30, JUNE_30)),
                    progress.get(MeasureId.of("HSO1.M2")).reasons());
            assertEquals(List.of(Reason.of(MeasureReason.DONE, LocalDate.of(2025, 1, 20))),
                    progress.get(MeasureId.of("HSO1.M3")).reasons());
            assertEquals(List.of(Reason.of(MeasureReason.DROPPED, LocalDate.of(2024, 5, 2))),
                    progress.get(MeasureId.of("HSO1.M4")).reasons());
            assertEquals(List.of(Reason.of(MeasureReason.ONGOING_NEVER_OVERDUE, MeasureStatus.ONGOING)),
                    progress.get(MeasureId.of("HSO1.M5")).reasons());
            assertEquals(List.of(Reason.of(MeasureReason.NOT_REPORTED)), progress.get(MeasureId.of("HSO1.M6")).reasons());
            assertEquals(Map.of("status", "measure-status.ongoing", "due", "2025-03-31", "referenceDate", "2025-06-30"),
                    progress.get(MeasureId.of("HSO1.M1")).reasons().get(0).args());
            assertEquals(List.of(MeasureId.of("HSO1.M1")), progress.overdue());
            assertEquals(2, progress.count(MeasureStatus.ONGOING));
            assertEquals(45, progress.notReported().size());
        }

        @Test
        void the_reasons_read_in_swedish_and_english() {
            List<MeasureReport> reports = List.of(
                    report("HSO1.M1", MeasureStatus.ONGOING, "2025-03-31").build(),
                    report("HSO1.M2", MeasureStatus.DONE, "2024-12-31").doneOn(LocalDate.of(2025, 1, 20)).build(),
                    report("HSO1.M3", MeasureStatus.NOT_STARTED, "ongoing").build());

            PlanProgress progress = plan.progressAt(reports, JUNE_30);

            assertEquals(List.of(
                    "Rapporterad som pågående, skulle ha varit genomförd 2025-03-31; 2025-06-30 är efter det datumet: försenad.",
                    "Genomförd 2025-01-20: en genomförd åtgärd är aldrig försenad.",
                    "Rapporterad som inte påbörjad, utan slutdatum: aldrig försenad.",
                    "Ingen rapport om åtgärden: en åtgärd utan rapport är aldrig försenad."), texts(progress, Language.SWEDISH));
            assertEquals(List.of(
                    "Reported as ongoing, due 2025-03-31; 2025-06-30 is after that date: overdue.",
                    "Done on 2025-01-20: a done measure is never overdue.",
                    "Reported as not started, with no end date: never overdue.",
                    "No report on the measure: a measure not reported is never overdue."), texts(progress, Language.ENGLISH));
        }

        /** The texts of the reasons of the plan's first four measures, in order. */
        private static List<String> texts(PlanProgress progress, Language language) {
            return progress.measures().subList(0, 4).stream()
                    .flatMap(measure -> Renderer.of(language).render(measure.reasons()).stream()).toList();
        }

        @Test
        void a_measure_due_today_is_overdue_from_tomorrow() {
            List<MeasureReport> reports = List.of(report("HSO2.M3", MeasureStatus.ONGOING, "2025-06-30").build());

            assertFalse(plan.progressAt(reports, JUNE_30).get(MeasureId.of("HSO2.M3")).overdue());
            assertTrue(plan.progressAt(reports, JUNE_30.plusDays(1)).get(MeasureId.of("HSO2.M3")).overdue());
        }

        @Test
        void several_problems_are_listed_together() {
            List<MeasureReport> reports = List.of(
                    report("HSO8.M1", MeasureStatus.ONGOING, "ongoing").build(),
                    report("HSO1.M1", MeasureStatus.ONGOING, "ongoing").build(),
                    report("HSO1.M1", MeasureStatus.DONE, "ongoing").doneOn(JUNE_30).build());

            InvalidInputException e = assertThrows(InvalidInputException.class, () -> plan.progressAt(reports, JUNE_30));

            assertEquals("reports", e.path());
            assertEquals("2 problems: reports[0].measure: is not a measure of the plan, was HSO8.M1; "
                    + "reports[2].measure: repeats reports[1] on measure HSO1.M1", e.reason());
        }

        @Test
        void an_unknown_area_or_measure_of_the_result_is_an_error() {
            PlanProgress progress = plan.progressAt(List.of(), JUNE_30);

            assertThrows(InvalidInputException.class, () -> progress.get(MeasureAreaId.of("PA1")));
            assertThrows(InvalidInputException.class, () -> progress.get(MeasureId.of("PA1.1")));
        }
    }

    @Nested
    class Orebro {

        @Test
        void follows_up_the_identified_needs_with_the_same_types() {
            MeasurePlan plan = OrebroStrategy.load().measurePlan();
            List<MeasureReport> reports = List.of(
                    report("PA2.1", MeasureStatus.ONGOING, "2024-12-31").startedOn(LocalDate.of(2023, 2, 1)).build(),
                    report("PA1.1", MeasureStatus.DONE, "2024-12-31").doneOn(LocalDate.of(2024, 10, 1)).build());

            PlanProgress progress = plan.progressAt(reports, JUNE_30);

            assertEquals(List.of("PA1", "PA2", "PA3", "PA4"),
                    progress.areas().stream().map(a -> a.area().value()).toList());
            assertEquals(List.of(MeasureId.of("PA2.1")), progress.overdue());
            assertEquals(Optional.of(MeasureStatus.DONE), progress.get(MeasureId.of("PA1.1")).status());
            assertEquals(9, progress.notReported().size());
        }
    }

    @Nested
    class Plans {

        private final MeasureArea a1 = MeasureArea.of(MeasureAreaId.of("A1"), List.of(MeasureId.of("A1.M1")));

        @Test
        void a_measure_in_two_areas_is_rejected() {
            MeasureArea a2 = MeasureArea.of(MeasureAreaId.of("A2"), List.of(MeasureId.of("A1.M1")));

            InvalidInputException e = assertThrows(InvalidInputException.class, () -> MeasurePlan.of(List.of(a1, a2)));

            assertEquals("measures[1]: duplicate id, was A1.M1", e.getMessage());
        }

        @Test
        void an_empty_plan_or_area_is_rejected() {
            assertEquals("areas: must not be empty",
                    assertThrows(InvalidInputException.class, () -> MeasurePlan.of(List.of())).getMessage());
            assertEquals("measures: must not be empty", assertThrows(InvalidInputException.class,
                    () -> MeasureArea.of(MeasureAreaId.of("A1"), List.of())).getMessage());
        }

        @Test
        void ids_convert_from_the_strategies_own_ids() {
            assertEquals(MeasureId.of("PA2.1"), MeasureId.from(se.klinedu.core.strategy.IdentifiedNeedId.of("PA2.1")));
            assertEquals(MeasureAreaId.of("HSO1"), MeasureAreaId.from(se.klinedu.core.substrategy.FocusAreaId.of("HSO1")));
            assertThrows(InvalidInputException.class, () -> MeasureId.of("HSO1..M1"));
            assertThrows(InvalidInputException.class, () -> MeasureAreaId.of(" A1"));
        }

        @Test
        void reads_a_regions_reports_from_json() {
            List<MeasureReport> reports = KlineduJson.standard().readList("""
                    [{"measure":"HSO5.M6","status":"ongoing","responsible":["Oslo universitetssykehus"],
                      "due":"2025-03-31","startedOn":"2024-01-08"}]""", MeasureReport.class);

            assertEquals(MeasureStatus.ONGOING, reports.get(0).status());
            assertEquals(List.of(MeasureId.of("HSO5.M6")),
                    HelseSorOstSubStrategy.load().measurePlan().progressAt(reports, JUNE_30).overdue());
        }
    }

    @Nested
    class Results {

        private static final Reason NOT_REPORTED = Reason.of(MeasureReason.NOT_REPORTED);

        @Test
        void a_progress_needs_a_reason() {
            InvalidInputException e = assertThrows(InvalidInputException.class,
                    () -> MeasureProgress.builder().measure(MeasureId.of("A1.M1")).overdue(false).build());

            assertEquals("reasons", e.path());
        }

        @Test
        void a_progress_cannot_be_overdue_without_an_open_report() {
            InvalidInputException e = assertThrows(InvalidInputException.class,
                    () -> MeasureProgress.builder().measure(MeasureId.of("A1.M1")).overdue(true).addReason(NOT_REPORTED).build());

            assertEquals("overdue", e.path());
        }

        @Test
        void a_progress_holds_the_report_of_its_own_measure() {
            MeasureReport other = report("A1.M2", MeasureStatus.ONGOING, "ongoing").build();

            InvalidInputException e = assertThrows(InvalidInputException.class, () -> MeasureProgress.builder()
                    .measure(MeasureId.of("A1.M1")).report(other).overdue(false).addReason(NOT_REPORTED).build());

            assertEquals("report.measure: must be the measure A1.M1, was A1.M2", e.getMessage());
        }

        @Test
        void an_area_or_a_measure_twice_in_a_result_is_rejected() {
            MeasureProgress m = MeasureProgress.builder().measure(MeasureId.of("A1.M1")).overdue(false)
                    .addReason(NOT_REPORTED).build();
            AreaProgress area = AreaProgress.of(MeasureAreaId.of("A1"), List.of(m));

            assertThrows(InvalidInputException.class, () -> AreaProgress.of(MeasureAreaId.of("A1"), List.of(m, m)));
            assertThrows(InvalidInputException.class, () -> PlanProgress.of(JUNE_30, List.of(area, area)));
            assertThrows(InvalidInputException.class, () -> PlanProgress.of(JUNE_30,
                    List.of(area, AreaProgress.of(MeasureAreaId.of("A2"), List.of(m)))));
        }
    }
}
