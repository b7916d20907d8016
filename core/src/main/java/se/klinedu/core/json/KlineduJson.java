package se.klinedu.core.json;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.JsonValue;
import com.fasterxml.jackson.annotation.Nulls;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import se.klinedu.core.InvalidInputException;
import se.klinedu.core.Language;
import se.klinedu.core.explain.Reason;
import se.klinedu.core.explain.Renderer;
import se.klinedu.core.internal.JsonCursor;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.TokenStreamContext;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.cfg.CoercionAction;
import tools.jackson.databind.cfg.CoercionInputShape;
import tools.jackson.databind.cfg.EnumFeature;
import tools.jackson.databind.cfg.MutableCoercionConfig;
import tools.jackson.databind.deser.std.StdScalarDeserializer;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;
import tools.jackson.databind.exc.ValueInstantiationException;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.databind.type.LogicalType;

/**
 * The JSON codec of klinedu's types: one configuration, used for reference data and for users' input
 * and output alike.
 *
 * <p>Reading is strict. Unknown fields, duplicate fields, missing required fields, {@code null} for
 * a required field or inside a list ({@code null} for an optional field reads as absent), a fraction
 * or a string where a number is expected, a number or boolean where a string is expected, a number
 * or an array where a date is expected, a number or any string but its code where an enum constant is
 * expected (each enum is written as its {@linkplain JsonEnum#code() code}), content after the
 * document, and a value that breaks a
 * type's rule are all rejected with an {@link InvalidInputException} whose
 * {@linkplain InvalidInputException#path() path} is the JSON path of the offending node, such as
 * {@code $.overallGoals[0].effectGoals[2].id}, and whose reason says what is wrong. Empty optional
 * values are omitted when writing. The read limits guard a system that reads untrusted uploads:
 *
 * <ul>
 *   <li>nesting depth at most {@value #MAX_NESTING_DEPTH};
 *   <li>a string at most {@value #MAX_STRING_LENGTH} characters;
 *   <li>a document at most {@value #MAX_DOCUMENT_LENGTH} bytes (16 MiB);
 *   <li>a number at most {@value #MAX_NUMBER_LENGTH} digits;
 *   <li>a property name at most {@value #MAX_NAME_LENGTH} characters.
 * </ul>
 *
 * <p>Instances are immutable and thread-safe; {@link #standard()} is the shared one.
 *
 * @since 0.1
 */
public final class KlineduJson {

    /** The deepest nesting of objects and arrays a document may have. */
    public static final int MAX_NESTING_DEPTH = 64;
    /** The longest string value a document may hold, in characters. */
    public static final int MAX_STRING_LENGTH = 1_000_000;
    /** The longest document, in bytes (or characters, read from a string). */
    public static final long MAX_DOCUMENT_LENGTH = 16L * 1024 * 1024;
    /** The longest number literal, in characters. */
    public static final int MAX_NUMBER_LENGTH = 100;
    /** The longest property name, in characters. */
    public static final int MAX_NAME_LENGTH = 1_000;

    /** {@code null} for an optional value: its empty value, absent. */
    private static final JsonSetter.Value ABSENT_ON_NULL = JsonSetter.Value.forValueNulls(Nulls.AS_EMPTY);

    private final JsonMapper mapper;
    private final Language language;

    private KlineduJson(JsonMapper mapper, Language language) {
        this.mapper = mapper;
        this.language = language;
    }

