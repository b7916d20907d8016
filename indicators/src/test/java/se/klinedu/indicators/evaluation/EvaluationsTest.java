package se.klinedu.indicators.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import se.klinedu.core.Counts;
import se.klinedu.core.InvalidInputException;
import se.klinedu.core.Language;
import se.klinedu.core.Threshold;
import se.klinedu.core.explain.Reason;
import se.klinedu.core.explain.Renderer;
import se.klinedu.core.organisation.OrganisationUnitId;
import se.klinedu.core.period.CalendarYear;
import se.klinedu.indicators.observation.Milestone;
import se.klinedu.indicators.observation.Observation;
import se.klinedu.indicators.observation.ReviewOutcome;
import se.klinedu.indicators.target.Direction;
import se.klinedu.indicators.target.Indicator;
import se.klinedu.indicators.target.IndicatorCatalogue;
import se.klinedu.indicators.target.IndicatorId;

class EvaluationsTest {

    private static final IndicatorCatalogue OREBRO = IndicatorCatalogue.load("orebro");
    /** "Andel medarbetare med grundutbildning i klinisk handledning ska uppgå till >90 procent". */
    private static final Indicator SUPERVISION = OREBRO.get(IndicatorId.of("1.1.1"));
    /** "Andel som uppger att kliniska handledare var förberedda … ska vara hög". */
    private static final Indicator PREPARED = OREBRO.get(IndicatorId.of("1.6.3"));
    private static final OrganisationUnitId UNIT = OrganisationUnitId.of("clinic-1");
    private static final CalendarYear YEAR = CalendarYear.of(2024);
    private static final EvaluationPolicy DEFAULTS = EvaluationPolicy.standard();

    private static IndicatorResult share(Indicator indicator, long numerator, long denominator, EvaluationPolicy policy) {
        return Evaluations.evaluateCounts(indicator, UNIT, YEAR, Counts.of(numerator, denominator), policy);
    }

    @Nested
    class Shares {

        @ParameterizedTest(name = "{0} of {1} against >90 %: {2}")
        @CsvSource({
            "90,   100,   NOT_MET",
            "91,   100,   MET",
            "8999, 10000, NOT_MET",
            "9001, 10000, MET",
            "9,    10,    NOT_MET",
            "100,  100,   MET",
        })
        void more_than_ninety_percent_is_strict_and_unrounded(long numerator, long denominator, Status status) {
            assertEquals(status, share(SUPERVISION, numerator, denominator, DEFAULTS).status());
        }

        @Test
        void eighty_nine_point_nine_nine_six_percent_is_not_more_than_ninety() {
            IndicatorResult result = share(SUPERVISION, 22_499, 25_000, DEFAULTS);

            assertEquals(Status.NOT_MET, result.status());
            assertEquals(0.89996, result.estimate().orElseThrow(), 1e-12);
        }

        @Test
        void an_at_least_threshold_is_met_exactly_at_the_threshold() {
            Indicator atLeast = copyWithTarget(Threshold.atLeast(90), Direction.HIGHER_IS_BETTER);

            assertEquals(Status.MET, share(atLeast, 90, 100, DEFAULTS).status());
            assertEquals(Status.NOT_MET, share(atLeast, 89, 100, DEFAULTS).status());
        }

        @Test
        void lower_is_better_reads_the_comparison_as_better_than() {
            Indicator strict = copyWithTarget(Threshold.moreThan(10), Direction.LOWER_IS_BETTER);
            Indicator inclusive = copyWithTarget(Threshold.atLeast(10), Direction.LOWER_IS_BETTER);

            assertEquals(Status.MET, share(strict, 9, 100, DEFAULTS).status());
            assertEquals(Status.NOT_MET, share(strict, 10, 100, DEFAULTS).status());
            assertEquals(Status.MET, share(inclusive, 10, 100, DEFAULTS).status());
            assertEquals(Status.NOT_MET, share(inclusive, 11, 100, DEFAULTS).status());
        }

        @Test
        void a_disclosed_result_has_counts_estimate_wilson_interval_and_reasons() {
            IndicatorResult result = share(SUPERVISION, 46, 50, DEFAULTS);

            assertEquals(Optional.of(Counts.of(46, 50)), result.counts());
            assertEquals(0.92, result.estimate().orElseThrow(), 1e-12);
            assertTrue(result.interval().orElseThrow().contains(0.92));
            assertEquals(Optional.of(Threshold.moreThan(90)), result.threshold());
            assertEquals(Optional.of(Certainty.UNCERTAIN), result.certainty());
            assertTrue(english(result).contains("46 of 50 meets more than 90% (higher is better), compared exactly"),
                    english(result)::toString);
        }

