package se.klinedu.core.json;

import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.stream.LongStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import se.klinedu.core.Counts;
import se.klinedu.core.Threshold;
import se.klinedu.core.crosswalk.NordicCrosswalk;
import se.klinedu.core.generators.CoreGenerators;
import se.klinedu.core.generators.Seeds;
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
import se.klinedu.core.testkit.MutatedJson;
import se.klinedu.core.testkit.MutatedJson.Mutation;
import se.klinedu.core.testkit.MutatedJson.Outcome;

/**
 * Generated bad input for core's documents: every mutation of a valid document (generated, or a shipped
 * reference resource) is either rejected with {@code InvalidInputException} naming a JSON path, or read as
 * a value that writes back to an equivalent document. A failure names the seed, the document and the case
 * index, which reproduce it: {@code MutatedJson.source(valid).mutate(new Random(caseSeed(seed, index)), index)}.
 */
class MutatedInputLaws {

    /** Mutations per document and seed; the seeds take turns at the kinds, so every kind runs for every document. */
    private static final int CASES_PER_DOCUMENT = 5;

    private static final AtomicInteger ACCEPTED = new AtomicInteger();
    private static final AtomicInteger REJECTED = new AtomicInteger();
    private static final AtomicLong NANOS = new AtomicLong();

    /** A kind of document: its name, its type and a valid document from a seeded random. */
    private record Document(String name, Class<?> type, Function<Random, MutatedJson.Source> valid) {
    }

    private static final KlineduJson JSON = KlineduJson.standard();
    private static final SupervisorTrainingCatalogue STOCKHOLM = SupervisorTrainingCatalogue.stockholm();

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

    private static Document generated(String name, Class<?> type, Function<Random, Object> generator) {
        return new Document(name, type, random -> MutatedJson.source(JSON.write(generator.apply(random))));
    }

    private static Document resource(String name, Class<?> type, String resource) {
        String text;
        try (InputStream in = MutatedInputLaws.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        MutatedJson.Source source = MutatedJson.source(text);
        return new Document(name, type, random -> source);
    }

    static LongStream seeds() {
        return Seeds.seeds();
    }

    /** {@return the seed of case {@code index} of a law's seed} */
    static long caseSeed(long seed, int index) {
        return seed * 1_000_003L + index;
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void every_mutated_document_is_read_unaltered_or_rejected_naming_a_json_path(long seed) {
        // a hang guard only, not a performance assertion: the batch takes well under a second
        assertTimeoutPreemptively(Duration.ofSeconds(10), () -> {
            long start = System.nanoTime();
            for (Document document : DOCUMENTS) {
                MutatedJson.Source valid = document.valid().apply(new Random(seed));
                int first = (int) Math.floorMod(seed, (long) MutatedJson.Kind.values().length);
                for (int index = first; index < first + CASES_PER_DOCUMENT; index++) {
                    Mutation mutation = valid.mutate(new Random(caseSeed(seed, index)), index);
                    Outcome outcome = MutatedJson.check(mutation, document.type(),
                            "seed " + seed + ", " + document.name() + ", case " + index);
                    (outcome == Outcome.ACCEPTED ? ACCEPTED : REJECTED).incrementAndGet();
                }
            }
            NANOS.addAndGet(System.nanoTime() - start);
        });
    }

    @AfterAll
    static void summary() {
        System.out.printf("MutatedInputLaws core: %d mutated documents (%d read unaltered, %d rejected) in %d ms%n",
                ACCEPTED.get() + REJECTED.get(), ACCEPTED.get(), REJECTED.get(), NANOS.get() / 1_000_000);
    }
}
