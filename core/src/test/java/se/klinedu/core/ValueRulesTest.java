package se.klinedu.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.function.Function;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import se.klinedu.core.explain.Reason;
import se.klinedu.core.explain.Renderer;
import se.klinedu.core.measure.Due;
import se.klinedu.core.measure.FollowUpStatus;
import se.klinedu.core.measure.MeasureFollowUp;
import se.klinedu.core.measure.MeasureReason;
import se.klinedu.core.measure.PlannedMeasure;
import se.klinedu.core.organisation.LevelGuidance;
import se.klinedu.core.organisation.OrganisationLevel;
import se.klinedu.core.organisation.OrganisationTree;
import se.klinedu.core.organisation.OrganisationUnit;
import se.klinedu.core.organisation.OrganisationUnitId;
import se.klinedu.core.period.CalendarYear;
import se.klinedu.core.period.StrategyPeriod;
import se.klinedu.core.period.Term;
import se.klinedu.core.period.TermHalf;
import se.klinedu.core.strategy.EffectGoal;
import se.klinedu.core.strategy.EffectGoalId;
import se.klinedu.core.strategy.EffectGoalLink;
import se.klinedu.core.strategy.IdentifiedNeed;
import se.klinedu.core.strategy.IdentifiedNeedId;
import se.klinedu.core.strategy.ImplementationRuleId;
import se.klinedu.core.strategy.LinkBasis;
import se.klinedu.core.strategy.OverallGoal;
import se.klinedu.core.strategy.OverallGoalId;
import se.klinedu.core.strategy.PriorityArea;
import se.klinedu.core.strategy.PriorityAreaId;
import se.klinedu.core.strategy.RecurringReview;
import se.klinedu.core.strategy.RecurringReviewId;
import se.klinedu.core.supervision.CoverageStatus;
import se.klinedu.core.supervision.HoursEstimate;
import se.klinedu.core.supervision.HoursPolicy;
import se.klinedu.core.supervision.Qualification;
import se.klinedu.core.supervision.Roster;
import se.klinedu.core.supervision.ScopeUnit;
import se.klinedu.core.supervision.StaffId;
import se.klinedu.core.supervision.StaffMember;
import se.klinedu.core.supervision.SupervisionRole;
import se.klinedu.core.supervision.SupervisionRoleId;
import se.klinedu.core.supervision.SupervisorTraining;
import se.klinedu.core.supervision.TrainingCoverage;
import se.klinedu.core.supervision.TrainingId;
import se.klinedu.core.supervision.TrainingReason;
import se.klinedu.core.supervision.TrainingScope;

/** Pins the rules of the value types: the formats, bounds and consistency checks of their Javadoc. */
class ValueRulesTest {

    private static final TrainingId INTRODUCTION = TrainingId.of("introduction-to-supervision");
    private static final SupervisionRoleId ST_SUPERVISOR = SupervisionRoleId.of("st-supervisor");

    private static LocalizedText text(String swedish) {
        return LocalizedText.swedish(swedish, swedish);
    }

    @Nested
    class Identifiers {

        private static final Map<String, Function<String, Identifier>> KINDS = Map.of(
                "EffectGoalId", EffectGoalId::of,
                "IdentifiedNeedId", IdentifiedNeedId::of,
                "ImplementationRuleId", ImplementationRuleId::of,
                "OverallGoalId", OverallGoalId::of,
                "PriorityAreaId", PriorityAreaId::of,
                "RecurringReviewId", RecurringReviewId::of,
                "OrganisationUnitId", OrganisationUnitId::of,
                "StaffId", StaffId::of,
                "SupervisionRoleId", SupervisionRoleId::of,
                "TrainingId", TrainingId::of);

        // kind | a value in its format | a value in another format
        @ParameterizedTest(name = "{0}: {1} is valid, \"{2}\" is not")
        @CsvSource(textBlock = """
                EffectGoalId,         1.2,                          1.0
                EffectGoalId,         3.15,                         PA1.1
                IdentifiedNeedId,     PA2.1,                        PA2
                ImplementationRuleId, regular-evaluation,           Regular-Evaluation
                OverallGoalId,        1,                            0
                PriorityAreaId,       PA4,                          PA10
                RecurringReviewId,    spur,                         spur-
                OrganisationUnitId,   ward-7,                       -ward
                SupervisionRoleId,    st-supervisor,                st_supervisor
                TrainingId,           introduction-to-supervision,  'introduction to supervision'
                """)
        void accepts_its_format_and_rejects_another_naming_the_kind_and_the_value(String kind, String valid,
                String invalid) {
            Function<String, Identifier> of = KINDS.get(kind);

            InvalidInputException e = assertThrows(InvalidInputException.class, () -> of.apply(invalid));

            assertEquals(valid, of.apply(valid).value());
            assertEquals(kind, e.path());
            assertTrue(e.reason().endsWith(", was " + invalid), e.reason());
        }

