package se.klinedu.core.json;

import java.util.List;
import java.util.Random;
import java.util.Set;
import se.klinedu.core.Counts;
import se.klinedu.core.Glossary;
import se.klinedu.core.GlossaryTerm;
import se.klinedu.core.Identifier;
import se.klinedu.core.LocalizedText;
import se.klinedu.core.Provenance;
import se.klinedu.core.Threshold;
import se.klinedu.core.crosswalk.CrosswalkLink;
import se.klinedu.core.crosswalk.NordicCrosswalk;
import se.klinedu.core.explain.Reason;
import se.klinedu.core.generators.CoreGenerators;
import se.klinedu.core.measure.AreaProgress;
import se.klinedu.core.measure.Due;
import se.klinedu.core.measure.MeasureArea;
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
import se.klinedu.core.period.CalendarYear;
import se.klinedu.core.period.ReportingPeriod;
import se.klinedu.core.period.StrategyPeriod;
import se.klinedu.core.period.Term;
import se.klinedu.core.strategy.AnnualVolume;
import se.klinedu.core.strategy.EffectGoal;
import se.klinedu.core.strategy.EffectGoalId;
import se.klinedu.core.strategy.EffectGoalLink;
import se.klinedu.core.strategy.GoalOutline;
import se.klinedu.core.strategy.IdentifiedNeed;
import se.klinedu.core.strategy.ImplementationRule;
import se.klinedu.core.strategy.OrebroStrategy;
import se.klinedu.core.strategy.OverallGoal;
import se.klinedu.core.strategy.PriorityArea;
import se.klinedu.core.strategy.RecurringReview;
import se.klinedu.core.strategy.Responsibility;
import se.klinedu.core.strategy.ResponsibilityId;
import se.klinedu.core.strategy.ResponsibleRole;
import se.klinedu.core.strategy.StrategyOutline;
import se.klinedu.core.strategy.StrategyScope;
import se.klinedu.core.substrategy.DesiredOutcome;
import se.klinedu.core.substrategy.FocusArea;
import se.klinedu.core.substrategy.HelseSorOstSubStrategy;
import se.klinedu.core.substrategy.RegionalMeasure;
import se.klinedu.core.supervision.HoursEstimate;
import se.klinedu.core.supervision.HoursPolicy;
import se.klinedu.core.supervision.Qualification;
import se.klinedu.core.supervision.Roster;
import se.klinedu.core.supervision.StaffMember;
import se.klinedu.core.supervision.SupervisionRole;
import se.klinedu.core.supervision.SupervisionRoleId;
import se.klinedu.core.supervision.SupervisorTraining;
import se.klinedu.core.supervision.SupervisorTrainingCatalogue;
import se.klinedu.core.supervision.TrainingCoverage;
import se.klinedu.core.supervision.TrainingId;
import se.klinedu.core.supervision.TrainingScope;
import se.klinedu.core.testkit.JsonRoundTrip.Case;
import se.klinedu.core.testkit.JsonRoundTripContract;

/** Every public value type of core survives a trip to JSON and back, unchanged (see {@link JsonRoundTripContract}). */
class JsonRoundTripLaws extends JsonRoundTripContract {

    private static final SupervisorTrainingCatalogue STOCKHOLM = SupervisorTrainingCatalogue.load("stockholm");
    private static final OrebroStrategy STRATEGY = OrebroStrategy.load();
    private static final HelseSorOstSubStrategy HSO = HelseSorOstSubStrategy.load();

