package se.klinedu.indicators.evaluation;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;
import se.klinedu.core.InvalidInputException;
import se.klinedu.core.Threshold;
import se.klinedu.core.internal.KlineduStyle;
import se.klinedu.indicators.statistics.ConfidenceLevel;
import se.klinedu.indicators.target.IndicatorId;

/**
 * The choices an evaluation leaves to the region, each with a documented default.
 *
 * <ul>
 *   <li>{@code confidenceLevel}: of the Wilson and Newcombe intervals; default 0.95;
 *   <li>{@code minimumGroupSize}: fewer respondents than this are suppressed; default {@value #DEFAULT_MINIMUM_GROUP_SIZE};
 *   <li>{@code localThresholds}: the threshold that makes a qualitative level ("ska vara hög") evaluable, per
 *       indicator; default none, so such indicators are not evaluable;
 *   <li>{@code rollUpRule}: how goals follow from their parts; default {@link RollUpRule#WORST_OF}.
 * </ul>
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @since 0.1
 */
@Value.Immutable
@KlineduStyle
public abstract class EvaluationPolicy {

    /** The default minimum number of respondents for a value to be disclosed. */
    public static final int DEFAULT_MINIMUM_GROUP_SIZE = 5;

    EvaluationPolicy() {
    }

    /**
     * {@return the confidence level of the intervals}
     */
    @JsonProperty("confidenceLevel")
    @Value.Default
    public ConfidenceLevel confidenceLevel() {
        return ConfidenceLevel.ninetyFivePercent();
    }

    /**
     * {@return the smallest number of respondents whose share is disclosed, at least 1}
     */
    @JsonProperty("minimumGroupSize")
    @Value.Default
    public int minimumGroupSize() {
        return DEFAULT_MINIMUM_GROUP_SIZE;
    }

    /**
     * {@return the thresholds configured for qualitative targets, by indicator}
     */
    @JsonProperty("localThresholds")
    public abstract Map<IndicatorId, Threshold> localThresholds();

    /**
     * {@return how goals follow from their parts}
     */
    @JsonProperty("rollUpRule")
    @Value.Default
    public RollUpRule rollUpRule() {
        return RollUpRule.WORST_OF;
    }

    /**
     * {@return the policy with every default}
     */
    public static EvaluationPolicy standard() {
        return builder().build();
    }

    /**
     * {@return a builder; every attribute has a default}
     */
    public static ImmutableEvaluationPolicy.Builder builder() {
        return ImmutableEvaluationPolicy.builder();
    }

    @JsonCreator
    static EvaluationPolicy fromJson(
            @JsonProperty("confidenceLevel") Optional<ConfidenceLevel> confidenceLevel,
            @JsonProperty("minimumGroupSize") Optional<Integer> minimumGroupSize,
            @JsonProperty("localThresholds") Optional<Map<IndicatorId, Threshold>> localThresholds,
            @JsonProperty("rollUpRule") Optional<RollUpRule> rollUpRule) {
        ImmutableEvaluationPolicy.Builder builder = builder();
        confidenceLevel.ifPresent(builder::confidenceLevel);
        minimumGroupSize.ifPresent(builder::minimumGroupSize);
        localThresholds.ifPresent(builder::putAllLocalThresholds);
        rollUpRule.ifPresent(builder::rollUpRule);
        return builder.build();
    }

    /**
     * {@return the threshold configured for an indicator's qualitative target, if any}
     *
     * @param indicator the indicator, not null
     */
    public Optional<Threshold> localThreshold(IndicatorId indicator) {
        return Optional.ofNullable(localThresholds().get(Objects.requireNonNull(indicator, "indicator")));
    }

    @Value.Check
    void check() {
        if (minimumGroupSize() < 1) {
            throw InvalidInputException.of("minimumGroupSize", "must be at least 1", minimumGroupSize());
        }
    }
}
