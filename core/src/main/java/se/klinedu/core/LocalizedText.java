package se.klinedu.core;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Objects;
import org.immutables.value.Value;
import se.klinedu.core.internal.Checks;
import se.klinedu.core.internal.KlineduStyle;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * A text quoted verbatim from a source document in its original language, with an English
 * translation.
 *
 * <p>The original is the authority; the translation is klinedu's. Instances are immutable and
 * thread-safe.
 *
 * @since 0.1
 */
@Value.Immutable
@KlineduStyle
@JsonDeserialize(builder = ImmutableLocalizedText.Builder.class)
public abstract class LocalizedText {

    LocalizedText() {
    }

    /**
     * {@return the language of the original: Swedish or Norwegian bokmål, never English}
     */
    @JsonProperty(value = "language", required = true)
    @Value.Parameter
    public abstract Language language();

    /**
     * {@return the verbatim text in the original language, not blank}
     */
    @JsonProperty(value = "original", required = true)
    @Value.Parameter
    public abstract String original();

    /**
     * {@return the English translation, not blank}
     */
    @JsonProperty(value = "english", required = true)
    @Value.Parameter
    public abstract String english();

    /**
     * Obtains a text.
     *
     * @param language the original's language, not null
     * @param original the verbatim original, not blank
     * @param english the English translation, not blank
     * @return the text
     * @throws InvalidInputException if either text is blank, or the language is English
     */
    public static LocalizedText of(Language language, String original, String english) {
        return ImmutableLocalizedText.of(language, original, english);
    }

    /**
     * Obtains a Swedish text.
     *
     * @param original the verbatim Swedish original, not blank
     * @param english the English translation, not blank
     * @return the text
     * @throws InvalidInputException if either text is blank
     */
    public static LocalizedText swedish(String original, String english) {
        return of(Language.SWEDISH, original, english);
    }

    /**
     * Obtains a Norwegian bokmål text.
     *
     * @param original the verbatim Norwegian original, not blank
     * @param english the English translation, not blank
     * @return the text
     * @throws InvalidInputException if either text is blank
     */
    public static LocalizedText norwegian(String original, String english) {
        return of(Language.NORWEGIAN_BOKMAL, original, english);
    }

    @Value.Check
    void check() {
        Checks.notBlank("original", original());
        Checks.notBlank("english", english());
        if (language() == Language.ENGLISH) {
            throw InvalidInputException.of("language", "must be the original's, sv or nb; English is the translation",
                    language().code());
        }
    }

    /**
     * Returns the text to show a reader of a language: the original in its own language, the English
     * translation in English, and the original in the other Nordic language (no document is translated
     * between Swedish and Norwegian).
     *
     * @param reader the reader's language, not null
     * @return the text
     */
    public String in(Language reader) {
        return Objects.requireNonNull(reader, "reader") == Language.ENGLISH ? english() : original();
    }

    @Override
    public String toString() {
        return original();
    }
}
