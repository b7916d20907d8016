package se.klinedu.core.json;

import static se.klinedu.core.testkit.MutatedInputContract.Document.generated;

import java.util.List;
import se.klinedu.core.Counts;
import se.klinedu.core.Threshold;
import se.klinedu.core.crosswalk.NordicCrosswalk;
import se.klinedu.core.generators.CoreGenerators;
import se.klinedu.core.measure.MeasurePlan;
import se.klinedu.core.measure.MeasureReport;
import se.klinedu.core.measure.PlannedMeasure;
import se.klinedu.core.organisation.LearningEnvironmentLevels;
import se.klinedu.core.organisation.OrganisationTree;
import se.klinedu.core.period.ReportingPeriod;
import se.klinedu.core.period.StrategyPeriod;
import se.klinedu.core.strategy.OrebroStrategy;
import se.klinedu.core.substrategy.HelseSorOstSubStrategy;
import se.klinedu.core.supervision.HoursPolicy;
import se.klinedu.core.supervision.Roster;
import se.klinedu.core.supervision.SupervisorTrainingCatalogue;
import se.klinedu.core.supervision.TrainingScope;
import se.klinedu.core.testkit.MutatedInputContract;

/** Generated bad input for core's documents: the law of {@link MutatedInputContract}. */
class MutatedInputLaws extends MutatedInputContract {

    private static final SupervisorTrainingCatalogue STOCKHOLM = SupervisorTrainingCatalogue.load("stockholm");

    private static final List<Document> DOCUMENTS = List.of(
            generated("Counts", Counts.class, CoreGenerators::counts),
            generated("Threshold", Threshold.class, CoreGenerators::threshold),
            generated("ReportingPeriod", ReportingPeriod.class, CoreGenerators::reportingPeriod),
            generated("StrategyPeriod", StrategyPeriod.class, CoreGenerators::strategyPeriod),
            generated("OrganisationTree", OrganisationTree.class, random -> CoreGenerators.organisationTree(random, 12)),
            generated("PlannedMeasure", PlannedMeasure.class, CoreGenerators::plannedMeasure),
            generated("MeasurePlan", MeasurePlan.class, random -> CoreGenerators.measurePlan(random, 3, 4)),
            generated("MeasureReport", MeasureReport.class,
                    random -> CoreGenerators.measureReport(random, CoreGenerators.measurePlan(random).measures().get(0))),
            generated("TrainingScope", TrainingScope.class, CoreGenerators::trainingScope),
            generated("HoursPolicy", HoursPolicy.class, CoreGenerators::hoursPolicy),
            generated("Roster", Roster.class, random -> CoreGenerators.roster(random, STOCKHOLM, 6)),
            resource("orebro-strategy.json", OrebroStrategy.class, "/se/klinedu/core/strategy/orebro-strategy.json"),
            resource("helse-sor-ost-sub-strategy.json", HelseSorOstSubStrategy.class,
                    "/se/klinedu/core/substrategy/helse-sor-ost-sub-strategy.json"),
            resource("nordic-crosswalk.json", NordicCrosswalk.class, "/se/klinedu/core/crosswalk/nordic-crosswalk.json"),
            resource("learning-environment-levels.json", LearningEnvironmentLevels.class,
                    "/se/klinedu/core/organisation/learning-environment-levels.json"),
            resource("stockholm-supervisor-training.json", SupervisorTrainingCatalogue.class,
                    "/se/klinedu/core/supervision/stockholm-supervisor-training.json"),
            resource("vo-college-steps.json", SupervisorTrainingCatalogue.class, "/se/klinedu/core/supervision/vo-college-steps.json"));

    private static Document resource(String name, Class<?> type, String resource) {
        return Document.resource(name, type, MutatedInputLaws.class.getResourceAsStream(resource));
    }

    @Override
    protected String module() {
        return "core";
    }

    @Override
    protected List<Document> documents() {
        return DOCUMENTS;
    }
}
