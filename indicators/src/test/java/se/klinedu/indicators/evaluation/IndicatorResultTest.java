package se.klinedu.indicators.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import se.klinedu.core.Counts;
import se.klinedu.core.InvalidInputException;
import se.klinedu.core.organisation.OrganisationUnitId;
import se.klinedu.core.period.CalendarYear;
import se.klinedu.indicators.observation.Milestone;
import se.klinedu.indicators.observation.ReviewOutcome;
import se.klinedu.indicators.target.Indicator;
import se.klinedu.indicators.target.IndicatorCatalogue;
import se.klinedu.indicators.target.IndicatorId;

/** The hand-written result's builder, equality and text, against the results {@link Evaluations} makes directly. */
class IndicatorResultTest {

    private static final IndicatorCatalogue OREBRO = IndicatorCatalogue.load("orebro");
    private static final Indicator SUPERVISION = OREBRO.get(IndicatorId.of("1.1.1"));
    private static final Indicator MILESTONE = OREBRO.get(IndicatorId.of("1.2.1"));
    private static final OrganisationUnitId UNIT = OrganisationUnitId.of("clinic-1");
    private static final CalendarYear YEAR = CalendarYear.of(2024);
    private static final EvaluationPolicy POLICY = EvaluationPolicy.standard();

    private static IndicatorResult.Builder start(Indicator indicator) {
        return IndicatorResult.builder().indicator(indicator.id()).unit(UNIT).period(YEAR).target(indicator.target())
                .direction(indicator.direction());
    }

    @Test
    void the_builder_chained_through_every_setter_makes_what_the_evaluation_makes() {
        IndicatorResult evaluated = Evaluations.evaluateCounts(SUPERVISION, UNIT, YEAR, Counts.of(46, 50), POLICY);

        IndicatorResult direct = start(SUPERVISION).status(Status.MET).threshold(evaluated.threshold().orElseThrow())
                .counts(Counts.of(46, 50)).estimate(0.92).interval(evaluated.interval().orElseThrow())
                .confidenceLevel(POLICY.confidenceLevel()).certainty(Certainty.UNCERTAIN).reasons(evaluated.reasons())
                .notMetIn(List.of()).build();
        IndicatorResult optionals = start(SUPERVISION).status(Status.MET).threshold(evaluated.threshold())
                .counts(evaluated.counts()).estimate(evaluated.estimate()).interval(evaluated.interval())
                .confidenceLevel(evaluated.confidenceLevel()).certainty(evaluated.certainty()).milestone(Optional.empty())
                .review(Optional.empty()).minimumGroupSize(OptionalInt.empty()).subtreeObservations(OptionalInt.empty())
                .build();

        assertEquals(evaluated, direct);
        assertEquals(evaluated, optionals);
        assertEquals(evaluated.hashCode(), direct.hashCode());
        assertEquals(evaluated.hashCode(), optionals.hashCode());
    }

    @Test
    void the_builder_makes_suppressed_milestone_review_and_pooled_results_as_the_evaluation_does() {
        assertEquals(Evaluations.suppressed(SUPERVISION, UNIT, YEAR, POLICY), start(SUPERVISION).status(Status.SUPPRESSED)
                .threshold(SUPERVISION.target().threshold()).minimumGroupSize(OptionalInt.of(5)).build());
        Milestone done = Milestone.doneOn(java.time.LocalDate.of(2024, 5, 2));
        assertEquals(Evaluations.evaluate(MILESTONE, se.klinedu.indicators.observation.Observation.ofMilestone(MILESTONE.id(), UNIT,
                YEAR, done), POLICY), start(MILESTONE).status(Status.MET).milestone(Optional.of(done)).build());
        Indicator alf = OREBRO.indicators().stream().filter(i -> i.target().review().isPresent()).findFirst().orElseThrow();
        assertEquals(Evaluations.evaluate(alf, se.klinedu.indicators.observation.Observation.ofReview(alf.id(), UNIT, YEAR,
                ReviewOutcome.GOOD), POLICY), start(alf).status(Status.MET).review(Optional.of(ReviewOutcome.GOOD)).build());
        IndicatorResult pooled = start(MILESTONE).status(Status.NOT_MET).subtreeObservations(OptionalInt.of(2))
                .notMetIn(List.of(OrganisationUnitId.of("b"))).build();
        assertEquals(OptionalInt.of(2), pooled.subtreeObservations());
        assertEquals(List.of(OrganisationUnitId.of("b")), pooled.notMetIn());
    }

    @Test
    void a_missing_attribute_is_named_first_and_the_others_after_it() {
        InvalidInputException several = assertThrows(InvalidInputException.class,
                () -> IndicatorResult.builder().indicator(SUPERVISION.id()).status(Status.NO_DATA).build());
        assertEquals("unit", several.path());
        assertEquals("is required, as are period, target", several.reason());

        InvalidInputException one = assertThrows(InvalidInputException.class,
                () -> start(SUPERVISION).build());
        assertEquals("status", one.path());
        assertEquals("is required", one.reason());
    }

    @Test
    void counts_of_zero_and_a_pooled_count_of_zero_are_refused() {
        assertEquals("minimumGroupSize", assertThrows(InvalidInputException.class,
                () -> start(SUPERVISION).minimumGroupSize(OptionalInt.of(0))).path());
        assertEquals("subtreeObservations", assertThrows(InvalidInputException.class,
                () -> start(MILESTONE).subtreeObservations(OptionalInt.of(0))).path());
        assertEquals("subtreeObservations", assertThrows(InvalidInputException.class,
                () -> start(MILESTONE).subtreeObservations(-1)).path());
    }

