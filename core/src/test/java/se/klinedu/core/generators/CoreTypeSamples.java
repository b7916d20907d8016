package se.klinedu.core.generators;

import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import se.klinedu.core.Counts;
import se.klinedu.core.Glossary;
import se.klinedu.core.GlossaryTerm;
import se.klinedu.core.Identifier;
import se.klinedu.core.InvalidInputException;
import se.klinedu.core.Language;
import se.klinedu.core.LocalizedText;
import se.klinedu.core.Provenance;
import se.klinedu.core.Threshold;
import se.klinedu.core.crosswalk.CrosswalkLink;
import se.klinedu.core.crosswalk.NordicCrosswalk;
import se.klinedu.core.explain.Reason;
import se.klinedu.core.explain.ReasonCode;
import se.klinedu.core.explain.ReasonTexts;
import se.klinedu.core.explain.Renderer;
import se.klinedu.core.internal.CoreReasonTexts;
import se.klinedu.core.json.JsonEnum;
import se.klinedu.core.json.KlineduJson;
import se.klinedu.core.organisation.OrganisationLevel;
import se.klinedu.core.measure.AreaProgress;
import se.klinedu.core.measure.Due;
import se.klinedu.core.measure.MeasureArea;
import se.klinedu.core.measure.MeasureAreaId;
import se.klinedu.core.measure.MeasureFollowUp;
import se.klinedu.core.measure.MeasureId;
import se.klinedu.core.measure.MeasurePlan;
import se.klinedu.core.measure.MeasureProgress;
import se.klinedu.core.measure.MeasureReport;
import se.klinedu.core.measure.PlanProgress;
import se.klinedu.core.measure.PlannedMeasure;
import se.klinedu.core.organisation.LearningEnvironmentLevels;
import se.klinedu.core.organisation.LevelGuidance;
import se.klinedu.core.organisation.OrganisationTree;
import se.klinedu.core.organisation.OrganisationUnit;
import se.klinedu.core.organisation.OrganisationUnitId;
import se.klinedu.core.period.CalendarYear;
import se.klinedu.core.period.ReportingPeriod;
import se.klinedu.core.period.StrategyPeriod;
import se.klinedu.core.period.Term;
import se.klinedu.core.strategy.EffectGoal;
import se.klinedu.core.strategy.EffectGoalId;
import se.klinedu.core.strategy.EffectGoalLink;
import se.klinedu.core.strategy.IdentifiedNeed;
import se.klinedu.core.strategy.IdentifiedNeedId;
import se.klinedu.core.strategy.ImplementationRule;
import se.klinedu.core.strategy.ImplementationRuleId;
import se.klinedu.core.strategy.AnnualVolume;
import se.klinedu.core.strategy.GoalOutline;
import se.klinedu.core.strategy.StrategyOutline;
import se.klinedu.core.strategy.OrebroStrategy;
import se.klinedu.core.strategy.Responsibility;
import se.klinedu.core.strategy.ResponsibilityId;
import se.klinedu.core.strategy.ResponsibleRole;
import se.klinedu.core.strategy.StrategyScope;
import se.klinedu.core.strategy.OverallGoal;
import se.klinedu.core.strategy.OverallGoalId;
import se.klinedu.core.strategy.PriorityArea;
import se.klinedu.core.strategy.PriorityAreaId;
import se.klinedu.core.strategy.RecurringReview;
import se.klinedu.core.strategy.RecurringReviewId;
import se.klinedu.core.substrategy.DesiredOutcome;
import se.klinedu.core.substrategy.DesiredOutcomeId;
import se.klinedu.core.substrategy.FocusArea;
import se.klinedu.core.substrategy.FocusAreaId;
import se.klinedu.core.substrategy.HelseSorOstSubStrategy;
import se.klinedu.core.substrategy.RegionalMeasure;
import se.klinedu.core.substrategy.RegionalMeasureId;
import se.klinedu.core.supervision.HoursEstimate;
import se.klinedu.core.supervision.HoursPolicy;
import se.klinedu.core.supervision.Qualification;
import se.klinedu.core.supervision.Roster;
import se.klinedu.core.supervision.StaffId;
import se.klinedu.core.supervision.StaffMember;
import se.klinedu.core.supervision.SupervisionRole;
import se.klinedu.core.supervision.SupervisionRoleId;
import se.klinedu.core.supervision.SupervisorTraining;
import se.klinedu.core.supervision.SupervisorTrainingCatalogue;
import se.klinedu.core.supervision.TrainingCoverage;
import se.klinedu.core.supervision.TrainingId;
import se.klinedu.core.supervision.TrainingScope;
import se.klinedu.core.testkit.TypeSamples;