        @Test
        void an_interval_wholly_above_the_threshold_is_clear() {
            assertEquals(Optional.of(Certainty.CLEAR), share(SUPERVISION, 990, 1000, DEFAULTS).certainty());
            assertEquals(Optional.of(Certainty.CLEAR), share(SUPERVISION, 500, 1000, DEFAULTS).certainty());
            assertEquals(Optional.of(Certainty.UNCERTAIN), share(SUPERVISION, 905, 1000, DEFAULTS).certainty());
        }

        @Test
        void no_respondents_is_no_data_never_a_share_of_zero() {
            IndicatorResult result = share(SUPERVISION, 0, 0, DEFAULTS);

            assertEquals(Status.NO_DATA, result.status());
            assertTrue(result.estimate().isEmpty());
        }
    }

    @Nested
    class Certainties {

        // an interval bound that lies exactly on the threshold decides between clear and uncertain
        @ParameterizedTest(name = "{0} {1} %, {2}, {3} of {4}: {5}")
        @CsvSource({
            "MORE_THAN, 0,   HIGHER_IS_BETTER, 0,  20, UNCERTAIN",
            "AT_LEAST,  100, HIGHER_IS_BETTER, 20, 20, UNCERTAIN",
            "MORE_THAN, 100, LOWER_IS_BETTER,  20, 20, UNCERTAIN",
            "AT_LEAST,  0,   LOWER_IS_BETTER,  0,  20, UNCERTAIN",
            "MORE_THAN, 50,  LOWER_IS_BETTER,  10, 1000, CLEAR",
            "MORE_THAN, 50,  LOWER_IS_BETTER,  990, 1000, CLEAR",
            "MORE_THAN, 50,  LOWER_IS_BETTER,  500, 1000, UNCERTAIN",
        })
        void a_bound_on_the_threshold_makes_the_result_uncertain(se.klinedu.core.Comparison comparison, int percent,
                Direction direction, long numerator, long denominator, Certainty certainty) {
            Indicator indicator = copyWithTarget(Threshold.of(comparison, java.math.BigDecimal.valueOf(percent)), direction);

            assertEquals(Optional.of(certainty), share(indicator, numerator, denominator, DEFAULTS).certainty());
        }

        @Test
        void the_reasons_give_the_counts_the_rule_and_the_interval() {
            IndicatorResult result = share(SUPERVISION, 46, 50, DEFAULTS);

            assertEquals(java.util.List.of(
                    Reason.of(EvaluationReason.TARGET_SHARE, Threshold.moreThan(90)),
                    Reason.of(EvaluationReason.COUNTS, 46, 50, 0.92),
                    Reason.of(EvaluationReason.MEETS, 46, 50, Threshold.moreThan(90), Direction.HIGHER_IS_BETTER),
                    Reason.of(EvaluationReason.INTERVAL_STRADDLES, 0.95, result.interval().orElseThrow().lower(),
                            result.interval().orElseThrow().upper(), Threshold.moreThan(90))), result.reasons());
            assertEquals(java.util.List.of("Target: a share of more than 90%", "46 of 50 (92.0%; compared unrounded)",
                    "46 of 50 meets more than 90% (higher is better), compared exactly",
                    "95% Wilson interval 81.2%–96.8% straddles the threshold (more than 90%)"), english(result));
            assertEquals(java.util.List.of("Mål: andelen ska vara över 90\u00a0%", "46 av 50 (92,0\u00a0%; jämförs oavrundat)",
                    "46 av 50 når målet över 90\u00a0% (högre är bättre), exakt jämfört",
                    "95\u00a0% Wilson-intervall 81,2\u00a0%–96,8\u00a0% omfattar gränsen (över 90\u00a0%)"),
                    Renderer.of(Language.SWEDISH).render(result.reasons()));
        }

        @Test
        void the_reasons_of_a_clear_lower_is_better_result_say_so() {
            Indicator lower = copyWithTarget(Threshold.moreThan(50), Direction.LOWER_IS_BETTER);

            java.util.List<String> reasons = english(share(lower, 10, 1000, DEFAULTS));

            assertEquals("10 of 1,000 meets more than 50% (lower is better), compared exactly", reasons.get(2));
            assertTrue(reasons.get(3).endsWith(" lies wholly on one side of the threshold (more than 50%)"), reasons.get(3));
        }

