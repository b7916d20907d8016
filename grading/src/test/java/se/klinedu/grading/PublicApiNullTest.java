package se.klinedu.grading;

import static java.util.stream.Collectors.toList;
import static java.util.stream.Collectors.toSet;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import com.google.common.testing.NullPointerTester;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import se.klinedu.core.organisation.OrganisationUnitId;
import se.klinedu.grading.actionplan.ActionItem;
import se.klinedu.grading.actionplan.ActionPlan;
import se.klinedu.grading.actionplan.IncompleteItem;
import se.klinedu.grading.actionplan.InspectionReport;
import se.klinedu.grading.actionplan.ItemFollowUp;
import se.klinedu.grading.actionplan.PlanCoverage;
import se.klinedu.grading.actionplan.ReportDates;
import se.klinedu.grading.assessment.AreaGrade;
import se.klinedu.grading.assessment.Assessment;
import se.klinedu.grading.assessment.CriterionAssessment;
import se.klinedu.grading.assessment.Grades;
import se.klinedu.grading.assessment.GradingPolicy;
import se.klinedu.grading.assessment.InspectionResult;
import se.klinedu.grading.assessment.Observation;
import se.klinedu.grading.criteria.Criterion;
import se.klinedu.grading.criteria.CriterionId;
import se.klinedu.grading.criteria.GradeLevel;
import se.klinedu.grading.criteria.GradeScale;
import se.klinedu.grading.criteria.SpurArea;
import se.klinedu.grading.criteria.SpurModel;
import se.klinedu.grading.interval.InspectionIntervalPolicy;
import se.klinedu.grading.interval.IntervalCompliance;
import se.klinedu.grading.interval.UnitInspections;
import se.klinedu.grading.interval.UnitIntervalStatus;

/**
 * Every public method of the grading module's API rejects {@code null} with a
 * {@link NullPointerException}, checked with guava-testlib's {@link NullPointerTester}; a new public
 * type needs a sample in {@link #samples()}.
 */
class PublicApiNullTest {

    private static final String GRADING = "se.klinedu.grading";

    private static final List<Class<?>> PUBLIC_CLASSES = scanPublicClasses();

    private static final Map<Class<?>, Object> SAMPLES = samples();

    @TestFactory
    Stream<DynamicTest> every_public_static_method_throws_null_pointer_exception_for_a_null_argument() {
        return PUBLIC_CLASSES.stream().map(type -> dynamicTest(type.getName(), () -> tester().testAllPublicStaticMethods(type)));
    }

    @TestFactory
    Stream<DynamicTest> every_public_instance_method_throws_null_pointer_exception_for_a_null_argument() {
        return instancesUnderTest().entrySet().stream().map(sample -> dynamicTest(sample.getKey().getName(),
                () -> testInstanceMethods(tester(), sample.getKey(), sample.getValue())));
    }

    @Test
    void every_public_type_has_a_sample_instance() {
        Map<Class<?>, Object> instances = withFunctionHolders(instancesUnderTest());

        List<String> missing = PUBLIC_CLASSES.stream().filter(type -> !instances.containsKey(type))
                .map(Class::getName).collect(toList());
        assertEquals(List.of(), missing, "public types with no sample in PublicApiNullTest.samples()");
    }

    @Test
    void finds_the_public_classes_of_every_exported_package() {
        assertTrue(PUBLIC_CLASSES.containsAll(List.of(SpurModel.class, Grades.class, ActionPlan.class,
                IntervalCompliance.class)));
        assertEquals(Set.of(GRADING + ".criteria", GRADING + ".assessment", GRADING + ".actionplan", GRADING + ".interval"),
                PUBLIC_CLASSES.stream().map(Class::getPackageName).collect(toSet()));
        assertFalse(PUBLIC_CLASSES.stream().anyMatch(type -> type.getSimpleName().startsWith("Immutable")));
    }

    private static NullPointerTester tester() {
        NullPointerTester tester = new NullPointerTester();
        tester.setDefault(LocalDate.class, LocalDate.of(2026, 3, 15));
        tester.setDefault(OrganisationUnitId.class, OrganisationUnitId.of("kvinnokliniken"));
        tester.setDefault(se.klinedu.core.LocalizedText.class, se.klinedu.core.LocalizedText.swedish("Verksamheten", "The unit"));
        tester.setDefault(se.klinedu.core.Provenance.class, SpurModel.load().provenance());
        SAMPLES.forEach((type, sample) -> setDefault(tester, type, sample));
        return tester;
    }

