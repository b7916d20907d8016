package se.klinedu.indicators.observation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import se.klinedu.core.Counts;
import se.klinedu.core.InvalidInputException;
import se.klinedu.core.json.KlineduJson;
import se.klinedu.core.organisation.OrganisationUnitId;
import se.klinedu.core.period.CalendarYear;
import se.klinedu.core.period.ReportingPeriod;
import se.klinedu.core.period.Term;
import se.klinedu.core.period.TermHalf;
import se.klinedu.indicators.target.IndicatorCatalogue;
import se.klinedu.indicators.target.IndicatorId;
import se.klinedu.indicators.target.TargetKind;

/** The value rules of observations, milestones, problems and sets: each broken rule names its field. */
class ObservationTest {

    private static final KlineduJson JSON = KlineduJson.standard();
    private static final IndicatorId SHARE = IndicatorId.of("1.6.1");
    private static final OrganisationUnitId TEAM = OrganisationUnitId.of("team-a");
    private static final ReportingPeriod HT2024 = Term.of(TermHalf.AUTUMN, 2024);
    private static final LocalDate MARCH_1 = LocalDate.of(2024, 3, 1);

    private static InvalidInputException invalid(Supplier<?> building, String path) {
        InvalidInputException e = assertThrows(InvalidInputException.class, building::get);
        assertEquals(path, e.path(), e.getMessage());
        assertTrue(e.getMessage().startsWith(path + ": "), e.getMessage());
        return e;
    }

    private static Observation.Builder start() {
        return Observation.builder().indicator(SHARE).unit(TEAM).period(HT2024);
    }

    @Nested
    class ExactlyOneValue {

        @Test
        void no_value_is_invalid_naming_the_values() {
            InvalidInputException e = invalid(() -> start().build(), "counts");

            assertEquals("exactly one of counts, milestone and review is required, was 0 given", e.reason());
        }

        @Test
        void two_values_are_invalid() {
            InvalidInputException e = invalid(() -> start().counts(Counts.of(1, 2)).review(ReviewOutcome.GOOD).build(), "counts");

            assertTrue(e.reason().endsWith("was 2 given"), e.reason());
            invalid(() -> start().milestone(Milestone.notDone()).review(ReviewOutcome.GOOD).build(), "counts");
        }

        @Test
        void three_values_are_invalid() {
            InvalidInputException e = invalid(() -> start().counts(Counts.of(1, 2)).milestone(Milestone.notDone())
                    .review(ReviewOutcome.GOOD).build(), "counts");

            assertTrue(e.reason().endsWith("was 3 given"), e.reason());
        }

        @Test
        void adding_a_second_value_to_a_copy_is_invalid() {
            Observation observation = Observation.ofReview(SHARE, TEAM, HT2024, ReviewOutcome.GOOD);

            invalid(() -> ((ImmutableObservation) observation).withCounts(Counts.of(1, 2)), "counts");
        }

        @Test
        void json_with_no_value_or_two_is_invalid() {
            String key = "\"indicator\":\"1.6.1\",\"unit\":\"team-a\",\"period\":\"HT2024\"";

            invalid(() -> JSON.read("{" + key + "}", Observation.class), "$.counts");
            invalid(() -> JSON.read("{" + key + ",\"review\":\"good\",\"milestone\":{\"done\":false}}", Observation.class),
                    "$.counts");
        }

        @Test
        void a_missing_key_part_is_named() {
            InvalidInputException e = assertThrows(InvalidInputException.class,
                    () -> Observation.builder().indicator(SHARE).period(HT2024).counts(Counts.of(1, 2)).build());

            assertTrue(e.getMessage().contains("unit"), e.getMessage());
        }

        @Test
        void each_factory_gives_exactly_its_value() {
            Observation counts = Observation.ofCounts(SHARE, TEAM, HT2024, Counts.of(46, 50));
            Observation milestone = Observation.ofMilestone(SHARE, TEAM, HT2024, Milestone.doneOn(MARCH_1));
            Observation review = Observation.ofReview(SHARE, TEAM, HT2024, ReviewOutcome.NOT_GOOD);

            assertEquals(List.of(Optional.of(Counts.of(46, 50)), Optional.empty(), Optional.empty()),
                    List.of(counts.counts(), counts.milestone(), counts.review()));
            assertEquals(List.of(Optional.empty(), Optional.of(Milestone.doneOn(MARCH_1)), Optional.empty()),
                    List.of(milestone.counts(), milestone.milestone(), milestone.review()));
            assertEquals(List.of(Optional.empty(), Optional.empty(), Optional.of(ReviewOutcome.NOT_GOOD)),
                    List.of(review.counts(), review.milestone(), review.review()));
        }
    }

    @Nested
    class Fits {

        @ParameterizedTest(name = "{0}")
        @CsvSource({"SHARE, true, false, false", "QUALITATIVE, true, false, false", "MILESTONE, false, true, false",
            "REVIEW, false, false, true"})
        void a_value_fits_the_kinds_that_take_it(TargetKind kind, boolean counts, boolean milestone, boolean review) {
            assertEquals(counts, Observation.ofCounts(SHARE, TEAM, HT2024, Counts.of(1, 2)).fits(kind));
            assertEquals(milestone, Observation.ofMilestone(SHARE, TEAM, HT2024, Milestone.notDone()).fits(kind));
            assertEquals(review, Observation.ofReview(SHARE, TEAM, HT2024, ReviewOutcome.GOOD).fits(kind));
        }

