package se.klinedu.core;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import se.klinedu.core.internal.Checks;

/**
 * The original language of a source document.
 *
 * @since 0.1
 */
public enum Language {
    /** Swedish, the language of the Örebro strategy, the SPUR report and Region Stockholm's catalogue. */
    SWEDISH("sv"),
    /** Norwegian bokmål, the language of Helse Sør-Øst's sub-strategy. */
    NORWEGIAN_BOKMAL("nb");

    private final String code;

    Language(String code) {
        this.code = code;
    }

    /**
     * {@return the BCP 47 language tag, as written in JSON}
     */
    @JsonValue
    public String code() {
        return code;
    }

    /**
     * Obtains a language from its tag.
     *
     * @param code {@code sv} or {@code nb}, not null
     * @return the language
     * @throws InvalidInputException for any other tag
     */
    @JsonCreator
    public static Language of(String code) {
        return Checks.byCode("language", values(), code, Language::code, "must be sv or nb");
    }
}