    private static <T> void setDefault(NullPointerTester tester, Class<T> type, Object sample) {
        tester.setDefault(type, type.cast(sample));
    }

    private static void testInstanceMethods(NullPointerTester tester, Class<?> type, Object sample) {
        tester.testAllPublicInstanceMethods(sample);
        for (Method method : type.getDeclaredMethods()) {
            if (Modifier.isPublic(method.getModifiers()) && !Modifier.isStatic(method.getModifiers())
                    && !method.isSynthetic() && !(method.getName().equals("equals") && method.getParameterCount() == 1)) {
                tester.testMethod(sample, method);
            }
        }
    }

    private static Map<Class<?>, Object> instancesUnderTest() {
        Map<Class<?>, Object> instances = new LinkedHashMap<>(SAMPLES);
        PUBLIC_CLASSES.stream().filter(Class::isEnum).forEach(type -> instances.put(type, type.getEnumConstants()[0]));
        return instances;
    }

    /** Holders of static functions only; their static methods are tested, they have no instances. */
    private static final Set<Class<?>> FUNCTION_HOLDERS = Set.of(Grades.class, ReportDates.class);

    private static Map<Class<?>, Object> withFunctionHolders(Map<Class<?>, Object> instances) {
        Map<Class<?>, Object> all = new LinkedHashMap<>(instances);
        FUNCTION_HOLDERS.forEach(type -> all.put(type, type));
        return all;
    }

    private static List<Class<?>> scanPublicClasses() {
        return new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(GRADING).stream()
                .filter(type -> type.getModifiers().contains(JavaModifier.PUBLIC))
                .filter(JavaClass::isTopLevelClass)
                .filter(type -> !type.getSimpleName().startsWith("Immutable"))
                .map(JavaClass::reflect)
                .sorted(Comparator.comparing(Class::getName))
                .collect(toList());
    }

    private static Map<Class<?>, Object> samples() {
        SpurModel model = SpurModel.load();
        InspectionReport report = InspectionReport.workedExample();
        Assessment assessment = report.assessment();
        ActionPlan plan = report.actionPlan();
        InspectionResult result = Grades.inspect(model, assessment, GradingPolicy.standard());
        ActionItem item = plan.items().get(0);
        IntervalCompliance compliance = IntervalCompliance.at(List.of(UnitInspections.of(
                OrganisationUnitId.of("kvinnokliniken"), List.of(LocalDate.of(2025, 3, 1)))), LocalDate.of(2026, 3, 15),
                InspectionIntervalPolicy.standard());

        Map<Class<?>, Object> samples = new LinkedHashMap<>();
        samples.put(SpurModel.class, model);
        samples.put(Criterion.class, model.criteria().get(0));
        samples.put(CriterionId.class, model.criteria().get(0).id());
        samples.put(GradeScale.class, model.scale(SpurArea.C));
        samples.put(GradeLevel.class, model.scale(SpurArea.C).levels().get(0));

        samples.put(Assessment.class, assessment);
        samples.put(CriterionAssessment.class, assessment.outcomes().get(0));
        samples.put(Observation.class, assessment.observations().get(0));
        samples.put(GradingPolicy.class, GradingPolicy.standard());
        samples.put(InspectionResult.class, result);
        samples.put(AreaGrade.class, result.grades().get(0));

        samples.put(InspectionReport.class, report);
        samples.put(ActionPlan.class, plan);
        samples.put(ActionItem.class, item);
        samples.put(ItemFollowUp.class, item.followUpAt(LocalDate.of(2026, 3, 15)));
        samples.put(IncompleteItem.class, plan.incompleteItems().get(0));
        samples.put(PlanCoverage.class, plan.coverage(result));

        samples.put(InspectionIntervalPolicy.class, InspectionIntervalPolicy.standard());
        samples.put(UnitInspections.class, UnitInspections.of(OrganisationUnitId.of("u"), List.of()));
        samples.put(IntervalCompliance.class, compliance);
        samples.put(UnitIntervalStatus.class, compliance.units().get(0));
        return samples;
    }
}
