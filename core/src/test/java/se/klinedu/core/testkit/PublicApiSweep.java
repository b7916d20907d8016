package se.klinedu.core.testkit;

import static org.junit.jupiter.api.DynamicContainer.dynamicContainer;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicTest;
import se.klinedu.core.InvalidInputException;
import se.klinedu.core.generators.Seeds;
import se.klinedu.core.json.KlineduJson;

/**
 * The null-argument sweep over a module's public API (STYLE.md, "Validation and errors"): every public
 * static method, constructor and instance method rejects {@code null} with a {@link NullPointerException},
 * checked with guava-testlib's {@link NullPointerTester}.
 *
 * <p>The public classes are found by scanning the module's main classes, so a new class is covered
 * without editing the module's test: top-level public classes under the module's package, generated
 * {@code Immutable*} classes and {@code internal} packages left out. The module gives one valid sample
 * per type: every sample is the tester's default for parameters of its type (java.time has no default
 * in guava-testlib, so a {@code LocalDate} belongs among the samples when the API takes one), and the
 * samples of the module's own types, with one constant of every enum, are the instances whose methods
 * are tested. {@link #typesWithoutASample()} names the public types that have neither a sample nor
 * only static methods nor a recorded exemption.
 *
 * <p>Built from a {@link TypeSamples} source ({@link #of(String, TypeSamples, Map)}), the sweep also checks
 * value semantics with guava-testlib's {@link EqualsTester}: for every sampled type of the module, two
 * values from the same seed are equal with equal hash codes, and a value from another seed (the first of
 * {@link Seeds#seeds()} that gives an unequal one) is unequal to them. It also sweeps the generated
 * {@code Immutable*} classes' public static methods and the builders that a type's {@code builder()} returns.
 */
public final class PublicApiSweep {

    /** How many seeds the search for a second, unequal value of a type tries. */
    private static final int SEEDS_FOR_A_SECOND_VALUE = 40;

    /** How many seeds' samples of each type the instance-method sweep tests. */
    public static final int SEEDS_FOR_INSTANCE_TESTS = 5;

    private final String modulePackage;
    private final List<Class<?>> publicClasses;
    private final Map<Class<?>, Object> samples;
    private final TypeSamples typeSamples;
    private final Map<Class<?>, String> exemptions;

    private PublicApiSweep(String modulePackage, List<Class<?>> publicClasses, Map<Class<?>, Object> samples,
            TypeSamples typeSamples, Map<Class<?>, String> exemptions) {
        this.modulePackage = modulePackage;
        this.publicClasses = publicClasses;
        this.samples = samples;
        this.typeSamples = typeSamples;
        this.exemptions = exemptions;
    }

    /**
     * Scans a module's public classes, with a sample source for the null and the equality sweeps.
     *
     * @param modulePackage the package every package of the module starts with, such as {@code se.klinedu.core}
     * @param samples the generators of the module's types and of the other types its methods take
     * @param exemptions the public classes that go without a sample, each with the reason why
     * @return the sweep over the module's public API
     */
    public static PublicApiSweep of(String modulePackage, TypeSamples samples, Map<Class<?>, String> exemptions) {
        Objects.requireNonNull(modulePackage, "modulePackage");
        Objects.requireNonNull(samples, "samples");
        Objects.requireNonNull(exemptions, "exemptions");
        long seed = Seeds.seeds().findFirst().orElseThrow();
        return new PublicApiSweep(modulePackage, scan(modulePackage), samples.samplesAt(seed), samples,
                new LinkedHashMap<>(exemptions));
    }

    /**
     * Scans a module's public classes.
     *
     * @param modulePackage the package every package of the module starts with, such as {@code se.klinedu.core}
     * @param samples one valid value per type, keyed by the type it stands for
     * @return the sweep over the module's public API
     */
    public static PublicApiSweep of(String modulePackage, Map<Class<?>, Object> samples) {
        Objects.requireNonNull(modulePackage, "modulePackage");
        Objects.requireNonNull(samples, "samples");
        return new PublicApiSweep(modulePackage, scan(modulePackage), new LinkedHashMap<>(samples), TypeSamples.create(),
                Map.of());
    }

    /** {@return the module's public top-level classes, sorted by name} */
    public List<Class<?>> publicClasses() {
        return publicClasses;
    }

