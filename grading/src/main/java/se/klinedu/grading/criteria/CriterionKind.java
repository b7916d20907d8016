package se.klinedu.grading.criteria;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import se.klinedu.core.internal.Checks;

/**
 * What a SPUR criterion rests on: a binding provision of the regulation, its general advice, or a
 * quality indicator of SPUR's own.
 *
 * @since 0.1
 */
public enum CriterionKind {
    /** <i>Föreskrift</i>: a binding provision; not met gives grade D. */
    REGULATION("regulation"),
    /** <i>Allmänna råd</i>: general advice; not met gives grade C. */
    GENERAL_ADVICE("general-advice"),
    /** <i>Kvalitetsindikator</i>: SPUR's quality indicator; decides between A and B. */
    QUALITY_INDICATOR("quality-indicator");

    private final String code;

    CriterionKind(String code) {
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
     * Obtains a kind from its code.
     *
     * @param code {@code regulation}, {@code general-advice} or {@code quality-indicator}, not null
     * @return the kind
     * @throws se.klinedu.core.InvalidInputException for any other code
     */
    @JsonCreator
    public static CriterionKind of(String code) {
        return Checks.byCode("kind", values(), code, CriterionKind::code,
                "must be regulation, general-advice or quality-indicator");
    }
}
