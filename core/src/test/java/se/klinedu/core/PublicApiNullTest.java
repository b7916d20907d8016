package se.klinedu.core;

import static java.util.stream.Collectors.toList;
import static java.util.stream.Collectors.toSet;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import se.klinedu.core.generators.CoreGenerators;
import se.klinedu.core.json.KlineduJson;
import se.klinedu.core.crosswalk.CrosswalkLink;
import se.klinedu.core.crosswalk.NordicCrosswalk;
import se.klinedu.core.measure.AreaProgress;
import se.klinedu.core.measure.Due;
import se.klinedu.core.measure.MeasureArea;
import se.klinedu.core.measure.MeasureAreaId;
import se.klinedu.core.measure.MeasureId;
import se.klinedu.core.measure.MeasurePlan;
import se.klinedu.core.measure.MeasureProgress;
import se.klinedu.core.measure.MeasureReport;
import se.klinedu.core.measure.MeasureStatus;
import se.klinedu.core.measure.PlanProgress;
import se.klinedu.core.measure.MeasureFollowUp;
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
import se.klinedu.core.period.TermHalf;
import se.klinedu.core.strategy.EffectGoal;
import se.klinedu.core.strategy.EffectGoalId;
import se.klinedu.core.strategy.EffectGoalLink;
import se.klinedu.core.strategy.IdentifiedNeed;
import se.klinedu.core.strategy.IdentifiedNeedId;
import se.klinedu.core.strategy.ImplementationRule;
import se.klinedu.core.strategy.ImplementationRuleId;
import se.klinedu.core.strategy.OrebroStrategy;
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
import se.klinedu.core.testkit.PublicApiSweep;

/**
 * Every public method of core's exported API rejects {@code null} with a {@link NullPointerException}
 * (STYLE.md, "Validation and errors"), checked by the test kit's {@link PublicApiSweep}.
 *
 * <p>The public classes are found by scanning the main classes, so a new class is covered without
 * editing this test; a new type also needs a sample in {@link #samples()}, which
 * {@code every_public_type_has_a_sample_instance} demands.
 */
class PublicApiNullTest {

    private static final String CORE = "se.klinedu.core";
    private static final String INTERNAL = "se.klinedu.core.internal";

    /** The sweep over the public top-level classes of every package but {@code internal}, generated {@code Immutable*} excluded. */
    private static final PublicApiSweep SWEEP = PublicApiSweep.of(CORE, samples());

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
    void no_class_goes_without_a_sample_for_having_only_static_methods() {
        assertEquals(List.of(), SWEEP.staticOnlyClasses());
    }

    @Test
    void finds_the_public_classes_of_every_exported_package() {
        Set<String> packages = Set.of(CORE, CORE + ".crosswalk", CORE + ".json", CORE + ".measure",
                CORE + ".organisation", CORE + ".period", CORE + ".strategy", CORE + ".substrategy",
                CORE + ".supervision");

        assertTrue(PUBLIC_CLASSES.containsAll(List.of(Counts.class, KlineduJson.class, Due.class,
                OrganisationTree.class, ReportingPeriod.class, OrebroStrategy.class, Roster.class)));
        assertTrue(PUBLIC_CLASSES.stream().map(Class::getPackageName).collect(toSet()).containsAll(packages));
    }

    @Test
    void leaves_out_generated_and_internal_classes() {
        List<String> names = PUBLIC_CLASSES.stream().map(Class::getName).collect(toList());

        assertFalse(names.stream().anyMatch(name -> name.contains(".Immutable")), names.toString());
        assertFalse(names.stream().anyMatch(name -> name.startsWith(INTERNAL)), names.toString());
    }