    /**
     * The three sweeps as dynamic tests, one a public class (or instance under test), grouped by what
     * they call: static methods, constructors of concrete classes, instance methods.
     *
     * @return the containers of the static-method, constructor and instance-method tests
     */
    public Stream<DynamicContainer> nullArgumentTests() {
        return Stream.of(
                dynamicContainer("every public static method throws NullPointerException for a null argument",
                        staticMethodTests()),
                dynamicContainer("every public constructor throws NullPointerException for a null argument",
                        constructorTests()),
                dynamicContainer("every public instance method throws NullPointerException for a null argument",
                        instanceMethodTests()));
    }

    /** {@return a test a public class, of its public static methods} */
    public Stream<DynamicTest> staticMethodTests() {
        return publicClasses.stream().map(type -> dynamicTest(type.getName(), () -> tester().testAllPublicStaticMethods(type)));
    }

    /** {@return a test a concrete public class, of its public constructors} */
    public Stream<DynamicTest> constructorTests() {
        return publicClasses.stream()
                .filter(type -> !Modifier.isAbstract(type.getModifiers()))
                .map(type -> dynamicTest(type.getName(), () -> tester().testAllPublicConstructors(type)));
    }

    /**
     * {@return a test an instance under test, of the public instance methods of its class and of its API type;
     * built from a sample source, a type's samples of the first {@value #SEEDS_FOR_INSTANCE_TESTS} seeds are
     * tested, each with the other samples of its seed as the tester's defaults, so that a method that skips
     * its null check in some states (a shortcut for a closed status, say) is caught}
     */
    public Stream<DynamicTest> instanceMethodTests() {
        Stream<DynamicTest> first = instancesUnderTest().entrySet().stream().map(sample -> dynamicTest(sample.getKey().getName(),
                () -> testInstanceMethods(tester(), sample.getKey(), sample.getValue())));
        Stream<DynamicTest> more = Seeds.seeds().skip(1).limit(SEEDS_FOR_INSTANCE_TESTS - 1L).boxed().flatMap(seed -> {
            Map<Class<?>, Object> seeded = typeSamples.samplesAt(seed);
            NullPointerTester tester = newTester();
            seeded.forEach((type, sample) -> setDefault(tester, type, sample));
            return moduleSampleTypes().stream().map(type -> dynamicTest(type.getName() + ", seed " + seed,
                    () -> testInstanceMethods(tester, type, seeded.get(type))));
        });
        return Stream.concat(first, more);
    }

    /**
     * The module's instances under test: the samples of the module's own types, and one constant of
     * every enum; samples of other modules' and the JDK's types only serve as the tester's defaults.
     *
     * @return the instances under test, keyed by the type they stand for
     */
    public Map<Class<?>, Object> instancesUnderTest() {
        Map<Class<?>, Object> instances = new LinkedHashMap<>();
        samples.forEach((type, sample) -> {
            if (inModule(type.getPackageName())) {
                instances.put(type, sample);
            }
        });
        publicClasses.stream().filter(Class::isEnum).forEach(type -> instances.put(type, type.getEnumConstants()[0]));
        return instances;
    }

    /**
     * {@return the names of the public types with no instance under test that have more than static methods
     * and no recorded exemption}
     */
    public List<String> typesWithoutASample() {
        Map<Class<?>, Object> instances = instancesUnderTest();
        return publicClasses.stream()
                .filter(type -> !instances.containsKey(type) && !isStaticOnly(type) && !exemptions.containsKey(type))
                .map(Class::getName)
                .toList();
    }

    /** {@return the names of the exempted types that are no scanned public class, or have a sample after all} */
    public List<String> exemptionsWithoutCause() {
        Map<Class<?>, Object> instances = instancesUnderTest();
        return exemptions.keySet().stream()
                .filter(type -> !publicClasses.contains(type) || instances.containsKey(type))
                .map(Class::getName)
                .sorted()
                .toList();
    }

    /**
     * The module's sampled types whose equality is identity: their class keeps {@link Object#equals(Object)}.
     * Such a type is no value type; the module's test names them, so that a value type that forgets
     * {@code equals} fails.
     *
     * @return the types, in sample order
     */
    public List<Class<?>> identityTypes() {
        return moduleSampleTypes().stream().filter(type -> !overridesEquals(samples.get(type))).toList();
    }

    /**
     * The module's sampled value types whose generator gave one value only over the seeds tried (reference
     * data loaded once, for instance); their equality test has one group.
     *
     * @return the types, in sample order
     */
    public List<Class<?>> singleValuedTypes() {
        return valueTypesUnderTest().stream().filter(type -> secondSeed(type).isEmpty()).toList();
    }

