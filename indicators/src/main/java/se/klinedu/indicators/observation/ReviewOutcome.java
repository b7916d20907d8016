package se.klinedu.indicators.observation;

import se.klinedu.core.json.JsonEnum;

/**
 * The outcome of an external review (ALF, UKÄ) as the indicator reads it.
 *
 * @since 0.1
 */
public enum ReviewOutcome implements JsonEnum {
    /** The review gave good assessments ("goda omdömen"). */
    GOOD,
    /** The review did not give good assessments: criticism, questioned quality. */
    NOT_GOOD
}
