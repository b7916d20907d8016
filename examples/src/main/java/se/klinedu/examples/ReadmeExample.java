package se.klinedu.examples;

import se.klinedu.core.Threshold;
import se.klinedu.core.json.KlineduJson;
import se.klinedu.core.strategy.EffectGoal;
import se.klinedu.core.strategy.EffectGoalId;
import se.klinedu.core.strategy.OrebroStrategy;
import se.klinedu.core.supervision.Roster;
import se.klinedu.core.supervision.SupervisorTrainingCatalogue;
import se.klinedu.core.supervision.TrainingCoverage;
import se.klinedu.core.supervision.TrainingId;

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
        // README:begin
        OrebroStrategy strategy = OrebroStrategy.load();
        EffectGoal goal = strategy.effectGoal(EffectGoalId.of("1.1"));   // Hög andel medarbetare med relevant utbildning ...

        SupervisorTrainingCatalogue stockholm = SupervisorTrainingCatalogue.stockholm();
        TrainingId minimumLevel = stockholm.minimumLevelTraining().orElseThrow();

        Roster roster = KlineduJson.standard().read(rosterJson, Roster.class);    // invalid input: InvalidInputException
        TrainingCoverage coverage = roster.coverage(minimumLevel, Threshold.moreThan(90));
        // coverage.status()            NOT_PASSED for 9 trained of 10: exactly 90 % is not "> 90 %"
        // coverage.additionalToTrain() 1
        // coverage.reason()            "9/10 trained; > 90 % needs at least 10 of 10"
        // README:end
        return goal.id() + " " + KlineduJson.standard().write(coverage);
    }
}
