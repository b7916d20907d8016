package se.klinedu.core;

import java.util.List;
import java.util.Set;
import se.klinedu.core.crosswalk.NordicCrosswalk;
import se.klinedu.core.explain.ReasonTexts;
import se.klinedu.core.explain.Renderer;
import se.klinedu.core.generators.CoreTypeSamples;
import se.klinedu.core.json.KlineduJson;
import se.klinedu.core.measure.Due;
import se.klinedu.core.organisation.LearningEnvironmentLevels;
import se.klinedu.core.organisation.OrganisationTree;
import se.klinedu.core.period.ReportingPeriod;
import se.klinedu.core.strategy.OrebroStrategy;
import se.klinedu.core.substrategy.HelseSorOstSubStrategy;
import se.klinedu.core.supervision.Roster;
import se.klinedu.core.testkit.PublicApiNullContract;
import se.klinedu.core.testkit.TypeSamples;

/**
 * Null-hostility and value semantics of core's exported API, swept by {@link PublicApiNullContract} with
 * samples from {@link CoreTypeSamples}. No public class of core goes without a sample: every one has an
 * instance.
 */
class PublicApiNullTest extends PublicApiNullContract {

    private static final String CORE = "se.klinedu.core";

    @Override
    protected String modulePackage() {
        return CORE;
    }

    @Override
    protected TypeSamples samples() {
        return CoreTypeSamples.all();
    }

    /**
     * Not values: the codec, the reason texts and the renderers are services (one shared instance each, a
     * renderer per language), and an exception is an event whose identity is what a caller compares; none
     * overrides equals, and a value type that forgot to would show up here.
     */
    @Override
    protected List<Class<?>> identityTypes() {
        return List.of(InvalidInputException.class, KlineduJson.class, ReasonTexts.class, Renderer.class);
    }

    /** Reference data loaded from the module's resources has one value; its equality test has one group. */
    @Override
    protected List<Class<?>> singleValuedTypes() {
        return List.of(HelseSorOstSubStrategy.class, NordicCrosswalk.class, LearningEnvironmentLevels.class,
                OrebroStrategy.class, Glossary.class);
    }

    /** No class goes without a sample for having only static methods. */
    @Override
    protected List<Class<?>> staticOnlyClasses() {
        return List.of();
    }

    @Override
    protected Set<String> exportedPackages() {
        return Set.of(CORE, CORE + ".crosswalk", CORE + ".explain", CORE + ".json", CORE + ".measure", CORE + ".organisation",
                CORE + ".period", CORE + ".strategy", CORE + ".substrategy", CORE + ".supervision");
    }

    @Override
    protected List<Class<?>> someKnownClasses() {
        return List.of(Counts.class, KlineduJson.class, Due.class, OrganisationTree.class, ReportingPeriod.class,
                OrebroStrategy.class, Roster.class);
    }
}
