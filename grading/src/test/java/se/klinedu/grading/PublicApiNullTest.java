package se.klinedu.grading;

import java.util.List;
import java.util.Set;
import se.klinedu.core.testkit.PublicApiNullContract;
import se.klinedu.core.testkit.TypeSamples;
import se.klinedu.grading.actionplan.ActionPlan;
import se.klinedu.grading.actionplan.ReportDates;
import se.klinedu.grading.assessment.Grades;
import se.klinedu.grading.criteria.SpurModel;
import se.klinedu.grading.generators.GradingTypeSamples;
import se.klinedu.grading.interval.IntervalCompliance;

/**
 * Null-hostility and value semantics of the grading module's exported API, swept by
 * {@link PublicApiNullContract} with samples from {@link GradingTypeSamples}. No public class of the module
 * goes without a sample.
 */
class PublicApiNullTest extends PublicApiNullContract {

    private static final String GRADING = "se.klinedu.grading";

    @Override
    protected String modulePackage() {
        return GRADING;
    }

    @Override
    protected TypeSamples samples() {
        return GradingTypeSamples.all();
    }

    /** Every sampled type of the module is a value. */
    @Override
    protected List<Class<?>> identityTypes() {
        return List.of();
    }

    /** The SPUR model is reference data loaded from the module's resources: one value, one equality group. */
    @Override
    protected List<Class<?>> singleValuedTypes() {
        return List.of(SpurModel.class);
    }

    /** Holders of static functions only; their static methods are tested, they have no instances. */
    @Override
    protected List<Class<?>> staticOnlyClasses() {
        return List.of(ReportDates.class, Grades.class);
    }

    @Override
    protected Set<String> exportedPackages() {
        return Set.of(GRADING + ".criteria", GRADING + ".assessment", GRADING + ".actionplan", GRADING + ".interval");
    }

    @Override
    protected List<Class<?>> someKnownClasses() {
        return List.of(SpurModel.class, Grades.class, ActionPlan.class, IntervalCompliance.class);
    }
}
