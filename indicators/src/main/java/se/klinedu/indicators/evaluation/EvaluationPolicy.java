package se.klinedu.indicators.evaluation;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.immutables.value.Value;
import se.klinedu.core.InvalidInputException;
import se.klinedu.core.Threshold;
import se.klinedu.core.internal.KlineduStyle;
import se.klinedu.indicators.statistics.ConfidenceLevel;
import se.klinedu.indicators.target.IndicatorId;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * The choices an evaluation leaves to the region, each with a documented default.
 *
 * <ul>
 *   <li>{@code confidenceLevel}: of the Wilson and Newcombe intervals; default 0.95;
 *   <li>{@code minimumGroupSize}: fewer respondents than this are suppressed; default {@value #DEFAULT_MINIMUM_GROUP_SIZE};
 *   <li>{@code localThresholds}: the threshold that makes a qualitative level ("ska vara hög") evaluable, per
 *       indicator; default none, so such indicators are not evaluable;
 *   <li>{@code rollUpRule}: how goals follow from their parts; default {@link RollUpRule#WORST_OF};
 *   <li>{@code sharedPopulations}: the indicators asked of a shared population, each with the population's
 *       name; the tables of one population are suppressed with one pattern; default {@link
 *       #OREBRO_SURVEY_POPULATIONS}.
 * </ul>
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @since 0.1
 */
@Value.Immutable
@KlineduStyle
@JsonDeserialize(builder = EvaluationPolicy.Builder.class)
public abstract class EvaluationPolicy {

    /** The default minimum number of respondents for a value to be disclosed. */
    public static final int DEFAULT_MINIMUM_GROUP_SIZE = 5;

    /**
     * The Örebro strategy's indicators asked of one population: the students and pupils of the placement
     * survey (1.6.1, 1.6.2 and 1.6.3) and the employees in training posts (1.6.5 and 1.6.6). In id order, so
     * that a policy written to JSON (a report's, for instance) is the same text in every run.
     */
    public static final Map<IndicatorId, String> OREBRO_SURVEY_POPULATIONS = Collections.unmodifiableMap(new TreeMap<>(Map.of(
            IndicatorId.of("1.6.1"), "students-and-pupils",
            IndicatorId.of("1.6.2"), "students-and-pupils",
            IndicatorId.of("1.6.3"), "students-and-pupils",
            IndicatorId.of("1.6.5"), "employees-in-training-posts",
            IndicatorId.of("1.6.6"), "employees-in-training-posts")));

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
     * {@return the indicators asked of a shared population, each with the population's name: in every table
     *     of one population (each of its indicators, in a year and its terms), the same units are suppressed}
     */
    @JsonProperty("sharedPopulations")
    @Value.Default
    public Map<IndicatorId, String> sharedPopulations() {
        return OREBRO_SURVEY_POPULATIONS;
    }

    /**
     * {@return the indicators asked of the same respondents as one: its group, or the indicator alone}
     *
     * @param indicator the indicator, not null
     */
    public Set<IndicatorId> populationOf(IndicatorId indicator) {
        Objects.requireNonNull(indicator, "indicator");
        String population = sharedPopulations().get(indicator);
        return population == null ? Set.of(indicator) : sharedPopulations().entrySet().stream()
                .filter(entry -> entry.getValue().equals(population)).map(Map.Entry::getKey).collect(Collectors.toUnmodifiableSet());
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
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Builds a {@link EvaluationPolicy}: {@code build()} checks the value as every other way of making one does.
     */
    public static final class Builder extends ImmutableEvaluationPolicy.Builder {

        Builder() {
        }
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
        Map<String, Long> sizes = sharedPopulations().values().stream()
                .collect(Collectors.groupingBy(name -> name, Collectors.counting()));
        sizes.forEach((name, size) -> {
            if (name.isBlank() || size < 2) {
                throw InvalidInputException.of("sharedPopulations", "each population must be named and shared by at least two indicators", name);
            }
        });
    }
}
