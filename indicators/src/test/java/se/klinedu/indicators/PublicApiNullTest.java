package se.klinedu.indicators;

import java.util.List;
import java.util.Set;
import se.klinedu.core.testkit.PublicApiNullContract;
import se.klinedu.core.testkit.TypeSamples;
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
 * Null-hostility and value semantics of the module's exported API, swept by {@link PublicApiNullContract}
 * with samples from {@link IndicatorsTypeSamples}. No public class of the module goes without a sample.
 */
class PublicApiNullTest extends PublicApiNullContract {

    private static final String INDICATORS = "se.klinedu.indicators";

    @Override
    protected String modulePackage() {
        return INDICATORS;
    }

    @Override
    protected TypeSamples samples() {
        return IndicatorsTypeSamples.all();
    }

    /** The reader is a configured function of its catalogue, not a value: its equality is identity. */
    @Override
    protected List<Class<?>> identityTypes() {
        return List.of(ObservationReader.class);
    }

    /** The Örebro catalogue is reference data loaded from the module's resources: one value, one equality group. */
    @Override
    protected List<Class<?>> singleValuedTypes() {
        return List.of(IndicatorCatalogue.class);
    }

    @Override
    protected List<Class<?>> staticOnlyClasses() {
        return List.of(Evaluations.class, FhirResources.class, TreeRollUp.class, Intervals.class);
    }

    @Override
    protected Set<String> exportedPackages() {
        return Set.of(INDICATORS + ".target", INDICATORS + ".observation", INDICATORS + ".statistics",
                INDICATORS + ".evaluation", INDICATORS + ".rollup", INDICATORS + ".trend", INDICATORS + ".report",
                INDICATORS + ".fhir");
    }

    @Override
    protected List<Class<?>> someKnownClasses() {
        return List.of(IndicatorCatalogue.class, ObservationReader.class, Intervals.class, Evaluations.class,
                TreeRollUp.class, Trend.class, FollowUpReport.class);
    }

    /** The normal quantile is package-private, behind {@link Intervals}. */
    @Override
    protected List<String> classesLeftOut() {
        return List.of(INDICATORS + ".statistics.NormalQuantile");
    }
}
