package se.klinedu.core;

import static java.util.stream.Collectors.toList;
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
import se.klinedu.core.crosswalk.NordicCrosswalk;
import se.klinedu.core.generators.CoreTypeSamples;
import se.klinedu.core.json.KlineduJson;
import se.klinedu.core.measure.Due;
import se.klinedu.core.organisation.LearningEnvironmentLevels;
import se.klinedu.core.organisation.OrganisationTree;
import se.klinedu.core.period.ReportingPeriod;
import se.klinedu.core.strategy.OrebroStrategy;
import se.klinedu.core.substrategy.HelseSorOstSubStrategy;
import se.klinedu.core.supervision.Roster;
import se.klinedu.core.testkit.PublicApiSweep;

/**
 * Null-hostility and value semantics of core's exported API (STYLE.md, "Validation and errors"; issue 9,
 * item 3), checked by the test kit's {@link PublicApiSweep} over a classpath scan: every public static
 * method, constructor and instance method rejects {@code null} with a {@link NullPointerException}, and
 * every value type has equals and hashCode that agree on equal copies and tell different values apart.
 *
 * <p>The public classes are found by scanning the main classes, so a new class is in the sweep without
 * editing this test; its samples come from {@link CoreTypeSamples}, keyed by type, and a scanned class
 * with no sample, no recorded exemption and more than static methods fails
 * {@code every_public_type_has_a_sample_or_a_recorded_exemption}. Left out of the scan, with reasons:
 * the {@code internal} package (exported to klinedu's own modules only, not API); the generated
 * {@code Immutable*} classes as types of their own (their instances are the samples, so their instance
 * methods are swept; their static methods and the builders are swept by {@code generated_code}). Enums
 * need no sample (one constant is swept; enum equality is identity); classes of static methods only have
 * no instances (their static methods are swept).
 */
class PublicApiNullTest {

    private static final String CORE = "se.klinedu.core";
    private static final String INTERNAL = "se.klinedu.core.internal";

    /** No public class of core goes without a sample: every one has an instance. */
    private static final Map<Class<?>, String> EXEMPTIONS = Map.of();

    private static final PublicApiSweep SWEEP = PublicApiSweep.of(CORE, CoreTypeSamples.all(), EXEMPTIONS);

    private static final List<Class<?>> PUBLIC_CLASSES = SWEEP.publicClasses();

    @TestFactory
    Stream<DynamicContainer> every_public_method_and_constructor_throws_null_pointer_exception_for_a_null_argument() {
        return SWEEP.nullArgumentTests();
    }

    @TestFactory
    Stream<DynamicTest> every_value_type_is_equal_to_an_equal_copy_and_unequal_to_another_value() {
        return SWEEP.equalityTests();
    }

    @TestFactory
    Stream<DynamicTest> generated_code_throws_null_pointer_exception_for_a_null_argument() {
        return SWEEP.generatedCodeTests();
    }

    @Test
    void every_public_type_has_a_sample_or_a_recorded_exemption() {
        assertEquals(List.of(), SWEEP.typesWithoutASample(), "public types with no sample in CoreTypeSamples");
        assertEquals(List.of(), SWEEP.exemptionsWithoutCause());
    }

    /**
     * Not values: the codec is a service (one shared instance), and an exception is an event whose identity is
     * what a caller compares; neither overrides equals, and a value type that forgot to would show up here.
     */
    @Test
    void only_the_codec_and_the_exception_keep_identity_equality() {
        assertEquals(List.of(InvalidInputException.class, KlineduJson.class), SWEEP.identityTypes());
    }

    /** Reference data loaded from the module's resources has one value; its equality test has one group. */
    @Test
    void only_the_reference_data_has_a_single_value() {
        assertEquals(List.of(HelseSorOstSubStrategy.class, NordicCrosswalk.class, LearningEnvironmentLevels.class,
                OrebroStrategy.class, Glossary.class), SWEEP.singleValuedTypes());
    }

    @Test
    void no_class_goes_without_a_sample_for_having_only_static_methods() {
        assertEquals(List.of(), SWEEP.staticOnlyClasses());
    }

    @Test
    void finds_the_public_classes_of_every_exported_package() {
        Set<String> packages = Set.of(CORE, CORE + ".crosswalk", CORE + ".json", CORE + ".measure",
                CORE + ".organisation", CORE + ".period", CORE + ".strategy", CORE + ".substrategy",
                CORE + ".supervision");

        assertTrue(PUBLIC_CLASSES.containsAll(List.of(Counts.class, KlineduJson.class, Due.class,
                OrganisationTree.class, ReportingPeriod.class, OrebroStrategy.class, Roster.class)));
        assertEquals(packages, PUBLIC_CLASSES.stream().map(Class::getPackageName).collect(toSet()));
    }

    @Test
    void leaves_out_generated_and_internal_classes() {
        List<String> names = PUBLIC_CLASSES.stream().map(Class::getName).collect(toList());

        assertFalse(names.stream().anyMatch(name -> name.contains(".Immutable")), names.toString());
        assertFalse(names.stream().anyMatch(name -> name.startsWith(INTERNAL)), names.toString());
    }
}
