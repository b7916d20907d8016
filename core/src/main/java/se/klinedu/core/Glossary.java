package se.klinedu.core;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import se.klinedu.core.internal.Checks;
import se.klinedu.core.internal.Index;
import se.klinedu.core.internal.JsonCursor;
import se.klinedu.core.internal.KlineduStyle;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * The terms of the documents that a team following up clinical education meets — training posts, the
 * training stages of physicians and psychologists, placements, the reviews and who carries them out — in
 * Swedish and English, each with the passage that spells it out where a document does.
 *
 * <p>{@link #load()} reads the glossary shipped with the module. Instances are immutable and thread-safe.
 *
 * @since 0.1
 */
@Value.Immutable
@KlineduStyle
@JsonDeserialize(builder = ImmutableGlossary.Builder.class)
public abstract class Glossary {

    private final Index<String, GlossaryTerm> termsByName = Index.of(this::terms, GlossaryTerm::term);

    Glossary() {
    }

    /**
     * {@return the terms, in the glossary's order}
     */
    @JsonProperty(value = "terms", required = true)
    public abstract List<GlossaryTerm> terms();

    /**
     * Obtains a glossary.
     *
     * @param terms the terms, at least one, each term once, not null
     * @return the glossary
     */
    public static Glossary of(List<GlossaryTerm> terms) {
        return ImmutableGlossary.builder().addAllTerms(terms).build();
    }

    /**
     * {@return the glossary, read once from the module's resources}
     */
    public static Glossary load() {
        return Holder.GLOSSARY;
    }

    /**
     * Finds a term, written exactly as the glossary writes it.
     *
     * @param term the term, such as {@code AKA}, not null
     * @return the term, or empty if the glossary has none such
     */
    public Optional<GlossaryTerm> find(String term) {
        return termsByName.find(term, "term");
    }

    /**
     * Gets a term, written exactly as the glossary writes it.
     *
     * @param term the term, such as {@code AKA}, not null
     * @return the term
     * @throws InvalidInputException if the glossary has no such term
     */
    public GlossaryTerm get(String term) {
        return find(term).orElseThrow(() -> InvalidInputException.of("term", "is not a term of the glossary", term));
    }

    @Value.Check
    void check() {
        Checks.notEmpty("terms", terms());
        Checks.uniqueKeys("terms", terms(), GlossaryTerm::term);
    }

    private static final class Holder {
        static final Glossary GLOSSARY = JsonCursor.readResource(Glossary.class, "glossary.json", GlossaryReader::glossary);
    }
}
