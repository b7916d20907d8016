package se.klinedu.core.substrategy;

import se.klinedu.core.InvalidInputException;
import se.klinedu.core.json.JsonEnum;

/**
 * Whether a text of reference data is quoted from its source document or derived by klinedu.
 *
 * @since 0.1
 */
public enum TextBasis implements JsonEnum {
    /** The text is quoted verbatim from the document. */
    QUOTED,
    /**
     * klinedu wrote the text from the document's content, where the document's own words are missing
     * (see the module README's "Interpretations").
     */
    DERIVED;

    /**
     * Obtains a basis from its code.
     *
     * @param code {@code quoted} or {@code derived}; not null
     * @return the basis
     * @throws InvalidInputException for any other code
     */
    public static TextBasis of(String code) {
        return JsonEnum.of(TextBasis.class, "basis", code);
    }
}
