package se.klinedu.core.measure;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;
import org.immutables.value.Value;
import se.klinedu.core.internal.Checks;
import se.klinedu.core.internal.KlineduStyle;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * The progress of one area of a strategy at a reference date: the follow-up of each of its measures,
 * with counts by status, the overdue measures and those not reported.
 *
 * <p>The counts are computed from {@link #measures()}; the JSON form holds the measures alone.
 * Instances are immutable and thread-safe.
 *
 * @since 0.1
 */
@Value.Immutable
@KlineduStyle
@JsonDeserialize(builder = ImmutableAreaProgress.Builder.class)
public abstract class AreaProgress {

    AreaProgress() {
    }

    /**
     * {@return the area}
     */
    @JsonProperty(value = "area", required = true)
    @Value.Parameter
    public abstract MeasureAreaId area();

    /**
     * {@return the follow-up of each measure of the area, in the strategy's order}
     */
    @JsonProperty(value = "measures", required = true)
    @Value.Parameter
    public abstract List<MeasureProgress> measures();

    /**
     * Obtains the progress of an area.
     *
     * @param area the area, not null
     * @param measures the follow-up of each of its measures, each measure once
     * @return the progress
     * @throws se.klinedu.core.InvalidInputException if a measure repeats
     */
    public static AreaProgress of(MeasureAreaId area, List<MeasureProgress> measures) {
        return ImmutableAreaProgress.of(area, measures);
    }

    /**
     * Counts the measures reported with a status.
     *
     * @param status the status, not null
     * @return how many of the area's measures are reported with it; measures not reported are not counted
     */
    public long count(MeasureStatus status) {
        Objects.requireNonNull(status, "status");
        return measures().stream().filter(m -> m.status().filter(status::equals).isPresent()).count();
    }

    /**
     * {@return the measures with no report, in the strategy's order; empty if every measure is reported}
     */
    public List<MeasureId> notReported() {
        return ids(m -> !m.isReported());
    }

    /**
     * {@return the overdue measures, in the strategy's order; empty if none is overdue}
     */
    public List<MeasureId> overdue() {
        return ids(MeasureProgress::overdue);
    }

    private List<MeasureId> ids(Predicate<MeasureProgress> filter) {
        return measures().stream().filter(filter).map(MeasureProgress::measure).toList();
    }

    @Value.Check
    void check() {
        Checks.uniqueKeys("measures", measures(), MeasureProgress::measure);
    }
}
