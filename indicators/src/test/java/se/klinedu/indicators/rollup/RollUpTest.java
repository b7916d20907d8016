package se.klinedu.indicators.rollup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static se.klinedu.indicators.evaluation.Status.MET;
import static se.klinedu.indicators.evaluation.Status.NOT_EVALUABLE;
import static se.klinedu.indicators.evaluation.Status.NOT_MET;
import static se.klinedu.indicators.evaluation.Status.NO_DATA;
import static se.klinedu.indicators.evaluation.Status.SUPPRESSED;

import java.util.List;
import org.junit.jupiter.api.Test;
import se.klinedu.indicators.evaluation.RollUpRule;
import se.klinedu.indicators.evaluation.Status;

class RollUpTest {

    private static Status worstOf(Status... parts) {
        return RollUp.of(List.of(parts), RollUpRule.WORST_OF).status();
    }

    private static Status worstOfKnown(Status... parts) {
        return RollUp.of(List.of(parts), RollUpRule.WORST_OF_KNOWN).status();
    }

    @Test
    void all_met_is_met() {
        assertEquals(MET, worstOf(MET, MET, MET));
    }

    @Test
    void a_single_not_met_makes_worst_of_not_met() {
        assertEquals(NOT_MET, worstOf(MET, NOT_MET, MET, NO_DATA, SUPPRESSED));
    }

    @Test
    void missing_data_keeps_a_goal_from_being_met() {
        assertEquals(NO_DATA, worstOf(MET, NO_DATA, SUPPRESSED));
        assertEquals(SUPPRESSED, worstOf(MET, SUPPRESSED));
    }

    @Test
    void not_evaluable_parts_are_set_aside_but_counted() {
        RollUp rollUp = RollUp.of(List.of(MET, NOT_EVALUABLE), RollUpRule.WORST_OF);

        assertEquals(MET, rollUp.status());
        assertEquals(1, rollUp.parts().notEvaluable());
        assertEquals(NOT_EVALUABLE, worstOf(NOT_EVALUABLE, NOT_EVALUABLE));
    }

    @Test
    void worst_of_known_sets_unknown_parts_aside() {
        assertEquals(MET, worstOfKnown(MET, NO_DATA, SUPPRESSED));
        assertEquals(NOT_MET, worstOfKnown(MET, NOT_MET, NO_DATA));
        assertEquals(NO_DATA, worstOfKnown(NO_DATA, SUPPRESSED));
    }

    @Test
    void no_parts_is_no_data() {
        assertEquals(NO_DATA, worstOf());
    }

    @Test
    void the_counts_of_each_status_are_kept() {
        StatusCounts parts = RollUp.of(List.of(MET, MET, NOT_MET, NO_DATA, SUPPRESSED, SUPPRESSED), RollUpRule.WORST_OF).parts();

        assertEquals(List.of(2, 1, 1, 2, 0), List.of(parts.met(), parts.notMet(), parts.noData(), parts.suppressed(),
                parts.notEvaluable()));
        assertEquals(6, parts.total());
    }
}