        @Test
        void a_result_needs_what_its_reasons_are_derived_from() {
            InvalidInputException e = assertThrows(InvalidInputException.class, () -> IndicatorResult.builder()
                    .indicator(SUPERVISION.id()).unit(UNIT).period(YEAR).status(Status.NO_DATA).build());
            assertEquals("target", e.path());
            InvalidInputException unjudged = assertThrows(InvalidInputException.class, () -> IndicatorResult.builder()
                    .indicator(SUPERVISION.id()).unit(UNIT).period(YEAR).target(SUPERVISION.target()).status(Status.MET).build());
            assertEquals("status", unjudged.path());
            InvalidInputException unsized = assertThrows(InvalidInputException.class, () -> IndicatorResult.builder()
                    .indicator(SUPERVISION.id()).unit(UNIT).period(YEAR).target(SUPERVISION.target()).status(Status.SUPPRESSED)
                    .build());
            assertEquals("minimumGroupSize", unsized.path());
        }
    }

    @Nested
    class Suppression {

        @Test
        void four_respondents_are_suppressed_and_five_are_not() {
            assertEquals(Status.SUPPRESSED, share(SUPERVISION, 4, 4, DEFAULTS).status());
            assertEquals(Status.MET, share(SUPERVISION, 5, 5, DEFAULTS).status());
        }

        @Test
        void a_suppressed_result_discloses_nothing_numeric() {
            IndicatorResult result = share(SUPERVISION, 3, 4, DEFAULTS);

            assertTrue(result.counts().isEmpty() && result.estimate().isEmpty() && result.interval().isEmpty()
                    && result.certainty().isEmpty());
            assertFalse(result.toString().contains("3/4"), result::toString);
            assertEquals(java.util.List.of(Reason.of(EvaluationReason.TARGET_SHARE, Threshold.moreThan(90)),
                    Reason.of(EvaluationReason.SUPPRESSED, 5)), result.reasons());
            for (Language language : Language.values()) {
                java.util.List<String> texts = Renderer.of(language).render(result.reasons());
                assertTrue(texts.stream().noneMatch(text -> text.matches(".*\\b[34]\\b.*")), texts::toString);
            }
        }

        @Test
        void the_minimum_group_size_comes_from_the_policy() {
            EvaluationPolicy ten = EvaluationPolicy.builder().minimumGroupSize(10).build();

            assertEquals(Status.SUPPRESSED, share(SUPERVISION, 9, 9, ten).status());
        }

        @Test
        void a_suppressed_result_cannot_be_built_with_counts() {
            InvalidInputException e = assertThrows(InvalidInputException.class, () -> IndicatorResult.builder()
                    .indicator(SUPERVISION.id()).unit(UNIT).period(YEAR).status(Status.SUPPRESSED)
                    .target(SUPERVISION.target()).minimumGroupSize(5).counts(Counts.of(1, 2)).build());
            assertEquals("status", e.path());
        }
    }

    @Nested
    class QualitativeLevels {

        @Test
        void without_a_local_threshold_the_level_is_not_evaluable_and_says_why() {
            IndicatorResult result = share(PREPARED, 40, 50, DEFAULTS);

            assertEquals(Status.NOT_EVALUABLE, result.status());
            assertEquals(Reason.of(EvaluationReason.NO_LOCAL_THRESHOLD, PREPARED.target().level().orElseThrow()), result.reasons().get(1));
            assertEquals("Den kvalitativa nivån ”hög” har inget lokalt tröskelvärde i policyn",
                    Renderer.of(Language.SWEDISH).render(result.reasons().get(1)));
        }

        @Test
        void a_local_threshold_makes_it_evaluable() {
            EvaluationPolicy local = EvaluationPolicy.builder().putLocalThreshold(PREPARED.id(), Threshold.atLeast(75)).build();

            assertEquals(Status.MET, share(PREPARED, 40, 50, local).status());
            assertEquals(Status.NOT_MET, share(PREPARED, 37, 50, local).status());
        }
    }

    @Nested
    class MilestonesAndReviews {

        private final Indicator council = OREBRO.get(IndicatorId.of("2.4.1"));
        private final Indicator alf = OREBRO.get(IndicatorId.of("1.7.1"));

        @Test
        void a_done_milestone_is_met_and_one_not_done_is_not() {
            Observation done = Observation.ofMilestone(council.id(), UNIT, YEAR, Milestone.doneOn(LocalDate.of(2024, 3, 1)));
            Observation notDone = Observation.ofMilestone(council.id(), UNIT, YEAR, Milestone.notDone());

            assertEquals(Status.MET, Evaluations.evaluate(council, done, DEFAULTS).status());
            assertEquals(Status.NOT_MET, Evaluations.evaluate(council, notDone, DEFAULTS).status());
        }

