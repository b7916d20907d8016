package se.klinedu.indicators.generators;

import java.util.List;
import java.util.Random;
import se.klinedu.core.Counts;
import se.klinedu.core.generators.CoreGenerators;
import se.klinedu.core.generators.CoreTypeSamples;
import se.klinedu.core.organisation.OrganisationTree;
import se.klinedu.core.organisation.OrganisationUnitId;
import se.klinedu.core.period.CalendarYear;
import se.klinedu.core.period.ReportingPeriod;
import se.klinedu.core.strategy.EffectGoalId;
import se.klinedu.core.testkit.TypeSamples;
import se.klinedu.indicators.evaluation.EvaluationPolicy;
import se.klinedu.indicators.evaluation.Evaluations;
import se.klinedu.indicators.evaluation.IndicatorResult;
import se.klinedu.indicators.observation.Milestone;
import se.klinedu.indicators.observation.Observation;
import se.klinedu.indicators.observation.AnswerScale;
import se.klinedu.indicators.observation.CsvFormat;
import se.klinedu.indicators.observation.ObservationBatch;
import se.klinedu.indicators.observation.ObservationKey;
import se.klinedu.indicators.observation.ObservationProblem;
import se.klinedu.indicators.observation.ObservationReader;
import se.klinedu.indicators.observation.ObservationSet;
import se.klinedu.indicators.report.EffectGoalSection;
import se.klinedu.indicators.report.FollowUpReport;
import se.klinedu.indicators.report.FollowUpRequest;
import se.klinedu.indicators.report.IndicatorLine;
import se.klinedu.indicators.report.OverallGoalSection;
import se.klinedu.indicators.rollup.CellBounds;
import se.klinedu.indicators.rollup.DisclosureAudit;
import se.klinedu.indicators.rollup.RollUp;
import se.klinedu.indicators.rollup.StatusCounts;
import se.klinedu.indicators.statistics.ConfidenceLevel;
import se.klinedu.indicators.statistics.Interval;
import se.klinedu.indicators.target.Indicator;
import se.klinedu.indicators.target.IndicatorCatalogue;
import se.klinedu.indicators.target.IndicatorId;
import se.klinedu.indicators.target.ReporterBasis;
import se.klinedu.indicators.target.Target;
import se.klinedu.indicators.target.TargetKind;
import se.klinedu.indicators.trend.Trend;
import se.klinedu.indicators.fhir.CanonicalBase;
import se.klinedu.indicators.fhir.FhirResources;
import tools.jackson.databind.node.ObjectNode;

/**
 * The indicators module's sample source for the public-API sweep: core's source ({@link CoreTypeSamples}) and
 * a generator per public type of the module, keyed by type. The values of one seed come from one world (the
 * Örebro catalogue, a share indicator of it, a generated tree and one of its units, a year whose previous year
 * also lies in the strategy, an observation, its result and the follow-up report), so that a method called
 * with the samples reaches its null checks; the core types the module's methods take are that world's too.
 */
public final class IndicatorsTypeSamples {

    private IndicatorsTypeSamples() {
    }

    private record World(IndicatorCatalogue catalogue, OrganisationTree tree, OrganisationUnitId unit, Indicator indicator,
            CalendarYear year, Counts counts, EvaluationPolicy policy, Observation observation, ObservationSet observations,
            IndicatorResult result, FollowUpRequest request, FollowUpReport report) {
    }

    /** Draws the world of a seed: the tree and unit first, as core's samples draw them, so that both agree. */
    private static World world(Random random) {
        IndicatorCatalogue catalogue = IndicatorCatalogue.load("orebro");
        OrganisationTree tree = CoreGenerators.organisationTree(random, 8);
        OrganisationUnitId unit = IndicatorsGenerators.pick(random, tree.units()).id();
        List<Indicator> shares = catalogue.indicators().stream()
                .filter(indicator -> indicator.target().kind() == TargetKind.SHARE).toList();
        Indicator indicator = IndicatorsGenerators.pick(random, shares);
        CalendarYear year = CalendarYear.of(2022 + random.nextInt(9));
        Counts counts = IndicatorsGenerators.disclosableCounts(random, 5);
        EvaluationPolicy policy = EvaluationPolicy.standard();
        Observation observation = Observation.ofCounts(indicator.id(), unit, year, counts);
        ObservationSet observations = ObservationSet.of(catalogue, List.of(observation));
        IndicatorResult result = Evaluations.evaluate(indicator, observation, policy);
        FollowUpRequest request = FollowUpRequest.of(unit, year).comparingWith(CalendarYear.of(year.year() - 1)).withPolicy(policy);
        FollowUpReport report = FollowUpReport.of(catalogue, tree, observations, request);
        return new World(catalogue, tree, unit, indicator, year, counts, policy, observation, observations, result, request,
                report);
    }

