package se.klinedu.indicators.target;

import se.klinedu.core.json.JsonEnum;

/**
 * The kinds of target the Örebro strategy sets for its indicators.
 *
 * @since 0.1
 */
public enum TargetKind implements JsonEnum {
    /** A share above or at a threshold, such as "ska uppgå till &gt;90 procent"; observed as counts. */
    SHARE,
    /**
     * A qualitative level, such as "ska vara hög" or "hög andel"; observed as counts and evaluable only
     * against a threshold the region configures in its policy.
     */
    QUALITATIVE,
    /** Something that is to exist or be done once, such as a council appointed; observed as done or not, with a date. */
    MILESTONE,
    /**
     * A standing or recurring obligation, met period by period, such as "Återkommande utvärderar
     * verksamheterna …" or "Vid alla större förändringar … bör konsekvenser … belysas"; observed for each
     * period as done in it (with a date in the period) or not. Nothing carries over from one period to the
     * next.
     */
    RECURRING,
    /** The outcome of an external review (ALF, UKÄ), "goda omdömen"; observed as the review's outcome. */
    REVIEW;

    /**
     * {@return true when the target is observed as counts (shares and qualitative levels)}
     */
    public boolean isObservedAsCounts() {
        return this == SHARE || this == QUALITATIVE;
    }
}
