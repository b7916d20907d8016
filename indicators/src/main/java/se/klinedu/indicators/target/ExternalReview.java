package se.klinedu.indicators.target;

import se.klinedu.core.json.JsonEnum;

/**
 * The external reviews whose outcomes are indicators of the Örebro strategy (effect goal 1.7,
 * "Externa granskningar med goda omdömen").
 *
 * @since 0.1
 */
public enum ExternalReview implements JsonEnum {
    /** The national ALF evaluation of university health care (<i>Nationell ALF–utvärdering</i>). */
    ALF("ALF"),
    /** A review by the Swedish Higher Education Authority (<i>UKÄ-granskning</i>). */
    UKA("UKÄ");

    private final String displayName;

    ExternalReview(String displayName) {
        this.displayName = displayName;
    }

    /**
     * {@return the name as the document writes it, such as "UKÄ"}
     */
    public String displayName() {
        return displayName;
    }
}
