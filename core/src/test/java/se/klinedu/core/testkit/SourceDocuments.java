package se.klinedu.core.testkit;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The source documents as text extracted from their PDFs and web pages, where the build finds them
 * (a {@code shared/seeds} folder beside the repository), to check that reference data quotes them.
 *
 * <p>Shared by the modules through core's test-jar. A document that is not beside the build reads as
 * empty, so that a document test can skip itself instead of failing.
 */
public final class SourceDocuments {

    /** Region Örebro län, Utbildningsstrategi 2021–2030. */
    public static final String OREBRO_STRATEGY = "000_532d15924aa1ffc1.txt";
    /** Kontinuerligt utvärdera, förbättra och utveckla. */
    public static final String LEARNING_ENVIRONMENTS = "001_319f487d5a54a9c3.txt";
    /** Helse Sør-Øst, Regional delstrategi for utdanning og kompetanse. */
    public static final String HELSE_SOR_OST_SUB_STRATEGY = "002_aff4100b8f9160bd.txt";
    /** The LIPUS SPUR inspection report with its action plan. */
    public static final String SPUR_REPORT = "003_b5a5327000cbadc7.txt";
    /** Region Stockholm, Rekommenderad handledarutbildning. */
    public static final String STOCKHOLM_CATALOGUE = "004_663927b3f596e5d3.txt";

    private SourceDocuments() {
    }

    /**
     * Reads a document, its letters and digits only, so that a quote can be found whatever the PDF did
     * to line breaks, hyphenation and spacing.
     *
     * @param name the file name
     * @return the letters and digits of the document, or empty if the documents are not beside the build
     */
    public static Optional<String> lettersOf(String name) {
        return textOf(name).map(SourceDocuments::letters);
    }

    /**
     * Reads a document as extracted, for quotes whose punctuation matters (such as "&gt;90 procent").
     *
     * @param name the file name
     * @return the text of the document, or empty if the documents are not beside the build
     */
    public static Optional<String> textOf(String name) {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path file = dir.resolve("shared").resolve("seeds").resolve(name);
            if (Files.isRegularFile(file)) {
                try {
                    return Optional.of(Files.readString(file, StandardCharsets.UTF_8));
                } catch (IOException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
        return Optional.empty();
    }

    /**
     * Keeps the letters and digits of a text.
     *
     * @param text the text
     * @return its letters and digits, in order
     */
    public static String letters(String text) {
        return text.codePoints().filter(Character::isLetterOrDigit)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
    }
}
