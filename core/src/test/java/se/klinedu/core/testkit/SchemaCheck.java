package se.klinedu.core.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import se.klinedu.core.InvalidInputException;
import se.klinedu.core.explain.ReasonCode;
import se.klinedu.core.generators.Seeds;
import se.klinedu.core.json.KlineduJson;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Validates JSON documents against klinedu's JSON Schemas (draft 2020-12), which each module ships as
 * resources under {@value #LOCATION}{@code <module>/<document>.schema.json}, with the {@code $id}
 * {@value #BASE_ID}{@code <module>/<document>.schema.json}.
 *
 * <p>The validator is networknt's json-schema-validator: a schema's {@code $id}, and every {@code $ref}
 * between schemas, is mapped to the classpath, so nothing is fetched from the network. Format
 * assertion stays off (2020-12's default): the schemas check dates with a {@code pattern}.
 */
public final class SchemaCheck {

    /** The prefix of every klinedu schema's {@code $id}. */
    public static final String BASE_ID = "https://klinedu.se/schemas/";
    /** The classpath folder the schemas live in (not a Java package, so module encapsulation never hides it). */
    public static final String LOCATION = "META-INF/klinedu/schemas/";
    /** The {@code $id} of JSON Schema draft 2020-12's meta-schema. */
    public static final String META_SCHEMA = "https://json-schema.org/draft/2020-12/schema";

    private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
            builder -> builder.schemaIdResolvers(resolvers -> resolvers.mapPrefix(BASE_ID, "classpath:" + LOCATION)));
    private static final Map<String, Schema> SCHEMAS = new ConcurrentHashMap<>();
    private static final int MAX_NESTED_MUTATIONS = 25;
    private static final JsonMapper TREES = JsonMapper.builder().build();

    private SchemaCheck() {
    }

    /**
     * {@return the {@code $id} of a module's document schema}
     *
     * @param module the module, such as {@code core}
     * @param document the document, such as {@code orebro-strategy}
     */
    public static String id(String module, String document) {
        return BASE_ID + module + "/" + document + ".schema.json";
    }

    /**
     * {@return a reference to a definition inside a schema: {@code <id>#/$defs/<name>}}
     *
     * @param module the module
     * @param document the document
     * @param definition the name under {@code $defs}
     */
    public static String definition(String module, String document, String definition) {
        return id(module, document) + "#/$defs/" + definition;
    }

    /**
     * Validates a JSON document.
     *
     * @param schemaRef a schema's {@code $id}, or a definition in it ({@code <id>#/$defs/<name>})
     * @param json the document
     * @return the errors, each as {@code <instance location> <message>}; empty when the document is valid
     */
    public static List<String> errors(String schemaRef, String json) {
        Objects.requireNonNull(json, "json");
        return schema(schemaRef).validate(json, InputFormat.JSON).stream().map(SchemaCheck::describe).toList();
    }

    /**
     * Asserts that a document is valid; the failure message lists the errors and the document.
     *
     * @param schemaRef a schema's {@code $id} or a definition in it
     * @param json the document
     */
    public static void assertValid(String schemaRef, String json) {
        assertEquals(List.of(), errors(schemaRef, json), () -> schemaRef + " rejects " + json);
    }

    /**
     * Asserts that a document is invalid.
     *
     * @param schemaRef a schema's {@code $id} or a definition in it
     * @param json the document
     */
    public static void assertInvalid(String schemaRef, String json) {
        assertFalse(errors(schemaRef, json).isEmpty(), () -> schemaRef + " accepts " + json);
    }

    /**
     * Asserts that both the library ({@link KlineduJson#standard()}, with an {@link InvalidInputException})
     * and the schema reject a document.
     *
     * @param schemaRef a schema's {@code $id} or a definition in it
     * @param json the document
     * @param type the type the library reads the document as
     */
    public static void assertBothReject(String schemaRef, String json, Class<?> type) {
        assertThrows(InvalidInputException.class, () -> KlineduJson.standard().read(json, type),
                () -> "the library accepts " + json);
        assertInvalid(schemaRef, json);
    }

    /**
     * Checks a shipped schema against the draft 2020-12 meta-schema.
     *
     * @param schemaId the schema's {@code $id}
     * @return the errors; empty when the schema is a valid 2020-12 schema
     */
    public static List<String> metaSchemaErrors(String schemaId) {
        return errors(META_SCHEMA, text(schemaId));
    }

    /**
     * {@return a shipped schema's text, read from the classpath}
     *
     * @param schemaId the schema's {@code $id}
     */
    public static String text(String schemaId) {
        if (!schemaId.startsWith(BASE_ID)) {
            throw new IllegalArgumentException("not a klinedu schema id: " + schemaId);
        }
        String resource = LOCATION + schemaId.substring(BASE_ID.length());
        try (InputStream in = SchemaCheck.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException("no schema on the classpath at " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * {@return a shipped schema, or the definition a reference points at, as a tree}
     *
     * @param schemaRef a schema's {@code $id} or {@code <id>#/$defs/<name>}
     */
    public static JsonNode node(String schemaRef) {
        int hash = schemaRef.indexOf('#');
        JsonNode root = TREES.readTree(text(hash < 0 ? schemaRef : schemaRef.substring(0, hash)));
        return hash < 0 ? root : root.at(schemaRef.substring(hash + 1));
    }

    /**
     * {@return the properties an object schema requires, following one {@code $ref} to another schema or definition}
     *
     * @param schemaRef a schema's {@code $id} or a definition in it
     */
    public static List<String> requiredProperties(String schemaRef) {
        JsonNode node = node(schemaRef);
        if (node.has("$ref")) {
            String target = node.get("$ref").asString();
            int hash = schemaRef.indexOf('#');
            String base = hash < 0 ? schemaRef : schemaRef.substring(0, hash);
            return requiredProperties(target.startsWith("#") ? base + target : target);
        }
        List<String> required = new ArrayList<>();
        node.path("required").forEach(name -> required.add(name.asString()));
        return required;
    }

    /**
     * {@return the properties an object schema marks {@code readOnly}: derived fields the library writes
     * and ignores when reading, following one {@code $ref} as {@link #requiredProperties(String)} does}
     *
     * @param schemaRef a schema's {@code $id} or a definition in it
     */
    public static List<String> readOnlyProperties(String schemaRef) {
        JsonNode node = node(schemaRef);
        if (node.has("$ref")) {
            String target = node.get("$ref").asString();
            int hash = schemaRef.indexOf('#');
            String base = hash < 0 ? schemaRef : schemaRef.substring(0, hash);
            return readOnlyProperties(target.startsWith("#") ? base + target : target);
        }
        List<String> readOnly = new ArrayList<>();
        for (String name : node.path("properties").propertyNames()) {
            if (node.path("properties").path(name).path("readOnly").asBoolean(false)) {
                readOnly.add(name);
            }
        }
        return readOnly;
    }

    /**
     * The mutations of a generated object document that the library and a strict schema both reject:
     * an unknown field at the top and in each nested object (the first {@value #MAX_NESTED_MUTATIONS},
     * none inside a {@linkplain #readOnlyProperties(String) derived} field),
     * each required field removed, and each required field given a value of a wrong JSON type. Each
     * mutation changes one thing.
     *
     * @param schemaRef the document's schema, for its required properties
     * @param json a valid object document
     * @return the mutated documents, named by what was changed
     */
    public static Map<String, String> mutations(String schemaRef, String json) {
        Map<String, String> mutated = new java.util.LinkedHashMap<>();
        JsonNode tree = TREES.readTree(json);
        if (!tree.isObject()) {
            return mutated;
        }
        mutated.put("unknown field", with(tree, node -> node.put("unexpectedField", 1)));
        List<String> derived = readOnlyProperties(schemaRef);
        for (String pointer : nestedObjects(tree, "", new ArrayList<>())) {
            if (derived.stream().anyMatch(name -> pointer.startsWith("/" + name + "/") || pointer.equals("/" + name))) {
                // a derived field is written by the library and ignored, whatever it holds, when read
                continue;
            }
            mutated.put("unknown field at " + pointer, withFieldAt(TREES.writeValueAsString(tree), pointer, "unexpectedField", "1"));
        }
        for (String name : requiredProperties(schemaRef)) {
            if (!tree.has(name)) {
                continue;
            }
            mutated.put("without " + name, with(tree, node -> node.remove(name)));
            JsonNode value = tree.get(name);
            mutated.put("wrong type for " + name, with(tree, node -> wrongType(node, name, value)));
        }
        return mutated;
    }

    /**
     * {@return a copy of an object document with one field set to a value}
     *
     * @param json an object document
     * @param field the field's name
     * @param value the field's new value, as JSON
     */
    public static String withField(String json, String field, String value) {
        JsonNode replacement = TREES.readTree(value);
        return with(TREES.readTree(json), node -> node.set(field, replacement));
    }

    /**
     * {@return a copy of a document with a change made at a JSON pointer to an object inside it}
     *
     * @param json the document
     * @param pointer a JSON pointer to an object node, such as {@code /units/0}
     * @param field the field to set
     * @param value the field's new value, as JSON
     */
    public static String withFieldAt(String json, String pointer, String field, String value) {
        JsonNode tree = TREES.readTree(json);
        JsonNode replacement = TREES.readTree(value);
        ((ObjectNode) tree.at(pointer)).set(field, replacement);
        return TREES.writeValueAsString(tree);
    }

    /**
     * Asserts that the documents a round-trip case generates from each of the {@link Seeds#seeds()} (200),
     * written with {@link KlineduJson#standard()}, validate; the failure message names the seed.
     *
     * @param c the case
     * @param schemaRef the schema of the case's type
     */
    public static void assertGeneratedDocumentsValid(JsonRoundTrip.Case c, String schemaRef) {
        Objects.requireNonNull(schemaRef, () -> "no schema for " + c.type().getName());
        Seeds.seeds().forEach(seed -> {
            String json = KlineduJson.standard().write(c.generator().apply(new Random(seed)));
            assertEquals(List.of(), errors(schemaRef, json), () -> "seed " + seed + ": " + schemaRef + " rejects " + json);
        });
    }

    /**
     * Asserts that every {@linkplain #mutations(String, String) mutation} of the documents a case
     * generates from the first ten seeds is rejected by both the library and the schema.
     *
     * @param c the case
     * @param schemaRef the schema of the case's type
     */
    public static void assertMutationsRejectedByBoth(JsonRoundTrip.Case c, String schemaRef) {
        Seeds.seeds().limit(10).forEach(seed -> {
            String json = KlineduJson.standard().write(c.generator().apply(new Random(seed)));
            mutations(schemaRef, json).values().forEach(mutated -> assertBothReject(schemaRef, mutated, c.type()));
        });
    }

    /**
     * Asserts that a schema's {@code enum} holds exactly an enum's JSON codes, and that both the library
     * and the schema reject an unknown code.
     *
     * @param type the enum
     * @param schemaRef the enum's schema
     */
    public static void assertEnumCodes(Class<? extends Enum<?>> type, String schemaRef) {
        for (Enum<?> constant : type.getEnumConstants()) {
            assertValid(schemaRef, KlineduJson.standard().write(constant));
        }
        assertEquals(type.getEnumConstants().length, node(schemaRef).path("enum").size(), schemaRef);
        assertBothReject(schemaRef, "\"no-such-code\"", type);
    }

    /**
     * Finds a module's public enums outside its {@code internal} package.
     *
     * @param modulePackage the package every package of the module starts with
     * @return the enums
     */
    public static List<Class<?>> publicEnums(String modulePackage) {
        return new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(modulePackage).stream()
                .filter(c -> c.isEnum() && c.getModifiers().contains(JavaModifier.PUBLIC))
                .filter(c -> !c.getPackageName().contains(".internal"))
                // a reason code is written inside a reason, whose schema is the kernel's
                .filter(c -> !c.isAssignableTo(ReasonCode.class))
                .<Class<?>>map(JavaClass::reflect)
                .toList();
    }

    /**
     * {@return a resource's text, the stream closed}
     *
     * @param in the resource, opened by the caller (so that module encapsulation is the caller's), or null
     * @param name the resource's name, for the message when it is missing
     */
    public static String resourceText(InputStream in, String name) {
        if (in == null) {
            throw new IllegalArgumentException("no resource " + name);
        }
        try (in) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> nestedObjects(JsonNode node, String pointer, List<String> found) {
        if (found.size() >= MAX_NESTED_MUTATIONS) {
            return found;
        }
        if (node.isObject() && !pointer.isEmpty()) {
            found.add(pointer);
        }
        if (node.isObject()) {
            for (String name : node.propertyNames()) {
                nestedObjects(node.get(name), pointer + "/" + name.replace("~", "~0").replace("/", "~1"), found);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                nestedObjects(node.get(i), pointer + "/" + i, found);
            }
        }
        return found;
    }

    private static void wrongType(ObjectNode node, String name, JsonNode value) {
        if (value.isString()) {
            node.putObject(name);
        } else if (value.isNumber() || value.isBoolean()) {
            node.put(name, "text");
        } else {
            // an array or an object: a number is neither
            node.put(name, 7);
        }
    }

    private static String with(JsonNode tree, java.util.function.Consumer<ObjectNode> change) {
        ObjectNode copy = ((ObjectNode) tree).deepCopy();
        change.accept(copy);
        return TREES.writeValueAsString(copy);
    }

    private static Schema schema(String schemaRef) {
        Objects.requireNonNull(schemaRef, "schemaRef");
        return SCHEMAS.computeIfAbsent(schemaRef, ref -> REGISTRY.getSchema(SchemaLocation.of(ref)));
    }

    private static String describe(Error error) {
        return error.getInstanceLocation() + " " + error.getMessage();
    }
}
