package se.klinedu.core.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import se.klinedu.core.testkit.JsonRoundTrip.Case;

/**
 * The JSON Schema laws every module keeps, over the data the module gives: each of its schemas is a valid
 * draft 2020-12 schema with its stable {@code $id}; 200 generated documents of every round-trip case
 * validate; their mutations (an unknown field, a missing field, a wrong type) are rejected by both the
 * library and the schema; every enum code validates and an unknown one is rejected by both; and every
 * value type, round-trip case and JSON enum of the module has a schema.
 *
 * <p>A module's {@code SchemaTest} extends this class, gives its data to the constructor and adds the checks of rules only
 * its own schemas state. The test instance lives for the class ({@link TestInstance.Lifecycle#PER_CLASS}),
 * so the argument sources here are instance methods that read the subclass's data.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class SchemaContract {

    private final String module;
    private final List<String> documents;
    private final Map<Class<?>, String> schemas;
    private final Map<Class<? extends Enum<?>>, String> enumSchemas;
    private final List<Case> cases;

    /**
     * For subclasses, with the module's data.
     *
     * @param module the module's name in the schemas' {@code $id}s, such as {@code core}
     * @param documents the documents whose schemas the module ships, such as {@code orebro-strategy}
     * @param schemas the schema of each JSON type: a document's {@code $id}, or a definition inside one
     * @param enumSchemas the schema of each enum that JSON carries
     * @param cases the module's round-trip cases, whose generated documents the schemas must accept
     */
    protected SchemaContract(String module, List<String> documents, Map<Class<?>, String> schemas,
            Map<Class<? extends Enum<?>>, String> enumSchemas, List<Case> cases) {
        this.module = module;
        this.documents = documents;
        this.schemas = schemas;
        this.enumSchemas = enumSchemas;
        this.cases = cases;
    }

    /** {@return the module's name in the schemas' {@code $id}s, such as {@code core}} */
    protected final String module() {
        return module;
    }

    /** {@return the documents whose schemas the module ships} */
    protected final List<String> documents() {
        return documents;
    }

    /** {@return the schema of each JSON type} */
    protected final Map<Class<?>, String> schemas() {
        return schemas;
    }

    /** {@return the schema of each enum that JSON carries} */
    protected final Map<Class<? extends Enum<?>>, String> enumSchemas() {
        return enumSchemas;
    }

    /** {@return the module's round-trip cases} */
    protected final List<Case> cases() {
        return cases;
    }

    /** {@return the package every package of the module starts with: {@code se.klinedu.<module>} unless overridden} */
    protected String modulePackage() {
        return "se.klinedu." + module();
    }

    /**
     * {@return whether a public value type or enum of the module goes without a schema of its own (none, unless
     * a module overrides this and says why)}
     *
     * @param type a value type or enum found by the scan
     */
    protected boolean needsNoSchema(Class<?> type) {
        return false;
    }

    final Stream<String> schemaDocuments() {
        return documents().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("schemaDocuments")
    void every_schema_is_a_draft_2020_12_schema_with_its_stable_id(String document) {
        String id = SchemaCheck.id(module(), document);
        assertEquals(List.of(), SchemaCheck.metaSchemaErrors(id));
        assertEquals(id, SchemaCheck.node(id).path("$id").asString());
        assertEquals(SchemaCheck.META_SCHEMA, SchemaCheck.node(id).path("$schema").asString());
    }

    @Test
    void every_value_type_and_json_enum_has_a_schema() {
        Map<Class<?>, String> schemas = schemas();
        assertEquals(List.of(), JsonRoundTrip.valueTypes(modulePackage()).stream()
                .filter(type -> !needsNoSchema(type) && !schemas.containsKey(type)).map(Class::getName).toList());
        assertEquals(List.of(), cases().stream().map(Case::type)
                .filter(type -> !schemas.containsKey(type)).map(Class::getName).distinct().toList());
        assertEquals(List.of(), SchemaCheck.publicEnums(modulePackage()).stream()
                .filter(type -> !needsNoSchema(type) && !enumSchemas().containsKey(type)).map(Class::getName).toList());
        schemas.values().forEach(ref -> assertFalse(SchemaCheck.node(ref).isMissingNode(), ref));
        enumSchemas().values().forEach(ref -> assertFalse(SchemaCheck.node(ref).isMissingNode(), ref));
    }

    final Stream<Arguments> schemaCases() {
        return cases().stream().map(c -> Arguments.of(c.name(), c));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("schemaCases")
    void two_hundred_generated_documents_of_each_kind_validate(String name, Case c) {
        SchemaCheck.assertGeneratedDocumentsValid(c, schemas().get(c.type()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("schemaCases")
    void documents_with_an_unknown_field_a_missing_field_or_a_wrong_type_are_rejected_by_both(String name, Case c) {
        SchemaCheck.assertMutationsRejectedByBoth(c, schemas().get(c.type()));
    }

    final Stream<Arguments> schemaEnums() {
        return enumSchemas().entrySet().stream()
                .map(e -> Arguments.of(e.getKey().getSimpleName(), e.getKey(), e.getValue()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("schemaEnums")
    void every_enum_code_validates_and_an_unknown_one_is_rejected_by_both(String name, Class<? extends Enum<?>> type,
            String schema) {
        SchemaCheck.assertEnumCodes(type, schema);
    }
}