    /**
     * The value-semantics sweep, one test a sampled value type of the module: {@link EqualsTester} with a
     * group of equal values from the first seed (generated twice, and read back from its JSON where the type
     * reads from JSON) and, unless the type is single-valued, such a group from the first seed that gives an
     * unequal value.
     *
     * @return the tests
     */
    public Stream<DynamicTest> equalityTests() {
        return valueTypesUnderTest().stream().map(type -> dynamicTest(type.getName(), () -> {
            long first = Seeds.seeds().findFirst().orElseThrow();
            EqualsTester tester = new EqualsTester().addEqualityGroup(equalCopies(type, first));
            secondSeed(type).ifPresent(seed -> tester.addEqualityGroup(equalCopies(type, seed)));
            tester.testEquals();
        }));
    }

    /**
     * The sweep of generated code: the public static methods ({@code of}, {@code copyOf}, {@code builder})
     * of every generated {@code Immutable*} class of the module, and the public methods of a fresh builder
     * from every type's public static {@code builder()}; the generated instance methods ({@code with*},
     * accessors) are already swept through the samples, which are instances of the generated classes.
     *
     * @return the tests
     */
    public Stream<DynamicTest> generatedCodeTests() {
        Stream<DynamicTest> statics = scanGenerated(modulePackage).stream()
                .map(type -> dynamicTest(type.getName() + " static methods", () -> tester().testAllPublicStaticMethods(type)));
        Stream<DynamicTest> builders = publicClasses.stream()
                .filter(type -> builderMethod(type) != null)
                .map(type -> dynamicTest(type.getName() + ".builder()", () -> {
                    Object builder = builderMethod(type).invoke(null);
                    tester().testAllPublicInstanceMethods(builder);
                }));
        return Stream.concat(statics, builders);
    }

    /**
     * Equal values of a type from one seed: generated twice, and, where the type reads back from JSON, the first
     * written and read with {@link KlineduJson#standard()}, which is a distinct instance even when the generator
     * picks a shared one from reference data.
     */
    private Object[] equalCopies(Class<?> type, long seed) {
        Object value = typeSamples.sample(type, seed).orElseThrow();
        List<Object> copies = new ArrayList<>(List.of(value, typeSamples.sample(type, seed).orElseThrow()));
        try {
            copies.add(KlineduJson.standard().read(KlineduJson.standard().write(value), type));
        } catch (InvalidInputException e) {
            // an abstract key type such as Identifier, which JSON cannot read as such: the generated copies serve
        }
        return copies.toArray();
    }

    /**
     * {@return for every public value type with a builder and a sample, a test that the builder refuses what the
     * codec refuses and makes what the codec makes ({@link BuilderAgreement}), on the samples of the first seeds}
     */
    public Stream<DynamicTest> builderAgreementTests() {
        return publicClasses.stream()
                .filter(type -> builderMethod(type) != null && typeSamples.sample(type, 0L).isPresent())
                .map(type -> dynamicTest(type.getName(), () -> {
                    int compared = 0;
                    for (long seed : Seeds.seeds().limit(SEEDS_FOR_INSTANCE_TESTS).toArray()) {
                        compared += BuilderAgreement.check(type, builderMethod(type), typeSamples.sample(type, seed).orElseThrow());
                    }
                    org.junit.jupiter.api.Assumptions.assumeTrue(compared > 0, "no attribute with a value to refuse");
                }));
    }

    private static Method builderMethod(Class<?> type) {
        try {
            Method method = type.getMethod("builder");
            return Modifier.isStatic(method.getModifiers()) && method.getDeclaringClass() == type ? method : null;
        } catch (NoSuchMethodException e) {
            return null;
        }
    }

    private List<Class<?>> moduleSampleTypes() {
        return typeSamples.types().stream().filter(type -> inModule(type.getPackageName()) && !type.isEnum()).toList();
    }

    private List<Class<?>> valueTypesUnderTest() {
        return moduleSampleTypes().stream().filter(type -> overridesEquals(samples.get(type))).toList();
    }

    private Optional<Long> secondSeed(Class<?> type) {
        long first = Seeds.seeds().findFirst().orElseThrow();
        Object value = typeSamples.sample(type, first).orElseThrow();
        return Seeds.seeds().skip(1).limit(SEEDS_FOR_A_SECOND_VALUE).boxed()
                .filter(seed -> !value.equals(typeSamples.sample(type, seed).orElseThrow()))
                .findFirst();
    }

