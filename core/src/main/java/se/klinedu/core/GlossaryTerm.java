package se.klinedu.core;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Optional;
import org.immutables.value.Value;
import se.klinedu.core.internal.KlineduStyle;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * A term of the documents, such as {@code AKA}: what it stands for in Swedish and in English, and the
 * passage of a document that spells it out or uses it, where one does.
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @since 0.1
 */
@Value.Immutable
@KlineduStyle
@JsonDeserialize(builder = ImmutableGlossaryTerm.Builder.class)
public abstract class GlossaryTerm {

    GlossaryTerm() {
    }

    /**
     * {@return the term as the documents write it, such as {@code AKA} or {@code utbildningstjänst}}
     */
    @JsonProperty(value = "term", required = true)
    public abstract String term();

    /**
     * {@return what it means, in Swedish and in English}
     */
    @JsonProperty(value = "meaning", required = true)
    public abstract LocalizedText meaning();

    /**
     * {@return the passage of a document that spells the term out or uses it, verbatim; empty when the
     *     documents use it without either (BT, ST)}
     */
    @JsonProperty("source")
    public abstract Optional<String> source();

    /**
     * {@return the document the source passage is from, by its seed file, such as {@code 000}; empty with no source}
     */
    @JsonProperty("document")
    public abstract Optional<String> document();

    /**
     * Obtains a term.
     *
     * @param term the term, not blank
     * @param meaning what it means, not null
     * @param source the passage that spells it out or uses it, if a document does, not null
     * @param document the document of that passage, present exactly with a source, not null
     * @return the term
     */
    public static GlossaryTerm of(String term, LocalizedText meaning, Optional<String> source,
            Optional<String> document) {
        return ImmutableGlossaryTerm.builder().term(term).meaning(meaning).source(source).document(document).build();
    }

    @Value.Check
    void check() {
        if (term().isBlank()) {
            throw InvalidInputException.of("term", "must not be blank", term());
        }
        if (source().filter(String::isBlank).isPresent()) {
            throw InvalidInputException.of("source", "must not be blank when given", source().get());
        }
        if (source().isPresent() != document().isPresent()) {
            throw InvalidInputException.of("document", "must be given exactly with a source", document().orElse("none"));
        }
        if (document().filter(code -> !code.matches("00[0-4]")).isPresent()) {
            throw InvalidInputException.of("document", "must be one of the seed documents 000 to 004", document().get());
        }
    }
}
