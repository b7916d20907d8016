package se.klinedu.indicators.observation;

/**
 * The outcome of an external review (ALF, UKÄ) as the indicator reads it.
 *
 * @since 0.1
 */
public enum ReviewOutcome {
    /** The review gave good assessments ("goda omdömen"). */
    GOOD,
    /** The review did not give good assessments: criticism, questioned quality. */
    NOT_GOOD
}
