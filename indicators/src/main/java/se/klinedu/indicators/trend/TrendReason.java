package se.klinedu.indicators.trend;

import java.util.List;
import se.klinedu.core.explain.ReasonCode;

/**
 * The reasons a {@link Trend} gives, by code and arguments; the texts are in the indicators module's reason
 * texts, in Swedish, Norwegian bokmål and English.
 *
 * @since 0.2
 */
public enum TrendReason implements ReasonCode {
    /** One of the two results has no disclosed counts with respondents. */
    NOT_COMPARABLE("trend.not-comparable", "earlier", "earlierStatus", "later", "laterStatus"),
    /** The Newcombe interval of the difference contains 0: no significant change. */
    INTERVAL_CONTAINS_ZERO("trend.interval-contains-zero", "later", "earlier", "difference", "level", "lower", "upper"),
    /** The Newcombe interval of the difference excludes 0: a significant change. */
    INTERVAL_EXCLUDES_ZERO("trend.interval-excludes-zero", "later", "earlier", "difference", "level", "lower", "upper");

    private final String code;
    private final List<String> parameters;

    TrendReason(String code, String... parameters) {
        this.code = code;
        this.parameters = List.of(parameters);
    }

    @Override
    public String code() {
        return code;
    }

    @Override
    public List<String> parameters() {
        return parameters;
    }
}