        @Test
        void a_good_review_is_met() {
            Observation good = Observation.ofReview(alf.id(), UNIT, YEAR, ReviewOutcome.GOOD);

            assertEquals(Status.MET, Evaluations.evaluate(alf, good, DEFAULTS).status());
        }

        @Test
        void no_observation_is_no_data() {
            IndicatorResult result = Evaluations.noData(council, UNIT, YEAR);

            assertEquals(Status.NO_DATA, result.status());
        }

        @Test
        void an_observation_of_the_wrong_kind_is_rejected() {
            Observation counts = Observation.ofCounts(council.id(), UNIT, YEAR, Counts.of(1, 2));

            InvalidInputException e = assertThrows(InvalidInputException.class,
                    () -> Evaluations.evaluate(council, counts, DEFAULTS));
            assertEquals("observation", e.path());
        }

        @Test
        void an_observation_of_another_indicator_is_rejected_and_the_result_is_of_the_observations_unit() {
            Observation ofCouncil = Observation.ofReview(council.id(), OrganisationUnitId.of("other"), YEAR, ReviewOutcome.GOOD);
            Observation ofAlf = Observation.ofReview(alf.id(), OrganisationUnitId.of("other"), YEAR, ReviewOutcome.GOOD);

            InvalidInputException e = assertThrows(InvalidInputException.class, () -> Evaluations.evaluate(alf, ofCouncil, DEFAULTS));
            assertEquals("observation", e.path());
            assertEquals(OrganisationUnitId.of("other"), Evaluations.evaluate(alf, ofAlf, DEFAULTS).unit());
        }
    }

    /** A recurring obligation (1.6.4, "Återkommande utvärderar verksamheterna …") is met period by period. */
    @Nested
    class Recurring_obligations {

        private final Indicator evaluates = OREBRO.get(IndicatorId.of("1.6.4"));

        @Test
        void done_within_the_period_is_met_and_says_when() {
            Observation done = Observation.ofMilestone(evaluates.id(), UNIT, YEAR, Milestone.doneOn(LocalDate.of(2024, 9, 12)));

            IndicatorResult result = Evaluations.evaluate(evaluates, done, DEFAULTS);

            assertEquals(Status.MET, result.status());
            assertEquals(java.util.List.of(Reason.of(EvaluationReason.TARGET_RECURRING),
                    Reason.of(EvaluationReason.RECURRING_DONE, "2024", LocalDate.of(2024, 9, 12))), result.reasons());
            assertEquals(java.util.List.of("Mål: gjennomføres i hver periode", "Gjennomført i 2024 (12.09.2024)"),
                    Renderer.of(Language.NORWEGIAN_BOKMAL).render(result.reasons()));
        }

        @Test
        void not_done_in_the_period_is_not_met() {
            Observation notDone = Observation.ofMilestone(evaluates.id(), UNIT, YEAR, Milestone.notDone());

            IndicatorResult result = Evaluations.evaluate(evaluates, notDone, DEFAULTS);

            assertEquals(Status.NOT_MET, result.status());
            assertEquals(Reason.of(EvaluationReason.RECURRING_NOT_DONE, "2024"), result.reasons().get(1));
        }

        @Test
        void a_year_done_carries_nothing_to_the_next_and_a_date_outside_the_period_does_not_fit() {
            assertEquals(Status.NO_DATA,
                    Evaluations.noData(evaluates, UNIT, CalendarYear.of(2025)).status());
            Observation early = Observation.ofMilestone(evaluates.id(), UNIT, YEAR, Milestone.doneOn(LocalDate.of(2023, 12, 31)));

            assertFalse(early.fits(evaluates.target().kind()));
            assertTrue(early.fits(se.klinedu.indicators.target.TargetKind.MILESTONE));
            assertThrows(InvalidInputException.class, () -> Evaluations.evaluate(evaluates, early, DEFAULTS));
        }
    }

    private static Indicator copyWithTarget(Threshold threshold, Direction direction) {
        return Indicator.builder().id(IndicatorId.of("local-1")).effectGoal(SUPERVISION.effectGoal()).text(SUPERVISION.text())
                .target(se.klinedu.indicators.target.Target.share(threshold)).direction(direction)
                .reporter(SUPERVISION.reporter()).build();
    }

    private static java.util.List<String> english(IndicatorResult result) {
        return Renderer.of(Language.ENGLISH).render(result.reasons());
    }
}
