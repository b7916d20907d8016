package se.klinedu.grading;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Random;
import java.util.function.Consumer;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import se.klinedu.core.generators.Seeds;
import se.klinedu.core.testkit.PersonalDataProbe;
import se.klinedu.grading.actionplan.ActionItem;
import se.klinedu.grading.assessment.Assessment;
import se.klinedu.grading.assessment.InspectionFinding;
import se.klinedu.grading.criteria.Criterion;
import se.klinedu.grading.criteria.SpurModel;
import se.klinedu.grading.generators.GradingGenerators;
import tools.jackson.databind.node.ObjectNode;

/**
 * No exception message of the grading module discloses personal data (issue 9, item 6): who is responsible for an
 * action item and who follows it up, the planned measure's text, the inspectors' findings and the report's
 * strengths, weaknesses and suggestions may name a person; none of them appears in a rejection's message.
 */
class PersonalDataInMessagesLaws {

    private static final SpurModel MODEL = SpurModel.load();

    static LongStream seeds() {
        return Seeds.seeds().limit(50);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void a_rejected_action_item_does_not_repeat_its_texts(long seed) {
        ActionItem item = GradingGenerators.actionItem(new Random(seed), MODEL);
        Criterion elsewhere = MODEL.criteria().stream().filter(c -> c.area() != item.area()).findFirst().orElseThrow();
        List<Consumer<ObjectNode>> breakings = List.of(
                document -> document.put("unexpected", 1),
                document -> document.remove("criterion"),
                // a criterion of another area, and a follow-up before the due date: rules of the value
                document -> document.put("criterion", elsewhere.id().value()),
                document -> asTyped(document).put("due", "2026-10-01").put("followUpDate", "2026-01-01"));

        int rejected = PersonalDataProbe.assertRejectionsDiscloseNothing(item, ActionItem.class,
                List.of("measure", "responsible", "followUpResponsible"), breakings);

        assertEquals(breakings.size(), rejected);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void a_rejected_finding_does_not_repeat_its_text(long seed) {
        Random random = new Random(seed);
        InspectionFinding finding = InspectionFinding.of(MODEL.criteria().get(random.nextInt(MODEL.criteria().size())).area(),
                1 + random.nextInt(9), GradingGenerators.text(random));
        List<Consumer<ObjectNode>> breakings = List.of(
                document -> document.put("unexpected", 1),
                document -> document.put("number", 0),
                document -> document.put("area", "Z"));

        int rejected = PersonalDataProbe.assertRejectionsDiscloseNothing(finding, InspectionFinding.class, List.of("text"),
                breakings);

        assertEquals(breakings.size(), rejected);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void a_rejected_assessment_does_not_repeat_its_texts(long seed) {
        Assessment assessment = GradingGenerators.assessment(new Random(seed), MODEL);
        List<Consumer<ObjectNode>> breakings = List.of(
                document -> document.put("unexpected", 1),
                document -> document.put("inspectionDate", "2026-02-30"),
                document -> document.putArray("regulations").add("SOSFS 1999:1"),
                document -> document.remove("outcomes"));

        int rejected = PersonalDataProbe.assertRejectionsDiscloseNothing(assessment, Assessment.class,
                List.of("strengths", "weaknesses", "improvementSuggestions"), breakings);

        assertEquals(breakings.size(), rejected);
    }

    /** {@return the document without its dates as written, so that a change to a typed date breaks only its own rule} */
    private static ObjectNode asTyped(ObjectNode document) {
        document.remove("dueAsWritten");
        document.remove("followUpDateAsWritten");
        return document;
    }
}