/**
 * Core's sample source for the public-API sweep: a generator per public type of core, keyed by type,
 * built from {@link CoreGenerators} and the reference data. Values of one seed fit together (a roster's
 * trainings are the Stockholm catalogue's, a unit id is its tree's root, a measure report's measure is in
 * the sub-strategy's plan), so that a method called with the samples reaches its null checks.
 *
 * <p>Published in core's test-jar: other modules add core's source to their own for the core types
 * their methods take.
 */
public final class CoreTypeSamples {

    private CoreTypeSamples() {
    }

    /** {@return a new source with a generator of every public core type} */
    public static TypeSamples all() {
        OrebroStrategy strategy = OrebroStrategy.load();
        HelseSorOstSubStrategy subStrategy = HelseSorOstSubStrategy.load();
        SupervisorTrainingCatalogue stockholm = SupervisorTrainingCatalogue.load("stockholm");
        List<SupervisorTrainingCatalogue> catalogues = List.of(stockholm, SupervisorTrainingCatalogue.load("vo-college"));
        TrainingId minimumLevel = stockholm.minimumLevelTraining().orElseThrow();
        List<PriorityArea> linkedAreas = strategy.priorityAreas().stream()
                .filter(area -> !area.effectGoalLinks().isEmpty()).toList();
        List<SupervisorTraining> scopedTrainings = stockholm.trainings().stream()
                .filter(training -> training.scope().isPresent()).toList();
        MeasurePlan hsoPlan = subStrategy.measurePlan();
        List<MeasurePlan> plans = List.of(hsoPlan, strategy.measurePlan());

        return TypeSamples.create()
                .add(LocalDate.class, CoreGenerators::date)
                .add(Counts.class, CoreGenerators::counts)
                .add(Identifier.class, random -> pick(random, strategy.effectGoals()).id())
                .add(InvalidInputException.class, random -> InvalidInputException.of("numerator", "must be 0..2",
                        3 + random.nextInt(10)))
                .add(LocalizedText.class, CoreGenerators::localizedText)
                .add(Provenance.class, CoreGenerators::provenance)
                .add(Threshold.class, CoreGenerators::threshold)
                .add(KlineduJson.class, random -> KlineduJson.standard())
                .add(JsonEnum.class, random -> OrganisationLevel.values()[random.nextInt(OrganisationLevel.values().length)])

                .add(Reason.class, CoreGenerators::reason)
                .add(ReasonCode.class, random -> CoreGenerators.reason(random).code())
                .add(ReasonTexts.class, random -> new CoreReasonTexts())
                .add(Renderer.class, random -> Renderer.of(Language.values()[random.nextInt(Language.values().length)]))

                .add(Due.class, CoreGenerators::due)
                .add(PlannedMeasure.class, CoreGenerators::plannedMeasure)
                .add(MeasureFollowUp.class, random -> CoreGenerators.plannedMeasure(random).followUpAt(CoreGenerators.date(random)))
                .add(MeasureId.class, random -> pick(random, hsoPlan.measures()))
                .add(MeasureAreaId.class, random -> pick(random, hsoPlan.areas()).id())
                .add(MeasureArea.class, random -> pick(random, pick(random, plans).areas()))
                .add(MeasurePlan.class, CoreGenerators::measurePlan)
                .add(MeasureReport.class, random -> CoreGenerators.measureReport(random, pick(random, hsoPlan.measures())))
                .add(PlanProgress.class, CoreGenerators::planProgress)
                .add(AreaProgress.class, random -> pick(random, CoreGenerators.planProgress(random).areas()))
                .add(MeasureProgress.class, random -> pick(random, CoreGenerators.planProgress(random).measures()))

                .add(HelseSorOstSubStrategy.class, random -> subStrategy)
                .add(FocusArea.class, random -> pick(random, subStrategy.focusAreas()))
                .add(FocusAreaId.class, random -> pick(random, subStrategy.focusAreas()).id())
                .add(DesiredOutcome.class, random -> pick(random, subStrategy.desiredOutcomes()))
                .add(DesiredOutcomeId.class, random -> pick(random, subStrategy.desiredOutcomes()).id())
                .add(RegionalMeasure.class, random -> pick(random, subStrategy.measures()))
                .add(RegionalMeasureId.class, random -> pick(random, subStrategy.measures()).id())
                .add(NordicCrosswalk.class, random -> NordicCrosswalk.load())
                .add(CrosswalkLink.class, random -> pick(random, NordicCrosswalk.load().links()))

                .add(LearningEnvironmentLevels.class, random -> LearningEnvironmentLevels.load())
                .add(LevelGuidance.class, random -> pick(random, LearningEnvironmentLevels.load().levels()))
                .add(OrganisationTree.class, random -> CoreGenerators.organisationTree(random, 8))
                .add(OrganisationUnit.class, random -> pick(random, CoreGenerators.organisationTree(random, 8).units()))
                .add(OrganisationUnitId.class, random -> pick(random, CoreGenerators.organisationTree(random, 8).units()).id())

                .add(ReportingPeriod.class, CoreGenerators::reportingPeriod)
                .add(CalendarYear.class, CoreGenerators::calendarYear)
                .add(Term.class, CoreGenerators::term)
                .add(StrategyPeriod.class, CoreGenerators::strategyPeriod)

                .add(OrebroStrategy.class, random -> strategy)
                .add(OverallGoal.class, random -> pick(random, strategy.overallGoals()))
                .add(OverallGoalId.class, random -> pick(random, strategy.overallGoals()).id())
                .add(EffectGoal.class, random -> pick(random, strategy.effectGoals()))
                .add(EffectGoalId.class, random -> pick(random, strategy.effectGoals()).id())
                .add(PriorityArea.class, random -> pick(random, linkedAreas))
                .add(PriorityAreaId.class, random -> pick(random, strategy.priorityAreas()).id())
                .add(EffectGoalLink.class, random -> pick(random, pick(random, linkedAreas).effectGoalLinks()))
                .add(IdentifiedNeed.class, random -> pick(random, pick(random, strategy.priorityAreas()).identifiedNeeds()))
                .add(IdentifiedNeedId.class, random -> pick(random, pick(random, strategy.priorityAreas()).identifiedNeeds()).id())
                .add(ImplementationRule.class, random -> pick(random, strategy.implementationRules()))
                .add(ImplementationRuleId.class, random -> pick(random, strategy.implementationRules()).id())
                .add(RecurringReview.class, random -> pick(random, strategy.recurringReviews()))
                .add(Responsibility.class, random -> pick(random, strategy.responsibilities()))
                .add(ResponsibilityId.class, random -> pick(random, strategy.responsibilities()).id())
                .add(ResponsibleRole.class, CoreGenerators::responsibleRole)
                .add(StrategyScope.class, CoreGenerators::strategyScope)
                .add(AnnualVolume.class, random -> pick(random, strategy.annualVolumes()))
                .add(StrategyOutline.class, CoreGenerators::strategyOutline)
                .add(GoalOutline.class, random -> pick(random, CoreGenerators.strategyOutline(random).goals()))
                .add(Glossary.class, random -> Glossary.load())
                .add(GlossaryTerm.class, random -> pick(random, Glossary.load().terms()))
                .add(RecurringReviewId.class, random -> pick(random, strategy.recurringReviews()).id())

                .add(SupervisorTrainingCatalogue.class, random -> pick(random, catalogues))
                .add(SupervisorTraining.class, random -> pick(random, scopedTrainings))
                .add(TrainingId.class, random -> pick(random, stockholm.trainings()).id())
                .add(TrainingScope.class, CoreGenerators::trainingScope)
                .add(HoursPolicy.class, CoreGenerators::hoursPolicy)
                .add(HoursEstimate.class, random -> CoreGenerators.trainingScope(random)
                        .estimatedHours(CoreGenerators.hoursPolicy(random)))
                .add(SupervisionRole.class, random -> pick(random, stockholm.roles()))
                .add(SupervisionRoleId.class, random -> pick(random, stockholm.roles()).id())
                .add(Qualification.class, random -> stockholm.qualification(pick(random, stockholm.roles()).id(),
                        CoreGenerators.staffMember(random, stockholm).completedTrainings()))
                .add(StaffId.class, random -> CoreGenerators.staffMember(random, stockholm).id())
                .add(StaffMember.class, random -> CoreGenerators.staffMember(random, stockholm))
                .add(Roster.class, random -> CoreGenerators.roster(random, stockholm, 8))
                .add(TrainingCoverage.class, random -> CoreGenerators.roster(random, stockholm, 8)
                        .coverage(minimumLevel, CoreGenerators.threshold(random)));
    }

    private static <T> T pick(Random random, List<T> values) {
        return values.get(random.nextInt(values.size()));
    }
}
