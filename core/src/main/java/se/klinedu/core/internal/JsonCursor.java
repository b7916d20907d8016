package se.klinedu.core.internal;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import se.klinedu.core.InvalidInputException;
import se.klinedu.core.json.JsonEnum;
import se.klinedu.core.json.KlineduJson;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.json.JsonFactory;

/**
 * Reads the reference data a module ships (the strategy, the indicator catalogue, the SPUR model, …) with
 * Jackson's streaming parser straight into the value types' builders, so that loading it in a fresh JVM
 * neither builds the codec's {@link tools.jackson.databind.ObjectMapper} nor introspects a deserializer per
 * type: the readers of each module ({@code OrebroStrategyReader}, …) are written out by hand on this cursor.
 *
 * <p>The reading is as strict as {@link KlineduJson#read(InputStream, Class) the codec's}: the same read
 * limits and duplicate-field detection in the parser; an unknown field, a missing required field, {@code null}
 * where a value is required or inside a list, a number or boolean where a string is expected, a string or
 * fraction where a whole number is expected, any but an ISO string where a date is expected, any but a code
 * where an enum constant is expected, and content after the document are rejected; {@code null} for an optional
 * field reads as absent. Each value is then built by its builder or factory, whose checks run as for any value.
 * A problem is an {@link InvalidInputException} whose path is the JSON path of the offending node, placed as the
 * codec places it: a value read from one string (an id) at the string, a problem an object's checks find under
 * the object's path. The module tests read every reference document both ways, and mutations of them, and
 * require the same values and the same rejections.
 *
 * <p>A cursor is used by one thread for one document; the readers keep nothing between documents.
 */
public final class JsonCursor {

    /**
     * Reads one value at the cursor.
     *
     * @param <T> the value's type
     */
    @FunctionalInterface
    public interface Reader<T> {

        /**
         * Reads the value whose first token is the cursor's current token, and leaves the cursor on its last.
         *
         * @param in the cursor, not null
         * @return the value, not null
         */
        T read(JsonCursor in);
    }

    /** The codec's parser settings: its read limits, duplicate fields rejected, the caller's stream left open. */
    private static final JsonFactory FACTORY = JsonFactory.builder()
            .streamReadConstraints(readLimits())
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
            .build();

    private final JsonParser parser;
    /** The object or array being read, innermost first; null at the root. */
    private Frame frame;
    /** The fields of the object that ended last, for its required fields. */
    private Set<String> lastFields = Set.of();
    /** Whether the last value read was one JSON scalar (then a value made from it failed at its path). */
    private boolean scalar;

    private JsonCursor(JsonParser parser) {
        this.parser = parser;
    }

    /** An object or array being read and where in it the cursor is. */
    private static final class Frame {
        final Frame parent;
        final boolean array;
        final Set<String> fields;
        String field;
        int index = -1;
        /** Whether the cursor is on the element at {@link #index}, rather than between two elements. */
        boolean atElement;
        /** Whether a problem between two elements is the next element's: the codec's place in a list of strings. */
        boolean strings;

        Frame(Frame parent, boolean array) {
            this.parent = parent;
            this.array = array;
            this.fields = array ? null : new HashSet<>();
        }
    }

    /** A problem this cursor found, already at its path. */
    private static final class Placed extends RuntimeException {

        private static final long serialVersionUID = 1L;

        Placed(InvalidInputException problem) {
            super(problem);
        }

        InvalidInputException problem() {
            return (InvalidInputException) getCause();
        }
    }

    /**
     * {@return the codec's read limits ({@link KlineduJson#readLimits()}) as Jackson's constraints, built here from
     * the codec's constants, which the compiler copies into this class, so that reading reference data loads none of
     * the codec's classes}
     */
    public static StreamReadConstraints readLimits() {
        return StreamReadConstraints.builder()
                .maxNestingDepth(KlineduJson.MAX_NESTING_DEPTH)
                .maxStringLength(KlineduJson.MAX_STRING_LENGTH)
                .maxDocumentLength(KlineduJson.MAX_DOCUMENT_LENGTH)
                .maxNumberLength(KlineduJson.MAX_NUMBER_LENGTH)
                .maxNameLength(KlineduJson.MAX_NAME_LENGTH)
                .build();
    }

