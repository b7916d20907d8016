package se.klinedu.core.measure;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;
import se.klinedu.core.InvalidInputException;
import se.klinedu.core.internal.Checks;
import se.klinedu.core.internal.KlineduStyle;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * The follow-up of a strategy's measures at a reference date: the progress of each area.
 *
 * <p>Computed by {@link MeasurePlan#progressAt}; the same for any order of the reports. Instances are
 * immutable and thread-safe.
 *
 * @since 0.1
 */
@Value.Immutable
@KlineduStyle
@JsonDeserialize(builder = ImmutablePlanProgress.Builder.class)
public abstract class PlanProgress {

    PlanProgress() {
    }

    /**
     * {@return the date the follow-up is computed at}
     */
    @JsonProperty(value = "referenceDate", required = true)
    @Value.Parameter
    public abstract LocalDate referenceDate();

    /**
     * {@return the progress of each area, in the strategy's order}
     */
    @JsonProperty(value = "areas", required = true)
    @Value.Parameter
    public abstract List<AreaProgress> areas();

    /**
     * Obtains a follow-up.
     *
     * @param referenceDate the reference date, not null
     * @param areas the progress of each area, each area and each measure once
     * @return the follow-up
     * @throws InvalidInputException if an area or a measure repeats
     */
    public static PlanProgress of(LocalDate referenceDate, List<AreaProgress> areas) {
        return ImmutablePlanProgress.of(referenceDate, areas);
    }

    /**
     * Gets the progress of an area.
     *
     * @param id the area, not null
     * @return its progress
     * @throws InvalidInputException if the plan has no area with this id
     */
    public AreaProgress get(MeasureAreaId id) {
        return find(id).orElseThrow(() -> InvalidInputException.of("id", "is not an area of the plan", id));
    }

    /**
     * Finds the progress of an area.
     *
     * @param id the area, not null
     * @return its progress, or empty if the plan has no area with this id
     */
    public Optional<AreaProgress> find(MeasureAreaId id) {
        Objects.requireNonNull(id, "id");
        return areas().stream().filter(area -> area.area().equals(id)).findFirst();
    }

    /**
     * Gets the follow-up of a measure.
     *
     * @param id the measure, not null
     * @return its follow-up
     * @throws InvalidInputException if the plan has no measure with this id
     */
    public MeasureProgress get(MeasureId id) {
        return find(id).orElseThrow(() -> InvalidInputException.of("id", "is not a measure of the plan", id));
    }

    /**
     * Finds the follow-up of a measure.
     *
     * @param id the measure, not null
     * @return its follow-up, or empty if the plan has no measure with this id
     */
    public Optional<MeasureProgress> find(MeasureId id) {
        Objects.requireNonNull(id, "id");
        return measures().stream().filter(measure -> measure.measure().equals(id)).findFirst();
    }

    /**
     * {@return the follow-up of every measure, area by area, in the strategy's order}
     */
    public List<MeasureProgress> measures() {
        return areas().stream().flatMap(area -> area.measures().stream()).toList();
    }

    /**
     * Counts the measures reported with a status, over all areas.
     *
     * @param status the status, not null
     * @return how many measures are reported with it
     */
    public long count(MeasureStatus status) {
        Objects.requireNonNull(status, "status");
        return areas().stream().mapToLong(area -> area.count(status)).sum();
    }

    /**
     * {@return the measures with no report, in the strategy's order; empty if every measure is reported}
     */
    public List<MeasureId> notReported() {
        return areas().stream().flatMap(area -> area.notReported().stream()).toList();
    }

    /**
     * {@return the overdue measures, in the strategy's order; empty if none is overdue}
     */
    public List<MeasureId> overdue() {
        return areas().stream().flatMap(area -> area.overdue().stream()).toList();
    }

    @Value.Check
    void check() {
        Checks.uniqueKeys("areas", areas(), AreaProgress::area);
        Checks.uniqueKeys("measures", measures(), MeasureProgress::measure);
    }
}