        @Test
        void a_free_form_id_has_at_most_64_characters() {
            String longest = "a".repeat(64);

            InvalidInputException e = assertThrows(InvalidInputException.class, () -> StaffId.of(longest + "a"));

            assertEquals(longest, StaffId.of(longest).value());
            assertEquals("StaffId", e.path());
        }

        @Test
        void ids_of_one_kind_are_ordered_by_value() {
            EffectGoalId first = EffectGoalId.of("1.2");
            EffectGoalId second = EffectGoalId.of("1.3");

            assertTrue(first.compareTo(second) < 0);
            assertTrue(second.compareTo(first) > 0);
            assertEquals(0, first.compareTo(EffectGoalId.of("1.2")));
        }

        @Test
        void ids_of_different_kinds_with_the_same_value_never_compare_equal() {
            Identifier review = RecurringReviewId.of("spur");
            Identifier training = TrainingId.of("spur");

            int forth = review.compareTo(training);
            int back = training.compareTo(review);

            assertNotEquals(0, forth);
            assertEquals(-Integer.signum(forth), Integer.signum(back));
            assertNotEquals(review, training);
        }
    }

    @Nested
    class CalendarYears {

        // year | has four digits
        @ParameterizedTest(name = "{0}: {1}")
        @CsvSource(textBlock = """
                999,   false
                1000,  true
                2024,  true
                9999,  true
                10000, false
                """)
        void a_year_has_four_digits(int year, boolean valid) {
            if (valid) {
                assertEquals(year, CalendarYear.of(year).year());
            } else {
                InvalidInputException e = assertThrows(InvalidInputException.class, () -> CalendarYear.of(year));

                assertEquals("year", e.path());
                assertEquals("must have four digits, was " + year, e.reason());
            }
        }

        @Test
        void the_next_year_is_one_later() {
            CalendarYear year = CalendarYear.of(2024);

            assertEquals(CalendarYear.of(2025), year.next());
            assertEquals(CalendarYear.of(2024), year);
        }

        @Test
        void there_is_no_year_after_9999() {
            InvalidInputException e = assertThrows(InvalidInputException.class, () -> CalendarYear.of(9999).next());

            assertEquals("year", e.path());
            assertTrue(e.reason().endsWith("was 10000"), e.reason());
        }

        @Test
        void years_are_ordered_by_time() {
            List<CalendarYear> years = new ArrayList<>(List.of(CalendarYear.of(2030), CalendarYear.of(2021),
                    CalendarYear.of(2024)));

            years.sort(null);

            assertEquals(List.of(CalendarYear.of(2021), CalendarYear.of(2024), CalendarYear.of(2030)), years);
            assertEquals(0, CalendarYear.of(2024).compareTo(CalendarYear.of(2024)));
        }

        @Test
        void reads_as_its_code() {
            assertEquals("2024", CalendarYear.of(2024).toString());
        }
    }

    @Nested
    class Terms {

        @Test
        void terms_are_ordered_by_time() {
            List<Term> terms = new ArrayList<>(List.of(Term.parse("HT2024"), Term.parse("VT2024"), Term.parse("HT2023")));

            terms.sort(null);

            assertEquals(List.of(Term.parse("HT2023"), Term.parse("VT2024"), Term.parse("HT2024")), terms);
            assertEquals(0, Term.parse("VT2024").compareTo(Term.of(TermHalf.SPRING, 2024)));
        }

        @Test
        void a_terms_year_has_four_digits() {
            InvalidInputException e = assertThrows(InvalidInputException.class, () -> Term.of(TermHalf.AUTUMN, 999));

            assertEquals("year", e.path());
            assertEquals(1000, Term.of(TermHalf.AUTUMN, 1000).year());
        }

        @Test
        void reads_as_its_code() {
            assertEquals("VT2024", Term.of(TermHalf.SPRING, 2024).toString());
            assertEquals("HT2024", Term.of(TermHalf.AUTUMN, 2024).toString());
        }
    }

    @Nested
    class StrategyPeriods {

        @Test
        void reads_as_its_first_and_last_year() {
            assertEquals("2021–2030", StrategyPeriod.of(2021, 2030).toString());
        }

        @Test
        void may_cover_a_single_year_but_not_end_before_it_starts() {
            InvalidInputException e = assertThrows(InvalidInputException.class, () -> StrategyPeriod.of(2030, 2029));

            assertEquals(List.of(CalendarYear.of(2030)), StrategyPeriod.of(2030, 2030).years());
            assertEquals("lastYear", e.path());
            assertTrue(e.reason().endsWith("was 2029"), e.reason());
        }
    }

    @Nested
    class CountsValues {

        @Test
        void reads_as_numerator_slash_denominator() {
            assertEquals("46/50", Counts.of(46, 50).toString());
        }
    }

    @Nested
    class Thresholds {

