package se.klinedu.core;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.immutables.value.Value;
import se.klinedu.core.internal.Checks;
import se.klinedu.core.internal.KlineduStyle;

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
public abstract class LocalizedText {

    LocalizedText() {
    }

    /**
     * {@return the language of the original}
     */
    @JsonProperty("language")
    @Value.Parameter
    public abstract Language language();

    /**
     * {@return the verbatim text in the original language, not blank}
     */
    @JsonProperty("original")
    @Value.Parameter
    public abstract String original();

    /**
     * {@return the English translation, not blank}
     */
    @JsonProperty("english")
    @Value.Parameter
    public abstract String english();

    /**
     * Obtains a text.
     *
     * @param language the original's language, not null
     * @param original the verbatim original, not blank
     * @param english the English translation, not blank
     * @return the text
     * @throws InvalidInputException if either text is blank
     */
    @JsonCreator
    public static LocalizedText of(
            @JsonProperty(value = "language", required = true) Language language,
            @JsonProperty(value = "original", required = true) String original,
            @JsonProperty(value = "english", required = true) String english) {
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
    }

    @Override
    public String toString() {
        return original();
    }
}
