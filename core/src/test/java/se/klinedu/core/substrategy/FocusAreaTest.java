package se.klinedu.core.substrategy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;
import se.klinedu.core.InvalidInputException;
import se.klinedu.core.LocalizedText;

class FocusAreaTest {

    private static final LocalizedText TEXT = LocalizedText.norwegian("Lederutvikling", "Leadership development");
    private static final DesiredOutcome OUTCOME = DesiredOutcome.of(DesiredOutcomeId.of("HSO7.O1"), TEXT);
    private static final RegionalMeasure MEASURE = RegionalMeasure.of(RegionalMeasureId.of("HSO7.M1"), TEXT);

    private static FocusArea.Builder area(String id) {
        return FocusArea.builder().id(FocusAreaId.of(id)).name(TEXT).nameBasis(TextBasis.DERIVED);
    }

    @Test
    void outcomes_and_measures_carry_their_areas_id() {
        InvalidInputException outcome = assertThrows(InvalidInputException.class,
                () -> area("HSO6").addDesiredOutcome(OUTCOME).addMeasure(MEASURE).build());
        InvalidInputException measure = assertThrows(InvalidInputException.class, () -> area("HSO7").addDesiredOutcome(OUTCOME)
                .addMeasure(RegionalMeasure.of(RegionalMeasureId.of("HSO1.M1"), TEXT)).build());

        assertEquals("desiredOutcomes[0].id: must start with HSO6., was HSO7.O1", outcome.getMessage());
        assertEquals("measures[0].id: must start with HSO7., was HSO1.M1", measure.getMessage());
    }

    @Test
    void an_area_has_outcomes_and_measures_each_once() {
        assertEquals("measures: must not be empty",
                assertThrows(InvalidInputException.class, () -> area("HSO7").addDesiredOutcome(OUTCOME).build()).getMessage());
        assertEquals("desiredOutcomes[1]", assertThrows(InvalidInputException.class,
                () -> area("HSO7").addDesiredOutcome(OUTCOME).addDesiredOutcome(OUTCOME).addMeasure(MEASURE).build()).path());
    }

    @Test
    void ids_have_the_documents_shape() {
        assertEquals("FocusAreaId: must be HSO and a digit 1-9, such as HSO5, was PA1",
                assertThrows(InvalidInputException.class, () -> FocusAreaId.of("PA1")).getMessage());
        assertThrows(InvalidInputException.class, () -> DesiredOutcomeId.of("HSO1.M1"));
        assertThrows(InvalidInputException.class, () -> RegionalMeasureId.of("HSO1.O1"));
        assertEquals(List.of(TextBasis.QUOTED, TextBasis.DERIVED), List.of(TextBasis.of("quoted"), TextBasis.of("derived")));
        assertThrows(InvalidInputException.class, () -> TextBasis.of("guessed"));
    }

    @Test
    void a_measure_is_followed_up_under_its_own_id() {
        assertEquals("HSO7.M1", MEASURE.measureId().value());
        assertEquals("HSO7", area("HSO7").addDesiredOutcome(OUTCOME).addMeasure(MEASURE).build().measureArea().id().value());
    }
}
