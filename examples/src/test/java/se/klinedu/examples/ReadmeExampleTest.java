package se.klinedu.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import se.klinedu.core.explain.Renderer;
import se.klinedu.core.json.KlineduJson;
import se.klinedu.core.supervision.TrainingCoverage;
import se.klinedu.grading.assessment.InspectionResult;
import se.klinedu.grading.criteria.Grade;
import se.klinedu.grading.criteria.Regulation;
import se.klinedu.grading.criteria.SpurArea;
import se.klinedu.indicators.evaluation.Certainty;
import se.klinedu.indicators.evaluation.IndicatorResult;
import se.klinedu.indicators.evaluation.Status;

class ReadmeExampleTest {

    private static final KlineduJson JSON = KlineduJson.standard();

    @Test
    void nine_of_ten_trained_needs_one_more_for_more_than_ninety_percent() {
        String staff = IntStream.range(0, 10)
                .mapToObj(i -> "{\"id\":\"emp-" + i + "\",\"completedTrainings\":["
                        + (i < 9 ? "\"introduction-to-supervision\"" : "") + "]}")
                .collect(Collectors.joining(","));

        String result = ReadmeExample.coverageOf("{\"staff\":[" + staff + "]}");

        assertEquals("1.1 {\"training\":\"introduction-to-supervision\",\"threshold\":{\"comparison\":\"more-than\",\"percent\":90},"
                + "\"counts\":{\"numerator\":9,\"denominator\":10},\"status\":\"not-passed\",\"additionalToTrain\":1,"
                + "\"reasons\":[{\"code\":\"training.coverage-short\",\"args\":{\"trained\":9,\"staff\":10,"
                + "\"threshold\":\"more-than 90\",\"needed\":10,\"toTrain\":1},\"text\":\"9 av 10 medarbetare har utbildningen; "
                + "över 90\u00a0% kräver minst 10 av 10: ytterligare 1 behöver utbildningen.\"}]}", result);
        // the README quotes the English text
        TrainingCoverage coverage = JSON.read(result.substring("1.1 ".length()), TrainingCoverage.class);
        assertEquals(List.of("9 of 10 staff have the training; more than 90% needs at least 10 of 10: 1 more to train."),
                Renderer.of("en").render(coverage.reasons()));
    }

    @Test
    void forty_six_of_fifty_meets_more_than_ninety_percent_uncertainly_and_the_plan_regrades_d_to_c() {
        String[] lines = ReadmeExample.indicatorAndGrades().split("\n");
        IndicatorResult result = JSON.read(lines[0], IndicatorResult.class);
        InspectionResult before = JSON.read(lines[1], InspectionResult.class);
        InspectionResult after = JSON.read(lines[2], InspectionResult.class);

        assertEquals(Status.MET, result.status());
        assertEquals(Certainty.UNCERTAIN, result.certainty().orElseThrow());
        assertEquals(0.812, result.interval().orElseThrow().lower(), 0.0005);
        assertEquals(0.968, result.interval().orElseThrow().upper(), 0.0005);
        assertTrue(before.actionPlanRequired());
        for (Regulation regulation : Regulation.values()) {
            assertEquals(Grade.D, before.grade(SpurArea.A, regulation).grade().orElseThrow());
            assertEquals(Grade.C, after.grade(SpurArea.A, regulation).grade().orElseThrow());
        }
    }

    @Test
    void the_readme_quotes_every_example_block_exactly() throws IOException {
        String readme = Files.readString(Path.of("..", "README.md"), StandardCharsets.UTF_8);
        List<String> blocks = blocks(Files.readAllLines(
                Path.of("src", "main", "java", "se", "klinedu", "examples", "ReadmeExample.java"), StandardCharsets.UTF_8));

        assertEquals(2, blocks.size());
        List<String> excel = blocks(Files.readAllLines(Path.of("src", "main", "java", "se", "klinedu", "examples", "quick",
                "SwedishExcelExport.java"), StandardCharsets.UTF_8));
        assertEquals(1, excel.size());
        blocks.addAll(excel);
        for (String block : blocks) {
            assertTrue(readme.contains("```java\n" + block + "```\n"), block);
        }
    }

    /** The code between each "README:begin" and "README:end" comment, without the method's indentation. */
    private static List<String> blocks(List<String> source) {
        List<String> blocks = new ArrayList<>();
        StringBuilder block = null;
        for (String line : source) {
            if (line.strip().startsWith("// README:begin")) {
                block = new StringBuilder();
            } else if (line.strip().equals("// README:end")) {
                blocks.add(block.toString());
                block = null;
            } else if (block != null) {
                block.append(line.length() >= 8 ? line.substring(8) : line.strip()).append('\n');
            }
        }
        return blocks;
    }
}
