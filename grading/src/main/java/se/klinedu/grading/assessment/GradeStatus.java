package se.klinedu.grading.assessment;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import se.klinedu.core.internal.Checks;

/**
 * Whether an area's grade under a regulation could be determined.
 *
 * @since 0.1
 */
public enum GradeStatus {
    /** A grade was determined. */
    GRADED("graded"),
    /** A regulation criterion was not assessed and none is known to be unmet: no grade is guessed. */
    UNDETERMINABLE("undeterminable");

    private final String code;

    GradeStatus(String code) {
        this.code = code;
    }

    /**
     * {@return the code written in JSON}
     */
    @JsonValue
    public String code() {
        return code;
    }

    /**
     * Obtains a status from its code.
     *
     * @param code {@code graded} or {@code undeterminable}, not null
     * @return the status
     * @throws se.klinedu.core.InvalidInputException for any other code
     */
    @JsonCreator
    public static GradeStatus of(String code) {
        return Checks.byCode("status", values(), code, GradeStatus::code, "must be graded or undeterminable");
    }
}