        @Test
        void the_key_is_indicator_unit_and_period() {
            ObservationKey key = Observation.ofCounts(SHARE, TEAM, HT2024, Counts.of(1, 2)).key();

            assertEquals(ObservationKey.of(SHARE, TEAM, HT2024), key);
            assertEquals("1.6.1 of team-a in HT2024", key.toString());
        }
    }

    @Nested
    class Milestones {

        @Test
        void done_needs_a_date_naming_the_date() {
            InvalidInputException e = invalid(() -> ImmutableMilestone.builder().done(true).build(), "date");

            assertEquals("is required when the milestone is done", e.reason());
        }

        @Test
        void not_done_has_no_date_naming_the_date() {
            InvalidInputException e = invalid(() -> ImmutableMilestone.builder().done(false).date(MARCH_1).build(), "date");

            assertEquals("must be absent when the milestone is not done, was 2024-03-01", e.reason());
        }

        @Test
        void done_if_and_only_if_it_has_a_date() {
            assertTrue(Milestone.doneOn(MARCH_1).done());
            assertEquals(Optional.of(MARCH_1), Milestone.doneOn(MARCH_1).date());
            assertFalse(Milestone.notDone().done());
            assertEquals(Optional.empty(), Milestone.notDone().date());
            invalid(() -> ((ImmutableMilestone) Milestone.notDone()).withDone(true), "date");
            invalid(() -> ((ImmutableMilestone) Milestone.doneOn(MARCH_1)).withDone(false), "date");
        }

        @Test
        void json_that_breaks_the_rule_is_located_at_the_date() {
            invalid(() -> JSON.read("{\"done\":true}", Milestone.class), "$.date");
            invalid(() -> JSON.read("{\"done\":false,\"date\":\"2024-03-01\"}", Milestone.class), "$.date");
            assertEquals(Milestone.notDone(), JSON.read("{\"done\":false}", Milestone.class));
        }

        @Test
        void reads_as_its_state() {
            assertEquals("done on 2024-03-01", Milestone.doneOn(MARCH_1).toString());
            assertEquals("not done", Milestone.notDone().toString());
        }

        @Test
        void done_on_rejects_null_naming_the_date() {
            assertEquals("date", assertThrows(NullPointerException.class, () -> Milestone.doneOn(null)).getMessage());
        }
    }

    @Nested
    class Problems {

        @Test
        void a_blank_location_or_reason_is_invalid_naming_it() {
            invalid(() -> ObservationProblem.of(" ", "is required"), "location");
            invalid(() -> ObservationProblem.of("line 2", ""), "reason");
        }

        @Test
        void reads_as_location_and_reason() {
            assertEquals("line 3, column 4 (numerator): must be a whole number, was abc",
                    ObservationProblem.of("line 3, column 4 (numerator)", "must be a whole number, was abc").toString());
        }

        @Test
        void a_batch_is_valid_without_problems() {
            assertTrue(ObservationBatch.of(List.of(), List.of()).isValid());
            assertFalse(ObservationBatch.of(List.of(), List.of(ObservationProblem.of("line 2", "x"))).isValid());
        }
    }

    @Nested
    class Sets {

        private final Observation first = Observation.ofCounts(SHARE, TEAM, CalendarYear.of(2024), Counts.of(46, 50));
        private final Observation second = Observation.ofCounts(SHARE, OrganisationUnitId.of("team-b"), CalendarYear.of(2024),
                Counts.of(3, 4));
        private final Observation earlier = Observation.ofCounts(SHARE, TEAM, HT2024, Counts.of(1, 2));
        private final Observation spring = Observation.ofCounts(SHARE, TEAM, Term.of(TermHalf.SPRING, 2024), Counts.of(1, 2));
        private final ObservationSet set = ObservationSet.of(IndicatorCatalogue.load("orebro"), List.of(first, second, earlier, spring));

        @Test
        void finds_by_key() {
            assertEquals(Optional.of(second), set.find(second.key()));
            assertEquals(Optional.empty(), set.find(ObservationKey.of(SHARE, TEAM, CalendarYear.of(2023))));
        }

        @Test
        void gathers_one_indicator_and_period_across_units() {
            assertEquals(Map.of(TEAM, first, second.unit(), second), set.byUnit(SHARE, CalendarYear.of(2024)));
            assertEquals(Map.of(), set.byUnit(IndicatorId.of("1.6.2"), CalendarYear.of(2024)));
        }

        @Test
        void orders_a_units_periods_by_their_last_day_then_first_day() {
            assertEquals(List.of(Term.of(TermHalf.SPRING, 2024), CalendarYear.of(2024), HT2024), set.periods(SHARE, TEAM));
        }

        @Test
        void json_with_a_repeated_key_is_invalid() {
            String json = JSON.write(List.of(first, first));

            InvalidInputException e = assertThrows(InvalidInputException.class, () -> JSON.read(json, ObservationSet.class));

            assertTrue(e.reason().contains("duplicate") && e.reason().contains(first.key().toString()), e.getMessage());
        }
    }
}