    private KlineduJson() {
        this.language = Language.SWEDISH;
        JsonFactory factory = JsonFactory.builder()
                .streamReadConstraints(readLimits())
                // {"numerator":1,"numerator":2} is an error, not 2
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                // the caller owns the stream it passes in
                .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
                .build();
        this.mapper = JsonMapper.builder(factory)
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                // 1.5 is no count, and "1" is a string, not a number
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                // a tree keeps a fraction exact: 1e400 stays 1E+400, not a double's Infinity, which a tree
                // written back as text would turn into the string "Infinity"
                .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .withCoercionConfig(LogicalType.Integer, strictScalars())
                .withCoercionConfig(LogicalType.Float, strictScalars())
                .withCoercionConfig(LogicalType.Boolean, strictScalars())
                // 12 or true is no text: a number or boolean where a string (a name, an id) is expected fails
                .withCoercionConfig(LogicalType.Textual, config -> config
                        .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
                // 0 is neither true nor false
                .withCoercionConfig(LogicalType.Boolean, config -> config
                        .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Float, CoercionAction.Fail))
                // 0 is no level: an enum is read from its code (JsonEnum), never from its position
                .enable(EnumFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
                // 19000, [2024,3,1] and [] are no dates: a date is an ISO string
                .addModule(new SimpleModule("klinedu-dates").addDeserializer(LocalDate.class, new IsoDate()))
                // a field marked required is required in a value read through its builder too, an array included
                .addModule(new SimpleModule("klinedu-required-fields").setDeserializerModifier(new RequiredFields()))
                // null is no value: not for a required field, and never inside a list
                .enable(DeserializationFeature.FAIL_ON_NULL_CREATOR_PROPERTIES)
                .changeDefaultNullHandling(nulls -> JsonSetter.Value.construct(Nulls.FAIL, Nulls.FAIL))
                // ... but null for an optional field reads as absent
                .withConfigOverride(Optional.class, optional -> optional.setNullHandling(ABSENT_ON_NULL))
                .withConfigOverride(OptionalLong.class, optional -> optional.setNullHandling(ABSENT_ON_NULL))
                .withConfigOverride(OptionalInt.class, optional -> optional.setNullHandling(ABSENT_ON_NULL))
                .disable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
                // only what a type declares with @JsonProperty is JSON: isEmpty() is no property "empty"
                .changeDefaultVisibility(visibility -> visibility
                        .withGetterVisibility(JsonAutoDetect.Visibility.NONE)
                        .withIsGetterVisibility(JsonAutoDetect.Visibility.NONE)
                        .withSetterVisibility(JsonAutoDetect.Visibility.NONE)
                        .withFieldVisibility(JsonAutoDetect.Visibility.NONE))
                .changeDefaultPropertyInclusion(inclusion -> inclusion
                        .withValueInclusion(JsonInclude.Include.NON_ABSENT)
                        .withContentInclusion(JsonInclude.Include.NON_ABSENT))
                .build();
    }

    /** Reads a date only from an ISO string such as {@code "2024-03-01"}. */
    private static final class IsoDate extends StdScalarDeserializer<LocalDate> {

        IsoDate() {
            super(LocalDate.class);
        }

        @Override
        public LocalDate deserialize(JsonParser parser, DeserializationContext context) {
            if (!parser.hasToken(JsonToken.VALUE_STRING)) {
                return (LocalDate) context.handleUnexpectedToken(LocalDate.class, parser);
            }
            String text = parser.getString();
            try {
                return LocalDate.parse(text);
            } catch (DateTimeParseException e) {
                return (LocalDate) context.handleWeirdStringValue(LocalDate.class, text,
                        "must be a date such as 2024-03-01");
            }
        }
    }

    private static Consumer<MutableCoercionConfig> strictScalars() {
        return config -> config.setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail);
    }

    /**
     * {@return the read limits of the class comment, as Jackson's constraints: for another format the modules
     * read with Jackson, such as CSV observations, to be bounded as JSON is}
     */
    public static StreamReadConstraints readLimits() {
        // built where the reference data's cursor builds its parser too, which so never loads this class
        return JsonCursor.readLimits();
    }

    /**
     * {@return the codec with klinedu's configuration}
     */
    public static KlineduJson standard() {
        return Standard.CODEC;
    }

    /**
     * The standard codec, made on first use: building its mapper is most of the cost of a first reading in a fresh
     * JVM, which the reference data, read by {@code JsonCursor}, and {@link #readLimits()} do not pay.
     */
    private static final class Standard {
        static final KlineduJson CODEC = new KlineduJson();
    }

