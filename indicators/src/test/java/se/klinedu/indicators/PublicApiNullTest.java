package se.klinedu.indicators;

import static java.util.stream.Collectors.toList;
import static java.util.stream.Collectors.toSet;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import se.klinedu.core.Counts;
import se.klinedu.core.Identifier;
import se.klinedu.core.LocalizedText;
import se.klinedu.core.Provenance;
import se.klinedu.core.Threshold;
import se.klinedu.core.generators.CoreGenerators;
import se.klinedu.core.organisation.OrganisationTree;
import se.klinedu.core.organisation.OrganisationUnit;
import se.klinedu.core.organisation.OrganisationUnitId;
import se.klinedu.core.period.CalendarYear;
import se.klinedu.core.period.ReportingPeriod;
import se.klinedu.core.strategy.EffectGoalId;
import se.klinedu.core.strategy.OverallGoalId;
import se.klinedu.core.testkit.PublicApiSweep;
import se.klinedu.indicators.evaluation.EvaluationPolicy;
import se.klinedu.indicators.evaluation.Evaluations;
import se.klinedu.indicators.evaluation.IndicatorResult;
import se.klinedu.indicators.fhir.CanonicalBase;
import se.klinedu.indicators.fhir.FhirResources;
import se.klinedu.indicators.observation.Milestone;
import se.klinedu.indicators.observation.Observation;
import se.klinedu.indicators.observation.ObservationBatch;
import se.klinedu.indicators.observation.ObservationKey;
import se.klinedu.indicators.observation.ObservationProblem;
import se.klinedu.indicators.observation.ObservationReader;
import se.klinedu.indicators.observation.ObservationSet;
import se.klinedu.indicators.report.EffectGoalSection;
import se.klinedu.indicators.report.FollowUpReport;
import se.klinedu.indicators.report.IndicatorLine;
import se.klinedu.indicators.report.OverallGoalSection;
import se.klinedu.indicators.rollup.RollUp;
import se.klinedu.indicators.rollup.StatusCounts;
import se.klinedu.indicators.rollup.TreeRollUp;
import se.klinedu.indicators.statistics.ConfidenceLevel;
import se.klinedu.indicators.statistics.Interval;
import se.klinedu.indicators.statistics.Intervals;
import se.klinedu.indicators.target.Indicator;
import se.klinedu.indicators.target.IndicatorCatalogue;
import se.klinedu.indicators.target.IndicatorId;
import se.klinedu.indicators.target.Target;
import se.klinedu.indicators.trend.Trend;
import tools.jackson.databind.node.ObjectNode;

/**
 * Every public method of the module's API rejects {@code null} with a {@link NullPointerException}
 * (STYLE.md, "Validation and errors"), checked by the test kit's {@link PublicApiSweep}.
 *
 * <p>The public classes are found by scanning the main classes, so a new class is covered without
 * editing this test; a new type also needs a sample in {@link #samples()}, which
 * {@code every_public_type_has_a_sample_instance} demands (classes of static methods only need none).
 */
class PublicApiNullTest {

    private static final String INDICATORS = "se.klinedu.indicators";

    /** The sweep over the public top-level classes of the module, generated {@code Immutable*} excluded. */
    private static final PublicApiSweep SWEEP = PublicApiSweep.of(INDICATORS, samples());

    private static final List<Class<?>> PUBLIC_CLASSES = SWEEP.publicClasses();

    @TestFactory
    Stream<DynamicContainer> every_public_method_and_constructor_throws_null_pointer_exception_for_a_null_argument() {
        return SWEEP.nullArgumentTests();
    }

