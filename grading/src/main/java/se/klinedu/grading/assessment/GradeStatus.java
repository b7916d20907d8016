package se.klinedu.grading.assessment;

import se.klinedu.core.json.JsonEnum;

/**
 * Whether an area's grade under a regulation could be determined.
 *
 * @since 0.1
 */
public enum GradeStatus implements JsonEnum {
    /** A grade was determined. */
    GRADED,
    /** A regulation criterion was not assessed and none is known to be unmet: no grade is guessed. */
    UNDETERMINABLE;

    /**
     * Obtains a status from its code.
     *
     * @param code {@code graded} or {@code undeterminable}, not null
     * @return the status
     * @throws se.klinedu.core.InvalidInputException for any other code
     */
    public static GradeStatus of(String code) {
        return JsonEnum.of(GradeStatus.class, "status", code);
    }
}
