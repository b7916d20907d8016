package se.klinedu.core.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Random;
import java.util.function.BiPredicate;
import java.util.function.Function;
import se.klinedu.core.InvalidInputException;
import se.klinedu.core.json.KlineduJson;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Generated bad input: mutations of a valid JSON document (byte flips, truncation, duplicated, deleted and
 * unknown fields, numbers and strings at and past their limits, values of the wrong type, nesting past the
 * read limit), and the law every mutated document obeys: {@link KlineduJson} either rejects it with an
 * {@link InvalidInputException} whose message starts with a JSON path, or reads a value that writes back to
 * a document equivalent to the mutated input (no value silently altered, no duplicate field accepted).
 *
 * <p>A mutation is a pure function of the valid document, a {@link Random} and a case index: a module's laws
 * seed the {@code Random} from their seed and the case index, and a failure message names both.
 */
public final class MutatedJson {

    /** The kinds of mutation, applied in turn by case index. */
    public enum Kind {
        /** One bit of one byte of the UTF-8 document is flipped. */
        BYTE_FLIP,
        /** The document is cut at a position after a structural character, inside a string or a number. */
        TRUNCATION,
        /** A field is written twice. */
        DUPLICATED_FIELD,
        /** A field is left out. */
        DELETED_FIELD,
        /** A value is replaced by a number at or past a limit: 0, -1, int and long extremes, 1e400, 1.5, 100 and 101 digits. */
        NUMBER_AT_LIMIT,
        /** A value is replaced by a string at or past a limit: empty, blank, 64 and 65 characters, the read limit and one past it, control and non-BMP characters. */
        STRING_AT_LIMIT,
        /** A value is replaced by a value of another JSON type. */
        WRONG_TYPE,
        /** An object gets a field its type does not declare. */
        UNKNOWN_FIELD,
        /** A value is wrapped in more arrays than the nesting limit allows. */
        NESTING_PAST_LIMIT
    }

    /**
     * One mutated document.
     *
     * @param kind the kind of mutation
     * @param description what was changed and where, for a failure message
     * @param bytes the mutated document, possibly not UTF-8
     * @param mustBeRejected true when no valid reading of the mutated document exists (a duplicate field, a
     *        truncated document, an unknown field, a read limit exceeded)
     */
    public record Mutation(Kind kind, String description, byte[] bytes, boolean mustBeRejected) {

        /**
         * Checks that no part is missing.
         *
         * @param kind the kind of mutation
         * @param description what was changed and where
         * @param bytes the mutated document
         * @param mustBeRejected true when no valid reading exists
         */
        public Mutation {
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(description, "description");
            Objects.requireNonNull(bytes, "bytes");
        }

        /** {@return the mutated document as text, invalid UTF-8 replaced, shortened for a failure message} */
        public String excerpt() {
            String text = new String(bytes, StandardCharsets.UTF_8);
            return text.length() <= 400 ? text : text.substring(0, 200) + " … " + text.substring(text.length() - 200);
        }
    }

    /** The outcome of one mutated document. */
    public enum Outcome {
        /** The document was read, and writes back to an equivalent document. */
        ACCEPTED,
        /** The document was rejected with an {@link InvalidInputException}. */
        REJECTED
    }

    private static final KlineduJson JSON = KlineduJson.standard();

    /** Reads any JSON without loss: big numbers stay exact, limits are Jackson's generous defaults. */
    private static final JsonMapper TREES = JsonMapper.builder(JsonFactory.builder()
                    .streamReadConstraints(StreamReadConstraints.builder()
                            .maxStringLength(Integer.MAX_VALUE).maxNumberLength(Integer.MAX_VALUE).build())
                    .build())
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(DeserializationFeature.USE_BIG_INTEGER_FOR_INTS)
            .build();

    private static final List<String> LIMIT_NUMBERS = List.of("0", "-1", "1", "-0", "0.0",
            String.valueOf(Integer.MAX_VALUE), String.valueOf(Integer.MAX_VALUE + 1L), String.valueOf(Integer.MIN_VALUE),
            String.valueOf(Long.MAX_VALUE), "9223372036854775808", String.valueOf(Long.MIN_VALUE),
            "1e400", "-1e400", "1e-400", "1.5", "0.5", "1E2", "100.0", "1" + "0".repeat(99), "9".repeat(101),
            "0." + "1".repeat(98));

    private MutatedJson() {
    }

