package se.klinedu.grading;

import static java.util.stream.Collectors.toSet;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import se.klinedu.core.LocalizedText;
import se.klinedu.core.Provenance;
import se.klinedu.core.organisation.OrganisationUnitId;
import se.klinedu.core.testkit.PublicApiSweep;
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
 * Every public method of the grading module's API rejects {@code null} with a {@link NullPointerException},
 * checked by the test kit's {@link PublicApiSweep}; a new public type needs a sample in {@link #samples()}.
 */
class PublicApiNullTest {

    private static final String GRADING = "se.klinedu.grading";

    private static final PublicApiSweep SWEEP = PublicApiSweep.of(GRADING, samples());

    private static final List<Class<?>> PUBLIC_CLASSES = SWEEP.publicClasses();

    @TestFactory
    Stream<DynamicContainer> every_public_method_and_constructor_throws_null_pointer_exception_for_a_null_argument() {
        return SWEEP.nullArgumentTests();
    }

    @Test
    void every_public_type_has_a_sample_instance() {
        assertEquals(List.of(), SWEEP.typesWithoutASample(), "public types with no sample in PublicApiNullTest.samples()");
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

    /**
     * Samples of the module's types and of the core types its methods take; java.time has no default in
     * guava-testlib, every other JDK type keeps the tester's own default.
     */
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
        samples.put(LocalDate.class, LocalDate.of(2026, 3, 15));
        // core types the module's methods take
        samples.put(OrganisationUnitId.class, OrganisationUnitId.of("kvinnokliniken"));
        samples.put(LocalizedText.class, LocalizedText.swedish("Verksamheten", "The unit"));
        samples.put(Provenance.class, model.provenance());

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