    private static List<EffectGoalSection> effectGoals(FollowUpReport report) {
        return report.overallGoals().stream().flatMap(goal -> goal.effectGoals().stream()).toList();
    }

    /** {@return a new source with a generator of every public type of the module and of core} */
    public static TypeSamples all() {
        return CoreTypeSamples.all()
                // core types the module's methods take, from the same world
                .add(OrganisationTree.class, random -> world(random).tree())
                .add(OrganisationUnitId.class, random -> world(random).unit())
                .add(CalendarYear.class, random -> world(random).year())
                .add(ReportingPeriod.class, random -> world(random).year())
                .add(Counts.class, random -> world(random).counts())
                .add(EffectGoalId.class, random -> world(random).indicator().effectGoal())

                .add(IndicatorId.class, random -> world(random).indicator().id())
                .add(Target.class, IndicatorsGenerators::target)
                .add(ReporterBasis.class, IndicatorsGenerators::reporterBasis)
                .add(Indicator.class, random -> world(random).indicator())
                .add(IndicatorCatalogue.class, random -> IndicatorCatalogue.load("orebro"))

                .add(Milestone.class, IndicatorsGenerators::milestone)
                .add(Observation.class, random -> world(random).observation())
                .add(ObservationKey.class, random -> world(random).observation().key())
                .add(ObservationProblem.class, IndicatorsGenerators::observationProblem)
                .add(CsvFormat.class, IndicatorsGenerators::csvFormat)
                .add(AnswerScale.class, IndicatorsGenerators::answerScale)
                .add(ObservationBatch.class, random -> ObservationReader.of(IndicatorCatalogue.load("orebro"))
                        .check(List.of(world(random).observation())))
                .add(ObservationSet.class, random -> world(random).observations())
                .add(ObservationReader.class, random -> ObservationReader.of(IndicatorCatalogue.load("orebro")))

                .add(ConfidenceLevel.class, IndicatorsGenerators::confidenceLevel)
                .add(Interval.class, IndicatorsGenerators::interval)
                .add(EvaluationPolicy.class, random -> IndicatorsGenerators.evaluationPolicy(random, IndicatorCatalogue.load("orebro")))
                .add(IndicatorResult.class, random -> world(random).result())

                .add(StatusCounts.class, IndicatorsGenerators::statusCounts)
                .add(RollUp.class, IndicatorsGenerators::rollUp)
                .add(CellBounds.class, IndicatorsGenerators::cellBounds)
                .add(DisclosureAudit.class, IndicatorsGenerators::disclosureAudit)
                .add(Trend.class, IndicatorsGenerators::trend)

                .add(IndicatorLine.class, random -> {
                    World world = world(random);
                    List<IndicatorLine> lines = effectGoals(world.report()).stream()
                            .flatMap(goal -> goal.indicators().stream()).toList();
                    return IndicatorsGenerators.pick(random, lines);
                })
                .add(EffectGoalSection.class, random -> IndicatorsGenerators.pick(random, effectGoals(world(random).report())))
                .add(FollowUpRequest.class, random -> world(random).request())
                .add(OverallGoalSection.class, random -> IndicatorsGenerators.pick(random, world(random).report().overallGoals()))
                .add(FollowUpReport.class, random -> world(random).report())
                .add(CanonicalBase.class, IndicatorsGenerators::canonicalBase)
                .add(ObjectNode.class, random -> FhirResources.measure(world(random).indicator(),
                        IndicatorsGenerators.canonicalBase(random)));
    }
}