        // comparison | percent | denominator | smallest passing numerator: the whole denominator still counts
        @ParameterizedTest(name = "{0} {1} % of {2}: {3}")
        @CsvSource(textBlock = """
                at-least, 100, 10, 10
                more-than,  90,  10, 10
                more-than,  99,  50, 50
                """)
        void the_whole_denominator_can_be_the_smallest_passing_numerator(String comparison, BigDecimal percent,
                long denominator, long smallest) {
            Threshold threshold = Threshold.of(Comparison.of(comparison), percent);

            assertEquals(OptionalLong.of(smallest), threshold.smallestPassingNumerator(denominator));
        }

        // comparison | percent | a denominator that is not positive: zero cases have no smallest numerator
        @ParameterizedTest(name = "{0} {1} % of {2}")
        @CsvSource(textBlock = """
                at-least, 85, 0
                more-than,  90, 0
                at-least, 0,  0
                more-than,  90, -1
                """)
        void the_denominator_must_be_positive(String comparison, BigDecimal percent, long denominator) {
            Threshold threshold = Threshold.of(Comparison.of(comparison), percent);

            InvalidInputException e = assertThrows(InvalidInputException.class,
                    () -> threshold.smallestPassingNumerator(denominator));

            assertEquals("denominator", e.path());
            assertEquals("must be positive, was " + denominator, e.reason());
        }

        @Test
        void one_case_is_the_smallest_positive_denominator() {
            assertEquals(OptionalLong.of(1), Threshold.atLeast(85).smallestPassingNumerator(1));
        }
    }

    @Nested
    class LocalizedTexts {

        // original | english | blank attribute
        @ParameterizedTest(name = "{2} blank")
        @CsvSource(textBlock = """
                '  ',     Strategy, original
                Strategi, '  ',     english
                Strategi, '',       english
                """)
        void rejects_a_blank_text(String original, String english, String path) {
            InvalidInputException e = assertThrows(InvalidInputException.class,
                    () -> LocalizedText.swedish(original, english));

            assertEquals(path, e.path());
            assertTrue(e.reason().startsWith("must not be blank"), e.reason());
        }

        @Test
        void a_norwegian_text_is_in_bokmal() {
            LocalizedText text = LocalizedText.norwegian("Delstrategi for utdanning", "Education sub-strategy");

            assertEquals(Language.NORWEGIAN_BOKMAL, text.language());
            assertEquals("Delstrategi for utdanning", text.original());
            assertEquals("Education sub-strategy", text.english());
        }

        @Test
        void reads_as_its_original() {
            assertEquals("Utbildningsstrategi", LocalizedText.swedish("Utbildningsstrategi", "Education strategy").toString());
        }
    }

    @Nested
    class Provenances {

        @Test
        void rejects_a_blank_publisher() {
            InvalidInputException e = assertThrows(InvalidInputException.class,
                    () -> Provenance.of(text("Utbildningsstrategi"), " "));

            assertEquals("publisher", e.path());
            assertTrue(e.reason().startsWith("must not be blank"), e.reason());
        }

        @Test
        void holds_a_title_and_publisher_and_no_dates() {
            Provenance provenance = Provenance.of(text("Utbildningsstrategi"), "Region Örebro län");

            assertEquals(text("Utbildningsstrategi"), provenance.title());
            assertEquals(Optional.of("Region Örebro län"), provenance.publisher());
            assertTrue(provenance.published().isEmpty() && provenance.lastReviewed().isEmpty()
                    && provenance.lastUpdated().isEmpty());
        }
    }

    @Nested
    class OverallGoals {

        private OverallGoal.Builder goal(String id) {
            return OverallGoal.builder().id(OverallGoalId.of(id)).shortName(text("Kvalitet")).text(text("Mål"))
                    .heading(text("Rubrik")).description(text("Beskrivning"));
        }

        @Test
        void needs_an_effect_goal() {
            InvalidInputException e = assertThrows(InvalidInputException.class, () -> goal("1").build());

            assertEquals("effectGoals", e.path());
            assertEquals("must not be empty", e.reason());
        }

        @Test
        void rejects_an_effect_goal_of_another_overall_goal() {
            InvalidInputException e = assertThrows(InvalidInputException.class, () -> goal("1")
                    .addEffectGoal(EffectGoal.of(EffectGoalId.of("2.1"), text("Effektmål"))).build());

            assertEquals("effectGoals[0].id", e.path());
            assertEquals("must start with 1., was 2.1", e.reason());
        }

        @Test
        void accepts_its_own_effect_goals() {
            OverallGoal goal = goal("1").addEffectGoal(EffectGoal.of(EffectGoalId.of("1.1"), text("Effektmål"))).build();

            assertEquals(1, goal.effectGoals().size());
        }
    }

    @Nested
    class PriorityAreas {

        private final LocalizedText name = text("Kunskapslyft för kliniska handledare");

        @Test
        void needs_an_identified_need() {
            InvalidInputException e = assertThrows(InvalidInputException.class,
                    () -> PriorityArea.of(PriorityAreaId.of("PA1"), name, List.of(), List.of()));

            assertEquals("identifiedNeeds", e.path());
            assertEquals("must not be empty", e.reason());
        }

