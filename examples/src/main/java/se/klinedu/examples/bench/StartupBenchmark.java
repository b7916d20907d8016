package se.klinedu.examples.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Benchmark (d): the reference data loaded in a fresh JVM ({@link LoadMain}) against a bare JVM start
 * ({@link EmptyMain}), both launched as {@code java -cp <the benchmark's class path> <main>} with the same
 * JVM as the benchmark and no options; one operation is one launch, waited for to its end. The cost of
 * the reference data is the difference of the two scores.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 5, time = 5)
@Fork(1)
public class StartupBenchmark {

    /**
     * {@return the exit code of a JVM that loads every reference data set}
     * @throws Exception if the launch fails
     */
    @Benchmark
    public int load() throws Exception {
        return launch(LoadMain.class);
    }

    /**
     * {@return the exit code of a JVM that does nothing}
     * @throws Exception if the launch fails
     */
    @Benchmark
    public int bare() throws Exception {
        return launch(EmptyMain.class);
    }

    static int launch(Class<?> main) throws IOException, InterruptedException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process process = new ProcessBuilder(List.of(java, "-cp", System.getProperty("java.class.path"), main.getName()))
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(ProcessBuilder.Redirect.INHERIT)
                .start();
        int exit = process.waitFor();
        if (exit != 0) {
            throw new IllegalStateException(main.getName() + " exited with " + exit);
        }
        return exit;
    }
}