    /**
     * A valid document prepared for mutation: parsed once, however many mutations are drawn from it.
     *
     * @param tree the document's tree
     * @param compact the document written compactly
     */
    public record Source(JsonNode tree, String compact, List<Located> nodes) {

        /**
         * Keeps the parts.
         *
         * @param tree the document's tree
         * @param compact the document written compactly
         * @param nodes every node of the tree with its JSON path
         */
        public Source {
            Objects.requireNonNull(tree, "tree");
            Objects.requireNonNull(compact, "compact");
            nodes = List.copyOf(nodes);
        }

        /**
         * Mutates the document.
         *
         * @param random the source of the mutation's choices
         * @param caseIndex the case's index; it chooses the kind of mutation ({@code Kind.values()[caseIndex % 9]})
         *        and the class of truncation position
         * @return the mutated document
         */
        public Mutation mutate(Random random, int caseIndex) {
            return MutatedJson.mutate(this, random, caseIndex);
        }
    }

    /**
     * Prepares a valid document for mutation.
     *
     * @param valid a valid JSON document
     * @return the prepared document
     */
    public static Source source(String valid) {
        JsonNode tree = TREES.readTree(valid);
        List<Located> nodes = new ArrayList<>();
        locate(tree, "$", null, nodes);
        return new Source(tree, render(tree, "$", Edit.NONE), nodes);
    }

    /**
     * Mutates a valid document.
     *
     * @param valid a valid JSON document
     * @param random the source of the mutation's choices
     * @param caseIndex the case's index; it chooses the kind of mutation ({@code Kind.values()[caseIndex % 9]})
     *        and the class of truncation position
     * @return the mutated document
     */
    public static Mutation mutate(String valid, Random random, int caseIndex) {
        return mutate(source(valid), random, caseIndex);
    }

    private static Mutation mutate(Source source, Random random, int caseIndex) {
        Kind kind = Kind.values()[Math.floorMod(caseIndex, Kind.values().length)];
        JsonNode tree = source.tree();
        List<Located> nodes = source.nodes();
        String compact = source.compact();
        return switch (kind) {
            case BYTE_FLIP -> byteFlip(compact, random);
            case TRUNCATION -> truncation(compact, random, caseIndex / Kind.values().length);
            case DUPLICATED_FIELD -> fields(nodes, random).map(field -> {
                boolean sameValue = random.nextBoolean();
                String second = sameValue ? render(field.node(), field.path(), Edit.NONE) : otherScalar(field.node(), random);
                return new Mutation(kind, "field " + field.path() + " written twice"
                        + (sameValue ? "" : ", the second time as " + second),
                        bytes(render(tree, "$", new Edit(EditType.DUPLICATE, field.path(), second))), true);
            }).orElseGet(() -> byteFlip(compact, random));
            case DELETED_FIELD -> fields(nodes, random).map(field -> new Mutation(kind, "field " + field.path() + " deleted",
                    bytes(render(tree, "$", new Edit(EditType.DELETE, field.path(), ""))), false))
                    .orElseGet(() -> byteFlip(compact, random));
            case NUMBER_AT_LIMIT -> {
                Located target = pickPreferring(nodes, JsonNode::isNumber, random);
                String number = LIMIT_NUMBERS.get(random.nextInt(LIMIT_NUMBERS.size()));
                yield replaced(kind, tree, target, number, number.length() > KlineduJson.MAX_NUMBER_LENGTH);
            }
            case STRING_AT_LIMIT -> {
                Located target = pickPreferring(nodes, JsonNode::isString, random);
                int choice = random.nextInt(10);
                // the read limit itself only now and then: a megabyte string costs milliseconds
                boolean big = choice == 9 && random.nextInt(8) == 0;
                String text = switch (choice) {
                    case 0 -> "";
                    case 1 -> " ";
                    case 2 -> "a".repeat(64);
                    case 3 -> "a".repeat(65);
                    case 4 -> "\\u0000";
                    case 5 -> "\\ud83d\\ude00 ö";
                    case 6 -> "\\ud800";
                    case 7 -> " padded ";
                    case 8 -> "x".repeat(1 + random.nextInt(5000));
                    default -> big ? "y".repeat(KlineduJson.MAX_STRING_LENGTH + random.nextInt(2)) : "z".repeat(2000);
                };
                yield replaced(kind, tree, target, "\"" + text + "\"", text.length() > KlineduJson.MAX_STRING_LENGTH);
            }
            case WRONG_TYPE -> {
                Located target = nodes.get(random.nextInt(nodes.size()));
                List<String> others = new ArrayList<>(List.of("null", "true", "\"x\"", "0", "[]", "{}", "[1]", "{\"a\":1}"));
                others.remove(render(target.node(), target.path(), Edit.NONE));
                yield replaced(kind, tree, target, others.get(random.nextInt(others.size())), false);
            }
            case UNKNOWN_FIELD -> {
                Optional<Located> object = pick(nodes.stream().filter(n -> n.node().isObject()).toList(), random);
                yield object.map(o -> new Mutation(kind, "unknown field inserted into " + o.path(),
                        bytes(render(tree, "$", new Edit(EditType.INSERT, o.path(), "\"zzUnknown\":1"))), true))
                        .orElseGet(() -> byteFlip(compact, random));
            }
            case NESTING_PAST_LIMIT -> {
                Located target = nodes.get(random.nextInt(nodes.size()));
                int depth = KlineduJson.MAX_NESTING_DEPTH + 1;
                String wrapped = "[".repeat(depth) + render(target.node(), target.path(), Edit.NONE) + "]".repeat(depth);
                yield replaced(kind, tree, target, wrapped, true);
            }
        };
    }