    @Test
    void an_estimate_or_reasons_that_the_values_do_not_give_are_refused() {
        IndicatorResult evaluated = Evaluations.evaluateCounts(SUPERVISION, UNIT, YEAR, Counts.of(46, 50), POLICY);
        IndicatorResult.Builder result = start(SUPERVISION).status(Status.MET).threshold(evaluated.threshold())
                .counts(evaluated.counts()).interval(evaluated.interval()).confidenceLevel(evaluated.confidenceLevel())
                .certainty(evaluated.certainty());

        assertEquals("estimate", assertThrows(InvalidInputException.class, () -> result.estimate(0.93).build()).path());
        assertEquals("reasons", assertThrows(InvalidInputException.class,
                () -> result.estimate(0.92).reasons(evaluated.reasons().subList(0, 1)).build()).path());
    }

    @Test
    void the_text_names_the_values_present_and_no_number_of_a_suppressed_result() {
        IndicatorResult met = Evaluations.evaluateCounts(SUPERVISION, UNIT, YEAR, Counts.of(46, 50), POLICY);
        String text = met.toString();
        assertTrue(text.startsWith("IndicatorResult{indicator=1.1.1, unit=clinic-1, period=2024, target="), text);
        for (String part : List.of("direction=", "status=MET", "threshold=", "counts=" + met.counts().orElseThrow(),
                "interval=" + met.interval().orElseThrow(), "confidenceLevel=", "certainty=UNCERTAIN")) {
            assertTrue(text.contains(part), part + " in " + text);
        }
        assertFalse(text.contains("milestone=") || text.contains("review=") || text.contains("minimumGroupSize=")
                || text.contains("notMetIn="), text);

        String suppressed = Evaluations.evaluateCounts(SUPERVISION, UNIT, YEAR, Counts.of(3, 4), POLICY).toString();
        assertTrue(suppressed.contains("minimumGroupSize=5"), suppressed);
        assertFalse(suppressed.contains("counts=") || suppressed.contains("interval=") || suppressed.contains("3/4"), suppressed);

        IndicatorResult pooled = start(MILESTONE).status(Status.NOT_MET).subtreeObservations(2)
                .notMetIn(List.of(OrganisationUnitId.of("b"))).build();
        assertTrue(pooled.toString().endsWith("subtreeObservations=2, notMetIn=[b]}"), pooled.toString());
    }

    @Test
    void results_that_differ_in_one_value_differ_and_their_hashes_spread() {
        Random random = new Random(16);
        Set<IndicatorResult> results = new HashSet<>();
        Set<Integer> hashes = new HashSet<>();
        for (int i = 0; i < 500; i++) {
            long denominator = 5 + random.nextInt(200);
            IndicatorResult result = Evaluations.evaluateCounts(SUPERVISION, UNIT, YEAR,
                    Counts.of(random.nextInt((int) denominator + 1), denominator), POLICY);
            results.add(result);
            hashes.add(result.hashCode());
        }
        assertTrue(hashes.size() > results.size() * 9 / 10, hashes.size() + " hashes of " + results.size() + " results");
        IndicatorResult one = Evaluations.evaluateCounts(SUPERVISION, UNIT, YEAR, Counts.of(46, 50), POLICY);
        assertNotEquals(one, Evaluations.evaluateCounts(SUPERVISION, UNIT, CalendarYear.of(2025), Counts.of(46, 50), POLICY));
        assertNotEquals(one, Evaluations.evaluateCounts(SUPERVISION, OrganisationUnitId.of("clinic-2"), YEAR, Counts.of(46, 50), POLICY));
        assertNotEquals(one, Evaluations.evaluateCounts(SUPERVISION, UNIT, YEAR, Counts.of(47, 50), POLICY));
        assertNotEquals(one, start(SUPERVISION).status(Status.NO_DATA).build());
    }

    @Test
    void pooled_results_that_differ_only_in_what_they_were_judged_on_differ() {
        IndicatorResult twoUnits = start(MILESTONE).status(Status.NOT_MET).subtreeObservations(OptionalInt.of(2))
                .notMetIn(List.of(OrganisationUnitId.of("b"))).build();
        IndicatorResult same = start(MILESTONE).status(Status.NOT_MET).subtreeObservations(OptionalInt.of(2))
                .notMetIn(List.of(OrganisationUnitId.of("b"))).build();
        IndicatorResult threeUnits = start(MILESTONE).status(Status.NOT_MET).subtreeObservations(OptionalInt.of(3))
                .notMetIn(List.of(OrganisationUnitId.of("b"))).build();
        IndicatorResult otherUnit = start(MILESTONE).status(Status.NOT_MET).subtreeObservations(OptionalInt.of(2))
                .notMetIn(List.of(OrganisationUnitId.of("c"))).build();

        assertEquals(twoUnits, same);
        assertEquals(twoUnits.hashCode(), same.hashCode());
        assertNotEquals(twoUnits, threeUnits);
        assertNotEquals(twoUnits, otherUnit);
        assertNotEquals(twoUnits.hashCode(), threeUnits.hashCode());
        assertNotEquals(twoUnits.hashCode(), otherUnit.hashCode());
        Milestone done = Milestone.doneOn(java.time.LocalDate.of(2024, 5, 2));
        assertNotEquals(start(MILESTONE).status(Status.MET).milestone(Optional.of(done)).build(),
                start(MILESTONE).status(Status.MET).milestone(Optional.of(Milestone.doneOn(java.time.LocalDate.of(2024, 5, 3))))
                        .build());
    }
}