    private static boolean overridesEquals(Object sample) {
        try {
            return sample.getClass().getMethod("equals", Object.class).getDeclaringClass() != Object.class;
        } catch (NoSuchMethodException e) {
            throw new IllegalStateException(e);
        }
    }

    /** {@return the public classes of static methods only, which go without a sample} */
    public List<Class<?>> staticOnlyClasses() {
        return publicClasses.stream().filter(PublicApiSweep::isStaticOnly).toList();
    }

    /**
     * Tells a holder of static functions: a final class, not an enum, whose public methods are all static
     * and which has no public constructor.
     *
     * @param type the class
     * @return whether it has only static methods and no instances
     */
    public static boolean isStaticOnly(Class<?> type) {
        return Modifier.isFinal(type.getModifiers()) && !type.isEnum() && Arrays.stream(type.getDeclaredMethods())
                .filter(method -> Modifier.isPublic(method.getModifiers()))
                .allMatch(method -> Modifier.isStatic(method.getModifiers()))
                && Arrays.stream(type.getDeclaredConstructors()).noneMatch(c -> Modifier.isPublic(c.getModifiers()));
    }

    /** {@return a fresh tester whose default for every sampled type is its sample} */
    public NullPointerTester tester() {
        NullPointerTester tester = newTester();
        samples.forEach((type, sample) -> setDefault(tester, type, sample));
        return tester;
    }

    /** A tester that knows a JSON tree, which the codec reads ({@code KlineduJson.read(JsonNode, Class)}) and no module samples. */
    private static NullPointerTester newTester() {
        NullPointerTester tester = new NullPointerTester();
        tester.setDefault(JsonNode.class, JsonNodeFactory.instance.objectNode());
        return tester;
    }

    private static <T> void setDefault(NullPointerTester tester, Class<T> type, Object sample) {
        tester.setDefault(type, type.cast(sample));
    }

    /**
     * Tests the public instance methods of a sample's class, then those the API type declares: the tester
     * walks the supertypes only up to the first one in another package, which would miss
     * {@code Identifier.compareTo} (declared a package above the id kinds) and {@code ReportingPeriod.contains}
     * (reached after {@code Comparable}).
     */
    private static void testInstanceMethods(NullPointerTester tester, Class<?> type, Object sample) {
        tester.testAllPublicInstanceMethods(sample);
        for (Method method : type.getDeclaredMethods()) {
            if (Modifier.isPublic(method.getModifiers()) && !Modifier.isStatic(method.getModifiers())
                    && !method.isSynthetic() && !isEquals(method)) {
                tester.testMethod(sample, method);
            }
        }
    }

    private static boolean isEquals(Method method) {
        return method.getName().equals("equals") && method.getParameterCount() == 1
                && method.getParameterTypes()[0] == Object.class;
    }

    private boolean inModule(String packageName) {
        return packageName.equals(modulePackage) || packageName.startsWith(modulePackage + ".");
    }

    /** The module's {@code internal} package (exported to the sibling modules only) and its subpackages. */
    private static boolean isInternal(String modulePackage, String packageName) {
        String internal = modulePackage + ".internal";
        return packageName.equals(internal) || packageName.startsWith(internal + ".");
    }

    /** The generated {@code Immutable*} classes of the module's exported packages. */
    private static List<Class<?>> scanGenerated(String modulePackage) {
        return new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(modulePackage)
                .stream()
                .filter(type -> type.getModifiers().contains(JavaModifier.PUBLIC))
                .filter(JavaClass::isTopLevelClass)
                .filter(type -> type.getSimpleName().startsWith("Immutable"))
                .filter(type -> !isInternal(modulePackage, type.getPackageName()))
                .map(JavaClass::reflect)
                .sorted(Comparator.comparing(Class::getName))
                .toList();
    }

    private static List<Class<?>> scan(String modulePackage) {
        return new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(modulePackage)
                .stream()
                .filter(type -> type.getModifiers().contains(JavaModifier.PUBLIC))
                .filter(JavaClass::isTopLevelClass)
                .filter(type -> !type.getSimpleName().startsWith("Immutable"))
                .filter(type -> !isInternal(modulePackage, type.getPackageName()))
                .map(JavaClass::reflect)
                .sorted(Comparator.comparing(Class::getName))
                .toList();
    }
}
