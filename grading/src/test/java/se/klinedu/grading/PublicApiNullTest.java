package se.klinedu.grading;

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
import se.klinedu.grading.actionplan.ActionPlan;
import se.klinedu.grading.actionplan.ReportDates;
import se.klinedu.grading.assessment.Grades;
import se.klinedu.grading.criteria.SpurModel;
import se.klinedu.grading.generators.GradingTypeSamples;
import se.klinedu.grading.interval.IntervalCompliance;

/**
 * Null-hostility and value semantics of the grading module's exported API (issue 9, item 3), checked by the test
 * kit's {@link PublicApiSweep} over a classpath scan: every public static method, constructor and instance method
 * rejects {@code null} with a {@link NullPointerException}, and every value type has equals and hashCode that
 * agree on equal copies and tell different values apart. Samples come from {@link GradingTypeSamples}, keyed by
 * type; a scanned class with no sample, no recorded exemption and more than static methods fails. What the scan
 * leaves out, and why, is said in core's {@code PublicApiNullTest}.
 */
class PublicApiNullTest {

    private static final String GRADING = "se.klinedu.grading";

    /** No public class of the module goes without a sample. */
    private static final Map<Class<?>, String> EXEMPTIONS = Map.of();

    private static final PublicApiSweep SWEEP = PublicApiSweep.of(GRADING, GradingTypeSamples.all(), EXEMPTIONS);

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
        assertEquals(List.of(), SWEEP.typesWithoutASample(), "public types with no sample in GradingTypeSamples");
        assertEquals(List.of(), SWEEP.exemptionsWithoutCause());
    }

    /** Every sampled type of the module is a value. */
    @Test
    void no_type_keeps_identity_equality() {
        assertEquals(List.of(), SWEEP.identityTypes());
    }

    /** The SPUR model is reference data loaded from the module's resources: one value, one equality group. */
    @Test
    void only_the_model_has_a_single_value() {
        assertEquals(List.of(SpurModel.class), SWEEP.singleValuedTypes());
    }

    /** Holders of static functions only; their static methods are tested, they have no instances. */
    @Test
    void only_the_classes_of_static_methods_go_without_a_sample() {
        assertEquals(List.of(ReportDates.class, Grades.class), SWEEP.staticOnlyClasses());
    }

    @Test
    void finds_the_public_classes_of_every_exported_package() {
        assertTrue(PUBLIC_CLASSES.containsAll(List.of(SpurModel.class, Grades.class, ActionPlan.class,
                IntervalCompliance.class)));
        assertEquals(Set.of(GRADING + ".criteria", GRADING + ".assessment", GRADING + ".actionplan", GRADING + ".interval"),
                PUBLIC_CLASSES.stream().map(Class::getPackageName).collect(toSet()));
        assertFalse(PUBLIC_CLASSES.stream().anyMatch(type -> type.getSimpleName().startsWith("Immutable")));
    }
}
