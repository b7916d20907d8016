package se.klinedu.examples;

import se.klinedu.core.Counts;
import se.klinedu.core.Threshold;
import se.klinedu.core.json.KlineduJson;
import se.klinedu.core.organisation.OrganisationUnitId;
import se.klinedu.core.period.CalendarYear;
import se.klinedu.core.strategy.EffectGoal;
import se.klinedu.core.strategy.EffectGoalId;
import se.klinedu.core.strategy.OrebroStrategy;
import se.klinedu.core.supervision.Roster;
import se.klinedu.core.supervision.SupervisorTrainingCatalogue;
import se.klinedu.core.supervision.TrainingCoverage;
import se.klinedu.core.supervision.TrainingId;
import se.klinedu.grading.actionplan.InspectionReport;
import se.klinedu.grading.assessment.Grades;
import se.klinedu.grading.assessment.GradingPolicy;
import se.klinedu.grading.assessment.InspectionResult;
import se.klinedu.grading.criteria.SpurModel;
import se.klinedu.indicators.evaluation.EvaluationPolicy;
import se.klinedu.indicators.evaluation.Evaluations;
import se.klinedu.indicators.evaluation.IndicatorResult;
import se.klinedu.indicators.target.Indicator;
import se.klinedu.indicators.target.IndicatorCatalogue;
import se.klinedu.indicators.target.IndicatorId;

/**
 * The usage example of the README, compiled and tested here so that it cannot rot.
 */
public final class ReadmeExample {

    private ReadmeExample() {
    }

    /**
     * Reads a unit's roster and tells how many more people need the minimum-level supervisor training
     * for "Andel medarbetare med grundutbildning i klinisk handledning ska uppgå till &gt;90 procent".
     *
     * @param rosterJson the roster, as JSON
     * @return the coverage, as JSON
     */
    public static String coverageOf(String rosterJson) {
        // README:begin roster
        OrebroStrategy strategy = OrebroStrategy.load();
        EffectGoal goal = strategy.get(EffectGoalId.of("1.1"));   // Hög andel medarbetare med relevant utbildning ...

        SupervisorTrainingCatalogue stockholm = SupervisorTrainingCatalogue.load("stockholm");
        TrainingId minimumLevel = stockholm.minimumLevelTraining().orElseThrow();

        Roster roster = KlineduJson.standard().read(rosterJson, Roster.class);    // invalid input: InvalidInputException
        TrainingCoverage coverage = roster.coverage(minimumLevel, Threshold.moreThan(90));
        // coverage.status()            NOT_PASSED for 9 trained of 10: exactly 90 % is not "> 90 %"
        // coverage.additionalToTrain() 1
        // coverage.reasons()           one reason, training.coverage-short, which Renderer.of("en") renders as
        //                              "9 of 10 staff have the training; more than 90% needs at least 10 of 10: 1 more to train."
        // README:end
        return goal.id() + " " + KlineduJson.standard().write(coverage);
    }

    /**
     * Evaluates one indicator and grades the SPUR report of document 003 before and after its action plan.
     *
     * @return the indicator's result, the grades before and the grades after, as JSON lines
     */
    public static String indicatorAndGrades() {
        // README:begin indicators-and-grading
        IndicatorCatalogue orebro = IndicatorCatalogue.load("orebro");
        Indicator supervision = orebro.get(IndicatorId.of("1.1.1"));   // ... ska uppgå till >90 procent
        IndicatorResult result = Evaluations.evaluateCounts(supervision, OrganisationUnitId.of("clinic-7"),
                CalendarYear.of(2025), Counts.of(46, 50), EvaluationPolicy.standard());
        // result.status()    MET: 46 of 50 is 92 %, more than 90 %
        // result.certainty() UNCERTAIN: the 95 % Wilson interval, 81.2–96.8 %, straddles 90 %

        SpurModel spur = SpurModel.load();
        InspectionReport report = InspectionReport.load();           // document 003 as data
        InspectionResult before = Grades.inspect(spur, report.assessment(), GradingPolicy.standard());
        InspectionResult after = report.actionPlan().regrade(before, spur);
        // before.actionPlanRequired()  true: areas A, B and D–H have D under both regulations
        // after: those areas are C ("Graderingen är ändrad till C"); every grade carries its reasons, as codes with arguments that
        // Renderer.of("sv"), "nb" or "en" turns into sentences
        // README:end
        KlineduJson json = KlineduJson.standard();
        return json.write(result) + "\n" + json.write(before) + "\n" + json.write(after);
    }
}