        @Test
        void rejects_a_need_of_another_area() {
            InvalidInputException e = assertThrows(InvalidInputException.class, () -> PriorityArea.of(
                    PriorityAreaId.of("PA1"), name,
                    List.of(IdentifiedNeed.of(IdentifiedNeedId.of("PA2.1"), text("Behov"))), List.of()));

            assertEquals("identifiedNeeds[0].id", e.path());
            assertEquals("must start with PA1., was PA2.1", e.reason());
        }
    }

    @Nested
    class RecurringReviews {

        // interval in years | positive
        @ParameterizedTest(name = "{0} years: {1}")
        @CsvSource(textBlock = """
                -1, false
                0,  false
                1,  true
                5,  true
                """)
        void the_interval_is_positive(int years, boolean valid) {
            RecurringReviewId id = RecurringReviewId.of("spur");
            LocalizedText name = text("SPUR-inspektion");

            if (valid) {
                assertEquals(years, RecurringReview.of(id, name, years, text("vart femte år")).intervalYears());
            } else {
                InvalidInputException e = assertThrows(InvalidInputException.class,
                        () -> RecurringReview.of(id, name, years, text("vart femte år")));

                assertEquals("intervalYears", e.path());
                assertEquals("must be positive, was " + years, e.reason());
            }
        }
    }

    @Nested
    class EffectGoalLinks {

        @Test
        void rejects_a_blank_rationale() {
            InvalidInputException e = assertThrows(InvalidInputException.class,
                    () -> EffectGoalLink.of(EffectGoalId.of("1.1"), LinkBasis.INTERPRETED, " "));

            assertEquals("rationale", e.path());
            assertTrue(e.reason().startsWith("must not be blank"), e.reason());
        }
    }

    @Nested
    class HoursPolicies {

        private HoursPolicy policyWith(String attribute, BigDecimal value) {
            BigDecimal hours = attribute.equals("hoursPerWeek") ? value : BigDecimal.valueOf(40);
            BigDecimal days = attribute.equals("daysPerWeek") ? value : BigDecimal.valueOf(5);
            BigDecimal credits = attribute.equals("creditsPerWeek") ? value : new BigDecimal("1.5");
            return HoursPolicy.of(hours, days, credits);
        }

        // attribute | a value that is not positive
        @ParameterizedTest(name = "{0} = {1}")
        @CsvSource(textBlock = """
                hoursPerWeek,   0
                hoursPerWeek,   -40
                daysPerWeek,    0
                daysPerWeek,    -5
                creditsPerWeek, 0
                creditsPerWeek, -1.5
                """)
        void rejects_a_value_that_is_not_positive(String attribute, BigDecimal value) {
            InvalidInputException e = assertThrows(InvalidInputException.class, () -> policyWith(attribute, value));

            assertEquals(attribute, e.path());
            assertEquals("must be positive, was " + value.toPlainString(), e.reason());
        }

        // attribute | the smallest value tried, positive
        @ParameterizedTest(name = "{0} = {1}")
        @CsvSource(textBlock = """
                hoursPerWeek,   0.01
                daysPerWeek,    0.01
                creditsPerWeek, 0.01
                """)
        void accepts_any_positive_value(String attribute, BigDecimal value) {
            HoursPolicy policy = policyWith(attribute, value);

            assertEquals(0, value.compareTo(switch (attribute) {
                case "hoursPerWeek" -> policy.hoursPerWeek();
                case "daysPerWeek" -> policy.daysPerWeek();
                default -> policy.creditsPerWeek();
            }));
        }

        // the conversion as a reason with the policy's figures, under the standard policy and one written with
        // trailing zeros
        @ParameterizedTest(name = "{0}")
        @EnumSource(ScopeUnit.class)
        void gives_the_conversion_as_a_reason_with_the_policys_figures(ScopeUnit unit) {
            HoursPolicy written = HoursPolicy.of(new BigDecimal("40.00"), new BigDecimal("5.0"), new BigDecimal("1.50"));
            Reason conversion = switch (unit) {
                case HOURS -> Reason.of(TrainingReason.HOURS_AS_GIVEN);
                case DAYS -> Reason.of(TrainingReason.HOURS_FROM_DAYS, 40.0, 5.0);
                case WEEKS_FULL_TIME -> Reason.of(TrainingReason.HOURS_FROM_WEEKS, 40.0);
                case CREDITS -> Reason.of(TrainingReason.HOURS_FROM_CREDITS, 40.0, 1.5);
            };

            assertEquals(conversion, HoursPolicy.standard().conversion(unit));
            assertEquals(conversion, written.conversion(unit));
        }
    }

    @Nested
    class HoursEstimates {

        private static final List<Reason> AS_GIVEN = List.of(Reason.of(TrainingReason.HOURS_AS_GIVEN));

        @Test
        void zero_hours_is_not_negative() {
            HoursEstimate estimate = HoursEstimate.of(BigDecimal.ZERO, BigDecimal.ONE, false, AS_GIVEN);

            assertEquals(0, BigDecimal.ZERO.compareTo(estimate.minHours()));
        }

