package se.klinedu.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import se.klinedu.core.Glossary;
import se.klinedu.core.InvalidInputException;
import se.klinedu.core.Language;
import se.klinedu.core.LocalizedText;
import se.klinedu.core.Provenance;
import se.klinedu.core.json.KlineduJson;
import se.klinedu.core.period.StrategyPeriod;
import se.klinedu.core.strategy.EffectGoalId;
import se.klinedu.core.strategy.ResponsibilityId;
import se.klinedu.core.strategy.ResponsibleRole;
import tools.jackson.core.StreamReadConstraints;

/**
 * The cursor on its own: each kind of value, the codec's strictness and where a problem is placed. The readers of
 * the reference documents are tested against the codec by each package's {@code ReferenceReaderContract}.
 */
class JsonCursorTest {

    /** A reader of every kind of value, each under its own field, into a map in document order. */
    private static Map<String, Object> values(JsonCursor in) {
        Map<String, Object> values = new LinkedHashMap<>();
        in.beginObject();
        for (String field = in.nextField(); field != null; field = in.nextField()) {
            switch (field) {
                case "string" -> values.put(field, in.string());
                case "integer" -> values.put(field, in.integer());
                case "decimal" -> values.put(field, in.decimal());
                case "bool" -> values.put(field, in.bool());
                case "date" -> values.put(field, in.date());
                case "language" -> values.put(field, in.code(Language.class));
                case "id" -> values.put(field, EffectGoalId.of(in.string()));
                case "strings" -> values.put(field, in.strings());
                case "set" -> values.put(field, in.distinct(in.strings()));
                case "integers" -> values.put(field, in.list(JsonCursor::integer));
                case "ids" -> values.put(field, in.list(JsonCursorTest::effectGoalId));
                case "optional" -> values.put(field, CoreReaders.optionalString(in));
                case "text" -> values.put(field, CoreReaders.localizedText(in));
                case "nested" -> values.put(field, in.list(JsonCursorTest::values));
                default -> throw in.unknownField();
            }
        }
        return in.requiring(values, "string");
    }

    private static EffectGoalId effectGoalId(JsonCursor in) {
        return EffectGoalId.of(in.string());
    }