    @Test
    void every_public_type_has_a_sample_instance() {
        assertEquals(List.of(), SWEEP.typesWithoutASample(), "public types with no sample in PublicApiNullTest.samples()");
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

    /**
     * Samples of the module's types and of the core types its methods take: the indicator is a share (so that
     * {@code evaluateCounts} reaches its null checks), the unit is the tree's root and the period lies in the strategy;
     * java.time has no default in guava-testlib, every other JDK type keeps the tester's own default.
     */
    private static Map<Class<?>, Object> samples() {
        Random random = new Random(20240902L);
        IndicatorCatalogue catalogue = IndicatorCatalogue.orebro();
        Indicator indicator = catalogue.indicator(IndicatorId.of("1.6.1"));
        OrganisationTree tree = CoreGenerators.organisationTree(random, 6);
        OrganisationUnitId unit = tree.root().id();
        CalendarYear year = CalendarYear.of(2024);
        Counts counts = Counts.of(46, 50);
        EvaluationPolicy policy = EvaluationPolicy.standard();
        Observation observation = Observation.ofCounts(indicator.id(), unit, year, counts);
        ObservationSet observations = ObservationSet.of(catalogue, List.of(observation));
        IndicatorResult result = Evaluations.evaluate(indicator, unit, year, Optional.of(observation), policy);
        FollowUpReport report = FollowUpReport.of(catalogue, tree, observations, unit, year, Optional.of(CalendarYear.of(2023)),
                policy);
        OverallGoalSection overallGoal = report.overallGoals().get(0);
        EffectGoalSection effectGoal = overallGoal.effectGoals().get(0);

        Map<Class<?>, Object> samples = new LinkedHashMap<>();
        samples.put(LocalDate.class, LocalDate.of(2024, 9, 2));
        // core types the module's methods take
        samples.put(Counts.class, counts);
        samples.put(Threshold.class, Threshold.moreThan(90));
        samples.put(LocalizedText.class, LocalizedText.swedish("hög", "high"));
        samples.put(Provenance.class, catalogue.provenance());
        samples.put(OrganisationTree.class, tree);
        samples.put(OrganisationUnitId.class, unit);
        samples.put(ReportingPeriod.class, year);
        samples.put(CalendarYear.class, year);
        samples.put(EffectGoalId.class, indicator.effectGoal());
        samples.put(OverallGoalId.class, OverallGoalId.of("1"));

        samples.put(IndicatorId.class, indicator.id());
        samples.put(Target.class, indicator.target());
        samples.put(Indicator.class, indicator);
        samples.put(IndicatorCatalogue.class, catalogue);

        samples.put(Milestone.class, Milestone.doneOn(LocalDate.of(2024, 3, 1)));
        samples.put(Observation.class, observation);
        samples.put(ObservationKey.class, observation.key());
        samples.put(ObservationProblem.class, ObservationProblem.of("line 3, column 4 (numerator)", "must be a whole number"));
        samples.put(ObservationBatch.class, ObservationReader.of(catalogue).check(List.of(observation)));
        samples.put(ObservationSet.class, observations);
        samples.put(ObservationReader.class, ObservationReader.of(catalogue));

        samples.put(ConfidenceLevel.class, ConfidenceLevel.ninetyFivePercent());
        samples.put(Interval.class, result.interval().orElseThrow());

        samples.put(EvaluationPolicy.class, policy);
        samples.put(IndicatorResult.class, result);

        samples.put(StatusCounts.class, effectGoal.rollUp().parts());
        samples.put(RollUp.class, effectGoal.rollUp());
        samples.put(Trend.class, effectGoal.indicators().get(0).trend().orElseThrow());

        samples.put(IndicatorLine.class, effectGoal.indicators().get(0));
        samples.put(EffectGoalSection.class, effectGoal);
        samples.put(OverallGoalSection.class, overallGoal);
        samples.put(FollowUpReport.class, report);

        CanonicalBase base = CanonicalBase.of("https://fhir.example.org/klinedu");
        samples.put(CanonicalBase.class, base);
        samples.put(Identifier.class, indicator.id());
        samples.put(OrganisationUnit.class, tree.root());
        samples.put(ObjectNode.class, FhirResources.measure(indicator, base));
        return samples;
    }
}
