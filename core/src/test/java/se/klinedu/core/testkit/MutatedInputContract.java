package se.klinedu.core.testkit;

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
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import se.klinedu.core.generators.Seeds;
import se.klinedu.core.json.KlineduJson;
import se.klinedu.core.testkit.MutatedJson.Mutation;
import se.klinedu.core.testkit.MutatedJson.Outcome;

/**
 * Generated bad input for a module's documents: every mutation of a valid document (generated, or a
 * shipped reference resource) is either rejected with {@code InvalidInputException} naming a JSON path,
 * or read as a value that writes back to an equivalent document ({@link MutatedJson}'s law). A failure
 * names the seed, the document and the case index, which reproduce it:
 * {@code MutatedJson.source(valid).mutate(new Random(caseSeed(seed, index)), index)}.
 *
 * <p>A module's {@code MutatedInputLaws} extends this class, gives its documents and adds laws of its
 * own readers, counting their outcomes with {@link #count(Outcome)} and timing them with
 * {@link #timed(Executable)}; when the class ends, one line sums up the mutated documents.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class MutatedInputContract {

    /** Mutations per document and seed; the seeds take turns at the kinds, so every kind runs for every document. */
    protected static final int CASES_PER_DOCUMENT = 5;

    private static final KlineduJson JSON = KlineduJson.standard();

    private final AtomicInteger accepted = new AtomicInteger();
    private final AtomicInteger rejected = new AtomicInteger();
    private final AtomicLong nanos = new AtomicLong();

    /** For subclasses. */
    protected MutatedInputContract() {
    }

    /**
     * A kind of document: its name, the type it is read as and a valid document from a seeded random.
     *
     * @param name the document's name in failure messages
     * @param type the type the document is read as
     * @param valid a valid document from a seeded random
     */
    public record Document(String name, Class<?> type, Function<Random, MutatedJson.Source> valid) {

        /**
         * {@return a kind of document generated anew for each seed, written with {@link KlineduJson#standard()}}
         *
         * @param name the document's name in failure messages
         * @param type the type the document is read as
         * @param generator valid values from a seeded random
         */
        public static Document generated(String name, Class<?> type, Function<Random, Object> generator) {
            return new Document(name, type, random -> MutatedJson.source(JSON.write(generator.apply(random))));
        }

        /**
         * {@return a shipped resource as a document, the same for every seed}
         *
         * @param name the document's name in failure messages
         * @param type the type the document is read as
         * @param resource the resource, opened by the module's own class (so that module encapsulation is the
         *        module's), or null when it is missing
         */
        public static Document resource(String name, Class<?> type, InputStream resource) {
            if (resource == null) {
                throw new IllegalStateException("missing resource " + name);
            }
            try (resource) {
                MutatedJson.Source source = MutatedJson.source(new String(resource.readAllBytes(), StandardCharsets.UTF_8));
                return new Document(name, type, random -> source);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** {@return the module's name, for the summary line} */
    protected abstract String module();

    /** {@return the module's kinds of document} */
    protected abstract List<Document> documents();

    /**
     * {@return whether a text of the input and the text written back mean the same value: equal, unless the
     * module allows a documented normalisation}
     *
     * @param input a string of the mutated input
     * @param written the string written back in its place
     */
    protected boolean sameText(String input, String written) {
        return input.equals(written);
    }

    /** {@return the seeds of the laws, {@link Seeds#seeds()}} */
    protected static LongStream seeds() {
        return Seeds.seeds();
    }

    /**
     * {@return the seed of case {@code index} of a law's seed}
     *
     * @param seed the law's seed
     * @param index the case index
     */
    protected static long caseSeed(long seed, int index) {
        return seed * 1_000_003L + index;
    }

    /**
     * Counts an outcome for the summary line.
     *
     * @param outcome whether a mutated document was read without a problem or rejected
     */
    protected final void count(Outcome outcome) {
        (outcome == Outcome.ACCEPTED ? accepted : rejected).incrementAndGet();
    }

    /**
     * Runs a batch of mutated documents, timed for the summary line, under a hang guard of ten seconds (a
     * guard only, not a performance assertion: a batch takes well under a second).
     *
     * @param batch the batch
     */
    protected final void timed(Executable batch) {
        assertTimeoutPreemptively(Duration.ofSeconds(10), () -> {
            long start = System.nanoTime();
            batch.execute();
            nanos.addAndGet(System.nanoTime() - start);
        });
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void every_mutated_document_is_read_unaltered_or_rejected_naming_a_json_path(long seed) {
        timed(() -> {
            int first = (int) Math.floorMod(seed, (long) MutatedJson.Kind.values().length);
            for (Document document : documents()) {
                MutatedJson.Source valid = document.valid().apply(new Random(seed));
                for (int index = first; index < first + CASES_PER_DOCUMENT; index++) {
                    Mutation mutation = valid.mutate(new Random(caseSeed(seed, index)), index);
                    count(MutatedJson.check(mutation, document.type(),
                            "seed " + seed + ", " + document.name() + ", case " + index, this::sameText));
                }
            }
        });
    }

    @AfterAll
    final void summary() {
        System.out.printf("MutatedInputLaws %s: %d mutated documents (%d read unaltered or without a problem,"
                + " %d rejected or with problems) in %d ms%n", module(), accepted.get() + rejected.get(), accepted.get(),
                rejected.get(), nanos.get() / 1_000_000);
    }
}