    static final List<Case> CASES = List.of(
            new Case("LocalizedText", LocalizedText.class, CoreGenerators::localizedText),
            new Case("Reason", Reason.class, CoreGenerators::reason),
            new Case("Provenance", Provenance.class, CoreGenerators::provenance),
            new Case("Counts", Counts.class, CoreGenerators::counts),
            new Case("Threshold", Threshold.class, CoreGenerators::threshold),
            new Case("CalendarYear", CalendarYear.class, CoreGenerators::calendarYear),
            new Case("Term", Term.class, CoreGenerators::term),
            new Case("ReportingPeriod", ReportingPeriod.class, CoreGenerators::reportingPeriod),
            new Case("StrategyPeriod", StrategyPeriod.class, CoreGenerators::strategyPeriod),
            new Case("OrganisationTree", OrganisationTree.class, random -> CoreGenerators.organisationTree(random, 30)),
            new Case("Due", Due.class, CoreGenerators::due),
            new Case("PlannedMeasure", PlannedMeasure.class, CoreGenerators::plannedMeasure),
            new Case("MeasureFollowUp", MeasureFollowUp.class,
                    random -> CoreGenerators.plannedMeasure(random).followUpAt(CoreGenerators.date(random))),
            new Case("MeasureId", MeasureId.class, random -> pick(random, CoreGenerators.measurePlan(random).measures())),
            new Case("MeasureArea", MeasureArea.class, random -> pick(random, CoreGenerators.measurePlan(random).areas())),
            new Case("MeasurePlan", MeasurePlan.class, CoreGenerators::measurePlan),
            new Case("MeasureReport", MeasureReport.class,
                    random -> CoreGenerators.measureReport(random, pick(random, HSO.measurePlan().measures()))),
            new Case("PlanProgress", PlanProgress.class, CoreGenerators::planProgress),
            new Case("AreaProgress", AreaProgress.class, random -> pick(random, CoreGenerators.planProgress(random).areas())),
            new Case("MeasureProgress", MeasureProgress.class,
                    random -> pick(random, CoreGenerators.planProgress(random).measures())),
            new Case("FocusArea", FocusArea.class, random -> pick(random, HSO.focusAreas())),
            new Case("DesiredOutcome", DesiredOutcome.class, random -> pick(random, HSO.desiredOutcomes())),
            new Case("RegionalMeasure", RegionalMeasure.class, random -> pick(random, HSO.measures())),
            new Case("CrosswalkLink", CrosswalkLink.class, random -> pick(random, NordicCrosswalk.load().links())),
            new Case("TrainingScope", TrainingScope.class, CoreGenerators::trainingScope),
            new Case("HoursPolicy", HoursPolicy.class, CoreGenerators::hoursPolicy),
            new Case("HoursEstimate", HoursEstimate.class,
                    random -> CoreGenerators.trainingScope(random).estimatedHours(CoreGenerators.hoursPolicy(random))),
            new Case("Roster", Roster.class, random -> CoreGenerators.roster(random, STOCKHOLM, 20)),
            new Case("TrainingCoverage", TrainingCoverage.class, random -> CoreGenerators.roster(random, STOCKHOLM, 20)
                    .coverage(STOCKHOLM.minimumLevelTraining().orElseThrow(), CoreGenerators.threshold(random))),
            new Case("OrganisationUnit", OrganisationUnit.class,
                    random -> pick(random, CoreGenerators.organisationTree(random, 10).units())),
            new Case("StaffMember", StaffMember.class, random -> CoreGenerators.staffMember(random, STOCKHOLM)),
            new Case("OverallGoal", OverallGoal.class, random -> pick(random, STRATEGY.overallGoals())),
            new Case("EffectGoal", EffectGoal.class, random -> pick(random, STRATEGY.effectGoals())),
            new Case("PriorityArea", PriorityArea.class, random -> pick(random, STRATEGY.priorityAreas())),
            new Case("IdentifiedNeed", IdentifiedNeed.class,
                    random -> pick(random, pick(random, STRATEGY.priorityAreas()).identifiedNeeds())),
            new Case("EffectGoalLink", EffectGoalLink.class,
                    random -> pick(random, pick(random, STRATEGY.priorityAreas()).effectGoalLinks())),
            new Case("ImplementationRule", ImplementationRule.class, random -> pick(random, STRATEGY.implementationRules())),
            new Case("RecurringReview", RecurringReview.class, random -> pick(random, STRATEGY.recurringReviews())),
            new Case("Responsibility", Responsibility.class, random -> pick(random, STRATEGY.responsibilities())),
            new Case("ResponsibilityId", ResponsibilityId.class, random -> pick(random, STRATEGY.responsibilities()).id()),
            new Case("ResponsibleRole", ResponsibleRole.class, CoreGenerators::responsibleRole),
            new Case("StrategyScope", StrategyScope.class, CoreGenerators::strategyScope),
            new Case("AnnualVolume", AnnualVolume.class, random -> pick(random, STRATEGY.annualVolumes())),
            new Case("StrategyOutline", StrategyOutline.class, CoreGenerators::strategyOutline),
            new Case("GoalOutline", GoalOutline.class, random -> pick(random, CoreGenerators.strategyOutline(random).goals())),
            new Case("GlossaryTerm", GlossaryTerm.class, random -> pick(random, Glossary.load().terms())),
            new Case("LevelGuidance", LevelGuidance.class, random -> pick(random, LearningEnvironmentLevels.load().levels())),
            new Case("SupervisorTraining", SupervisorTraining.class, random -> pick(random, STOCKHOLM.trainings())),
            new Case("SupervisionRole", SupervisionRole.class, random -> pick(random, STOCKHOLM.roles())),
            new Case("EffectGoalId", EffectGoalId.class, random -> pick(random, STRATEGY.effectGoals()).id()),
            new Case("TrainingId", TrainingId.class, random -> pick(random, STOCKHOLM.trainings()).id()),
            new Case("Qualification", Qualification.class, random -> {
                SupervisionRoleId role = STOCKHOLM.roles().get(random.nextInt(STOCKHOLM.roles().size())).id();
                return STOCKHOLM.qualification(role, CoreGenerators.staffMember(random, STOCKHOLM).completedTrainings());
            }));

    private static <T> T pick(Random random, List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    JsonRoundTripLaws() {
        super("se.klinedu.core", CASES);
    }

    /** The reference data has its own law; ids share one JSON shape, and two kinds stand for all of them. */
    @Override
    protected boolean needsACase(Class<?> type) {
        return !Set.of(OrebroStrategy.class, SupervisorTrainingCatalogue.class, LearningEnvironmentLevels.class,
                HelseSorOstSubStrategy.class, NordicCrosswalk.class, Glossary.class).contains(type)
                && !Identifier.class.isAssignableFrom(type);
    }

    @Override
    protected List<ReferenceValue> referenceData() {
        return List.of(
                new ReferenceValue("Örebro strategy", OrebroStrategy.load(), OrebroStrategy.class),
                new ReferenceValue("Stockholm catalogue", STOCKHOLM, SupervisorTrainingCatalogue.class),
                new ReferenceValue("health and social care college (vo-college)", SupervisorTrainingCatalogue.load("vo-college"),
                        SupervisorTrainingCatalogue.class),
                new ReferenceValue("learning-environment levels", LearningEnvironmentLevels.load(),
                        LearningEnvironmentLevels.class),
                new ReferenceValue("Helse Sør-Øst sub-strategy", HSO, HelseSorOstSubStrategy.class),
                new ReferenceValue("Nordic cross-walk", NordicCrosswalk.load(), NordicCrosswalk.class),
                new ReferenceValue("glossary", Glossary.load(), Glossary.class),
                new ReferenceValue("Helse Sør-Øst measure plan", HSO.measurePlan(), MeasurePlan.class),
                new ReferenceValue("Örebro measure plan", STRATEGY.measurePlan(), MeasurePlan.class));
    }
}
