package se.klinedu.core.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import se.klinedu.core.Language;
import se.klinedu.core.explain.Reason;
import se.klinedu.core.explain.ReasonCode;
import se.klinedu.core.explain.ReasonTexts;
import se.klinedu.core.explain.Renderer;
import se.klinedu.core.json.JsonEnum;
import tools.jackson.databind.JsonNode;

/**
 * What every module's reason texts owe their readers, checked on the module's {@link ReasonTexts}: each code
 * and label has a text in Swedish, Norwegian bokmål and English; each text shows every argument; and a
 * reason rendered with sample arguments (made from the placeholders' formats, read here independently of the
 * renderer) is never empty and never shows a brace, a code, a label key or a parameter's name.
 *
 * <p>Shared by the modules through core's test-jar: each module's test extends it with its provider.
 */
public abstract class ReasonTextsContract {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([^,}]+)(?:,([^}]+))?}");
    /** A label key or code as a reader must never see it: words joined by a dot. */
    private static final Pattern RAW_KEY = Pattern.compile("\\b[a-z]+(-[a-z]+)*\\.[a-z]+(-[a-z]+)*\\b");

    private final ReasonTexts texts;
    private final List<String> reasonSchemas;

    /**
     * @param texts the module's reason texts, as its provider makes them
     * @param reasonSchemas the schemas of the module's reasons, {@code <id>#/$defs/<name>}, each {@code oneOf}
     *     variants of a code with exactly its arguments; together, one variant per code
     */
    protected ReasonTextsContract(ReasonTexts texts, String... reasonSchemas) {
        this.texts = texts;
        this.reasonSchemas = List.of(reasonSchemas);
    }

    @Test
    void the_reason_schema_gives_every_code_exactly_its_arguments() {
        Map<String, List<String>> inSchema = new LinkedHashMap<>();
        for (JsonNode variant : reasonSchemas.stream().flatMap(ref -> SchemaCheck.node(ref).path("oneOf").valueStream()).toList()) {
            JsonNode args = variant.path("properties").path("args");
            List<String> names = new ArrayList<>(args.path("properties").propertyNames());
            List<String> required = new ArrayList<>();
            args.path("required").forEach(name -> required.add(name.asString()));
            assertEquals(names, required, variant.toString());
            assertFalse(args.path("additionalProperties").asBoolean(true), variant.toString());
            inSchema.put(variant.path("properties").path("code").path("const").asString(), names);
        }
        Map<String, List<String>> declared = new LinkedHashMap<>();
        texts.codes().forEach(code -> declared.put(code.code(), code.parameters()));
        assertEquals(declared, inSchema);
    }

    @Test
    void every_language_has_a_text_for_every_code_and_label_and_nothing_else() {
        Set<String> expected = new TreeSet<>();
        texts.codes().forEach(code -> expected.add(code.code()));
        for (Class<? extends JsonEnum> type : texts.labelled()) {
            for (JsonEnum constant : type.getEnumConstants()) {
                expected.add(Renderer.labelKey(constant));
            }
        }
        for (Language language : Language.values()) {
            assertEquals(expected, new TreeSet<>(texts.texts(language).keySet()), language.code());
            texts.texts(language).forEach((key, text) -> assertFalse(text.isBlank(), key + " in " + language.code()));
        }
    }

    @Test
    void every_public_reason_code_enum_of_the_module_is_in_its_texts() {
        String module = texts.getClass().getPackageName().replaceFirst("\\.internal$", "");
        List<Class<?>> enums = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(module).stream()
                .filter(type -> type.isEnum() && type.isAssignableTo(ReasonCode.class))
                .<Class<?>>map(JavaClass::reflect).toList();
        assertFalse(enums.isEmpty() && !texts.codes().isEmpty(), "no reason code enum found under " + module);
        Set<ReasonCode> listed = new java.util.HashSet<>(texts.codes());
        for (Class<?> type : enums) {
            for (Object constant : type.getEnumConstants()) {
                assertTrue(listed.contains(constant), constant + " of " + type.getName() + " has no texts");
            }
        }
    }

    @Test
    void the_module_readme_lists_every_code_with_its_arguments_and_swedish_text() throws java.io.IOException {
        List<String> lines = java.nio.file.Files.readAllLines(java.nio.file.Path.of("README.md"),
                java.nio.charset.StandardCharsets.UTF_8);
        for (ReasonCode code : texts.codes()) {
            List<String> rows = lines.stream().filter(line -> line.startsWith("| `" + code.code() + "` |")).toList();
            assertEquals(1, rows.size(), "README.md rows of " + code.code());
            String row = rows.get(0);
            assertTrue(row.contains(texts.texts(Language.SWEDISH).get(code.code())), row);
            code.parameters().forEach(parameter -> assertTrue(row.contains("`" + parameter + "`"), parameter + " in " + row));
        }
    }

    @Test
    void every_module_text_loads_into_the_renderers() {
        for (Language language : Language.values()) {
            assertEquals(language, Renderer.of(language).language());
        }
    }

    @TestFactory
    Stream<DynamicTest> every_code_renders_in_every_language_with_its_arguments_shown() {
        List<DynamicTest> tests = new ArrayList<>();
        for (ReasonCode code : texts.codes()) {
            for (Language language : Language.values()) {
                tests.add(DynamicTest.dynamicTest(code.code() + " in " + language.code(), () -> {
                    String template = texts.texts(language).get(code.code());
                    assertNotNull(template, "no text");
                    Reason reason = Reason.of(code, sampleArgs(code, template));
                    String text = Renderer.of(language).render(reason);
                    assertFalse(text.isBlank(), "empty");
                    assertFalse(text.contains("{") || text.contains("}"), text);
                    assertFalse(text.contains(code.code()), text);
                    Matcher raw = RAW_KEY.matcher(text);
                    assertFalse(raw.find(), () -> "shows the raw key " + raw.group() + ": " + text);
                    for (String parameter : code.parameters()) {
                        assertTrue(template.contains("{" + parameter + "}") || template.contains("{" + parameter + ","),
                                "does not show " + parameter + ": " + template);
                    }
                }));
            }
        }
        return tests.stream();
    }

    @TestFactory
    Stream<DynamicTest> every_label_is_a_word_in_every_language() {
        List<DynamicTest> tests = new ArrayList<>();
        for (Class<? extends JsonEnum> type : texts.labelled()) {
            for (JsonEnum constant : type.getEnumConstants()) {
                for (Language language : Language.values()) {
                    tests.add(DynamicTest.dynamicTest(Renderer.labelKey(constant) + " in " + language.code(), () -> {
                        String word = Renderer.of(language).label(constant);
                        assertFalse(word.isBlank());
                        assertFalse(RAW_KEY.matcher(word).find(), word);
                        assertFalse(word.equals(((Enum<?>) constant).name()), "the enum constant itself: " + word);
                    }));
                }
            }
        }
        return tests.stream();
    }

    /** Sample arguments for a code, one per parameter, of the type its placeholder's format takes. */
    private Object[] sampleArgs(ReasonCode code, String template) {
        Object[] args = new Object[code.parameters().size()];
        Matcher placeholder = PLACEHOLDER.matcher(template);
        while (placeholder.find()) {
            int index = code.parameters().indexOf(placeholder.group(1).strip());
            assertTrue(index >= 0, "unknown argument " + placeholder.group());
            String format = placeholder.group(2) == null ? "" : placeholder.group(2).strip();
            args[index] = switch (format) {
                case "count" -> 12_345L;
                case "number" -> 1_234.5;
                case "percent" -> 0.8537;
                case "points" -> -0.0312;
                case "level" -> 0.95;
                case "threshold" -> "more-than 90";
                case "date" -> "2026-06-30";
                case "list" -> List.of("Avdelning 1", "Avdelning 2");
                case "label" -> sampleLabel();
                default -> "Text";
            };
        }
        for (int i = 0; i < args.length; i++) {
            if (args[i] == null) {
                args[i] = "Text";
            }
        }
        return args;
    }

    private String sampleLabel() {
        List<Class<? extends JsonEnum>> labelled = texts.labelled();
        return labelled.isEmpty() ? "comparison.at-least" : Renderer.labelKey(labelled.get(0).getEnumConstants()[0]);
    }
}