    /**
     * Reads a reference-data resource of a module, as {@link KlineduJson#readResource} does.
     *
     * @param <T> the value's type
     * @param owner a class of the module that owns the resource, not null
     * @param resource the resource name relative to {@code owner}'s package, not null
     * @param reader the reader of the document's root value, not null
     * @return the value
     * @throws IllegalStateException if the resource is missing or invalid: a defect of the release
     */
    public static <T> T readResource(Class<?> owner, String resource, Reader<T> reader) {
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(resource, "resource");
        Objects.requireNonNull(reader, "reader");
        try (InputStream in = owner.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource + " of " + owner.getName());
            }
            return read(in, reader);
        } catch (IOException | InvalidInputException e) {
            throw new IllegalStateException("invalid resource " + resource + " of " + owner.getName() + ": "
                    + e.getMessage(), e);
        }
    }

    /**
     * Reads a JSON document from a stream, which is not closed.
     *
     * @param <T> the value's type
     * @param json the document as UTF-8 bytes, not null
     * @param reader the reader of the document's root value, not null
     * @return the value
     * @throws InvalidInputException if the document is malformed, exceeds a read limit or holds a value its
     *     reader or the value's type rejects
     */
    public static <T> T read(InputStream json, Reader<T> reader) {
        Objects.requireNonNull(json, "json");
        Objects.requireNonNull(reader, "reader");
        try (JsonParser parser = FACTORY.createParser(ObjectReadContext.empty(), json)) {
            JsonCursor cursor = new JsonCursor(parser);
            try {
                if (parser.nextToken() == null) {
                    throw cursor.problem("no content");
                }
                T value = Objects.requireNonNull(reader.read(cursor), "read value");
                if (parser.nextToken() != null) {
                    throw cursor.problem("unexpected content after the document");
                }
                return value;
            } catch (Placed placed) {
                throw placed.problem();
            } catch (InvalidInputException invalid) {
                // a value's own check: one read from one string at the string, an object's under the object
                throw cursor.scalar ? InvalidInputException.ofParsing(cursor.path(), invalid.reason(), invalid)
                        : InvalidInputException.under(cursor.path(), invalid);
            } catch (StreamConstraintsException e) {
                throw InvalidInputException.ofParsing(cursor.limitPath(), "exceeds a read limit: " + e.getOriginalMessage(),
                        e);
            } catch (JacksonException e) {
                String where = e.getLocation() == null ? ""
                        : " (line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ")";
                throw InvalidInputException.ofParsing(cursor.path(), e.getOriginalMessage() + where, e);
            }
        } catch (JacksonException e) {
            throw InvalidInputException.ofParsing("$", e.getOriginalMessage(), e);
        }
    }

    /**
     * Starts reading an object: the current token must open one.
     *
     * @throws InvalidInputException if it does not
     */
    public void beginObject() {
        expect(JsonToken.START_OBJECT, "must be an object");
        frame = new Frame(frame, false);
    }

    /**
     * Moves to the next field of the object being read and then to its value.
     *
     * @return the field's name, or null at the end of the object, which the cursor then leaves
     */
    public String nextField() {
        Frame object = frame;
        object.field = null;
        if (parser.nextToken() == JsonToken.END_OBJECT) {
            lastFields = object.fields;
            frame = object.parent;
            scalar = false;
            return null;
        }
        String name = parser.currentName();
        object.field = name;
        object.fields.add(name);
        parser.nextToken();
        return name;
    }

    /**
     * {@return the problem of a field that the object being read does not have, to throw}
     */
    public RuntimeException unknownField() {
        return problem("unknown field");
    }

    /**
     * Checks that the object that ended last had each of its required fields; a builder cannot tell a list
     * left out from an empty one, so this is checked after the object is built, as the codec does.
     *
     * @param <T> the value's type
     * @param value the value built from the object
     * @param required the names of its required fields, in the order of its attributes
     * @return the value
     * @throws InvalidInputException naming the first field left out, under the object's path
     */
    public <T> T requiring(T value, String... required) {
        for (String name : required) {
            if (!lastFields.contains(name)) {
                throw new Placed(InvalidInputException.under(path(), InvalidInputException.of(name, "is required")));
            }
        }
        return value;
    }

    /**
     * Checks, for a value made by a factory rather than a builder, that the object that ended last gave each
     * required attribute that is no list, as a builder's {@code build()} checks before the value's own checks run.
     *
     * @param names the attributes' names, in the order of the type's attributes
     * @param values their values as read, null for those left out
     * @throws InvalidInputException naming every attribute left out, as a builder does, under the object's path
     */
    public void required(String[] names, Object... values) {
        List<String> missing = new ArrayList<>();
        for (int i = 0; i < names.length; i++) {
            if (values[i] == null) {
                missing.add(names[i]);
            }
        }
        if (!missing.isEmpty()) {
            InvalidInputException unset = new InvalidInputException(missing.toArray(new String[0]));
            throw new Placed(InvalidInputException.under(path(), unset));
        }
    }

    /**
     * Starts reading an array: the current token must open one.
     *
     * @throws InvalidInputException if it does not
     */
    public void beginArray() {
        expect(JsonToken.START_ARRAY, "must be an array");
        frame = new Frame(frame, true);
    }

    /**
     * Moves to the next element of the array being read.
     *
     * @return whether there is one; at the end of the array the cursor leaves it
     */
    public boolean nextElement() {
        Frame array = frame;
        // a problem between two elements (a cut, a missing comma) is the array's, as the codec places it (or, in a
        // list of strings, the next element's)
        array.atElement = false;
        if (parser.nextToken() == JsonToken.END_ARRAY) {
            frame = array.parent;
            scalar = false;
            return false;
        }
        array.index++;
        array.atElement = true;
        return true;
    }

    /**
     * Reads an array, each element by a reader: {@link #beginArray()}, then {@code element} on each
     * {@link #nextElement()} until the array ends. A problem of an element is placed at the element's path
     * ({@code $.goals[2].id}), one between two elements at the array's, as the codec places them.
     *
     * @param <T> the element type
     * @param element the reader of one element, not null
     * @return the elements in document order, a new mutable list
     * @throws InvalidInputException if the current value is no array, or an element's reader rejects it
     */
    public <T> List<T> list(Reader<T> element) {
        Objects.requireNonNull(element, "element");
        beginArray();
        return elements(element);
    }

    /**
     * Reads an array of strings. A problem between two elements is the next element's, as the codec places it
     * in a list of strings.
     *
     * @return the strings in document order
     */
    public List<String> strings() {
        beginArray();
        frame.strings = true;
        return elements(JsonCursor::string);
    }

    private <T> List<T> elements(Reader<T> element) {
        List<T> values = new ArrayList<>();
        while (nextElement()) {
            values.add(element.read(this));
        }
        return values;
    }

    /**
     * Checks that the array that ended last repeats no element, for an attribute read as a set.
     *
     * @param <T> the element type
     * @param values the array's elements, in document order
     * @return the elements
     * @throws InvalidInputException at the first repeated element's path
     */
    public <T> List<T> distinct(List<T> values) {
        Set<T> seen = new HashSet<>();
        for (int i = 0; i < values.size(); i++) {
            if (!seen.add(values.get(i))) {
                throw new Placed(InvalidInputException.of(path() + "[" + i + "]",
                        "duplicate element, was " + values.get(i)));
            }
        }
        return values;
    }

    /**
     * {@return whether the current value is JSON null: an optional field's absent value}
     */
    public boolean isNull() {
        return parser.hasToken(JsonToken.VALUE_NULL);
    }

    /**
     * {@return the current value, a string}
     *
     * @throws InvalidInputException if it is no string
     */
    public String string() {
        expect(JsonToken.VALUE_STRING, "must be a string");
        scalar = true;
        return parser.getString();
    }

    /**
     * {@return the current value, a whole number in the range of int}
     *
     * @throws InvalidInputException if it is no whole number, or out of range
     */
    public int integer() {
        expect(JsonToken.VALUE_NUMBER_INT, "must be a whole number");
        scalar = true;
        return parser.getIntValue();
    }

    /**
     * {@return the current value, a number, exactly}
     *
     * @throws InvalidInputException if it is no number
     */
    public BigDecimal decimal() {
        if (!parser.hasToken(JsonToken.VALUE_NUMBER_FLOAT)) {
            expect(JsonToken.VALUE_NUMBER_INT, "must be a number");
        }
        scalar = true;
        return parser.getDecimalValue();
    }

    /**
     * {@return the current value, true or false}
     *
     * @throws InvalidInputException if it is neither
     */
    public boolean bool() {
        if (!parser.hasToken(JsonToken.VALUE_FALSE)) {
            expect(JsonToken.VALUE_TRUE, "must be true or false");
        }
        scalar = true;
        return parser.hasToken(JsonToken.VALUE_TRUE);
    }

    /**
     * {@return the current value, an ISO date string such as {@code "2024-03-01"}}
     *
     * @throws InvalidInputException if it is no such string
     */
    public LocalDate date() {
        String text = string();
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new Placed(InvalidInputException.ofParsing(path(), "must be a date such as 2024-03-01, was " + text,
                    e));
        }
    }

    /**
     * Reads an enum constant from its {@linkplain JsonEnum#code() code}.
     *
     * @param <E> the enum
     * @param type the enum, not null
     * @return the constant
     * @throws InvalidInputException if the current value is not one of the codes
     */
    public <E extends Enum<E> & JsonEnum> E code(Class<E> type) {
        String code = string();
        for (E constant : type.getEnumConstants()) {
            if (constant.code().equals(code)) {
                return constant;
            }
        }
        throw new Placed(InvalidInputException.of(path(), JsonEnum.rule(type), code));
    }

    /**
     * {@return the JSON path of the cursor's place, such as {@code $.overallGoals[0].id}}
     */
    public String path() {
        return path(frame, new StringBuilder()).toString();
    }

    /**
     * {@return where a read limit was passed, as the codec places it: a value past a limit in a field of the root
     * object fails as the parser reads the field's name, so the parser's own place names it (nesting past the limit
     * cannot be reached here: each reader rejects an array or object it does not expect at its first token)}
     */
    private String limitPath() {
        String path = path();
        String field = parser.streamReadContext().currentName();
        return path.equals("$") && field != null ? "$." + field : path;
    }

    private static StringBuilder path(Frame frame, StringBuilder into) {
        if (frame == null) {
            return into.append('$');
        }
        path(frame.parent, into);
        if (frame.array) {
            if (frame.atElement) {
                into.append('[').append(frame.index).append(']');
            } else if (frame.strings) {
                into.append('[').append(frame.index + 1).append(']');
            }
        } else if (frame.field != null) {
            into.append('.').append(frame.field);
        }
        return into;
    }

    private void expect(JsonToken token, String rule) {
        if (!parser.hasToken(token)) {
            throw problem(parser.hasToken(JsonToken.VALUE_NULL) ? "must not be null" : rule);
        }
    }

    private Placed problem(String reason) {
        return new Placed(InvalidInputException.of(path(), reason));
    }
}
