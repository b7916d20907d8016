package se.klinedu.indicators.evaluation;

import se.klinedu.core.json.JsonEnum;

/**
 * How a goal's status follows from its parts' statuses. Parts that are {@link Status#NOT_EVALUABLE}
 * are counted but take no part in either rule; a goal whose parts are all not evaluable is not evaluable.
 *
 * @since 0.1
 */
public enum RollUpRule implements JsonEnum {
    /**
     * The default: the worst part decides, in the order not met, no data, suppressed, met. A goal is met
     * only when every evaluable part is met.
     */
    WORST_OF,
    /**
     * The worst of the parts with a known status (met or not met): not met if any is not met, met if
     * at least one is met and none is not met; parts with no data or suppressed are set aside, and a goal
     * with no known part has the worse of no data and suppressed.
     */
    WORST_OF_KNOWN
}
