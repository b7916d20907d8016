package se.klinedu.core.measure;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import se.klinedu.core.InvalidInputException;
import se.klinedu.core.explain.Reason;
import se.klinedu.core.internal.Checks;
import se.klinedu.core.internal.KlineduStyle;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * Where one measure of a strategy stands at a reference date: the region's report on it (none when
 * it is not reported), whether it is overdue, and the rule and dates that decided it.
 *
 * <p>Computed by {@link MeasurePlan#progressAt}. A measure with no report is <i>not reported</i>, a
 * status of the result, and never overdue. Instances are immutable and thread-safe.
 *
 * @since 0.1
 */
@Value.Immutable
@KlineduStyle
@JsonDeserialize(builder = MeasureProgress.Builder.class)
public abstract class MeasureProgress {

    MeasureProgress() {
    }

    /**
     * {@return the measure}
     */
    @JsonProperty(value = "measure", required = true)
    public abstract MeasureId measure();

    /**
     * {@return the region's report on the measure, empty when it is not reported}
     */
    @JsonProperty("report")
    public abstract Optional<MeasureReport> report();

    /**
     * {@return true when the measure is not done or dropped and its due date lies before the reference date}
     */
    @JsonProperty(value = "overdue", required = true)
    public abstract boolean overdue();

    /**
     * {@return why, at least one reason: the status, the dates compared and the rule applied ({@link MeasureReason})}
     */
    @JsonProperty(value = "reasons", required = true)
    public abstract List<Reason> reasons();

    /**
     * {@return a builder; all but {@code report} are required, with at least one reason}
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Builds a {@link MeasureProgress}: {@code build()} checks the value as every other way of making one does.
     */
    public static final class Builder extends ImmutableMeasureProgress.Builder {

        Builder() {
        }
    }

    /**
     * {@return the reported status, empty when the measure is not reported}
     */
    public Optional<MeasureStatus> status() {
        return report().map(MeasureReport::status);
    }

    /**
     * {@return true when the region reported on the measure}
     */
    public boolean isReported() {
        return report().isPresent();
    }

    @Value.Check
    void check() {
        Checks.reasons("reasons", reasons(), MeasureReason.class);
        if (report().isPresent() && !report().get().measure().equals(measure())) {
            throw InvalidInputException.of("report.measure", "must be the measure " + measure(), report().get().measure());
        }
        if (overdue() && status().map(MeasureStatus::isClosed).orElse(true)) {
            throw InvalidInputException.of("overdue", "must be false for a measure not reported, done or dropped");
        }
    }
}
