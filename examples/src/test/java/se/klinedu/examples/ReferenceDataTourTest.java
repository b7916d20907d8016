package se.klinedu.examples;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import se.klinedu.core.strategy.OrebroStrategy;
import se.klinedu.core.supervision.SupervisorTrainingCatalogue;

class ReferenceDataTourTest {

    @Test
    void prints_every_effect_goal_and_every_target_group() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);

        ReferenceDataTour.printStrategy(OrebroStrategy.load(), out);
        ReferenceDataTour.printCatalogue(SupervisorTrainingCatalogue.load("stockholm"), out);
        String printed = bytes.toString(StandardCharsets.UTF_8);

        OrebroStrategy.load().effectGoals().forEach(goal ->
                assertTrue(printed.contains(goal.id() + "  " + goal.text().original()), goal.id().value()));
        SupervisorTrainingCatalogue.load("stockholm").roles().forEach(role ->
                assertTrue(printed.contains(role.targetGroup().original()), role.id().value()));
    }
}