    /**
     * Checks the law for one mutated document read as a type.
     *
     * @param mutation the mutated document
     * @param type the type to read it as
     * @param where the seed and case index, for a failure message
     * @return whether the document was accepted or rejected
     */
    public static Outcome check(Mutation mutation, Class<?> type, String where) {
        return check(mutation, bytes -> JSON.read(new ByteArrayInputStream(bytes), type), where);
    }

    /**
     * Checks the law for one mutated document read by a function.
     *
     * @param mutation the mutated document
     * @param reader reads the document, throwing {@link InvalidInputException} when it is bad
     * @param where the seed and case index, for a failure message
     * @return whether the document was accepted or rejected
     */
    public static Outcome check(Mutation mutation, Function<byte[], Object> reader, String where) {
        return check(mutation, reader, where, String::equals);
    }

    /**
     * Checks the law for one mutated document read as a type, where a documented normalisation of text is
     * allowed (a date written as the source document spells it, such as {@code 2026.10.01}, read as an ISO date).
     *
     * @param mutation the mutated document
     * @param type the type to read it as
     * @param where the seed and case index, for a failure message
     * @param sameText whether a string of the input and the string written back mean the same value
     * @return whether the document was accepted or rejected
     */
    public static Outcome check(Mutation mutation, Class<?> type, String where, BiPredicate<String, String> sameText) {
        return check(mutation, bytes -> JSON.read(new ByteArrayInputStream(bytes), type), where, sameText);
    }

    private static Outcome check(Mutation mutation, Function<byte[], Object> reader, String where,
            BiPredicate<String, String> sameText) {
        String context = where + ", " + mutation.kind() + ": " + mutation.description() + "\n" + mutation.excerpt();
        Object value;
        try {
            value = reader.apply(mutation.bytes());
        } catch (InvalidInputException e) {
            assertTrue(e.getMessage().startsWith("$") && e.getMessage().startsWith(e.path() + ": ")
                    && !e.reason().isBlank(), () -> "the message names no JSON path: " + e.getMessage() + "\n" + context);
            return Outcome.REJECTED;
        } catch (RuntimeException | StackOverflowError e) {
            throw new AssertionError("neither a value nor InvalidInputException: " + e + "\n" + context, e);
        }
        assertFalse(mutation.mustBeRejected(), () -> "accepted a document that must be rejected\n" + context);
        JsonNode input = TREES.readTree(mutation.bytes());
        JsonNode output = TREES.readTree(JSON.write(value));
        assertCovers(input, output, "$", context, sameText);
        return Outcome.ACCEPTED;
    }

    /**
     * Asserts that a document read and written back keeps every value of the input: every non-null field of
     * an input object is in the output with an equivalent value (the output may add defaults), arrays keep
     * their length and order, numbers their value (not necessarily their spelling), strings every character.
     *
     * @param input the tree of the input document
     * @param output the tree of the document written back
     * @param path the JSON path of the two nodes
     * @param context the case, for a failure message
     */
    public static void assertCovers(JsonNode input, JsonNode output, String path, String context) {
        assertCovers(input, output, path, context, String::equals);
    }

