package se.klinedu.core.organisation;

import se.klinedu.core.json.JsonEnum;

/**
 * A level at which learning environments are evaluated and improved, from the page
 * <i>Kontinuerligt utvärdera, förbättra och utveckla</i>, highest first.
 *
 * <p>Order is explicit ({@link #isBelow(OrganisationLevel)}), never {@code ordinal()}. What each
 * level asks is reference data: see {@link LearningEnvironmentLevels}.
 *
 * @since 0.1
 */
public enum OrganisationLevel implements JsonEnum {
    /** <i>Lärosäten</i>: a higher-education institution or its education programme. */
    HIGHER_EDUCATION_INSTITUTION(0),
    /** <i>Sjukhuset / primärvårdsområdet och övergripande regionnivå</i>: a hospital, a primary-care area or the region. */
    HOSPITAL_OR_REGION(1),
    /** <i>Kliniken / vårdcentralen</i>: a clinic or a health centre. */
    CLINIC_OR_HEALTH_CENTRE(2),
    /** <i>Arbetslaget / arbetsplatsen</i>: a work team or workplace. */
    WORK_TEAM(3);

    private final int depth;

    OrganisationLevel(int depth) {
        this.depth = depth;
    }

    /**
     * Tells whether this level lies below another, as a clinic lies below a hospital.
     *
     * @param other the level to compare with, not null
     * @return true if this level is strictly lower than {@code other}
     */
    public boolean isBelow(OrganisationLevel other) {
        return depth > other.depth;
    }
}