        // min | max | with a reason | path | reason fragment
        @ParameterizedTest(name = "{3}: {4}")
        @CsvSource(textBlock = """
                -0.5, 1,   true,  minHours, 'must not be negative, was -0.5'
                2,    1.5, true,  maxHours, 'must not be below minHours 2, was 1.5'
                1,    1,   false, reasons,  must not be empty
                """)
        void rejects_a_broken_rule(BigDecimal min, BigDecimal max, boolean withReason, String path, String fragment) {
            InvalidInputException e = assertThrows(InvalidInputException.class,
                    () -> HoursEstimate.of(min, max, true, withReason ? AS_GIVEN : List.of()));

            assertEquals(path, e.path());
            assertTrue(e.reason().startsWith(fragment), e.reason());
        }

        @Test
        void a_range_of_one_value_is_allowed() {
            HoursEstimate estimate = HoursEstimate.of(BigDecimal.TEN, BigDecimal.TEN, false, AS_GIVEN);

            assertEquals(estimate.minHours(), estimate.maxHours());
        }
    }

    @Nested
    class TrainingScopes {

        private TrainingScope scope(BigDecimal min, BigDecimal max, BigDecimal selfStudy) {
            return TrainingScope.builder().text(text("5 dagar")).unit(ScopeUnit.DAYS).min(min).max(max)
                    .approximate(false).selfStudy(Optional.ofNullable(selfStudy)).webBased(false).build();
        }

        // min | max | self-study | path | reason
        @ParameterizedTest(name = "{0}–{1}, self-study {2}: {3}")
        @CsvSource(nullValues = "-", textBlock = """
                0,  5, -,   min,       'must be positive, was 0'
                -1, 5, -,   min,       'must be positive, was -1'
                5,  5, 0,   selfStudy, 'must be positive and at most max 5, was 0'
                5,  5, -1,  selfStudy, 'must be positive and at most max 5, was -1'
                5,  5, 5.5, selfStudy, 'must be positive and at most max 5, was 5.5'
                """)
        void rejects_a_scope_out_of_bounds(BigDecimal min, BigDecimal max, BigDecimal selfStudy, String path,
                String reason) {
            InvalidInputException e = assertThrows(InvalidInputException.class, () -> scope(min, max, selfStudy));

            assertEquals(path, e.path());
            assertEquals(reason, e.reason());
        }

        // min | max | self-study: the bounds themselves are inside
        @ParameterizedTest(name = "{0}–{1}, self-study {2}")
        @CsvSource(nullValues = "-", textBlock = """
                0.5, 0.5, -
                5,   5,   5
                5,   6,   6
                5,   5,   0.5
                """)
        void accepts_a_scope_at_its_bounds(BigDecimal min, BigDecimal max, BigDecimal selfStudy) {
            TrainingScope scope = scope(min, max, selfStudy);

            assertEquals(Optional.ofNullable(selfStudy), scope.selfStudy());
            assertEquals(min, scope.min());
        }
    }

    @Nested
    class TrainingCoverages {

        private TrainingCoverage.Builder coverageWithoutReason(Counts counts, CoverageStatus status, OptionalLong additional) {
            return TrainingCoverage.builder().training(INTRODUCTION).threshold(Threshold.moreThan(90)).counts(counts)
                    .status(status).additionalToTrain(additional);
        }

        private TrainingCoverage coverage(Counts counts, CoverageStatus status, OptionalLong additional) {
            return coverageWithoutReason(counts, status, additional)
                    .addReason(Reason.of(TrainingReason.COVERAGE_MET, 10, 10, Threshold.moreThan(90), 10)).build();
        }

        @Test
        void rejects_a_coverage_without_a_reason() {
            InvalidInputException e = assertThrows(InvalidInputException.class,
                    () -> coverageWithoutReason(Counts.of(10, 10), CoverageStatus.PASSED, OptionalLong.of(0)).build());

            assertEquals("reasons", e.path());
            assertTrue(e.reason().startsWith("must not be empty"), e.reason());
        }

        // trained | staff | further people to train | valid: at most the untrained staff
        @ParameterizedTest(name = "{0} of {1}, {2} more: {3}")
        @CsvSource(textBlock = """
                8, 10, 2,  true
                8, 10, 3,  false
                8, 10, -1, false
                0, 5,  5,  true
                0, 5,  6,  false
                """)
        void the_number_to_train_is_at_most_the_untrained_staff(long trained, long staff, long additional,
                boolean valid) {
            Counts counts = Counts.of(trained, staff);

            if (valid) {
                assertEquals(OptionalLong.of(additional),
                        coverage(counts, CoverageStatus.NOT_PASSED, OptionalLong.of(additional)).additionalToTrain());
            } else {
                InvalidInputException e = assertThrows(InvalidInputException.class,
                        () -> coverage(counts, CoverageStatus.NOT_PASSED, OptionalLong.of(additional)));

                assertEquals("additionalToTrain", e.path());
                assertEquals("must be 0.." + (staff - trained) + ", was " + additional, e.reason());
            }
        }

