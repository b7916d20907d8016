package se.klinedu.indicators.target;

import se.klinedu.core.json.JsonEnum;

/**
 * Who reports the observation an indicator needs.
 *
 * @since 0.1
 */
public enum Reporter implements JsonEnum {
    /** Students and pupils in clinical education, in their evaluations ("Studenter och elever utvärderar"). */
    STUDENTS_AND_PUPILS,
    /** The educating units ("Verksamheterna utvärderar"). */
    UNITS,
    /** Employees in training posts (<i>medarbetare med utbildningstjänst</i>), in their evaluations. */
    EMPLOYEES_IN_TRAINING_POSTS,
    /** The region's HR organisation, from its records and follow-ups. */
    HR,
    /** External reviewers: the ALF evaluation and UKÄ. */
    EXTERNAL_REVIEWERS,
    /** The region's education organisation, for region-level milestones (a council appointed, guidelines available). */
    EDUCATION_ORGANISATION
}
