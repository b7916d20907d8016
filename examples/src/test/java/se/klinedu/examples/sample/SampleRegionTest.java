package se.klinedu.examples.sample;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SampleRegionTest {

    private static final Path COMMITTED = Path.of("sample-data");

    @Test
    void the_same_seed_gives_the_same_bytes_and_another_seed_other_counts() {
        SortedMap<String, String> first = SampleRegion.generate(SampleRegion.DEFAULT_SEED);
        SortedMap<String, String> second = SampleRegion.generate(SampleRegion.DEFAULT_SEED);
        SortedMap<String, String> other = SampleRegion.generate(SampleRegion.DEFAULT_SEED + 1);

        assertEquals(first, second);
        assertNotEquals(first.get(SampleRegion.OBSERVATIONS), other.get(SampleRegion.OBSERVATIONS));
        assertEquals(first.keySet(), other.keySet());
    }

    @Test
    void the_committed_sample_data_equals_a_fresh_generation_byte_for_byte() throws IOException {
        SortedMap<String, String> fresh = SampleRegion.generate(SampleRegion.DEFAULT_SEED);

        assertEquals(fresh, read(COMMITTED), "re-create it with SampleRegion (see examples/README.md)");
    }

    @Test
    void main_writes_every_file_of_the_generation(@TempDir Path folder) throws IOException {
        SampleRegion.main(new String[] {folder.toString(), "7"});

        assertEquals(SampleRegion.generate(7), read(folder));
    }

    @Test
    void the_region_has_about_forty_educating_units_two_thousand_students_and_five_hundred_trainees_a_year() {
        String csv = SampleRegion.generate(SampleRegion.DEFAULT_SEED).get(SampleRegion.OBSERVATIONS);
        long students = denominators(csv, "1.6.1", "2025");
        long trainees = denominators(csv, "1.6.5", "2025");
        String organisation = SampleRegion.generate(SampleRegion.DEFAULT_SEED).get(SampleRegion.ORGANISATION);
        long units = organisation.split("\"level\"").length - 1;
        long regionAndHospitals = organisation.split("\"hospital-or-region\"").length - 1;

        // the region, three hospitals and two primary-care areas above 39 clinics, health centres and work teams
        assertEquals(6, regionAndHospitals);
        assertEquals(45, units);
        assertTrue(students > 1800 && students < 2200, "students " + students);
        assertTrue(trainees > 400 && trainees < 600, "trainees " + trainees);
    }

    private static long denominators(String csv, String indicator, String year) {
        return csv.lines().map(line -> line.split(",", -1)).filter(cells -> cells[0].equals(indicator) && cells[2].equals(year))
                .mapToLong(cells -> Long.parseLong(cells[4])).sum();
    }

    private static SortedMap<String, String> read(Path folder) throws IOException {
        SortedMap<String, String> files = new TreeMap<>();
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : paths.filter(Files::isRegularFile).toList()) {
                files.put(folder.relativize(path).toString().replace('\\', '/'), Files.readString(path, StandardCharsets.UTF_8));
            }
        }
        return files;
    }
}