        // status | whether the number to train is given: only when passed or not passed
        @ParameterizedTest(name = "{0} with the number given: {1}")
        @CsvSource(textBlock = """
                NO_DATA,     true
                UNREACHABLE, true
                PASSED,      false
                NOT_PASSED,  false
                """)
        void the_number_to_train_is_present_exactly_when_passed_or_not_passed(CoverageStatus status, boolean given) {
            OptionalLong additional = given ? OptionalLong.of(0) : OptionalLong.empty();

            InvalidInputException e = assertThrows(InvalidInputException.class,
                    () -> coverage(Counts.of(0, 0), status, additional));

            assertEquals("additionalToTrain", e.path());
            assertTrue(e.reason().contains(status.name()), e.reason());
        }
    }

    @Nested
    class Rosters {

        private Roster roster(int trained, int untrained) {
            List<StaffMember> staff = new ArrayList<>();
            for (int i = 0; i < trained; i++) {
                staff.add(StaffMember.of(StaffId.of("trained-" + i), Set.of(INTRODUCTION)));
            }
            for (int i = 0; i < untrained; i++) {
                staff.add(StaffMember.of(StaffId.of("untrained-" + i), Set.of()));
            }
            return Roster.of(staff);
        }

        @Test
        void counts_only_the_staff_with_the_training() {
            Roster roster = roster(3, 2);

            assertEquals(Counts.of(3, 5), roster.trained(INTRODUCTION));
            assertEquals(Counts.of(0, 5), roster.trained(TrainingId.of("stepping-stones")));
        }

        // trained | untrained | status against "> 90 %" | further people to train
        @ParameterizedTest(name = "{0} of {0}+{1}: {2}, {3} more")
        @CsvSource(textBlock = """
                9,  1, NOT_PASSED, 1
                8,  2, NOT_PASSED, 2
                10, 0, PASSED,     0
                18, 2, NOT_PASSED, 1
                19, 1, PASSED,     0
                """)
        void passes_only_when_nobody_more_needs_training(int trained, int untrained, CoverageStatus status,
                long additional) {
            TrainingCoverage coverage = roster(trained, untrained).coverage(INTRODUCTION, Threshold.moreThan(90));

            assertEquals(status, coverage.status());
            assertEquals(OptionalLong.of(additional), coverage.additionalToTrain());
        }

        // trained | untrained | threshold's percentage, "more than" | the reason's code and arguments
        @ParameterizedTest(name = "{0} of {0}+{1} against > {2} %: {3}")
        @CsvSource(textBlock = """
                0,  0, 90,  ROSTER_EMPTY,         ''
                9,  1, 100, COVERAGE_UNREACHABLE, 10
                9,  1, 90,  COVERAGE_SHORT,       9 10 10 1
                19, 1, 90,  COVERAGE_MET,         19 20 19
                """)
        void the_reason_gives_the_counts_compared(int trained, int untrained, int percent, TrainingReason code,
                String counts) {
            Threshold threshold = Threshold.moreThan(percent);
            List<Object> args = new ArrayList<>(Arrays.stream(counts.split(" ")).filter(n -> !n.isEmpty())
                    .map(Long::valueOf).toList());
            if (!args.isEmpty()) {
                args.add(args.size() == 1 ? 1 : 2, threshold);
            }

            assertEquals(List.of(Reason.of(code, args.toArray())),
                    roster(trained, untrained).coverage(INTRODUCTION, threshold).reasons());
        }

        @Test
        void the_reason_reads_in_swedish_and_english() {
            List<Reason> reasons = roster(9, 1).coverage(INTRODUCTION, Threshold.moreThan(90)).reasons();

            assertEquals(List.of("9 av 10 medarbetare har utbildningen; över 90\u00a0% kräver minst 10 av 10: "
                    + "ytterligare 1 behöver utbildningen."), Renderer.of(Language.SWEDISH).render(reasons));
            assertEquals(List.of("9 of 10 staff have the training; more than 90% needs at least 10 of 10: "
                    + "1 more to train."), Renderer.of(Language.ENGLISH).render(reasons));
            assertEquals(List.of("Listan över medarbetare är tom: det finns ingen andel att jämföra."),
                    Renderer.of(Language.SWEDISH).render(roster(0, 0).coverage(INTRODUCTION, Threshold.moreThan(90)).reasons()));
        }
    }

    @Nested
    class StaffMembers {

        @Test
        void has_completed_only_the_trainings_listed() {
            StaffMember member = StaffMember.of(StaffId.of("anon-1"), Set.of(INTRODUCTION));

            assertTrue(member.hasCompleted(INTRODUCTION));
            assertFalse(member.hasCompleted(TrainingId.of("stepping-stones")));
        }
    }

    @Nested
    class Qualifications {

        private final TrainingId stepping = TrainingId.of("stepping-stones");

