package se.klinedu.grading.interval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import se.klinedu.core.generators.Seeds;
import se.klinedu.grading.generators.GradingGenerators;

class InspectionIntervalLaws {

    static LongStream seeds() {
        return Seeds.seeds();
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void the_numerator_counts_the_units_within_and_the_denominator_all(long seed) {
        IntervalCompliance compliance = GradingGenerators.intervalCompliance(new Random(seed));

        assertEquals(compliance.units().size(), compliance.counts().denominator());
        assertEquals(compliance.units().stream().filter(UnitIntervalStatus::withinInterval).count(),
                compliance.counts().numerator());
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void a_unit_is_within_exactly_when_an_inspection_lies_in_the_interval_up_to_the_reference_date(long seed) {
        Random random = new Random(seed);
        List<UnitInspections> units = GradingGenerators.units(random, 10);
        LocalDate at = GradingGenerators.date(random);
        InspectionIntervalPolicy policy = GradingGenerators.intervalPolicy(random);

        IntervalCompliance compliance = IntervalCompliance.at(units, at, policy);

        for (int i = 0; i < units.size(); i++) {
            boolean expected = units.get(i).inspections().stream()
                    .anyMatch(d -> !d.isAfter(at) && !d.plusYears(policy.intervalYears()).isBefore(at));
            assertEquals(expected, compliance.units().get(i).withinInterval(), compliance.units().get(i).reasons().toString());
        }
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void another_inspection_never_takes_a_unit_out_of_the_interval(long seed) {
        Random random = new Random(seed);
        UnitInspections unit = GradingGenerators.unitInspections(random, "u");
        LocalDate at = GradingGenerators.date(random);
        List<LocalDate> more = new ArrayList<>(unit.inspections());
        more.add(GradingGenerators.date(random));
        InspectionIntervalPolicy policy = GradingGenerators.intervalPolicy(random);

        boolean before = IntervalCompliance.at(List.of(unit), at, policy).units().get(0).withinInterval();
        boolean after = IntervalCompliance.at(List.of(UnitInspections.of(unit.unit(), more)), at, policy)
                .units().get(0).withinInterval();

        assertTrue(!before || after);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void the_order_of_inspection_dates_does_not_matter(long seed) {
        Random random = new Random(seed);
        UnitInspections unit = GradingGenerators.unitInspections(random, "u");
        List<LocalDate> shuffled = new ArrayList<>(unit.inspections());
        Collections.shuffle(shuffled, random);
        LocalDate at = GradingGenerators.date(random);

        assertEquals(IntervalCompliance.at(List.of(unit), at, InspectionIntervalPolicy.standard()).units(),
                IntervalCompliance.at(List.of(UnitInspections.of(unit.unit(), shuffled)), at,
                        InspectionIntervalPolicy.standard()).units());
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void a_unit_never_inspected_is_never_within(long seed) {
        Random random = new Random(seed);
        UnitInspections unit = UnitInspections.of(GradingGenerators.unitInspections(random, "u").unit(), List.of());

        assertFalse(IntervalCompliance.at(List.of(unit), GradingGenerators.date(random),
                GradingGenerators.intervalPolicy(random)).units().get(0).withinInterval());
    }
}
