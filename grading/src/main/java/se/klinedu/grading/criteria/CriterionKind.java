package se.klinedu.grading.criteria;

import se.klinedu.core.json.JsonEnum;

/**
 * What a SPUR criterion rests on: a binding provision of the regulation, its general advice, or a
 * quality indicator of SPUR's own.
 *
 * @since 0.1
 */
public enum CriterionKind implements JsonEnum {
    /** <i>Föreskrift</i>: a binding provision; not met gives grade D. */
    REGULATION,
    /** <i>Allmänna råd</i>: general advice; not met gives grade C. */
    GENERAL_ADVICE,
    /** <i>Kvalitetsindikator</i>: SPUR's quality indicator; decides between A and B. */
    QUALITY_INDICATOR;

    /**
     * Obtains a kind from its code.
     *
     * @param code {@code regulation}, {@code general-advice} or {@code quality-indicator}, not null
     * @return the kind
     * @throws se.klinedu.core.InvalidInputException for any other code
     */
    public static CriterionKind of(String code) {
        return JsonEnum.of(CriterionKind.class, "kind", code);
    }
}
