package se.klinedu.grading.json;

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
import se.klinedu.core.generators.Seeds;
import se.klinedu.core.json.KlineduJson;
import se.klinedu.core.testkit.MutatedJson;
import se.klinedu.core.testkit.MutatedJson.Mutation;
import se.klinedu.core.testkit.MutatedJson.Outcome;
import se.klinedu.grading.actionplan.ActionPlan;
import se.klinedu.grading.actionplan.InspectionReport;
import se.klinedu.grading.assessment.Assessment;
import se.klinedu.grading.assessment.GradingPolicy;
import se.klinedu.grading.criteria.SpurModel;
import se.klinedu.grading.generators.GradingGenerators;
import se.klinedu.grading.interval.InspectionIntervalPolicy;
import se.klinedu.grading.interval.UnitInspections;

/**
 * Generated bad input for grading's documents: every mutation of a valid document (generated, or the shipped
 * SPUR model and worked example) is either rejected with {@code InvalidInputException} naming a JSON path, or
 * read as a value that writes back to an equivalent document. A failure names the seed, the document and the
 * case index, which reproduce it: {@code MutatedJson.source(valid).mutate(new Random(caseSeed(seed, index)), index)}.
 */
class MutatedInputLaws {

    /** Mutations per document and seed; the seeds take turns at the kinds, so every kind runs for every document. */
    private static final int CASES_PER_DOCUMENT = 5;
    private static final SpurModel MODEL = SpurModel.load();
    private static final KlineduJson JSON = KlineduJson.standard();

    private static final AtomicInteger ACCEPTED = new AtomicInteger();
    private static final AtomicInteger REJECTED = new AtomicInteger();
    private static final AtomicLong NANOS = new AtomicLong();

    private record Document(String name, Class<?> type, Function<Random, MutatedJson.Source> valid) {
    }

    private static final List<Document> DOCUMENTS = List.of(
            generated("Assessment", Assessment.class, random -> GradingGenerators.assessment(random, MODEL)),
            generated("ActionPlan", ActionPlan.class, random -> GradingGenerators.actionPlan(random, MODEL)),
            generated("InspectionReport", InspectionReport.class, random -> GradingGenerators.inspectionReport(random, MODEL)),
            generated("GradingPolicy", GradingPolicy.class, GradingGenerators::gradingPolicy),
            generated("InspectionIntervalPolicy", InspectionIntervalPolicy.class, GradingGenerators::intervalPolicy),
            generated("UnitInspections", UnitInspections.class, random -> GradingGenerators.unitInspections(random, "u-1")),
            resource("spur-model.json", SpurModel.class, "/se/klinedu/grading/criteria/spur-model.json"),
            resource("worked-example-003.json", InspectionReport.class, "/se/klinedu/grading/actionplan/worked-example-003.json"));

    private static Document generated(String name, Class<?> type, Function<Random, Object> generator) {
        return new Document(name, type, random -> MutatedJson.source(JSON.write(generator.apply(random))));
    }

    private static Document resource(String name, Class<?> type, String resource) {
        try (InputStream in = MutatedInputLaws.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            MutatedJson.Source source = MutatedJson.source(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            return new Document(name, type, random -> source);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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
        // a hang guard only, not a performance assertion
        assertTimeoutPreemptively(Duration.ofSeconds(10), () -> {
            long start = System.nanoTime();
            int first = (int) Math.floorMod(seed, (long) MutatedJson.Kind.values().length);
            for (Document document : DOCUMENTS) {
                MutatedJson.Source valid = document.valid().apply(new Random(seed));
                for (int index = first; index < first + CASES_PER_DOCUMENT; index++) {
                    Mutation mutation = valid.mutate(new Random(caseSeed(seed, index)), index);
                    // every text is written back exactly as read: a date in the report's words is kept as written
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
        System.out.printf("MutatedInputLaws grading: %d mutated documents (%d read unaltered, %d rejected) in %d ms%n",
                ACCEPTED.get() + REJECTED.get(), ACCEPTED.get(), REJECTED.get(), NANOS.get() / 1_000_000);
    }
}