    private static void assertCovers(JsonNode input, JsonNode output, String path, String context,
            BiPredicate<String, String> sameText) {
        if (input.isObject()) {
            assertTrue(output.isObject(), () -> "silently altered at " + path + ": " + output + "\n" + context);
            for (Map.Entry<String, JsonNode> field : input.properties()) {
                if (field.getValue().isNull()) {
                    continue;
                }
                JsonNode written = output.get(field.getKey());
                String fieldPath = path + "." + field.getKey();
                assertTrue(written != null, () -> "silently dropped " + fieldPath + "\n" + context);
                assertCovers(field.getValue(), written, fieldPath, context, sameText);
            }
        } else if (input.isArray()) {
            assertTrue(output.isArray() && output.size() == input.size(),
                    () -> "silently altered at " + path + ": " + output + "\n" + context);
            // a set is written in its own order: its elements are then compared in sorted order
            boolean inOrder = true;
            for (int i = 0; i < input.size() && inOrder; i++) {
                inOrder = input.get(i).isValueNode() && input.get(i).equals(output.get(i)) || !input.get(i).isValueNode();
            }
            List<JsonNode> in = new ArrayList<>(input.values());
            List<JsonNode> out = new ArrayList<>(output.values());
            if (!inOrder) {
                in.sort(Comparator.comparing(JsonNode::toString));
                out.sort(Comparator.comparing(JsonNode::toString));
            }
            for (int i = 0; i < in.size(); i++) {
                assertCovers(in.get(i), out.get(i), path + "[" + i + "]", context, sameText);
            }
        } else if (input.isNumber()) {
            assertTrue(output.isNumber() && compare(input.decimalValue(), output.decimalValue()) == 0,
                    () -> "silently altered number at " + path + ": " + input + " became " + output + "\n" + context);
        } else if (input.isString() && output.isString()) {
            assertTrue(sameText.test(input.stringValue(), output.stringValue()),
                    () -> "silently altered at " + path + ": " + input + " became " + output + "\n" + context);
        } else {
            assertEquals(input, output, () -> "silently altered at " + path + "\n" + context);
        }
    }

    private static int compare(BigDecimal a, BigDecimal b) {
        return a.compareTo(b);
    }

    private static Mutation byteFlip(String compact, Random random) {
        byte[] bytes = bytes(compact);
        int at = random.nextInt(bytes.length);
        int bit = random.nextInt(8);
        byte before = bytes[at];
        bytes[at] = (byte) (bytes[at] ^ (1 << bit));
        return new Mutation(Kind.BYTE_FLIP, "byte " + at + " flipped from 0x" + Integer.toHexString(before & 0xff)
                + " to 0x" + Integer.toHexString(bytes[at] & 0xff), bytes, false);
    }

    /** The classes of cut position: after which character the document ends. */
    private static final List<String> CUT_CLASSES = List.of("{", "[", ",", ":", "\"", "digit", "letter", "}", "]", "other");

    private static Mutation truncation(String compact, Random random, int round) {
        byte[] all = bytes(compact);
        List<List<Integer>> byClass = new ArrayList<>();
        CUT_CLASSES.forEach(c -> byClass.add(new ArrayList<>()));
        for (int cut = 1; cut < all.length; cut++) {
            byClass.get(cutClass((char) (all[cut - 1] & 0xff))).add(cut);
        }
        List<Integer> present = new ArrayList<>();
        for (int c = 0; c < byClass.size(); c++) {
            if (!byClass.get(c).isEmpty()) {
                present.add(c);
            }
        }
        if (present.isEmpty()) {
            return new Mutation(Kind.TRUNCATION, "cut to nothing", new byte[0], true);
        }
        int chosen = present.get(Math.floorMod(round + random.nextInt(2), present.size()));
        List<Integer> cuts = byClass.get(chosen);
        int cut = cuts.get(random.nextInt(cuts.size()));
        return new Mutation(Kind.TRUNCATION, "cut after byte " + cut + " of " + all.length + " (after " + CUT_CLASSES.get(chosen) + ")",
                Arrays.copyOf(all, cut), true);
    }

    private static int cutClass(char c) {
        int index = CUT_CLASSES.indexOf(String.valueOf(c));
        if (index >= 0) {
            return index;
        }
        if (Character.isDigit(c)) {
            return CUT_CLASSES.indexOf("digit");
        }
        return Character.isLetter(c) ? CUT_CLASSES.indexOf("letter") : CUT_CLASSES.indexOf("other");
    }

