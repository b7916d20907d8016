package se.klinedu.core.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import se.klinedu.core.InvalidInputException;
import se.klinedu.core.explain.ReasonCode;
import se.klinedu.core.json.JsonEnum;
import se.klinedu.core.json.KlineduJson;

/**
 * The rule for enums in JSON: every public enum of a module's main classes (nested ones included) implements
 * {@link JsonEnum}, and each constant is written as one lower-case code with hyphens that reads back to the
 * constant; the Java name of a constant whose code differs from it is rejected
 * with the allowed codes. The enums are found by scanning the module's classes, so an enum added without the rule
 * fails its module's test.
 *
 * <p>An enum of {@linkplain ReasonCode reason codes} is left out: it is no JSON value of its own, since a reason
 * writes its code ({@code measure.done}, words joined by dots, which the reason texts' loading checks) inside
 * {@code {"code": …, "args": …, "text": …}}.
 */
public final class JsonEnumRule {

    /** The form of every code. */
    public static final Pattern CODE = Pattern.compile("^[a-z0-9]+(-[a-z0-9]+)*$");

    private static final KlineduJson JSON = KlineduJson.standard();

    private JsonEnumRule() {
    }

    /**
     * {@return the public enums of the main classes under a package, sorted by name}
     *
     * @param rootPackage such as {@code se.klinedu.core}
     */
    public static List<Class<?>> publicEnums(String rootPackage) {
        return new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(rootPackage)
                .stream()
                .filter(JavaClass::isEnum)
                .filter(type -> !type.isAssignableTo(ReasonCode.class))
                .filter(JsonEnumRule::isPublicFromOutside)
                .<Class<?>>map(JavaClass::reflect)
                .sorted(Comparator.comparing(Class::getName))
                .toList();
    }

    private static boolean isPublicFromOutside(JavaClass type) {
        for (JavaClass c = type; c != null; c = c.getEnclosingClass().orElse(null)) {
            if (!c.getModifiers().contains(JavaModifier.PUBLIC)) {
                return false;
            }
        }
        return true;
    }

    /**
     * {@return one test per public enum under a package, checking the rule of the class comment}
     *
     * @param rootPackage such as {@code se.klinedu.core}
     * @param expectedAtLeast the fewest enums the scan must find, so that a scan that finds nothing fails
     */
    public static Stream<DynamicTest> tests(String rootPackage, int expectedAtLeast) {
        List<Class<?>> enums = publicEnums(rootPackage);
        assertTrue(enums.size() >= expectedAtLeast, "found only " + enums + " under " + rootPackage);
        return enums.stream().map(type -> dynamicTest(type.getName(), () -> assertFollowsTheRule(type)));
    }

    /**
     * Asserts the rule of the class comment for one enum.
     *
     * @param type a public enum
     */
    public static void assertFollowsTheRule(Class<?> type) {
        assertTrue(JsonEnum.class.isAssignableFrom(type), type.getName() + " must implement JsonEnum");
        Set<String> codes = new HashSet<>();
        for (Object constant : type.getEnumConstants()) {
            String code = ((JsonEnum) constant).code();
            String name = ((Enum<?>) constant).name();
            assertTrue(CODE.matcher(code).matches(), type.getSimpleName() + "." + name + " is written as " + code);
            assertTrue(codes.add(code), type.getSimpleName() + " has the code " + code + " twice");
            String written = JSON.write(constant);
            assertEquals("\"" + code + "\"", written, type.getSimpleName() + "." + name);
            assertEquals(constant, JSON.read(written, type), written);
            if (!name.equals(code)) {
                InvalidInputException e = assertThrows(InvalidInputException.class,
                        () -> JSON.read("\"" + name + "\"", type), "the Java name " + name + " is no code");
                assertEquals("$", e.path(), e.getMessage());
                assertTrue(e.reason().contains(code) && e.reason().contains("was " + name), e.getMessage());
            }
        }
        assertFalse(codes.isEmpty(), type.getName() + " has no constants");
    }
}
