package se.klinedu.core.testkit;

import static java.util.stream.Collectors.toSet;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;

/**
 * Null-hostility and value semantics of a module's exported API (STYLE.md, "Validation and errors"),
 * checked by {@link PublicApiSweep} over a scan of the module's main classes: every public static method,
 * constructor and instance method rejects {@code null} with a {@link NullPointerException}, and every
 * value type has equals and hashCode that agree on equal copies and tell different values apart.
 *
 * <p>The public classes are found by the scan, so a new class is in the sweep without editing a test; its
 * samples come from the module's {@link TypeSamples}, keyed by type, and a scanned class with no sample,
 * no recorded exemption and more than static methods fails
 * {@code every_public_type_has_a_sample_or_a_recorded_exemption}. Left out of the scan, with reasons: the
 * {@code internal} package (exported to klinedu's own modules only, not API); the generated
 * {@code Immutable*} classes as types of their own (their instances are the samples, so their instance
 * methods are swept; their static methods and the builders are swept by {@code generated_code}). Enums
 * need no sample (one constant is swept; enum equality is identity); classes of static methods only have
 * no instances (their static methods are swept).
 *
 * <p>A module's {@code PublicApiNullTest} extends this class and gives its samples and what the scan must
 * find: the types that keep identity equality, the single-valued reference data, the classes of static
 * methods and the exported packages, each a list the module states with its reasons.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class PublicApiNullContract {

    private PublicApiSweep sweep;

    /** For subclasses. */
    protected PublicApiNullContract() {
    }

    /** {@return the package every package of the module starts with, such as {@code se.klinedu.core}} */
    protected abstract String modulePackage();

    /** {@return the module's samples: a generator of valid values per type its public API has or takes} */
    protected abstract TypeSamples samples();

    /** {@return the public classes that go without a sample, each with the reason why (none unless overridden)} */
    protected Map<Class<?>, String> exemptions() {
        return Map.of();
    }

    /** {@return the sampled types that keep identity equality, in the order {@link PublicApiSweep#identityTypes()} gives} */
    protected abstract List<Class<?>> identityTypes();

    /** {@return the types with a single value (reference data), in the order {@link PublicApiSweep#singleValuedTypes()} gives} */
    protected abstract List<Class<?>> singleValuedTypes();

    /** {@return the classes of static methods only, in the order {@link PublicApiSweep#staticOnlyClasses()} gives} */
    protected abstract List<Class<?>> staticOnlyClasses();

    /** {@return every package the module exports, each of which holds public classes} */
    protected abstract Set<String> exportedPackages();

    /** {@return some public classes the scan must find, at least one a kind of class the module has} */
    protected abstract List<Class<?>> someKnownClasses();

    /** {@return names of classes that are not public API, such as package-private ones, which the scan must leave out} */
    protected List<String> classesLeftOut() {
        return List.of();
    }

    /** {@return the sweep over the module's public API, made once for the test instance} */
    protected final PublicApiSweep sweep() {
        if (sweep == null) {
            sweep = PublicApiSweep.of(modulePackage(), samples(), exemptions());
        }
        return sweep;
    }

    @TestFactory
    Stream<DynamicContainer> every_public_method_and_constructor_throws_null_pointer_exception_for_a_null_argument() {
        return sweep().nullArgumentTests();
    }

    @TestFactory
    Stream<DynamicTest> every_value_type_is_equal_to_an_equal_copy_and_unequal_to_another_value() {
        return sweep().equalityTests();
    }

    @TestFactory
    Stream<DynamicTest> a_builder_refuses_what_the_codec_refuses_and_makes_what_it_makes() {
        return sweep().builderAgreementTests();
    }

    @TestFactory
    Stream<DynamicTest> generated_code_throws_null_pointer_exception_for_a_null_argument() {
        return sweep().generatedCodeTests();
    }

    @Test
    void every_public_type_has_a_sample_or_a_recorded_exemption() {
        assertEquals(List.of(), sweep().typesWithoutASample(), "public types with no sample in the module's TypeSamples");
        assertEquals(List.of(), sweep().exemptionsWithoutCause());
    }

    @Test
    void only_the_stated_types_keep_identity_equality() {
        assertEquals(identityTypes(), sweep().identityTypes());
    }

    @Test
    void only_the_reference_data_has_a_single_value() {
        assertEquals(singleValuedTypes(), sweep().singleValuedTypes());
    }

    @Test
    void only_the_classes_of_static_methods_go_without_a_sample() {
        assertEquals(staticOnlyClasses(), sweep().staticOnlyClasses());
    }

    @Test
    void finds_the_public_classes_of_every_exported_package() {
        List<Class<?>> publicClasses = sweep().publicClasses();

        assertTrue(publicClasses.containsAll(someKnownClasses()), publicClasses.toString());
        assertEquals(exportedPackages(), publicClasses.stream().map(Class::getPackageName).collect(toSet()));
    }

    @Test
    void leaves_out_generated_internal_and_package_private_classes() {
        List<String> names = sweep().publicClasses().stream().map(Class::getName).toList();
        String internal = modulePackage() + ".internal";

        assertFalse(names.stream().anyMatch(name -> name.contains(".Immutable")), names.toString());
        assertFalse(names.stream().anyMatch(name -> name.startsWith(internal + ".") || name.equals(internal)),
                names.toString());
        classesLeftOut().forEach(name -> assertFalse(names.contains(name), name + " in " + names));
    }
}
