package se.klinedu.core.supervision;

import se.klinedu.core.json.JsonEnum;

/**
 * How a roster's share of trained staff stands against a threshold.
 *
 * @since 0.1
 */
public enum CoverageStatus implements JsonEnum {
    /** The share passes the threshold: nobody more needs training. */
    PASSED,
    /** The share does not pass, and training some more people would make it pass. */
    NOT_PASSED,
    /** Even training everybody would not pass the threshold (as with "&gt;100 %"). */
    UNREACHABLE,
    /** The roster is empty: there is no share. */
    NO_DATA
}
