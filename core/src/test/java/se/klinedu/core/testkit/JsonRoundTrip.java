package se.klinedu.core.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Random;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.params.provider.Arguments;
import se.klinedu.core.generators.Seeds;
import se.klinedu.core.json.KlineduJson;

/**
 * The JSON round-trip law of a module's value types: a generated value, written with
 * {@link KlineduJson#standard()} and read back, equals itself; and the completeness check that finds the
 * module's public value types so that a new one without a {@link Case} fails the module's laws.
 *
 * <p>{@link JsonRoundTripContract} runs these laws over a module's cases; a module's
 * {@code JsonRoundTripLaws} extends it.
 */
public final class JsonRoundTrip {

    /** How many of {@link Seeds#seeds()} each case runs over. */
    public static final int SEEDS_PER_CASE = 25;

    private static final KlineduJson JSON = KlineduJson.standard();

    private JsonRoundTrip() {
    }

    /**
     * One value type of the law, with a generator of its values.
     *
     * @param name the case's name in the test report
     * @param type the type the JSON is read back as
     * @param generator valid values of the type from a seeded {@code Random}
     */
    public record Case(String name, Class<?> type, Function<Random, Object> generator) {

        /**
         * Checks that no part is missing.
         *
         * @param name the case's name in the test report
         * @param type the type the JSON is read back as
         * @param generator valid values of the type from a seeded {@code Random}
         */
        public Case {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(type, "type");
            Objects.requireNonNull(generator, "generator");
        }
    }

    /**
     * The arguments of a round-trip law: each case over the first {@value #SEEDS_PER_CASE} seeds.
     *
     * @param cases the module's cases
     * @return arguments (case name, seed, case)
     */
    public static Stream<Arguments> arguments(List<Case> cases) {
        return cases.stream().flatMap(c -> Seeds.seeds().limit(SEEDS_PER_CASE).mapToObj(seed -> Arguments.of(c.name(), seed, c)));
    }

    /**
     * Asserts that the value a case generates from a seed survives writing and reading unchanged; the
     * failure message carries the JSON.
     *
     * @param c the case
     * @param seed the seed of the value's {@code Random}
     */
    public static void assertRoundTrip(Case c, long seed) {
        assertRoundTrip(c.generator().apply(new Random(seed)), c.type());
    }

    /**
     * Asserts that a value survives writing and reading as a type unchanged; the failure message carries the JSON.
     *
     * @param value the value
     * @param type the type to read the JSON as
     */
    public static void assertRoundTrip(Object value, Class<?> type) {
        String json = JSON.write(value);

        assertEquals(value, JSON.read(json, type), json);
    }

    /**
     * Finds a module's public value types: public classes, neither interfaces nor enums nor generated
     * {@code Immutable*} ones, outside the module's {@code internal} package, that are abstract, carry
     * {@code @Value.Immutable} or have a {@code @JsonCreator}.
     *
     * @param modulePackage the package every package of the module starts with, such as {@code se.klinedu.core}
     * @return the value types, sorted by name
     */
    public static List<Class<?>> valueTypes(String modulePackage) {
        String internal = modulePackage + ".internal";
        return new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(modulePackage).stream()
                .filter(c -> c.getModifiers().contains(JavaModifier.PUBLIC) && !c.isEnum() && !c.isInterface())
                .filter(c -> !c.getSimpleName().startsWith("Immutable"))
                .filter(c -> !c.getPackageName().equals(internal) && !c.getPackageName().startsWith(internal + "."))
                .filter(c -> c.getModifiers().contains(JavaModifier.ABSTRACT)
                        || c.isAnnotatedWith("org.immutables.value.Value$Immutable")
                        || c.isAnnotatedWith("tools.jackson.databind.annotation.JsonDeserialize")
                        || c.getMethods().stream().anyMatch(m -> m.isAnnotatedWith("com.fasterxml.jackson.annotation.JsonCreator")))
                .map(JavaClass::reflect)
                .sorted(Comparator.comparing(Class::getName))
                .collect(Collectors.toList());
    }

    /**
     * Names the value types that no case reads back as.
     *
     * @param valueTypes the types that need a case, from {@link #valueTypes(String)} less those the module
     *        covers otherwise
     * @param cases the module's cases
     * @return the names of the types without a case, sorted
     */
    public static List<String> typesWithoutACase(Collection<Class<?>> valueTypes, Collection<Case> cases) {
        Set<Class<?>> covered = cases.stream().map(Case::type).collect(Collectors.toSet());
        return valueTypes.stream().filter(type -> !covered.contains(type)).map(Class::getName).sorted().toList();
    }
}
