package se.klinedu.core.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.cfg.MutableCoercionConfig;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.type.LogicalType;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.util.Objects;
import java.util.function.Consumer;
import se.klinedu.core.json.KlineduJson;
import tools.jackson.databind.JsonNode;

/**
 * A Jackson 2 ({@code com.fasterxml.jackson.databind}) mapper configured as strictly as
 * {@link KlineduJson#standard()}, and the cross-generation round trip that checks that klinedu's JSON
 * documents read and write identically under Jackson 2 and Jackson 3 (issue 9, item 5).
 *
 * <p>Test scope only: the architecture rules forbid Jackson 2 databind in main code. The settings
 * mirror {@code KlineduJson} one for one:
 *
 * <ul>
 *   <li>the same {@link StreamReadConstraints} (nesting depth, string, document, number and name length);
 *   <li>{@link StreamReadFeature#STRICT_DUPLICATE_DETECTION} on and {@link StreamReadFeature#AUTO_CLOSE_SOURCE} off;
 *   <li>{@code FAIL_ON_UNKNOWN_PROPERTIES}, {@code FAIL_ON_NULL_FOR_PRIMITIVES}, {@code FAIL_ON_TRAILING_TOKENS}
 *       and {@code FAIL_ON_NULL_CREATOR_PROPERTIES} on, {@code ACCEPT_FLOAT_AS_INT} off;
 *   <li>the same coercion configuration: a string or an empty string is no integer, float or boolean;
 *   <li>{@code null} fails for contents by default ({@code JsonSetter.Value.construct(Nulls.DEFAULT, Nulls.FAIL)});
 *   <li>{@code SORT_PROPERTIES_ALPHABETICALLY} off; getters, is-getters, setters and fields are not
 *       auto-detected, so only what a type declares with {@code @JsonProperty} is JSON; fields are never
 *       used as mutators ({@code ALLOW_FINAL_FIELDS_AS_MUTATORS} and {@code INFER_PROPERTY_MUTATORS} off), which
 *       Jackson 2 would otherwise try to open on the generated {@code Immutable*} classes;
 *   <li>{@code NON_ABSENT} inclusion for values and contents;
 * </ul>
 *
 * <p>and add what Jackson 3 has built in and Jackson 2 needs as modules or switches: {@link Jdk8Module}
 * ({@code Optional}), {@link JavaTimeModule} ({@code LocalDate}), and ISO-8601 text for dates
 * ({@code WRITE_DATES_AS_TIMESTAMPS} off, Jackson 3's default).
 */
public final class Jackson2Mirror {

    private static final KlineduJson JACKSON_3 = KlineduJson.standard();
    private static final ObjectMapper MAPPER = strictMapper();

    private Jackson2Mirror() {
    }

    /**
     * Opens every package of the calling test's module to Jackson 2, as {@code module-info} opens the packages
     * of package-private JSON creators to Jackson 3 ({@code tools.jackson.databind}) only. Call it from a test
     * class of the module ({@code Jackson2Mirror.openToJackson2(MethodHandles.lookup())}): opening is allowed
     * only from inside the module, and a method handle found through the module's lookup acts as its caller.
     * Outside a named module (the class path) there is nothing to open.
     *
     * @param lookup a full-privilege lookup of a class of the module under test
     */
    public static void openToJackson2(MethodHandles.Lookup lookup) {
        Objects.requireNonNull(lookup, "lookup");
        Module module = lookup.lookupClass().getModule();
        if (!module.isNamed()) {
            return;
        }
        try {
            MethodHandle addOpens = lookup.findVirtual(Module.class, "addOpens",
                    MethodType.methodType(Module.class, String.class, Module.class));
            for (String pkg : module.getPackages()) {
                addOpens.invoke(module, pkg, ObjectMapper.class.getModule());
            }
        } catch (Throwable e) {
            throw new AssertionError("cannot open " + module.getName() + " to Jackson 2", e);
        }
    }

    /** {@return the shared Jackson 2 mapper, configured as {@link KlineduJson#standard()} is} */
    public static ObjectMapper mapper() {
        return MAPPER;
    }

