package se.klinedu.core.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.function.Function;
import java.util.stream.LongStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import se.klinedu.core.InvalidInputException;
import se.klinedu.core.generators.Seeds;
import se.klinedu.core.json.KlineduJson;
import se.klinedu.core.testkit.MutatedJson.Kind;
import se.klinedu.core.testkit.MutatedJson.Mutation;

/**
 * The contract of a module's reference-data readers, which read its shipped documents on core's streaming
 * cursor ({@code se.klinedu.core.internal.JsonCursor}) instead of through the codec ({@link KlineduJson}), for a
 * fresh JVM's sake: each document, and every mutation
 * of it that {@link MutatedJson} makes (bytes flipped, cuts, fields duplicated, deleted, unknown or of the wrong
 * type, numbers and strings at the limits, nesting past the limit), is read by the reader exactly as by the codec:
 * the same value, or a rejection at the same JSON path. A module's test in each package with a reader lists that
 * package's documents.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class ReferenceReaderContract {

    /** Mutations per document and seed: every kind, twice. */
    private static final int CASES_PER_DOCUMENT = 2 * Kind.values().length;

    private static final KlineduJson JSON = KlineduJson.standard();

    private final Map<Kind, int[]> outcomes = new EnumMap<>(Kind.class);

    protected ReferenceReaderContract() {
    }

    /**
     * A reference document and its reader.
     *
     * @param name the resource's name, for messages
     * @param type the type the codec reads it as
     * @param text the document
     * @param reader reads the document from a stream on the cursor, such as
     *     {@code in -> JsonCursor.read(in, OrebroStrategyReader::strategy)}: the cursor is internal to the modules,
     *     so the module's test, not this kit, calls it
     */
    public record Document(String name, Class<?> type, String text, Function<InputStream, ?> reader) {

        public Document {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(type, "type");
            Objects.requireNonNull(text, "text");
            Objects.requireNonNull(reader, "reader");
        }

        /**
         * Obtains a document from a resource beside a class.
         *
         * @param <T> the type
         * @param owner the class whose package holds the resource
         * @param resource the resource's name in that package
         * @param type the type the codec reads it as
         * @param reader reads the document from a stream on the cursor
         * @return the document
         */
        public static <T> Document of(Class<?> owner, String resource, Class<T> type,
                Function<InputStream, ? extends T> reader) {
            try (InputStream in = owner.getResourceAsStream(resource)) {
                if (in == null) {
                    throw new IllegalStateException("missing resource " + resource + " of " + owner.getName());
                }
                return new Document(resource, type, new String(in.readAllBytes(), StandardCharsets.UTF_8), reader);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /**
     * {@return the documents of the package and their readers}
     */
    protected abstract List<Document> documents();

    /**
     * {@return the seeds of the mutations}
     */
    protected static LongStream seeds() {
        return Seeds.seeds().limit(40);
    }

    @Test
    void each_document_is_read_as_the_codec_reads_it() {
        assertFalse(documents().isEmpty(), "no document");
        for (Document document : documents()) {
            byte[] bytes = document.text().getBytes(StandardCharsets.UTF_8);
            Object expected = JSON.read(new ByteArrayInputStream(bytes), document.type());
            Object read = document.reader().apply(new ByteArrayInputStream(bytes));
            assertEquals(expected, read, document.name());
        }
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void each_mutated_document_is_read_or_rejected_as_the_codec_does(long seed) {
        for (Document document : documents()) {
            MutatedJson.Source source = MutatedJson.source(document.text());
            for (int index = 0; index < CASES_PER_DOCUMENT; index++) {
                Mutation mutation = source.mutate(new Random(seed * 1_000_003L + index), index);
                String context = "seed " + seed + ", " + document.name() + ", case " + index + ", " + mutation.kind()
                        + ": " + mutation.description() + "\n" + mutation.excerpt();
                Outcome codec = outcome(bytes -> JSON.read(new ByteArrayInputStream(bytes), document.type()), mutation);
                Outcome cursor = outcome(bytes -> document.reader().apply(new ByteArrayInputStream(bytes)), mutation);
                assertEquals(codec.accepted(), cursor.accepted(), () -> "the codec " + codec + ", the cursor " + cursor
                        + "\n" + context);
                if (codec.accepted()) {
                    assertEquals(codec.value(), cursor.value(), context);
                } else {
                    assertEquals(codec.problem().path(), cursor.problem().path(), () -> "the codec " + codec.problem()
                            + ", the cursor " + cursor.problem() + "\n" + context);
                    assertTrue(cursor.problem().getMessage().startsWith(cursor.problem().path() + ": ")
                            && !cursor.problem().reason().isBlank(), context);
                }
                synchronized (outcomes) {
                    outcomes.computeIfAbsent(mutation.kind(), kind -> new int[2])[codec.accepted() ? 0 : 1]++;
                }
            }
        }
    }

    @AfterAll
    final void summary() {
        System.out.printf("ReferenceReaderContract %s: mutations read or rejected alike (accepted/rejected) %s%n",
                getClass().getSimpleName(), outcomes.entrySet().stream()
                        .map(e -> e.getKey() + " " + e.getValue()[0] + "/" + e.getValue()[1]).toList());
    }

    private record Outcome(Object value, InvalidInputException problem) {

        boolean accepted() {
            return problem == null;
        }

        @Override
        public String toString() {
            return accepted() ? "accepted it" : "rejected it: " + problem.getMessage();
        }
    }

    private static Outcome outcome(Function<byte[], Object> reader, Mutation mutation) {
        try {
            return new Outcome(reader.apply(mutation.bytes()), null);
        } catch (InvalidInputException e) {
            return new Outcome(null, e);
        }
    }
}