    private static Mutation replaced(Kind kind, JsonNode tree, Located target, String raw, boolean mustBeRejected) {
        String shown = raw.length() > 80 ? raw.substring(0, 40) + "…(" + raw.length() + " characters)" : raw;
        return new Mutation(kind, target.path() + " replaced by " + shown,
                bytes(render(tree, "$", new Edit(EditType.REPLACE, target.path(), raw))), mustBeRejected);
    }

    private static String otherScalar(JsonNode node, Random random) {
        if (node.isNumber()) {
            return node.decimalValue().add(BigDecimal.ONE).toPlainString();
        }
        if (node.isString()) {
            return "\"" + node.stringValue().replace("\\", "").replace("\"", "") + (random.nextBoolean() ? "2" : "x") + "\"";
        }
        return "null";
    }

    private static Optional<Located> fields(List<Located> nodes, Random random) {
        return pick(nodes.stream().filter(Located::isField).toList(), random);
    }

    private static Optional<Located> pick(List<Located> nodes, Random random) {
        return nodes.isEmpty() ? Optional.empty() : Optional.of(nodes.get(random.nextInt(nodes.size())));
    }

    private static Located pickPreferring(List<Located> nodes, java.util.function.Predicate<JsonNode> preferred, Random random) {
        List<Located> matching = nodes.stream().filter(n -> preferred.test(n.node())).toList();
        List<Located> from = matching.isEmpty() || random.nextInt(8) == 0 ? nodes : matching;
        return from.get(random.nextInt(from.size()));
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    /**
     * A node of a document with its JSON path.
     *
     * @param path the JSON path, such as {@code $.units[2].id}
     * @param node the node
     * @param isField true when the node is the value of an object's field
     */
    public record Located(String path, JsonNode node, boolean isField) {
    }

    private static void locate(JsonNode node, String path, Boolean field, List<Located> into) {
        into.add(new Located(path, node, Boolean.TRUE.equals(field)));
        if (node.isObject()) {
            for (Map.Entry<String, JsonNode> entry : node.properties()) {
                locate(entry.getValue(), path + "." + entry.getKey(), true, into);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                locate(node.get(i), path + "[" + i + "]", false, into);
            }
        }
    }

    private enum EditType { NONE, REPLACE, DELETE, DUPLICATE, INSERT }

    private record Edit(EditType type, String path, String raw) {
        static final Edit NONE = new Edit(EditType.NONE, "", "");
    }

    private static String render(JsonNode node, String path, Edit edit) {
        StringBuilder out = new StringBuilder();
        render(node, path, edit, out);
        return out.toString();
    }

    private static void render(JsonNode node, String path, Edit edit, StringBuilder out) {
        if (edit.type() == EditType.REPLACE && edit.path().equals(path)) {
            out.append(edit.raw());
            return;
        }
        if (node.isObject()) {
            out.append('{');
            boolean first = true;
            if (edit.type() == EditType.INSERT && edit.path().equals(path)) {
                out.append(edit.raw());
                first = false;
            }
            for (Map.Entry<String, JsonNode> entry : node.properties()) {
                String fieldPath = path + "." + entry.getKey();
                if (edit.type() == EditType.DELETE && edit.path().equals(fieldPath)) {
                    continue;
                }
                String name = quoted(entry.getKey());
                out.append(first ? "" : ",").append(name).append(':');
                render(entry.getValue(), fieldPath, edit, out);
                first = false;
                if (edit.type() == EditType.DUPLICATE && edit.path().equals(fieldPath)) {
                    out.append(',').append(name).append(':').append(edit.raw());
                }
            }
            out.append('}');
        } else if (node.isArray()) {
            out.append('[');
            for (int i = 0; i < node.size(); i++) {
                out.append(i == 0 ? "" : ",");
                render(node.get(i), path + "[" + i + "]", edit, out);
            }
            out.append(']');
        } else if (node.isString()) {
            out.append(quoted(node.stringValue()));
        } else {
            out.append(node.toString());
        }
    }

    private static String quoted(String text) {
        StringBuilder out = new StringBuilder(text.length() + 2).append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"' || c == '\\') {
                out.append('\\').append(c);
            } else if (c < 0x20) {
                out.append(String.format("\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.append('"').toString();
    }
}
