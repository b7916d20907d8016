package se.klinedu.core.supervision;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.klinedu.core.json.KlineduJson;

/** A staff member's completed trainings are kept in id order, so its JSON does not depend on how its set was built. */
class StaffMemberOrderTest {

    private static final KlineduJson JSON = KlineduJson.standard();

    @Test
    void the_same_trainings_in_another_order_give_the_same_document() {
        TrainingId a = TrainingId.of("introduction-to-supervision");
        TrainingId b = TrainingId.of("stepping-stones");

        StaffMember forwards = StaffMember.of(StaffId.of("emp-1"), new LinkedHashSet<>(List.of(a, b)));
        StaffMember backwards = StaffMember.of(StaffId.of("emp-1"), new LinkedHashSet<>(List.of(b, a)));

        assertEquals(JSON.write(forwards), JSON.write(backwards));
        assertEquals(List.of(a, b), List.copyOf(backwards.completedTrainings()));
        assertEquals("{\"id\":\"emp-1\",\"completedTrainings\":[\"introduction-to-supervision\",\"stepping-stones\"]}",
                JSON.write(backwards));
    }
}