        @Test
        void is_qualified_only_when_nothing_is_missing() {
            Qualification qualified = Qualification.of(ST_SUPERVISOR, List.of(INTRODUCTION, stepping), List.of());
            Qualification missing = Qualification.of(ST_SUPERVISOR, List.of(INTRODUCTION, stepping), List.of(stepping));

            assertTrue(qualified.isQualified());
            assertFalse(missing.isQualified());
        }

        @Test
        void reads_as_the_role_and_what_is_missing() {
            assertEquals("st-supervisor: qualified",
                    Qualification.of(ST_SUPERVISOR, List.of(INTRODUCTION), List.of()).toString());
            assertEquals("st-supervisor: missing [stepping-stones]",
                    Qualification.of(ST_SUPERVISOR, List.of(INTRODUCTION, stepping), List.of(stepping)).toString());
        }

        @Test
        void a_missing_training_must_be_required() {
            InvalidInputException e = assertThrows(InvalidInputException.class,
                    () -> Qualification.of(ST_SUPERVISOR, List.of(INTRODUCTION), List.of(stepping)));

            assertEquals("missing", e.path());
            assertTrue(e.reason().endsWith("was [stepping-stones]"), e.reason());
        }
    }

    @Nested
    class SupervisionRoles {

        @Test
        void needs_a_training() {
            InvalidInputException e = assertThrows(InvalidInputException.class,
                    () -> SupervisionRole.of(ST_SUPERVISOR, text("Handledare för ST-läkare"), List.of()));

            assertEquals("trainings", e.path());
            assertEquals("must not be empty", e.reason());
        }
    }

    @Nested
    class SupervisorTrainings {

        private SupervisorTraining training(String... prerequisites) {
            return SupervisorTraining.builder().id(TrainingId.of("vo-college-step-3")).name(text("Steg 3"))
                    .addAllPrerequisites(List.of(prerequisites).stream().map(TrainingId::of).toList()).build();
        }

        @Test
        void accepts_distinct_prerequisites() {
            SupervisorTraining training = training("vo-college-step-1", "vo-college-step-2");

            assertEquals(2, training.prerequisites().size());
        }

        @Test
        void rejects_a_repeated_prerequisite_naming_its_index() {
            InvalidInputException e = assertThrows(InvalidInputException.class,
                    () -> training("vo-college-step-1", "vo-college-step-2", "vo-college-step-1"));

            assertEquals("prerequisites[2]", e.path());
            assertEquals("duplicate id, was vo-college-step-1", e.reason());
        }

        @Test
        void rejects_itself_as_a_prerequisite() {
            InvalidInputException e = assertThrows(InvalidInputException.class, () -> training("vo-college-step-3"));

            assertEquals("prerequisites", e.path());
            assertTrue(e.reason().endsWith("was vo-college-step-3"), e.reason());
        }
    }

    @Nested
    class Dues {

        @Test
        void only_a_due_without_a_date_is_ongoing() {
            assertFalse(Due.on(LocalDate.of(2026, 10, 1)).isOngoing());
            assertTrue(Due.ongoing().isOngoing());
        }

        @Test
        void reads_as_its_code() {
            assertEquals("2026-10-01", Due.on(LocalDate.of(2026, 10, 1)).toString());
            assertEquals("ongoing", Due.ongoing().toString());
        }
    }

    @Nested
    class PlannedMeasures {

        private PlannedMeasure.Builder measure(String what, String secondResponsible, String followUpResponsible) {
            return PlannedMeasure.builder().what(what).addResponsible("studierektor", secondResponsible)
                    .due(Due.on(LocalDate.of(2026, 10, 1))).followUpResponsible(followUpResponsible);
        }

        // what | second responsible role | follow-up responsible | blank attribute
        @ParameterizedTest(name = "{3} blank")
        @CsvSource(textBlock = """
                '  ',        verksamhetschef, verksamhetschef, what
                Upprätta IUP, '  ',            verksamhetschef, responsible[1]
                Upprätta IUP, verksamhetschef, ' ',             followUpResponsible
                """)
        void rejects_a_blank_text(String what, String secondResponsible, String followUpResponsible, String path) {
            InvalidInputException e = assertThrows(InvalidInputException.class,
                    () -> measure(what, secondResponsible, followUpResponsible).build());

            assertEquals(path, e.path());
            assertTrue(e.reason().startsWith("must not be blank"), e.reason());
        }

        @Test
        void recording_a_follow_up_leaves_the_original_unaffected() {
            PlannedMeasure planned = measure("Upprätta IUP", "verksamhetschef", "verksamhetschef").build();

            PlannedMeasure followedUp = planned.withFollowUp(LocalDate.of(2027, 3, 15));

            assertEquals(Optional.of(LocalDate.of(2027, 3, 15)), followedUp.followedUpOn());
            assertEquals(planned.what(), followedUp.what());
            assertTrue(planned.followedUpOn().isEmpty());
        }