    /**
     * Returns this codec writing the text of each {@linkplain Reason reason} in a language; the standard
     * codec writes Swedish. Reading is the same in every language: a reason's text is not read back.
     *
     * @param language the language of the texts written, not null
     * @return the codec
     */
    public KlineduJson in(Language language) {
        Objects.requireNonNull(language, "language");
        return language == this.language ? this : new KlineduJson(mapper, language);
    }

    /**
     * {@return the language the texts of reasons are written in}
     */
    public Language language() {
        return language;
    }

    /**
     * Reads a value from a JSON document.
     *
     * @param <T> the value's type
     * @param json the document, not null
     * @param type the value's type, not null
     * @return the value
     * @throws InvalidInputException if the document is malformed, exceeds a read limit, has unknown or
     *     missing fields, or holds a value that breaks its type's rules
     */
    public <T> T read(String json, Class<T> type) {
        Objects.requireNonNull(json, "json");
        Objects.requireNonNull(type, "type");
        return parse(() -> mapper.createParser(json), parser -> mapper.readValue(parser, type));
    }

    /**
     * Reads a value from a JSON document in a stream; the stream is not closed.
     *
     * @param <T> the value's type
     * @param json the document as UTF-8 bytes, not null
     * @param type the value's type, not null
     * @return the value
     * @throws InvalidInputException as {@link #read(String, Class)} does
     */
    public <T> T read(InputStream json, Class<T> type) {
        Objects.requireNonNull(json, "json");
        Objects.requireNonNull(type, "type");
        return parse(() -> mapper.createParser(json), parser -> mapper.readValue(parser, type));
    }

    /**
     * Reads a value from a JSON tree already parsed, such as one element of an array read as {@code JsonNode}s
     * so that each element's problems are its own; the checks are those of {@link #read(String, Class)}.
     *
     * @param <T> the value's type
     * @param json the tree, not null
     * @param type the value's type, not null
     * @return the value
     * @throws InvalidInputException as {@link #read(String, Class)} does, with paths relative to the tree
     */
    public <T> T read(JsonNode json, Class<T> type) {
        Objects.requireNonNull(json, "json");
        Objects.requireNonNull(type, "type");
        return parse(() -> mapper.treeAsTokens(json), parser -> mapper.readValue(parser, type));
    }

    /**
     * Reads a JSON array of values.
     *
     * @param <T> the element type
     * @param json the document, an array, not null
     * @param elementType the element type, not null
     * @return the values in document order, unmodifiable
     * @throws InvalidInputException as {@link #read(String, Class)} does
     */
    public <T> List<T> readList(String json, Class<T> elementType) {
        Objects.requireNonNull(json, "json");
        Objects.requireNonNull(elementType, "elementType");
        JavaType listType = mapper.getTypeFactory().constructCollectionType(List.class, elementType);
        return List.copyOf(parse(() -> mapper.createParser(json), parser -> mapper.<List<T>>readValue(parser, listType)));
    }

    /**
     * Writes a value as a compact JSON document.
     *
     * @param value a klinedu value, not null
     * @return the document
     */
    public String write(Object value) {
        Objects.requireNonNull(value, "value");
        return writer().writeValueAsString(value);
    }

    /**
     * Writes a value as an indented JSON document, for people to read.
     *
     * @param value a klinedu value, not null
     * @return the document
     */
    public String writePretty(Object value) {
        Objects.requireNonNull(value, "value");
        return writer().withDefaultPrettyPrinter().writeValueAsString(value);
    }

