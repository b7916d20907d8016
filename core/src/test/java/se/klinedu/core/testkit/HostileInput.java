package se.klinedu.core.testkit;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Supplier;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import se.klinedu.core.InvalidInputException;

/**
 * The hostile-input law of the test kit: a document an attacker crafts (extreme exponents, deep nesting,
 * long chains, huge arrays and strings at the codec's limits) is read by a module's public entry point
 * and must be rejected with an {@link InvalidInputException} whose message is short, or accepted, within
 * work bounded by the document's size.
 *
 * <p>The laws run in a JVM of their own with a small heap (the {@code hostile-input} execution of
 * surefire, {@code -Xmx256m}): a read that tries to build a billion-character string or recurses down a
 * long chain ends in an {@link OutOfMemoryError} or {@link StackOverflowError}, which fails the law.
 * Work is counted, not timed: the bytes the reading thread allocates (HotSpot's per-thread counter) must
 * stay within {@link #ALLOCATION_PER_BYTE} times the document's length plus {@link #ALLOCATION_BASE}.
 * Each case's allocation and wall time are returned, for the bad-input tables of the READMEs.
 */
public final class HostileInput {

    /** The most characters a rejection's message may have: it quotes at most a short prefix of a value. */
    public static final int MAX_MESSAGE_LENGTH = 600;
    /** The bytes a read may allocate per byte of the document. */
    public static final long ALLOCATION_PER_BYTE = 200;
    /** The bytes a read may allocate whatever the document's length (class loading, first use of the codec). */
    public static final long ALLOCATION_BASE = 64L * 1024 * 1024;

    private HostileInput() {
    }

    /**
     * HotSpot's count of the bytes the current thread has allocated, reached by reflection: the tests run
     * patched into the modules under test, which do not read {@code java.management}.
     */
    private static long allocatedByThisThread() {
        try {
            Object threads = Class.forName("java.lang.management.ManagementFactory").getMethod("getThreadMXBean")
                    .invoke(null);
            Method allocated = Class.forName("com.sun.management.ThreadMXBean").getMethod("getCurrentThreadAllocatedBytes");
            return (long) allocated.invoke(threads);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError("this JVM does not count allocated bytes per thread", e);
        }
    }

    /** What a hostile document did: accepted or rejected, at what cost. */
    public record Outcome(String name, long documentBytes, boolean accepted, String message, long allocatedBytes,
            long millis) {

        /** {@return one row of a bad-input table: case, size, outcome, allocation and time} */
        public String row() {
            return String.format(Locale.ROOT, "| %s | %,d B | %s | %,d MB | %,d ms |", name, documentBytes,
                    accepted ? "accepted" : "rejected: " + message.replace("|", "\\|"),
                    allocatedBytes / (1024 * 1024), millis);
        }
    }

    /**
     * The outcomes of one test class, printed when it ends as the rows of a README's bad-input table: a JUnit
     * extension, which a module's {@code HostileInputLaws} registers as
     * {@code @RegisterExtension static final HostileInput.Table TABLE = new HostileInput.Table();}.
     */
    public static final class Table implements AfterAllCallback {

        private final List<Outcome> outcomes = new ArrayList<>();

        /**
         * Keeps an outcome for the table.
         *
         * @param outcome the outcome
         * @return the outcome
         */
        public synchronized Outcome add(Outcome outcome) {
            outcomes.add(outcome);
            return outcome;
        }

        /** Prints the table to standard output, which surefire keeps in the test class's output file. */
        @Override
        public void afterAll(ExtensionContext context) {
            print();
        }

        /** Prints the table to standard output, which surefire keeps in the test class's output file. */
        public synchronized void print() {
            System.out.println("| case | size | outcome | allocated | time |");
            outcomes.forEach(outcome -> System.out.println(outcome.row()));
        }
    }

    /**
     * Reads a hostile document and checks the law.
     *
     * @param <T> what the reader returns
     * @param name the case, for messages and tables
     * @param document the document
     * @param reader the module's entry point, which returns the value read or throws
     * @return the outcome
     */
    public static <T> Outcome read(String name, String document, Function<String, T> reader) {
        return read(name, document.getBytes(StandardCharsets.UTF_8).length, () -> reader.apply(document));
    }

    /**
     * Runs a hostile input through an entry point that is not a reader of one text (a factory given a huge
     * value, a folder of files) and checks the law.
     *
     * @param name the case, for messages and tables
     * @param inputBytes the size of the input, for the allocation bound
     * @param action the call, which returns a value or throws
     * @return the outcome
     */
    public static Outcome read(String name, long inputBytes, Supplier<?> action) {
        long allocatedBefore = allocatedByThisThread();
        long start = System.nanoTime();
        boolean accepted;
        String message = "";
        try {
            Objects.requireNonNull(action.get(), name + " returned null");
            accepted = true;
        } catch (InvalidInputException e) {
            accepted = false;
            message = e.getMessage();
        } catch (RuntimeException | Error e) {
            throw new AssertionError(name + ": only InvalidInputException may be thrown, was " + e.getClass().getName()
                    + ": " + shortened(String.valueOf(e.getMessage())), e);
        }
        long millis = (System.nanoTime() - start) / 1_000_000;
        long allocated = allocatedByThisThread() - allocatedBefore;
        if (!accepted) {
            assertTrue(message.length() <= MAX_MESSAGE_LENGTH,
                    name + ": a rejection's message must be short, was " + message.length() + " characters: "
                            + shortened(message));
        }
        long bound = ALLOCATION_PER_BYTE * inputBytes + ALLOCATION_BASE;
        if (allocated > bound) {
            fail(name + ": allocated " + allocated + " bytes for " + inputBytes + " bytes of input, more than " + bound);
        }
        return new Outcome(name, inputBytes, accepted, message, allocated, millis);
    }

    /**
     * Requires an outcome to be a rejection whose message says something.
     *
     * @param outcome the outcome
     * @param expected a part of the message
     * @return the outcome
     */
    public static Outcome rejected(Outcome outcome, String expected) {
        assertTrue(!outcome.accepted(), outcome.name() + ": must be rejected");
        assertTrue(outcome.message().contains(expected),
                outcome.name() + ": the message must contain '" + expected + "', was " + outcome.message());
        return outcome;
    }

    /**
     * Requires an outcome to be an acceptance.
     *
     * @param outcome the outcome
     * @return the outcome
     */
    public static Outcome accepted(Outcome outcome) {
        assertTrue(outcome.accepted(), outcome.name() + ": must be accepted, was rejected: " + outcome.message());
        return outcome;
    }

    private static String shortened(String text) {
        return text.length() <= 200 ? text : text.substring(0, 200) + "… (" + text.length() + " characters)";
    }
}
