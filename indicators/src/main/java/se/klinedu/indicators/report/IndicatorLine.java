package se.klinedu.indicators.report;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Optional;
import org.immutables.value.Value;
import se.klinedu.core.internal.KlineduStyle;
import se.klinedu.indicators.evaluation.IndicatorResult;
import se.klinedu.indicators.trend.Trend;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * One indicator in a follow-up report: its result in the report's period, its trend since the period
 * compared with, and its latest result with data in the strategy period up to the report's period.
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @since 0.1
 */
@Value.Immutable
@KlineduStyle
@JsonDeserialize(builder = ImmutableIndicatorLine.Builder.class)
public abstract class IndicatorLine {

    IndicatorLine() {
    }

    /**
     * {@return the result in the report's period}
     */
    @JsonProperty(value = "result", required = true)
    public abstract IndicatorResult result();

    /**
     * {@return the trend from the period compared with; absent when the report compares with none}
     */
    @JsonProperty("trend")
    public abstract Optional<Trend> trend();

    /**
     * {@return the latest result that is not "no data", from the strategy's first year up to the report's period}
     */
    @JsonProperty("latest")
    public abstract Optional<IndicatorResult> latest();

    /**
     * Obtains a line.
     *
     * @param result the result, not null
     * @param trend the trend, if any, not null
     * @param latest the latest result with data, if any, not null
     * @return the line
     */
    public static IndicatorLine of(IndicatorResult result, Optional<Trend> trend, Optional<IndicatorResult> latest) {
        return ImmutableIndicatorLine.builder().result(result).trend(trend).latest(latest).build();
    }
}
