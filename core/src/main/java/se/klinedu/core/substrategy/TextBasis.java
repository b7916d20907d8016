package se.klinedu.core.substrategy;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import se.klinedu.core.InvalidInputException;
import se.klinedu.core.internal.Checks;

/**
 * Whether a text of reference data is quoted from its source document or derived by klinedu.
 *
 * @since 0.1
 */
public enum TextBasis {
    /** The text is quoted verbatim from the document. */
    QUOTED("quoted"),
    /**
     * klinedu wrote the text from the document's content, where the document's own words are missing
     * (see the module README's "Interpretations").
     */
    DERIVED("derived");

    private final String code;

    TextBasis(String code) {
        this.code = code;
    }

    /**
     * {@return the code written in JSON: {@code quoted} or {@code derived}}
     */
    @JsonValue
    public String code() {
        return code;
    }

    /**
     * Obtains a basis from its code.
     *
     * @param code {@code quoted} or {@code derived}; not null
     * @return the basis
     * @throws InvalidInputException for any other code
     */
    @JsonCreator
    public static TextBasis of(String code) {
        return Checks.byCode("basis", values(), code, TextBasis::code, "must be quoted or derived");
    }
}
