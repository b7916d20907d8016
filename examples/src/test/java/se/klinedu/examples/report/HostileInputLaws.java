package se.klinedu.examples.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static se.klinedu.examples.report.FollowUpCommandTest.copyOfSample;
import static se.klinedu.examples.report.FollowUpCommandTest.run;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import se.klinedu.core.json.KlineduJson;
import se.klinedu.core.testkit.HostileInput;
import se.klinedu.examples.report.FollowUpCommandTest.Run;

/**
 * Hostile data folders given to the follow-up command (run by surefire's {@code hostile-input} execution,
 * in a JVM of its own with a 256 MiB heap): each exits with 2 and a short message naming the file, in work
 * bounded by the folder's size, and writes nothing.
 */
class HostileInputLaws {

    /** The outcomes, printed when the class ends as the rows of the bad-input table in the module's README. */
    @RegisterExtension
    static final HostileInput.Table TABLE = new HostileInput.Table();

    @TempDir
    Path work;

    @Test
    void an_observations_file_past_sixteen_mebibytes_is_refused_unread() throws IOException {
        Path data = copyOfSample(work);
        String row = "1.1.1,vus-kirurgi,2021,24,34,,,\n";
        Files.writeString(data.resolve(DataFolder.OBSERVATIONS),
                row.repeat((int) (KlineduJson.MAX_DOCUMENT_LENGTH / row.length()) + 1), StandardOpenOption.APPEND);
        refused("observations.csv past 16 MiB", data, "observations.csv: is larger than 16777216 bytes");
    }

    @Test
    void an_observations_file_that_never_ends_is_refused_after_sixteen_mebibytes() throws IOException {
        Path data = copyOfSample(work);
        Files.delete(data.resolve(DataFolder.OBSERVATIONS));
        Files.createSymbolicLink(data.resolve(DataFolder.OBSERVATIONS), Path.of("/dev/zero"));
        refused("observations.csv linked to /dev/zero", data, "observations.csv: is larger than 16777216 bytes");
    }

    @Test
    void an_extreme_count_is_a_located_problem() throws IOException {
        Path data = copyOfSample(work);
        Files.writeString(data.resolve(DataFolder.OBSERVATIONS), "1.1.1,vus-kirurgi,2030,1e999999999,34,,,\n",
                StandardOpenOption.APPEND);
        refused("observations.csv with 1e999999999", data, "column 4 (numerator)");
    }

    @Test
    void an_organisation_deeper_than_the_limit_is_refused() throws IOException {
        Path data = copyOfSample(work);
        String chain = IntStream.range(0, 60).mapToObj(i -> "{\"id\":\"deep" + i + "\",\"name\":\"d\",\"level\":"
                + "\"work-team\",\"parent\":\"" + (i == 0 ? "vus-kirurgi-avd31" : "deep" + (i - 1)) + "\"}")
                .collect(Collectors.joining(","));
        Path organisation = data.resolve(DataFolder.ORGANISATION);
        String json = Files.readString(organisation, StandardCharsets.UTF_8);
        Files.writeString(organisation, json.replaceFirst("\"units\" : \\[", "\"units\" : [" + chain + ","));
        refused("organisation.json with a chain of 60 work teams", data, "steps below the root");
    }

    private void refused(String name, Path data, String expected) {
        Path out = work.resolve("out");
        TABLE.add(HostileInput.read(name, size(data), () -> {
            Run run = run("--data", data.toString(), "--date", "2026-06-30", "--out", out.toString());
            assertEquals(2, run.exit(), run.err());
            assertTrue(run.err().contains(expected), run.err());
            assertTrue(run.err().length() <= HostileInput.MAX_MESSAGE_LENGTH * 12, run.err().length() + " characters");
            assertTrue(Files.notExists(out), "nothing is written");
            return run;
        }));
    }

    private static long size(Path data) {
        try (var files = Files.walk(data)) {
            return files.filter(Files::isRegularFile).mapToLong(file -> {
                try {
                    return Files.size(file);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }).sum() + KlineduJson.MAX_DOCUMENT_LENGTH;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
