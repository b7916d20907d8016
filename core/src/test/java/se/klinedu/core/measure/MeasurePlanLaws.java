package se.klinedu.core.measure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import se.klinedu.core.InvalidInputException;
import se.klinedu.core.generators.CoreGenerators;
import se.klinedu.core.generators.Seeds;
import se.klinedu.core.strategy.OrebroStrategy;
import se.klinedu.core.substrategy.HelseSorOstSubStrategy;

/** The follow-up rules of {@link MeasurePlan#progressAt}, over generated plans and both strategies' plans. */
class MeasurePlanLaws {

    private static final List<MeasurePlan> STRATEGIES =
            List.of(HelseSorOstSubStrategy.load().measurePlan(), OrebroStrategy.load().measurePlan());

    static LongStream seeds() {
        return Seeds.seeds();
    }

    /** A generated plan, Helse Sør-Øst's or Örebro's: one mechanism for every strategy. */
    private static MeasurePlan anyPlan(Random random) {
        int pick = random.nextInt(3);
        return pick == 2 ? CoreGenerators.measurePlan(random) : STRATEGIES.get(pick);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void a_done_or_dropped_measure_is_never_overdue(long seed) {
        Random random = new Random(seed);
        MeasurePlan plan = anyPlan(random);
        List<MeasureReport> reports = CoreGenerators.measureReports(random, plan);

        PlanProgress progress = plan.progressAt(reports, CoreGenerators.date(random));

        progress.measures().stream().filter(m -> m.status().map(MeasureStatus::isClosed).orElse(false))
                .forEach(m -> assertFalse(m.overdue(), m.toString()));
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void before_every_due_date_nothing_is_overdue(long seed) {
        Random random = new Random(seed);
        MeasurePlan plan = anyPlan(random);
        List<MeasureReport> reports = CoreGenerators.measureReports(random, plan);
        LocalDate firstDue = reports.stream().flatMap(r -> r.due().date().stream()).min(LocalDate::compareTo)
                .orElse(CoreGenerators.date(random));

        // on the earliest due date itself, too
        PlanProgress progress = plan.progressAt(reports, firstDue.minusDays(random.nextInt(400)));

        assertEquals(List.of(), progress.overdue());
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void statuses_ignore_the_order_of_the_reports(long seed) {
        Random random = new Random(seed);
        MeasurePlan plan = anyPlan(random);
        List<MeasureReport> reports = CoreGenerators.measureReports(random, plan);
        LocalDate date = CoreGenerators.date(random);

        assertEquals(plan.progressAt(reports, date), plan.progressAt(CoreGenerators.shuffled(random, reports), date));
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void an_overdue_measure_stays_overdue_as_the_reference_date_advances(long seed) {
        Random random = new Random(seed);
        MeasurePlan plan = anyPlan(random);
        List<MeasureReport> reports = CoreGenerators.measureReports(random, plan);
        LocalDate earlier = CoreGenerators.date(random);
        LocalDate later = earlier.plusDays(random.nextInt(800));

        List<MeasureId> overdueLater = plan.progressAt(reports, later).overdue();

        assertTrue(overdueLater.containsAll(plan.progressAt(reports, earlier).overdue()));
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void overdue_exactly_when_open_and_due_before_the_reference_date(long seed) {
        Random random = new Random(seed);
        MeasurePlan plan = anyPlan(random);
        List<MeasureReport> reports = CoreGenerators.measureReports(random, plan);
        LocalDate date = CoreGenerators.date(random);

        PlanProgress progress = plan.progressAt(reports, date);

        for (MeasureReport report : reports) {
            boolean expected = !report.status().isClosed() && report.due().date().isPresent()
                    && report.due().date().get().isBefore(date);
            assertEquals(expected, progress.get(report.measure()).overdue(), report.toString());
        }
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void every_measure_is_counted_once_by_status_or_as_not_reported(long seed) {
        Random random = new Random(seed);
        MeasurePlan plan = anyPlan(random);
        List<MeasureReport> reports = CoreGenerators.measureReports(random, plan);

        PlanProgress progress = plan.progressAt(reports, CoreGenerators.date(random));

        assertEquals(plan.measures(), progress.measures().stream().map(MeasureProgress::measure).toList());
        for (int a = 0; a < plan.areas().size(); a++) {
            AreaProgress area = progress.areas().get(a);
            long counted = area.notReported().size();
            for (MeasureStatus status : MeasureStatus.values()) {
                counted += area.count(status);
            }
            assertEquals(plan.areas().get(a).measures().size(), counted, area.area().value());
            assertTrue(area.overdue().stream().noneMatch(area.notReported()::contains));
        }
        assertEquals(plan.measures().size() - reports.size(), progress.notReported().size());
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void a_report_on_an_unknown_measure_is_an_error_naming_it(long seed) {
        Random random = new Random(seed);
        MeasurePlan plan = anyPlan(random);
        List<MeasureReport> reports = new ArrayList<>(CoreGenerators.measureReports(random, plan));
        int at = random.nextInt(reports.size() + 1);
        reports.add(at, CoreGenerators.measureReport(random, MeasureId.of("X9.M99")));

        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> plan.progressAt(reports, CoreGenerators.date(random)));

        assertEquals("reports[" + at + "].measure: is not a measure of the plan, was X9.M99", e.getMessage());
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void two_reports_on_one_measure_are_an_error_naming_both(long seed) {
        Random random = new Random(seed);
        MeasurePlan plan = anyPlan(random);
        List<MeasureReport> reports = new ArrayList<>(CoreGenerators.measureReports(random, plan));
        MeasureId measure = plan.measures().get(random.nextInt(plan.measures().size()));
        reports.removeIf(report -> report.measure().equals(measure));
        int first = random.nextInt(reports.size() + 1);
        reports.add(first, CoreGenerators.measureReport(random, measure));
        int second = first + 1 + random.nextInt(reports.size() - first);
        reports.add(second, CoreGenerators.measureReport(random, measure));

        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> plan.progressAt(reports, CoreGenerators.date(random)));

        assertEquals("reports[" + second + "].measure: repeats reports[" + first + "] on measure " + measure,
                e.getMessage());
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void a_measure_with_no_report_is_not_reported_and_not_overdue(long seed) {
        Random random = new Random(seed);
        MeasurePlan plan = anyPlan(random);

        PlanProgress progress = plan.progressAt(List.of(), CoreGenerators.date(random));

        assertEquals(plan.measures(), progress.notReported());
        assertEquals(List.of(), progress.overdue());
        progress.measures().forEach(m -> assertEquals(Optional.empty(), m.status()));
    }
}
