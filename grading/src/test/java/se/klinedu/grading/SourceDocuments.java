package se.klinedu.grading;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The source documents as text extracted from their PDFs and web pages, where the build finds them
 * (a {@code shared/seeds} folder beside the repository), to check that reference data quotes them.
 */
public final class SourceDocuments {

    /** The LIPUS SPUR inspection report with its action plan. */
    public static final String SPUR_REPORT = "003_b5a5327000cbadc7.txt";

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
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path file = dir.resolve("shared").resolve("seeds").resolve(name);
            if (Files.isRegularFile(file)) {
                try {
                    return Optional.of(letters(Files.readString(file, StandardCharsets.UTF_8)));
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
