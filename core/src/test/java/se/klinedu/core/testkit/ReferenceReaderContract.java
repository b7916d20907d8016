package se.klinedu.core.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.Set;
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
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.NullNode;
import tools.jackson.databind.node.ObjectNode;

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

    /** Trees of the documents, numbers kept exact. */
    private static final JsonMapper TREES = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).build();

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
                boolean accepted = assertReadAlike(document, mutation.bytes(), context);
                synchronized (outcomes) {
                    outcomes.computeIfAbsent(mutation.kind(), kind -> new int[2])[accepted ? 0 : 1]++;
                }
            }
        }
    }

    @Test
    void each_field_left_out_or_null_and_each_list_with_a_null_is_read_or_rejected_as_the_codec_does() {
        // every field and list of every type in the documents, at its first place: a required one left out or null is
        // rejected where the codec rejects it, an optional one read as absent as the codec reads it
        int cases = 0;
        for (Document document : documents()) {
            JsonNode tree = TREES.readTree(document.text());
            List<List<Object>> places = new ArrayList<>();
            collect(tree, new ArrayList<>(), "", new HashSet<>(), places);
            for (List<Object> place : places) {
                Object last = place.get(place.size() - 1);
                if (last instanceof String) {
                    cases += 2;
                    assertReadAlike(document, edited(tree, place, null), document.name() + ": " + place + " left out");
                    assertReadAlike(document, edited(tree, place, NullNode.getInstance()),
                            document.name() + ": " + place + " null");
                } else {
                    cases++;
                    assertReadAlike(document, edited(tree, place, NullNode.getInstance()),
                            document.name() + ": " + place + " null");
                }
            }
        }
        assertTrue(cases > 0, "no field");
    }

    /** The place of each field, and of each list's first element, the first time its pattern of names occurs. */
    private static void collect(JsonNode node, List<Object> place, String pattern, Set<String> seen,
            List<List<Object>> places) {
        if (node.isObject()) {
            for (Map.Entry<String, JsonNode> field : node.properties()) {
                List<Object> inner = new ArrayList<>(place);
                inner.add(field.getKey());
                String innerPattern = pattern + "." + field.getKey();
                if (seen.add(innerPattern)) {
                    places.add(inner);
                }
                collect(field.getValue(), inner, innerPattern, seen, places);
            }
        } else if (node.isArray() && !node.isEmpty()) {
            List<Object> first = new ArrayList<>(place);
            first.add(0);
            if (seen.add(pattern + "[]")) {
                places.add(first);
            }
            for (int i = 0; i < node.size(); i++) {
                List<Object> element = new ArrayList<>(place);
                element.add(i);
                collect(node.get(i), element, pattern + "[]", seen, places);
            }
        }
    }

    /** The document with the node at a place replaced, or left out when the replacement is null. */
    private static byte[] edited(JsonNode tree, List<Object> place, JsonNode replacement) {
        JsonNode copy = tree.deepCopy();
        JsonNode parent = copy;
        for (Object step : place.subList(0, place.size() - 1)) {
            parent = step instanceof String name ? parent.get(name) : parent.get((Integer) step);
        }
        Object last = place.get(place.size() - 1);
        if (last instanceof String name) {
            if (replacement == null) {
                ((ObjectNode) parent).remove(name);
            } else {
                ((ObjectNode) parent).set(name, replacement);
            }
        } else {
            ((ArrayNode) parent).set((Integer) last, replacement);
        }
        return TREES.writeValueAsBytes(copy);
    }

    /** Reads a document both ways and requires the same value or a rejection at the same path; returns which. */
    private static boolean assertReadAlike(Document document, byte[] bytes, String context) {
        Outcome codec = outcome(in -> JSON.read(in, document.type()), bytes);
        Outcome cursor = outcome(document.reader(), bytes);
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
        return codec.accepted();
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

    private static Outcome outcome(Function<InputStream, ?> reader, byte[] bytes) {
        try {
            return new Outcome(reader.apply(new ByteArrayInputStream(bytes)), null);
        } catch (InvalidInputException e) {
            return new Outcome(null, e);
        }
    }
}
