package se.klinedu.indicators.trend;

import se.klinedu.core.json.JsonEnum;

/**
 * How a unit's share changed between two periods, judged by Newcombe's interval for the difference.
 *
 * @since 0.1
 */
public enum Change implements JsonEnum {
    /** The interval of the difference excludes 0, on the side where the indicator improves. */
    IMPROVED,
    /** The interval of the difference excludes 0, on the side where the indicator worsens. */
    WORSENED,
    /** The interval of the difference contains 0. */
    NO_SIGNIFICANT_CHANGE,
    /** One of the periods has no disclosed counts (no data, suppressed, not evaluable, or not a share). */
    NOT_COMPARABLE
}
