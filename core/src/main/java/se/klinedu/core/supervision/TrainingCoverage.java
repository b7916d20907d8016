package se.klinedu.core.supervision;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.OptionalLong;
import org.immutables.value.Value;
import se.klinedu.core.Counts;
import se.klinedu.core.InvalidInputException;
import se.klinedu.core.Threshold;
import se.klinedu.core.explain.Reason;
import se.klinedu.core.internal.Checks;
import se.klinedu.core.internal.KlineduStyle;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * The share of a roster that has completed a training, against a threshold, and the smallest number
 * of further people to train so that the share passes it.
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @since 0.1
 */
@Value.Immutable
@KlineduStyle
@JsonDeserialize(builder = TrainingCoverage.Builder.class)
public abstract class TrainingCoverage {

    TrainingCoverage() {
    }

    /**
     * {@return the training counted}
     */
    @JsonProperty(value = "training", required = true)
    public abstract TrainingId training();

    /**
     * {@return the threshold compared with}
     */
    @JsonProperty(value = "threshold", required = true)
    public abstract Threshold threshold();

    /**
     * {@return the trained staff of all staff}
     */
    @JsonProperty(value = "counts", required = true)
    public abstract Counts counts();

    /**
     * {@return how the share stands against the threshold}
     */
    @JsonProperty(value = "status", required = true)
    public abstract CoverageStatus status();

    /**
     * {@return the fewest further people to train so that the share passes: 0 when it passes already,
     * empty when no data or unreachable}
     */
    @JsonProperty("additionalToTrain")
    public abstract OptionalLong additionalToTrain();

    /**
     * {@return why, at least one reason: the counts and the threshold compared ({@link TrainingReason})}
     */
    @JsonProperty(value = "reasons", required = true)
    public abstract List<Reason> reasons();

    /**
     * {@return a builder; all but {@code additionalToTrain} are required, with at least one reason}
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Builds a {@link TrainingCoverage}: {@code build()} checks the value as every other way of making one does.
     */
    public static final class Builder extends ImmutableTrainingCoverage.Builder {

        Builder() {
        }
    }

    @Value.Check
    void check() {
        Checks.reasons("reasons", reasons(), TrainingReason.class);
        boolean hasCount = additionalToTrain().isPresent();
        boolean shouldHave = status() == CoverageStatus.PASSED || status() == CoverageStatus.NOT_PASSED;
        if (hasCount != shouldHave) {
            throw InvalidInputException.of("additionalToTrain", "must be present exactly when " + status()
                    + " is PASSED or NOT_PASSED", additionalToTrain());
        }
        long untrained = counts().denominator() - counts().numerator();
        if (hasCount && (additionalToTrain().getAsLong() < 0 || additionalToTrain().getAsLong() > untrained)) {
            throw InvalidInputException.of("additionalToTrain", "must be 0.." + untrained, additionalToTrain().getAsLong());
        }
    }
}