    private static <T> T read(String json, JsonCursor.Reader<T> reader) {
        return JsonCursor.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), reader);
    }

    private static InvalidInputException rejected(String json) {
        return assertThrows(InvalidInputException.class, () -> read(json, JsonCursorTest::values));
    }

    @Test
    void reads_each_kind_of_value() {
        Map<String, Object> values = read("""
                {"string":"a","integer":-7,"decimal":1.50,"bool":false,"date":"2024-03-01","language":"nb",
                 "id":"1.2","strings":["x","y"],"set":["p","q"],"optional":null,
                 "text":{"language":"sv","original":"Kvalitet","english":"Quality"},
                 "nested":[{"string":"b","optional":"o"}]}""", JsonCursorTest::values);

        assertEquals("a", values.get("string"));
        assertEquals(-7, values.get("integer"));
        assertEquals(new BigDecimal("1.50"), values.get("decimal"));
        assertEquals(false, values.get("bool"));
        assertEquals(LocalDate.of(2024, 3, 1), values.get("date"));
        assertEquals(Language.NORWEGIAN_BOKMAL, values.get("language"));
        assertEquals(EffectGoalId.of("1.2"), values.get("id"));
        assertEquals(List.of("x", "y"), values.get("strings"));
        assertEquals(List.of("p", "q"), values.get("set"));
        assertEquals(Optional.empty(), values.get("optional"));
        assertEquals(LocalizedText.swedish("Kvalitet", "Quality"), values.get("text"));
        assertEquals(List.of(Map.of("string", "b", "optional", Optional.of("o"))), values.get("nested"));
    }

    @Test
    void a_whole_number_in_a_decimal_keeps_its_scale_as_the_codec_does() {
        assertEquals(new BigDecimal("40"), read("{\"string\":\"a\",\"decimal\":40}", JsonCursorTest::values).get("decimal"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            {"string":1}                        | $.string       | must be a string
            {"string":true}                     | $.string       | must be a string
            {"string":{}}                       | $.string       | must be a string
            {"string":null}                     | $.string       | must not be null
            {"string":"a","integer":1.5}        | $.integer      | must be a whole number
            {"string":"a","integer":"1"}        | $.integer      | must be a whole number
            {"string":"a","decimal":"1.5"}      | $.decimal      | must be a number
            {"string":"a","bool":0}             | $.bool         | must be true or false
            {"string":"a","bool":"true"}        | $.bool         | must be true or false
            {"string":"a","date":20240301}      | $.date         | must be a string
            {"string":"a","date":"2024-13-01"}  | $.date         | must be a date such as 2024-03-01, was 2024-13-01
            {"string":"a","language":"se"}      | $.language     | must be sv, nb or en, was se
            {"string":"a","strings":["x",null]} | $.strings[1]   | must not be null
            {"string":"a","strings":"x"}        | $.strings      | must be an array
            {"string":"a","set":["p","q","p"]}  | $.set[2]       | duplicate element, was p
            {"string":"a","text":[]}            | $.text         | must be an object
            {"string":"a","zzUnknown":1}        | $.zzUnknown    | unknown field
            {"string":"a","nested":[{"string":"b"},{"string":1}]} | $.nested[1].string | must be a string
            {"integer":1}                       | $.string       | is required
            {"string":"a","nested":[{}]}        | $.nested[0].string | is required
            {"string":"a","id":"x"}             | $.id           | must be the overall goal id, a dot and a number, such as 1.2, was x
            {"string":"a","text":{"language":"sv","original":" ","english":"E"}} | $.text.original | must not be blank, was
            {"string":"a","text":{"language":"sv"}} | $.text.original | is required, as are english
            [1]                                 | $              | must be an object
            """)
    void rejects_as_the_codec_does_at_the_path_of_the_offending_node(String json, String path, String reason) {
        InvalidInputException problem = rejected(json);

        assertEquals(path, problem.path(), problem.getMessage());
        assertEquals(reason.strip(), problem.reason().strip(), problem.getMessage());
        assertEquals(problem.path() + ": " + problem.reason(), problem.getMessage());
    }

    @Test
    void rejects_a_number_out_of_range_at_its_field() {
        assertEquals("$.integer", rejected("{\"string\":\"a\",\"integer\":2147483648}").path());
    }

    @Test
    void rejects_a_field_written_twice() {
        assertTrue(rejected("{\"string\":\"a\",\"string\":\"b\"}").reason().contains("Duplicate"));
    }

    @Test
    void rejects_content_after_the_document_and_an_empty_one() {
        assertEquals("unexpected content after the document", rejected("{\"string\":\"a\"} {}").reason());
        assertEquals("no content", rejected("  ").reason());
        assertEquals("$", rejected("").path());
    }

    @Test
    void reads_a_list_element_by_element_in_document_order() {
        assertEquals(List.of(), read("[]", in -> in.list(JsonCursor::integer)));
        assertEquals(List.of(3, 1, 2, 3), read("[3, 1, 2, 3]", in -> in.list(JsonCursor::integer)));
        assertEquals(List.of(EffectGoalId.of("1.2"), EffectGoalId.of("2.1")),
                read("{\"string\":\"a\",\"ids\":[\"1.2\",\"2.1\"]}", JsonCursorTest::values).get("ids"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            {"string":"a","integers":{}}                | $.integers    | must be an array
            {"string":"a","integers":"1"}               | $.integers    | must be an array
            {"string":"a","integers":null}              | $.integers    | must not be null
            {"string":"a","integers":[1,"2",3]}         | $.integers[1] | must be a whole number
            {"string":"a","integers":[1,2,null]}        | $.integers[2] | must not be null
            {"string":"a","ids":["1.2","x"]}            | $.ids[1]      | must be the overall goal id, a dot and a number, such as 1.2, was x
            {"string":"a","nested":[{"string":"b"},{}]} | $.nested[1].string | is required
            """)
    void rejects_a_list_that_is_no_array_at_its_path_and_a_bad_element_at_the_elements(String json, String path,
            String reason) {
        InvalidInputException problem = rejected(json);

        assertEquals(path, problem.path(), problem.getMessage());
        assertEquals(reason.strip(), problem.reason().strip(), problem.getMessage());
    }

    @Test
    void rejects_a_list_at_the_root_that_is_no_array_at_the_root() {
        InvalidInputException problem = assertThrows(InvalidInputException.class,
                () -> read("{\"a\":1}", in -> in.list(JsonCursor::integer)));

        assertEquals("$: must be an array", problem.getMessage());
    }

    @Test
    void places_a_problem_between_two_elements_as_the_codec_does() {
        // the array's in a list of objects, the next element's in a list of strings
        assertEquals("$.nested", rejected("{\"string\":\"a\",\"nested\":[{\"string\":\"b\"},").path());
        assertEquals("$.integers", rejected("{\"string\":\"a\",\"integers\":[1,").path());
        assertEquals("$.strings[1]", rejected("{\"string\":\"a\",\"strings\":[\"x\",").path());
        assertEquals("$.strings[0]", rejected("{\"string\":\"a\",\"strings\":[").path());
    }

    @Test
    void places_a_number_past_the_limit_in_a_field_of_the_root_at_the_field_as_the_codec_does() {
        // the parser reads the number as it reads the field's name
        assertEquals("$.integer", rejected("{\"string\":\"a\",\"integer\":" + "9".repeat(101) + "}").path());
    }

    @Test
    void rejects_malformed_json_naming_the_place() {
        InvalidInputException problem = rejected("{\"string\":\"a\",\"nested\":[{\"string\":tru}]}");

        assertTrue(problem.reason().contains("line 1"), problem.getMessage());
    }

    @Test
    void the_read_limits_are_the_codecs_constants() {
        StreamReadConstraints limits = JsonCursor.readLimits();

        assertEquals(KlineduJson.MAX_NESTING_DEPTH, limits.getMaxNestingDepth());
        assertEquals(KlineduJson.MAX_STRING_LENGTH, limits.getMaxStringLength());
        assertEquals(KlineduJson.MAX_DOCUMENT_LENGTH, limits.getMaxDocumentLength());
        assertEquals(KlineduJson.MAX_NUMBER_LENGTH, limits.getMaxNumberLength());
        assertEquals(KlineduJson.MAX_NAME_LENGTH, limits.getMaxNameLength());
    }

    @Test
    void keeps_the_codecs_read_limits() {
        String longString = "{\"string\":\"" + "x".repeat(KlineduJson.MAX_STRING_LENGTH + 1) + "\"}";
        assertTrue(rejected(longString).reason().startsWith("exceeds a read limit"), rejected(longString).getMessage());
        assertEquals("$.string", rejected(longString).path());
        String longNumber = "{\"string\":\"a\",\"decimal\":" + "9".repeat(KlineduJson.MAX_NUMBER_LENGTH + 1) + "}";
        assertTrue(rejected(longNumber).reason().startsWith("exceeds a read limit"), rejected(longNumber).getMessage());
    }

    @Nested
    class CoreReadersOfTheKernel {

        @Test
        void read_what_the_codec_reads() {
            String provenance = "{\"title\":{\"language\":\"sv\",\"original\":\"T\",\"english\":\"T\"},"
                    + "\"publisher\":\"P\",\"published\":\"2021-01-01\",\"lastReviewed\":null}";
            String role = "{\"responsibility\":\"regional-council\",\"statement\":{\"language\":\"sv\",\"original\":\"S\",\"english\":\"S\"}}";
            KlineduJson json = KlineduJson.standard();

            assertEquals(json.read(provenance, Provenance.class), read(provenance, CoreReaders::provenance));
            assertEquals(json.read(role, ResponsibleRole.class), read(role, CoreReaders::responsibleRole));
            assertEquals(ResponsibleRole.of(ResponsibilityId.of("regional-council")),
                    read("{\"responsibility\":\"regional-council\",\"statement\":null}", CoreReaders::responsibleRole));
            assertEquals(StrategyPeriod.of(2021, 2030), read("{\"firstYear\":2021,\"lastYear\":2030}",
                    CoreReaders::strategyPeriod));
        }

        @Test
        void name_every_required_attribute_left_out_as_a_builder_does() {
            InvalidInputException problem = assertThrows(InvalidInputException.class,
                    () -> read("{}", CoreReaders::strategyPeriod));

            assertEquals("$.firstYear: is required, as are lastYear", problem.getMessage());
        }

        @Test
        void place_a_list_left_out_after_the_values_own_checks_as_the_codec_does() {
            String noResponsibilities = "{\"period\":{\"firstYear\":2021,\"lastYear\":2030},"
                    + "\"goals\":[{\"overallGoal\":\"1\",\"effectGoals\":[\"1.1\"]}]}";

            InvalidInputException problem = assertThrows(InvalidInputException.class,
                    () -> read(noResponsibilities, CoreReaders::strategyOutline));
            InvalidInputException codec = assertThrows(InvalidInputException.class,
                    () -> KlineduJson.standard().read(noResponsibilities, se.klinedu.core.strategy.StrategyOutline.class));

            assertEquals(codec.path(), problem.path());
            assertEquals("$.responsibilities", problem.path());
        }
    }

    @Nested
    class Resources {

        @Test
        void a_resource_is_read_beside_its_owner() {
            assertEquals(LocalizedText.norwegian("Kvalitet", "Quality"),
                    JsonCursor.readResource(JsonCursorTest.class, "text.json", CoreReaders::localizedText));
        }

        @Test
        void a_missing_resource_is_a_defect_of_the_release() {
            IllegalStateException problem = assertThrows(IllegalStateException.class,
                    () -> JsonCursor.readResource(Glossary.class, "no-such-resource.json", CoreReaders::localizedText));

            assertEquals("missing resource no-such-resource.json of se.klinedu.core.Glossary", problem.getMessage());
        }

        @Test
        void an_invalid_resource_is_a_defect_of_the_release_naming_the_path() {
            IllegalStateException problem = assertThrows(IllegalStateException.class,
                    () -> JsonCursor.readResource(Glossary.class, "glossary.json", CoreReaders::localizedText));

            assertEquals("invalid resource glossary.json of se.klinedu.core.Glossary: $.terms: unknown field",
                    problem.getMessage());
            assertTrue(problem.getCause() instanceof InvalidInputException);
        }
    }
}