    /**
     * One valid value per public type, used both as the tester's defaults and as instances under test;
     * java.time has no default in guava-testlib, every other JDK type keeps the tester's own default.
     */
    private static Map<Class<?>, Object> samples() {
        Random random = new Random(20240902L);
        OrebroStrategy strategy = OrebroStrategy.load();
        SupervisorTrainingCatalogue stockholm = SupervisorTrainingCatalogue.stockholm();
        LearningEnvironmentLevels levels = LearningEnvironmentLevels.load();

        OverallGoal overallGoal = strategy.overallGoals().get(0);
        EffectGoal effectGoal = overallGoal.effectGoals().get(0);
        PriorityArea priorityArea = strategy.priorityAreas().stream()
                .filter(area -> !area.effectGoalLinks().isEmpty()).findFirst().orElseThrow();
        IdentifiedNeed identifiedNeed = priorityArea.identifiedNeeds().get(0);
        ImplementationRule implementationRule = strategy.implementationRules().get(0);
        RecurringReview recurringReview = strategy.recurringReviews().get(0);

        SupervisorTraining training = stockholm.trainings().stream()
                .filter(t -> t.scope().isPresent()).findFirst().orElseThrow();
        TrainingScope scope = training.scope().orElseThrow();
        SupervisionRole role = stockholm.roles().get(0);
        TrainingId minimumLevel = stockholm.minimumLevelTraining().orElseThrow();
        StaffMember staffMember = StaffMember.of(StaffId.of("emp-0042"), Set.of(minimumLevel));
        Roster roster = Roster.of(List.of(staffMember, StaffMember.of(StaffId.of("emp-0043"), Set.of())));
        Threshold threshold = Threshold.moreThan(90);

        PlannedMeasure measure = CoreGenerators.plannedMeasure(random);
        OrganisationTree tree = CoreGenerators.organisationTree(random, 8);
        CalendarYear year = CalendarYear.of(2024);

        Map<Class<?>, Object> samples = new LinkedHashMap<>();
        samples.put(LocalDate.class, LocalDate.of(2024, 9, 2));
        samples.put(Counts.class, Counts.of(46, 50));
        samples.put(Identifier.class, effectGoal.id());
        samples.put(InvalidInputException.class, InvalidInputException.of("numerator", "must be 0..2", 3));
        samples.put(LocalizedText.class, CoreGenerators.localizedText(random));
        samples.put(Provenance.class, strategy.provenance());
        samples.put(Threshold.class, threshold);
        samples.put(KlineduJson.class, KlineduJson.standard());

        samples.put(Due.class, Due.on(LocalDate.of(2026, 10, 1)));
        samples.put(PlannedMeasure.class, measure);
        samples.put(MeasureFollowUp.class, measure.followUpAt(LocalDate.of(2025, 6, 30)));
        HelseSorOstSubStrategy subStrategy = HelseSorOstSubStrategy.load();
        MeasurePlan plan = subStrategy.measurePlan();
        MeasureReport report = MeasureReport.builder().measure(plan.measures().get(0)).status(MeasureStatus.ONGOING)
                .addResponsible("regional utdanningsdirektør").due(Due.on(LocalDate.of(2025, 12, 31)))
                .startedOn(LocalDate.of(2024, 1, 15)).build();
        PlanProgress progress = plan.progressAt(List.of(report), LocalDate.of(2025, 6, 30));
        samples.put(MeasureId.class, report.measure());
        samples.put(MeasureAreaId.class, plan.areas().get(0).id());
        samples.put(MeasureArea.class, plan.areas().get(0));
        samples.put(MeasurePlan.class, plan);
        samples.put(MeasureReport.class, report);
        samples.put(PlanProgress.class, progress);
        samples.put(AreaProgress.class, progress.areas().get(0));
        samples.put(MeasureProgress.class, progress.measures().get(0));

        FocusArea focusArea = subStrategy.focusAreas().get(0);
        samples.put(HelseSorOstSubStrategy.class, subStrategy);
        samples.put(FocusArea.class, focusArea);
        samples.put(FocusAreaId.class, focusArea.id());
        samples.put(DesiredOutcome.class, focusArea.desiredOutcomes().get(0));
        samples.put(DesiredOutcomeId.class, focusArea.desiredOutcomes().get(0).id());
        samples.put(RegionalMeasure.class, focusArea.measures().get(0));
        samples.put(RegionalMeasureId.class, focusArea.measures().get(0).id());
        NordicCrosswalk crosswalk = NordicCrosswalk.load();
        samples.put(NordicCrosswalk.class, crosswalk);
        samples.put(CrosswalkLink.class, crosswalk.links().get(0));

        samples.put(LearningEnvironmentLevels.class, levels);
        samples.put(LevelGuidance.class, levels.levels().get(0));
        samples.put(OrganisationTree.class, tree);
        samples.put(OrganisationUnit.class, tree.root());
        samples.put(OrganisationUnitId.class, tree.root().id());

        samples.put(ReportingPeriod.class, year);
        samples.put(CalendarYear.class, year);
        samples.put(Term.class, Term.of(TermHalf.SPRING, 2024));
        samples.put(StrategyPeriod.class, strategy.period());

        samples.put(OrebroStrategy.class, strategy);
        samples.put(OverallGoal.class, overallGoal);
        samples.put(OverallGoalId.class, overallGoal.id());
        samples.put(EffectGoal.class, effectGoal);
        samples.put(EffectGoalId.class, effectGoal.id());
        samples.put(PriorityArea.class, priorityArea);
        samples.put(PriorityAreaId.class, priorityArea.id());
        samples.put(EffectGoalLink.class, priorityArea.effectGoalLinks().get(0));
        samples.put(IdentifiedNeed.class, identifiedNeed);
        samples.put(IdentifiedNeedId.class, identifiedNeed.id());
        samples.put(ImplementationRule.class, implementationRule);
        samples.put(ImplementationRuleId.class, implementationRule.id());
        samples.put(RecurringReview.class, recurringReview);
        samples.put(RecurringReviewId.class, recurringReview.id());

        samples.put(SupervisorTrainingCatalogue.class, stockholm);
        samples.put(SupervisorTraining.class, training);
        samples.put(TrainingId.class, minimumLevel);
        samples.put(TrainingScope.class, scope);
        samples.put(HoursPolicy.class, HoursPolicy.standard());
        samples.put(HoursEstimate.class, scope.estimatedHours(HoursPolicy.standard()));
        samples.put(SupervisionRole.class, role);
        samples.put(SupervisionRoleId.class, role.id());
        samples.put(Qualification.class, stockholm.qualification(role.id(), Set.of(minimumLevel)));
        samples.put(StaffId.class, staffMember.id());
        samples.put(StaffMember.class, staffMember);
        samples.put(Roster.class, roster);
        samples.put(TrainingCoverage.class, roster.coverage(minimumLevel, threshold));
        return samples;
    }
}
