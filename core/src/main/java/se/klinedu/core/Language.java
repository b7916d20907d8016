package se.klinedu.core;

import com.fasterxml.jackson.annotation.JsonValue;
import se.klinedu.core.json.JsonEnum;

/**
 * A language klinedu knows: the original language of a source document (Swedish or Norwegian bokmål), or a
 * language results are explained in (those two and English, the language of every translation).
 *
 * <p>Its {@linkplain #code() code} is its BCP 47 language tag, {@code sv}, {@code nb} or {@code en}: a
 * published code of the {@link JsonEnum} form, kept instead of the lower-case name.
 *
 * @since 0.1
 */
public enum Language implements JsonEnum {
    /** Swedish, the language of the Örebro strategy, the SPUR report and Region Stockholm's catalogue. */
    SWEDISH("sv"),
    /** Norwegian bokmål, the language of Helse Sør-Øst's sub-strategy. */
    NORWEGIAN_BOKMAL("nb"),
    /** English, the language of every translation; no source document is in English. */
    ENGLISH("en");

    private final String code;

    Language(String code) {
        this.code = code;
    }

    /**
     * {@return the BCP 47 language tag, as written in JSON}
     */
    @JsonValue
    @Override
    public String code() {
        return code;
    }

    /**
     * Obtains a language from its tag.
     *
     * @param code {@code sv}, {@code nb} or {@code en}, not null
     * @return the language
     * @throws InvalidInputException for any other tag
     */
    public static Language of(String code) {
        return JsonEnum.of(Language.class, "language", code);
    }
}