    private static ObjectMapper strictMapper() {
        StreamReadConstraints limits = StreamReadConstraints.builder()
                .maxNestingDepth(KlineduJson.MAX_NESTING_DEPTH)
                .maxStringLength(KlineduJson.MAX_STRING_LENGTH)
                .maxDocumentLength(KlineduJson.MAX_DOCUMENT_LENGTH)
                .maxNumberLength(KlineduJson.MAX_NUMBER_LENGTH)
                .maxNameLength(KlineduJson.MAX_NAME_LENGTH)
                .build();
        JsonFactory factory = JsonFactory.builder()
                .streamReadConstraints(limits)
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
                .build();
        return JsonMapper.builder(factory)
                .addModule(new Jdk8Module())
                .addModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(SerializationFeature.WRITE_DURATIONS_AS_TIMESTAMPS)
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                .withCoercionConfig(LogicalType.Integer, strictScalars())
                .withCoercionConfig(LogicalType.Float, strictScalars())
                .withCoercionConfig(LogicalType.Boolean, strictScalars())
                .enable(DeserializationFeature.FAIL_ON_NULL_CREATOR_PROPERTIES)
                .defaultSetterInfo(JsonSetter.Value.construct(Nulls.DEFAULT, Nulls.FAIL))
                .disable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
                // values are built by their @JsonCreator only: Jackson 2 would otherwise pair the generated
                // Immutable* class's private final fields with the properties and try to open them
                .disable(MapperFeature.ALLOW_FINAL_FIELDS_AS_MUTATORS)
                .disable(MapperFeature.INFER_PROPERTY_MUTATORS)
                .visibility(PropertyAccessor.GETTER, JsonAutoDetect.Visibility.NONE)
                .visibility(PropertyAccessor.IS_GETTER, JsonAutoDetect.Visibility.NONE)
                .visibility(PropertyAccessor.SETTER, JsonAutoDetect.Visibility.NONE)
                .visibility(PropertyAccessor.FIELD, JsonAutoDetect.Visibility.NONE)
                .defaultPropertyInclusion(JsonInclude.Value.construct(JsonInclude.Include.NON_ABSENT,
                        JsonInclude.Include.NON_ABSENT))
                .build();
    }

    private static Consumer<MutableCoercionConfig> strictScalars() {
        return config -> config.setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail);
    }

    /**
     * Writes a value with Jackson 2.
     *
     * @param value the value
     * @return the compact JSON document
     */
    public static String write(Object value) {
        Objects.requireNonNull(value, "value");
        try {
            return MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new AssertionError("Jackson 2 cannot write " + value.getClass().getName() + ": " + e.getMessage(), e);
        }
    }

    /**
     * Reads a value with Jackson 2.
     *
     * @param <T> the value's type
     * @param json the document
     * @param type the value's type
     * @return the value
     * @throws JsonProcessingException as Jackson 2 reports a document it rejects
     */
    public static <T> T read(String json, Class<T> type) throws JsonProcessingException {
        Objects.requireNonNull(json, "json");
        Objects.requireNonNull(type, "type");
        return MAPPER.readValue(json, type);
    }

    /**
     * Asserts that Jackson 2 and Jackson 3 read and write a value's document identically, both ways:
     * the Jackson 3 document read by Jackson 2 is the value, Jackson 2 writes it back as the same JSON
     * tree, and Jackson 3 reads that back as the value; then the same starting from Jackson 2's document.
     *
     * @param value the value
     * @param type the type to read the documents as
     */
    public static void assertReadsAndWritesAlike(Object value, Class<?> type) {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(type, "type");
        String byJackson3 = JACKSON_3.write(value);
        Object readBy2 = readOrFail(byJackson3, type);
        assertEquals(value, readBy2, () -> "Jackson 2 reads Jackson 3's document differently: " + byJackson3);
        String rewrittenBy2 = write(readBy2);
        assertEquals(tree(byJackson3), tree(rewrittenBy2), "Jackson 2 writes a different document");
        assertEquals(value, JACKSON_3.read(rewrittenBy2, type), rewrittenBy2);

        String byJackson2 = write(value);
        Object readBy3 = JACKSON_3.read(byJackson2, type);
        assertEquals(value, readBy3, () -> "Jackson 3 reads Jackson 2's document differently: " + byJackson2);
        String rewrittenBy3 = JACKSON_3.write(readBy3);
        assertEquals(tree(byJackson2), tree(rewrittenBy3), "Jackson 3 writes a different document");
        assertEquals(value, readOrFail(rewrittenBy3, type), rewrittenBy3);
    }

    private static Object readOrFail(String json, Class<?> type) {
        try {
            return read(json, type);
        } catch (JsonProcessingException e) {
            throw new AssertionError("Jackson 2 rejects " + json + ": " + e.getMessage(), e);
        }
    }

    private static JsonNode tree(String json) {
        return JACKSON_3.read(json, JsonNode.class);
    }
}
