package se.klinedu.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Runs the tour with core and Jackson on a real module path, as a user's modular application would:
 * surefire opens every package to the tests, which hides a missing {@code opens} in module-info.
 */
class ModulePathTest {

    @Test
    void the_tour_runs_with_core_as_a_named_module() throws IOException, InterruptedException {
        List<String> entries = Arrays.asList(System.getProperty("java.class.path").split(File.pathSeparator));
        String modulePath = entries.stream().filter(ModulePathTest::isCoreOrJackson)
                .collect(Collectors.joining(File.pathSeparator));
        String classPath = entries.stream().filter(entry -> Path.of(entry).endsWith(Path.of("examples", "target", "classes")))
                .collect(Collectors.joining(File.pathSeparator));
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();

        Process process = new ProcessBuilder(java, "--module-path", modulePath, "--add-modules", "se.klinedu.core",
                "-cp", classPath, ReferenceDataTour.class.getName()).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(60, TimeUnit.SECONDS));

        assertEquals(0, process.exitValue(), output);
        assertTrue(output.contains("3.4  Bidra till goda möjligheter till internationella utbyten"), output);
        assertTrue(modulePath.contains("core"), modulePath);
    }

    @Test
    void every_module_reads_its_reference_data_and_round_trips_its_values_as_named_modules()
            throws IOException, InterruptedException {
        List<String> entries = Arrays.asList(System.getProperty("java.class.path").split(File.pathSeparator));
        String modulePath = entries.stream().filter(ModulePathTest::isLibraryOrJackson)
                .collect(Collectors.joining(File.pathSeparator));
        String classPath = entries.stream().filter(ModulePathTest::isTestCode)
                .collect(Collectors.joining(File.pathSeparator));
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();

        Process process = new ProcessBuilder(java, "--module-path", modulePath,
                "--add-modules", "se.klinedu.core,se.klinedu.indicators,se.klinedu.grading",
                "-cp", classPath, ModulePathProbe.class.getName()).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(120, TimeUnit.SECONDS));

        assertEquals(0, process.exitValue(), output);
        assertTrue(output.contains("indicators: 26"), output);
        assertTrue(output.matches("(?s).*JSON round trips: [1-9][0-9]+.*"), output);
        
    }

    private static final List<String> MODULES = List.of("core", "indicators", "grading");

    private static boolean isLibraryOrJackson(String entry) {
        Path path = Path.of(entry);
        String name = path.getFileName().toString();
        return name.startsWith("jackson-") || MODULES.stream().anyMatch(module ->
                name.startsWith("klinedu-" + module + "-") && !name.endsWith("-tests.jar")
                        || path.endsWith(Path.of(module, "target", "classes")));
    }

    private static boolean isTestCode(String entry) {
        Path path = Path.of(entry);
        String name = path.getFileName().toString();
        return path.endsWith(Path.of("examples", "target", "test-classes")) || MODULES.stream().anyMatch(module ->
                name.startsWith("klinedu-" + module + "-") && name.endsWith("-tests.jar")
                        || path.endsWith(Path.of(module, "target", "test-classes")));
    }

    private static boolean isCoreOrJackson(String entry) {
        Path path = Path.of(entry);
        String name = path.getFileName().toString();
        return name.startsWith("jackson-") || name.startsWith("klinedu-core-") && !name.endsWith("-tests.jar")
                || path.endsWith(Path.of("core", "target", "classes"));
    }
}
