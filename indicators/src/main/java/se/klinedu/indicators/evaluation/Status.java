package se.klinedu.indicators.evaluation;

import se.klinedu.core.json.JsonEnum;

/**
 * The status of an indicator, an effect goal, an overall goal or the strategy against its target.
 *
 * @since 0.1
 */
public enum Status implements JsonEnum {
    /** The target is met. */
    MET,
    /** The target is not met. */
    NOT_MET,
    /** There is no observation, or a share has no respondents: nothing to evaluate. Never "not met". */
    NO_DATA,
    /** Too few respondents to disclose anything, or hidden so that a small group cannot be derived. */
    SUPPRESSED,
    /** The target cannot be evaluated as it stands: a qualitative level without a locally configured threshold. */
    NOT_EVALUABLE
}