    /**
     * Reads a reference-data resource of a module.
     *
     * @param <T> the value's type
     * @param owner a class of the module that owns the resource, not null
     * @param resource the resource name relative to {@code owner}'s package, not null
     * @param type the value's type, not null
     * @return the value
     * @throws IllegalStateException if the resource is missing or invalid: a defect of the release
     */
    public <T> T readResource(Class<?> owner, String resource, Class<T> type) {
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(resource, "resource");
        Objects.requireNonNull(type, "type");
        try (InputStream in = owner.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource + " of " + owner.getName());
            }
            return read(in, type);
        } catch (IOException | InvalidInputException e) {
            throw new IllegalStateException("invalid resource " + resource + " of " + owner.getName() + ": "
                    + e.getMessage(), e);
        }
    }

    /** {@return a writer whose reasons' texts are in this codec's language} */
    private ObjectWriter writer() {
        return mapper.writer().withAttribute(Renderer.class, Renderer.of(language));
    }

    private static <T> T parse(Supplier<JsonParser> opening, Function<JsonParser, T> reading) {
        T value;
        try (JsonParser parser = opening.get()) {
            try {
                value = reading.apply(parser);
            } catch (JacksonException e) {
                throw translate(e, parser);
            }
        } catch (JacksonException e) {
            throw translate(e, null);
        }
        if (value == null) {
            throw InvalidInputException.of("$", "must not be null");
        }
        return value;
    }

    private static InvalidInputException translate(JacksonException e, JsonParser parser) {
        String path = jsonPath(e.getPath());
        Throwable cause = e.getCause();
        if (e instanceof ValueInstantiationException failed && cause instanceof InvalidInputException invalid) {
            // a value written as one JSON string (an id, a period) has no parts: the path is the string's
            return isScalar(failed.getType().getRawClass())
                    ? InvalidInputException.ofParsing(path, invalid.reason(), e)
                    : InvalidInputException.under(path, invalid);
        }
        if (e instanceof InvalidFormatException bad && bad.getTargetType() != null
                && JsonEnum.class.isAssignableFrom(bad.getTargetType()) && bad.getValue() != null) {
            // "not-mett" for a status: the allowed codes in their order, as JsonEnum.of says them
            @SuppressWarnings("unchecked")
            Class<? extends JsonEnum> type = (Class<? extends JsonEnum>) bad.getTargetType();
            String reason = InvalidInputException.of(path, JsonEnum.rule(type), bad.getValue()).reason();
            return InvalidInputException.ofParsing(path, reason, e);
        }
        if (e instanceof UnrecognizedPropertyException) {
            return InvalidInputException.ofParsing(path, "unknown field", e);
        }
        if (e instanceof StreamConstraintsException) {
            // a number past the limit fails in the parser, before a field takes it: the parser knows the place
            // (nesting past the limit stays at the root: its path would be the whole nesting)
            String where = path.equals("$") && parser != null
                    && parser.streamReadContext().getNestingDepth() < MAX_NESTING_DEPTH
                    ? parserPath(parser.streamReadContext()) : path;
            return InvalidInputException.ofParsing(where, "exceeds a read limit: " + e.getOriginalMessage(), e);
        }
        String where = e.getLocation() == null ? ""
                : " (line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ")";
        return InvalidInputException.ofParsing(path, e.getOriginalMessage() + where, e);
    }

    private static boolean isScalar(Class<?> type) {
        for (Class<?> c = type; c != null; c = c.getSuperclass()) {
            if (hasJsonValue(c) || Arrays.stream(c.getInterfaces()).anyMatch(KlineduJson::hasJsonValue)) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasJsonValue(Class<?> type) {
        // a value written as a JSON array (a set of observations) has parts: the path of the part is kept
        return Arrays.stream(type.getDeclaredMethods()).anyMatch(method -> method.isAnnotationPresent(JsonValue.class)
                && !Iterable.class.isAssignableFrom(method.getReturnType()));
    }

    private static String parserPath(TokenStreamContext context) {
        String path = "";
        for (TokenStreamContext c = context; c != null && !c.inRoot(); c = c.getParent()) {
            if (c.inArray() && c.hasCurrentIndex()) {
                path = "[" + c.getCurrentIndex() + "]" + path;
            } else if (c.inObject() && c.currentName() != null) {
                path = "." + c.currentName() + path;
            }
        }
        return "$" + path;
    }

    private static String jsonPath(List<JacksonException.Reference> references) {
        StringBuilder path = new StringBuilder("$");
        for (JacksonException.Reference reference : references) {
            if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            } else if (reference.getPropertyName() != null) {
                path.append('.').append(reference.getPropertyName());
            }
        }
        return path.toString();
    }
}
