package se.klinedu.indicators.evaluation;

import se.klinedu.core.json.JsonEnum;

/**
 * Whether a share's confidence interval lies wholly on one side of the threshold.
 *
 * @since 0.1
 */
public enum Certainty implements JsonEnum {
    /** The whole interval is on the same side of the threshold as the point estimate. */
    CLEAR,
    /** The interval straddles the threshold: a different sample could have given the other status. */
    UNCERTAIN
}
