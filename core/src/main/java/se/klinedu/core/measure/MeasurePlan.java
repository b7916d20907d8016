package se.klinedu.core.measure;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;
import se.klinedu.core.InvalidInputException;
import se.klinedu.core.explain.Reason;
import se.klinedu.core.internal.Checks;
import se.klinedu.core.internal.KlineduStyle;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * The measures of a strategy that a region follows up, area by area: Helse Sør-Øst's focus areas
 * with their measures, or the Örebro strategy's priority areas with their identified needs.
 *
 * <p>{@link #progressAt(Collection, LocalDate)} follows the measures up against the region's reports.
 * Its rules:
 *
 * <ul>
 *   <li>a measure with no report is <i>not reported</i>: a status of the result, not an error, and
 *       never overdue;
 *   <li>a done or dropped measure is never overdue;
 *   <li>any other measure is overdue when it has a due date and the reference date is after it; on its
 *       due date and before it, it is not; a measure due "ongoing" is never overdue;
 *   <li>the reports are taken as they stand: the reference date decides only whether a due date has
 *       passed;
 *   <li>a report on a measure the plan does not have, and two reports on one measure, are errors.
 * </ul>
 *
 * <p>The result is the same for any order of the reports. Instances are immutable and thread-safe.
 *
 * @since 0.1
 */
@Value.Immutable
@KlineduStyle
@JsonDeserialize(builder = ImmutableMeasurePlan.Builder.class)
public abstract class MeasurePlan {

    MeasurePlan() {
    }

    /**
     * {@return the areas, in the strategy's order, at least one}
     */
    @JsonProperty(value = "areas", required = true)
    @Value.Parameter
    public abstract List<MeasureArea> areas();

    /**
     * Obtains a plan.
     *
     * @param areas the areas, at least one; each area and each measure once in the whole plan
     * @return the plan
     * @throws InvalidInputException if there is no area, or an area or a measure repeats
     */
    public static MeasurePlan of(List<MeasureArea> areas) {
        return ImmutableMeasurePlan.of(areas);
    }

    /**
     * {@return every measure of the plan, area by area, in the strategy's order}
     */
    public List<MeasureId> measures() {
        return areas().stream().flatMap(area -> area.measures().stream()).toList();
    }

    /**
     * Follows the plan's measures up at a reference date.
     *
     * @param reports the region's reports, at most one per measure, in any order; not null
     * @param referenceDate the date to follow up at, not null
     * @return the progress of every area and measure, in the plan's order
     * @throws InvalidInputException if a report names a measure the plan does not have (naming the id),
     *     or two reports name the same measure (naming both); where there are several problems, the
     *     message lists them all
     */
    public PlanProgress progressAt(Collection<MeasureReport> reports, LocalDate referenceDate) {
        Objects.requireNonNull(referenceDate, "referenceDate");
        Map<MeasureId, MeasureReport> byMeasure = index(List.copyOf(reports));
        List<AreaProgress> areas = new ArrayList<>();
        for (MeasureArea area : areas()) {
            List<MeasureProgress> measures = new ArrayList<>();
            for (MeasureId measure : area.measures()) {
                measures.add(follow(measure, Optional.ofNullable(byMeasure.get(measure)), referenceDate));
            }
            areas.add(AreaProgress.of(area.id(), measures));
        }
        return PlanProgress.of(referenceDate, areas);
    }

    private Map<MeasureId, MeasureReport> index(List<MeasureReport> reports) {
        Set<MeasureId> known = Set.copyOf(measures());
        Map<MeasureId, Integer> firstIndex = new HashMap<>();
        Map<MeasureId, MeasureReport> byMeasure = new HashMap<>();
        List<String> problems = new ArrayList<>();
        for (int i = 0; i < reports.size(); i++) {
            MeasureId measure = reports.get(i).measure();
            String path = "reports[" + i + "].measure";
            if (!known.contains(measure)) {
                problems.add(path + ": is not a measure of the plan, was " + measure);
            } else if (firstIndex.containsKey(measure)) {
                problems.add(path + ": repeats reports[" + firstIndex.get(measure) + "] on measure " + measure);
            } else {
                firstIndex.put(measure, i);
                byMeasure.put(measure, reports.get(i));
            }
        }
        if (problems.size() == 1) {
            String problem = problems.get(0);
            int colon = problem.indexOf(": ");
            throw InvalidInputException.of(problem.substring(0, colon), problem.substring(colon + 2));
        }
        if (!problems.isEmpty()) {
            throw InvalidInputException.of("reports", problems.size() + " problems: " + String.join("; ", problems));
        }
        return byMeasure;
    }

    private static MeasureProgress follow(MeasureId measure, Optional<MeasureReport> report, LocalDate referenceDate) {
        MeasureProgress.Builder progress = MeasureProgress.builder().measure(measure).report(report);
        if (report.isEmpty()) {
            return progress.overdue(false).addReason(Reason.of(MeasureReason.NOT_REPORTED)).build();
        }
        MeasureReport r = report.get();
        if (r.status() == MeasureStatus.DONE) {
            return progress.overdue(false).addReason(Reason.of(MeasureReason.DONE, r.doneOn().orElseThrow())).build();
        }
        if (r.status() == MeasureStatus.DROPPED) {
            return progress.overdue(false).addReason(Reason.of(MeasureReason.DROPPED, r.droppedOn().orElseThrow()))
                    .build();
        }
        if (r.due().isOngoing()) {
            return progress.overdue(false).addReason(Reason.of(MeasureReason.ONGOING_NEVER_OVERDUE, r.status()))
                    .build();
        }
        boolean overdue = r.isOverdueAt(referenceDate);
        return progress.overdue(overdue).addReason(Reason.of(overdue ? MeasureReason.OVERDUE : MeasureReason.DUE,
                r.status(), r.due().date().orElseThrow(), referenceDate)).build();
    }

    @Value.Check
    void check() {
        Checks.notEmpty("areas", areas());
        Checks.uniqueKeys("areas", areas(), MeasureArea::id);
        Checks.uniqueKeys("measures", measures(), measure -> measure);
    }
}
