package se.klinedu.core.crosswalk;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import se.klinedu.core.InvalidInputException;
import se.klinedu.core.internal.Checks;

/**
 * A subject that Helse Sør-Øst's sub-strategy and the Örebro strategy both speak of, under which the
 * {@link NordicCrosswalk} links their items.
 *
 * @since 0.1
 */
public enum CrosswalkTheme {
    /** Supervisors' formal competence in supervision. */
    SUPERVISOR_COMPETENCE("supervisor-competence"),
    /** The capacity and dimensioning of clinical placements and education places. */
    PLACEMENT_CAPACITY("placement-capacity"),
    /** Collaboration with universities, colleges and schools. */
    COLLABORATION_WITH_EDUCATION_INSTITUTIONS("collaboration-with-education-institutions"),
    /** Digital support for learning. */
    DIGITAL_LEARNING_SUPPORT("digital-learning-support"),
    /** Recruiting and retaining staff. */
    RECRUITMENT_AND_RETENTION("recruitment-and-retention"),
    /** How the work on education is led and organised. */
    LEADERSHIP_OF_EDUCATION("leadership-of-education");

    private final String code;

    CrosswalkTheme(String code) {
        this.code = code;
    }

    /**
     * {@return the code written in JSON, such as {@code supervisor-competence}}
     */
    @JsonValue
    public String code() {
        return code;
    }

    /**
     * Obtains a theme from its code.
     *
     * @param code the code, such as {@code placement-capacity}; not null
     * @return the theme
     * @throws InvalidInputException for an unknown code
     */
    @JsonCreator
    public static CrosswalkTheme of(String code) {
        return Checks.byCode("theme", values(), code, CrosswalkTheme::code,
                "must be supervisor-competence, placement-capacity, collaboration-with-education-institutions, "
                        + "digital-learning-support, recruitment-and-retention or leadership-of-education");
    }
}