        @Test
        void the_reason_names_both_dates_of_a_follow_up_window() {
            PlannedMeasure planned = measure("Upprätta IUP", "verksamhetschef", "verksamhetschef")
                    .followUpDate(LocalDate.of(2027, 4, 1)).build();

            List<Reason> reasons = planned.followUpAt(LocalDate.of(2026, 9, 30)).reasons();

            assertEquals(List.of(Reason.of(MeasureReason.FOLLOW_UP_WINDOW_AHEAD, LocalDate.of(2026, 10, 1),
                    LocalDate.of(2027, 4, 1), LocalDate.of(2026, 9, 30))), reasons);
        }

        @Test
        void the_reason_names_one_date_when_no_follow_up_date_is_set() {
            PlannedMeasure planned = measure("Upprätta IUP", "verksamhetschef", "verksamhetschef").build();

            List<Reason> reasons = planned.followUpAt(LocalDate.of(2026, 10, 2)).reasons();

            assertEquals(List.of(Reason.of(MeasureReason.FOLLOW_UP_DAY_PASSED, LocalDate.of(2026, 10, 1),
                    LocalDate.of(2026, 10, 2))), reasons);
        }
    }

    @Nested
    class MeasureFollowUps {

        @Test
        void rejects_a_follow_up_without_a_reason() {
            InvalidInputException e = assertThrows(InvalidInputException.class,
                    () -> MeasureFollowUp.of(LocalDate.of(2026, 10, 1), FollowUpStatus.DUE, List.of()));

            assertEquals("reasons", e.path());
            assertTrue(e.reason().startsWith("must not be empty"), e.reason());
        }

        @Test
        void rejects_a_reason_of_another_kind() {
            InvalidInputException e = assertThrows(InvalidInputException.class, () -> MeasureFollowUp.of(
                    LocalDate.of(2026, 10, 1), FollowUpStatus.DUE, List.of(Reason.of(TrainingReason.ROSTER_EMPTY))));

            assertEquals("reasons[0].code", e.path());
            assertEquals("must be a code of MeasureReason, was training.roster-empty", e.reason());
        }
    }

    @Nested
    class FollowUpStatuses {

        // status | other | status is later than other: NOT_DUE, DUE, OVERDUE, then FOLLOWED_UP
        @ParameterizedTest(name = "{0} later than {1}: {2}")
        @CsvSource(textBlock = """
                NOT_DUE,     NOT_DUE,     false
                NOT_DUE,     DUE,         false
                NOT_DUE,     OVERDUE,     false
                NOT_DUE,     FOLLOWED_UP, false
                DUE,         NOT_DUE,     true
                DUE,         DUE,         false
                DUE,         OVERDUE,     false
                DUE,         FOLLOWED_UP, false
                OVERDUE,     NOT_DUE,     true
                OVERDUE,     DUE,         true
                OVERDUE,     OVERDUE,     false
                OVERDUE,     FOLLOWED_UP, false
                FOLLOWED_UP, NOT_DUE,     true
                FOLLOWED_UP, DUE,         true
                FOLLOWED_UP, OVERDUE,     true
                FOLLOWED_UP, FOLLOWED_UP, false
                """)
        void orders_the_statuses_from_not_due_to_followed_up(FollowUpStatus status, FollowUpStatus other,
                boolean later) {
            assertEquals(later, status.isLaterThan(other));
        }
    }

    @Nested
    class OrganisationUnits {

        @Test
        void rejects_a_blank_name() {
            InvalidInputException e = assertThrows(InvalidInputException.class, () -> OrganisationUnit.root(
                    OrganisationUnitId.of("region"), " ", OrganisationLevel.HOSPITAL_OR_REGION));

            assertEquals("name", e.path());
            assertTrue(e.reason().startsWith("must not be blank"), e.reason());
        }
    }

    @Nested
    class OrganisationTrees {

        private final OrganisationUnitId region = OrganisationUnitId.of("region");

        @Test
        void needs_a_unit() {
            InvalidInputException e = assertThrows(InvalidInputException.class, () -> OrganisationTree.of(List.of()));

            assertEquals("units", e.path());
            assertEquals("must not be empty", e.reason());
        }

        @Test
        void the_children_it_returns_cannot_change_it() {
            OrganisationTree tree = OrganisationTree.of(List.of(
                    OrganisationUnit.root(region, "Region", OrganisationLevel.HOSPITAL_OR_REGION),
                    OrganisationUnit.child(OrganisationUnitId.of("ward-7"), "Avdelning 7", OrganisationLevel.WORK_TEAM,
                            region)));
            List<OrganisationUnit> children = tree.children(region);

            assertThrows(UnsupportedOperationException.class, children::clear);
            assertEquals(1, tree.children(region).size());
        }
    }

    @Nested
    class LevelGuidances {

        @Test
        void needs_a_question() {
            InvalidInputException e = assertThrows(InvalidInputException.class,
                    () -> LevelGuidance.of(OrganisationLevel.WORK_TEAM, text("Arbetslag"), List.of()));

            assertEquals("questions", e.path());
            assertEquals("must not be empty", e.reason());
        }
    }
}
