package se.klinedu.core.crosswalk;

import se.klinedu.core.InvalidInputException;
import se.klinedu.core.json.JsonEnum;

/**
 * A subject that Helse Sør-Øst's sub-strategy and the Örebro strategy both speak of, under which the
 * {@link NordicCrosswalk} links their items.
 *
 * @since 0.1
 */
public enum CrosswalkTheme implements JsonEnum {
    /** Supervisors' formal competence in supervision. */
    SUPERVISOR_COMPETENCE,
    /** The capacity and dimensioning of clinical placements and education places. */
    PLACEMENT_CAPACITY,
    /** Collaboration with universities, colleges and schools. */
    COLLABORATION_WITH_EDUCATION_INSTITUTIONS,
    /** Digital support for learning. */
    DIGITAL_LEARNING_SUPPORT,
    /** Recruiting and retaining staff. */
    RECRUITMENT_AND_RETENTION,
    /** How the work on education is led and organised. */
    LEADERSHIP_OF_EDUCATION;

    /**
     * Obtains a theme from its code.
     *
     * @param code the code, such as {@code placement-capacity}; not null
     * @return the theme
     * @throws InvalidInputException for an unknown code
     */
    public static CrosswalkTheme of(String code) {
        return JsonEnum.of(CrosswalkTheme.class, "theme", code);
    }
}
