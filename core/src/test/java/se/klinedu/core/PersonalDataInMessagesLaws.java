package se.klinedu.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Consumer;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import se.klinedu.core.generators.CoreGenerators;
import se.klinedu.core.generators.Seeds;
import se.klinedu.core.json.KlineduJson;
import se.klinedu.core.measure.MeasureReport;
import se.klinedu.core.measure.PlannedMeasure;
import se.klinedu.core.strategy.OrebroStrategy;
import se.klinedu.core.supervision.Roster;
import se.klinedu.core.supervision.StaffId;
import se.klinedu.core.testkit.PersonalDataProbe;
import tools.jackson.databind.node.ObjectNode;

/**
 * No exception message of core discloses personal data (issue 9, item 6): the free texts that may name a person
 * (who is responsible for a measure, who follows it up, what is to be done) and a staff id that is a name typed
 * into the id column never appear in a rejection's message, nor in its causes'.
 */
class PersonalDataInMessagesLaws {

    private static final KlineduJson JSON = KlineduJson.standard();

    static LongStream seeds() {
        return Seeds.seeds().limit(50);
    }

    private static final List<Consumer<ObjectNode>> COMMON_BREAKINGS = List.of(
            document -> document.put("unexpected", 1),
            document -> document.put("due", "soon"),
            document -> document.remove("due"));

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void a_rejected_measure_report_does_not_repeat_who_is_responsible(long seed) {
        Random random = new Random(seed);
        MeasureReport report = CoreGenerators.measureReport(random,
                OrebroStrategy.load().measurePlan().measures().get(random.nextInt(4)));
        List<Consumer<ObjectNode>> breakings = new ArrayList<>(COMMON_BREAKINGS);
        breakings.add(document -> document.put("status", "paused"));
        breakings.add(document -> document.put("measure", "-"));
        // a measure not started has no start date: a rule of the value, not of the document
        breakings.add(document -> document.put("status", "not-started").put("startedOn", "2024-01-01"));

        int rejected = PersonalDataProbe.assertRejectionsDiscloseNothing(report, MeasureReport.class, List.of("responsible"),
                breakings);

        assertEquals(breakings.size(), rejected);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void a_rejected_planned_measure_does_not_repeat_its_texts(long seed) {
        PlannedMeasure measure = CoreGenerators.plannedMeasure(new Random(seed));
        List<Consumer<ObjectNode>> breakings = new ArrayList<>(COMMON_BREAKINGS);
        // followed up before it is due: a rule of the value
        breakings.add(document -> document.put("due", "2026-10-01").put("followUpDate", "2026-01-01"));

        int rejected = PersonalDataProbe.assertRejectionsDiscloseNothing(measure, PlannedMeasure.class,
                List.of("what", "responsible", "followUpResponsible"), breakings);

        assertEquals(breakings.size(), rejected);
    }

    @Test
    void a_name_given_as_a_staff_id_is_not_repeated() {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> StaffId.of(PersonalDataProbe.PERSONAL_TEXT));

        PersonalDataProbe.assertDisclosesNothing(e);
        assertEquals("StaffId", e.path());
    }

    @Test
    void a_name_given_as_a_staff_id_in_a_roster_document_is_not_repeated() {
        String json = "{\"staff\":[{\"id\":\"" + PersonalDataProbe.PERSONAL_TEXT + "\",\"completedTrainings\":[]}]}";

        InvalidInputException e = assertThrows(InvalidInputException.class, () -> JSON.read(json, Roster.class));

        PersonalDataProbe.assertDisclosesNothing(e);
        assertEquals("$.staff[0].id", e.path());
    }

    @Test
    void the_probe_finds_a_message_that_repeats_the_text() {
        InvalidInputException leaking = InvalidInputException.of("responsible", "must name a role",
                PersonalDataProbe.PERSONAL_TEXT);

        assertThrows(AssertionError.class, () -> PersonalDataProbe.assertDisclosesNothing(leaking));
        assertThrows(AssertionError.class, () -> PersonalDataProbe.assertDisclosesNothing(
                new IllegalStateException("wrapped", leaking)));
    }
}
