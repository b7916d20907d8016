package se.klinedu.examples.bench;

import se.klinedu.core.crosswalk.NordicCrosswalk;
import se.klinedu.core.organisation.LearningEnvironmentLevels;
import se.klinedu.core.strategy.OrebroStrategy;
import se.klinedu.core.substrategy.HelseSorOstSubStrategy;
import se.klinedu.core.supervision.SupervisorTrainingCatalogue;
import se.klinedu.grading.actionplan.InspectionReport;
import se.klinedu.grading.criteria.SpurModel;
import se.klinedu.indicators.target.IndicatorCatalogue;

/**
 * Loads every reference data set of the library once and prints how many items each holds; benchmark
 * (d) runs it in a fresh JVM and compares with {@link EmptyMain}.
 */
public final class LoadMain {

    private LoadMain() {
    }

    /**
     * Loads the reference data.
     *
     * @param args ignored
     */
    public static void main(String[] args) {
        System.out.println("strategy effect goals: " + OrebroStrategy.load().effectGoals().size());
        System.out.println("indicators: " + IndicatorCatalogue.load("orebro").indicators().size());
        System.out.println("SPUR criteria: " + SpurModel.load().criteria().size());
        System.out.println("worked example outcomes: " + InspectionReport.load().assessment().outcomes().size());
        System.out.println("Stockholm trainings: " + SupervisorTrainingCatalogue.load("stockholm").trainings().size());
        System.out.println("VO-College trainings: " + SupervisorTrainingCatalogue.load("vo-college").trainings().size());
        System.out.println("learning-environment levels: " + LearningEnvironmentLevels.load().levels().size());
        System.out.println("sub-strategy: " + HelseSorOstSubStrategy.load().getClass().getSimpleName());
        System.out.println("crosswalk: " + NordicCrosswalk.load().getClass().getSimpleName());
    }
}
