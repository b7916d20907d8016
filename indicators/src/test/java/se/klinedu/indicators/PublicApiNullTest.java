package se.klinedu.indicators;

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
import se.klinedu.core.testkit.PublicApiSweep;
import se.klinedu.indicators.evaluation.Evaluations;
import se.klinedu.indicators.fhir.FhirResources;
import se.klinedu.indicators.generators.IndicatorsTypeSamples;
import se.klinedu.indicators.observation.ObservationReader;
import se.klinedu.indicators.report.FollowUpReport;
import se.klinedu.indicators.rollup.TreeRollUp;
import se.klinedu.indicators.statistics.Intervals;
import se.klinedu.indicators.target.IndicatorCatalogue;
import se.klinedu.indicators.trend.Trend;

/**
 * Null-hostility and value semantics of the module's exported API (STYLE.md, "Validation and errors"; issue 9,
 * item 3), checked by the test kit's {@link PublicApiSweep} over a classpath scan: every public static method,
 * constructor and instance method rejects {@code null} with a {@link NullPointerException}, and every value type
 * has equals and hashCode that agree on equal copies and tell different values apart.
 *
 * <p>The public classes are found by scanning the main classes, so a new class is in the sweep without editing
 * this test; its samples come from {@link IndicatorsTypeSamples}, keyed by type, and a scanned class with no
 * sample, no recorded exemption and more than static methods fails
 * {@code every_public_type_has_a_sample_or_a_recorded_exemption}. What the scan leaves out, and why, is said in
 * core's {@code PublicApiNullTest}: the {@code internal} package, the generated {@code Immutable*} classes as types
 * of their own (swept through their instances and by {@code generated_code}); enums and classes of static methods
 * only need no sample.
 */
class PublicApiNullTest {

    private static final String INDICATORS = "se.klinedu.indicators";

    /** No public class of the module goes without a sample. */
    private static final Map<Class<?>, String> EXEMPTIONS = Map.of();

    private static final PublicApiSweep SWEEP = PublicApiSweep.of(INDICATORS, IndicatorsTypeSamples.all(), EXEMPTIONS);

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
        assertEquals(List.of(), SWEEP.typesWithoutASample(), "public types with no sample in IndicatorsTypeSamples");
        assertEquals(List.of(), SWEEP.exemptionsWithoutCause());
    }

    /** The reader is a configured function of its catalogue, not a value: its equality is identity. */
    @Test
    void only_the_reader_keeps_identity_equality() {
        assertEquals(List.of(ObservationReader.class), SWEEP.identityTypes());
    }

    /** The Örebro catalogue is reference data loaded from the module's resources: one value, one equality group. */
    @Test
    void only_the_reference_catalogue_has_a_single_value() {
        assertEquals(List.of(IndicatorCatalogue.class), SWEEP.singleValuedTypes());
    }

    @Test
    void finds_the_public_classes_of_every_exported_package() {
        Set<String> packages = Set.of(INDICATORS + ".target", INDICATORS + ".observation", INDICATORS + ".statistics",
                INDICATORS + ".evaluation", INDICATORS + ".rollup", INDICATORS + ".trend", INDICATORS + ".report", INDICATORS + ".fhir");

        assertTrue(PUBLIC_CLASSES.containsAll(List.of(IndicatorCatalogue.class, ObservationReader.class,
                Intervals.class, Evaluations.class, TreeRollUp.class, Trend.class, FollowUpReport.class)));
        assertEquals(packages, PUBLIC_CLASSES.stream().map(Class::getPackageName).collect(toSet()));
    }

    @Test
    void leaves_out_generated_and_package_private_classes() {
        List<String> names = PUBLIC_CLASSES.stream().map(Class::getName).collect(toList());

        assertFalse(names.stream().anyMatch(name -> name.contains(".Immutable")), names.toString());
        assertFalse(names.contains(INDICATORS + ".statistics.NormalQuantile"), names.toString());
    }

    @Test
    void only_the_classes_of_static_methods_go_without_a_sample() {
        assertEquals(List.of(Evaluations.class, FhirResources.class, TreeRollUp.class, Intervals.class), SWEEP.staticOnlyClasses());
    }
}
