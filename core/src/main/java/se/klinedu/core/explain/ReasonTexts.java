package se.klinedu.core.explain;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import se.klinedu.core.Language;
import se.klinedu.core.json.JsonEnum;

/**
 * A module's reason codes, the enums whose constants are shown to people as words, and the texts of both
 * in each {@linkplain Language language}: the service through which a {@link Renderer} finds them.
 *
 * <p>Each klinedu module provides one (as a {@code provides} of its module descriptor and in
 * {@code META-INF/services}). A text is a template: literal text with the arguments in braces,
 * {@code {name}} or {@code {name,format}}; see {@link Renderer} for the formats. A label's key is
 * {@link Renderer#labelKey(JsonEnum)}.
 *
 * @since 0.2
 */
public interface ReasonTexts {

    /**
     * {@return the module's reason codes}
     */
    List<ReasonCode> codes();

    /**
     * {@return the enums whose constants have a label in every language}
     */
    List<Class<? extends JsonEnum>> labelled();

    /**
     * Returns the module's texts in a language: one template per reason code (keyed by the code), and one
     * label per constant of a {@linkplain #labelled() labelled} enum (keyed by its label key).
     *
     * @param language the language, not null
     * @return the texts by key
     */
    Map<String, String> texts(Language language);

    /**
     * Reads texts from a properties file in UTF-8, as a module's provider keeps them beside its classes.
     *
     * @param properties the file's content, not null; closed when read
     * @return the texts by key
     * @throws UncheckedIOException if the file cannot be read
     */
    static Map<String, String> read(InputStream properties) {
        Objects.requireNonNull(properties, "properties: a module's reason texts are missing");
        Properties read = new Properties();
        try (InputStreamReader reader = new InputStreamReader(properties, StandardCharsets.UTF_8)) {
            read.load(reader);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, String> texts = new HashMap<>();
        read.stringPropertyNames().forEach(key -> texts.put(key, read.getProperty(key)));
        return Map.copyOf(texts);
    }
}
