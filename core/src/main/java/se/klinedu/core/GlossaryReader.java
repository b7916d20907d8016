package se.klinedu.core;

import se.klinedu.core.internal.CoreReaders;
import se.klinedu.core.internal.JsonCursor;

/**
 * Reads the glossary's reference document, {@code glossary.json}, on a {@link JsonCursor} into the builders,
 * as strictly as the codec reads {@link Glossary}.
 */
final class GlossaryReader {

    private GlossaryReader() {
    }

    static Glossary glossary(JsonCursor in) {
        ImmutableGlossary.Builder glossary = ImmutableGlossary.builder();
        in.beginObject();
        for (String field = in.nextField(); field != null; field = in.nextField()) {
            if (field.equals("terms")) {
                glossary.addAllTerms(in.list(GlossaryReader::term));
            } else {
                throw in.unknownField();
            }
        }
        return in.requiring(glossary.build(), "terms");
    }

    private static GlossaryTerm term(JsonCursor in) {
        ImmutableGlossaryTerm.Builder term = ImmutableGlossaryTerm.builder();
        in.beginObject();
        for (String field = in.nextField(); field != null; field = in.nextField()) {
            switch (field) {
                case "term" -> term.term(in.string());
                case "meaning" -> term.meaning(CoreReaders.localizedText(in));
                case "source" -> term.source(CoreReaders.optionalString(in));
                case "document" -> term.document(CoreReaders.optionalString(in));
                default -> throw in.unknownField();
            }
        }
        return in.requiring(term.build(), "term", "meaning");
    }
}
