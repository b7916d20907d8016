package se.klinedu.indicators.target;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import se.klinedu.core.InvalidInputException;
import se.klinedu.core.LocalizedText;
import se.klinedu.core.Provenance;
import se.klinedu.core.Threshold;
import se.klinedu.core.json.KlineduJson;
import se.klinedu.core.strategy.EffectGoalId;
import se.klinedu.core.strategy.OrebroStrategy;
import se.klinedu.core.strategy.StrategyOutline;

/** The value rules of targets, indicator ids, indicators and catalogues: each broken rule names its field. */
class TargetTest {

    private static final KlineduJson JSON = KlineduJson.standard();
    private static final Threshold NINETY = Threshold.moreThan(90);
    private static final LocalizedText HIGH = LocalizedText.swedish("hög", "high");

    private static InvalidInputException invalid(Supplier<?> building, String path) {
        InvalidInputException e = assertThrows(InvalidInputException.class, building::get);
        assertEquals(path, e.path(), e.getMessage());
        assertTrue(e.getMessage().startsWith(path + ": "), e.getMessage());
        return e;
    }

    @Nested
    class Parts {

        @Test
        void each_factory_gives_exactly_the_part_of_its_kind() {
            assertEquals(List.of(Optional.of(NINETY), Optional.empty(), Optional.empty()),
                    parts(Target.share(NINETY)));
            assertEquals(List.of(Optional.empty(), Optional.of(HIGH), Optional.empty()), parts(Target.qualitative(HIGH)));
            assertEquals(List.of(Optional.empty(), Optional.empty(), Optional.empty()), parts(Target.milestone()));
            assertEquals(List.of(Optional.empty(), Optional.empty(), Optional.of(ExternalReview.UKA)),
                    parts(Target.review(ExternalReview.UKA)));
            assertEquals(List.of(TargetKind.SHARE, TargetKind.QUALITATIVE, TargetKind.MILESTONE, TargetKind.REVIEW),
                    List.of(Target.share(NINETY).kind(), Target.qualitative(HIGH).kind(), Target.milestone().kind(),
                            Target.review(ExternalReview.ALF).kind()));
        }

        private List<Optional<?>> parts(Target target) {
            return List.of(target.threshold(), target.level(), target.review());
        }

        @ParameterizedTest(name = "{0} without its part")
        @CsvSource({"SHARE, threshold", "QUALITATIVE, level", "REVIEW, review"})
        void a_kind_without_its_part_is_invalid_naming_the_part(TargetKind kind, String part) {
            InvalidInputException e = invalid(() -> ImmutableTarget.builder().kind(kind).build(), part);

            assertEquals("is required for a " + kind + " target", e.reason());
        }

        @Test
        void a_share_with_a_level_is_invalid_naming_the_level() {
            InvalidInputException e = invalid(() -> ((ImmutableTarget) Target.share(NINETY)).withLevel(HIGH), "level");

            assertEquals("must be absent for a SHARE target", e.reason());
        }

        @Test
        void a_milestone_with_a_threshold_is_invalid_naming_the_threshold() {
            InvalidInputException e = invalid(() -> ((ImmutableTarget) Target.milestone()).withThreshold(NINETY), "threshold");

            assertEquals("must be absent for a MILESTONE target", e.reason());
        }

        @Test
        void a_qualitative_target_with_a_review_is_invalid_naming_the_review() {
            invalid(() -> ((ImmutableTarget) Target.qualitative(HIGH)).withReview(ExternalReview.ALF), "review");
        }

        @Test
        void a_review_target_with_a_threshold_is_invalid_naming_the_threshold() {
            invalid(() -> ((ImmutableTarget) Target.review(ExternalReview.ALF)).withThreshold(NINETY), "threshold");
        }

        @Test
        void json_that_breaks_the_rule_is_located_at_the_part() {
            invalid(() -> JSON.read("{\"kind\":\"share\"}", Target.class), "$.threshold");
            invalid(() -> JSON.read("{\"kind\":\"milestone\",\"review\":\"alf\"}", Target.class), "$.review");
            invalid(() -> JSON.read("{\"kind\":\"qualitative\",\"threshold\":{\"comparison\":\"more-than\",\"percent\":90},"
                    + "\"level\":{\"language\":\"sv\",\"original\":\"hög\",\"english\":\"high\"}}", Target.class), "$.threshold");
        }

        @Test
        void json_of_an_unknown_or_missing_kind_is_located_at_the_kind() {
            invalid(() -> JSON.read("{\"kind\":\"RANGE\"}", Target.class), "$.kind");
            InvalidInputException e = invalid(() -> JSON.read("{\"threshold\":{\"comparison\":\"more-than\",\"percent\":90}}", Target.class),
                    "$.kind");
            assertTrue(e.reason().contains("is required"), e.reason());
        }

        @Test
        void the_factories_reject_null_naming_the_parameter() {
            assertEquals("threshold", assertThrows(NullPointerException.class, () -> Target.share(null)).getMessage());
            assertEquals("level", assertThrows(NullPointerException.class, () -> Target.qualitative(null)).getMessage());
            assertEquals("review", assertThrows(NullPointerException.class, () -> Target.review(null)).getMessage());
        }
    }

    @Test
    void a_target_reads_as_the_document_words_it() {
        assertEquals("> 90 %", Target.share(NINETY).toString());
        assertEquals(">= 85.5 %", Target.share(Threshold.of(se.klinedu.core.Comparison.AT_LEAST, new java.math.BigDecimal("85.5")))
                .toString());
        assertEquals("qualitative: hög", Target.qualitative(HIGH).toString());
        assertEquals("milestone", Target.milestone().toString());
        assertEquals("good outcome in UKÄ", Target.review(ExternalReview.UKA).toString());
        assertEquals("good outcome in ALF", Target.review(ExternalReview.ALF).toString());
    }

    @Test
    void only_shares_and_qualitative_levels_are_observed_as_counts() {
        assertTrue(TargetKind.SHARE.isObservedAsCounts());
        assertTrue(TargetKind.QUALITATIVE.isObservedAsCounts());
        assertFalse(TargetKind.MILESTONE.isObservedAsCounts());
        assertFalse(TargetKind.REVIEW.isObservedAsCounts());
    }

    @Nested
    class Ids {

        @ParameterizedTest(name = "{0}")
        @ValueSource(strings = {"1.6.2", "local_x-7", "A", "9", "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"})
        void accepts_letters_digits_dots_hyphens_and_underscores(String value) {
            assertEquals(value, IndicatorId.of(value).value());
        }

        @ParameterizedTest(name = "[{index}] {0}")
        @ValueSource(strings = {"", ".1", "-a", "_a", "1.6 2", "1,6", "å", "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"})
        void rejects_any_other_format_naming_the_id_kind(String value) {
            InvalidInputException e = invalid(() -> IndicatorId.of(value), "IndicatorId");

            assertTrue(e.reason().contains("letters, digits"), e.reason());
        }

        @Test
        void json_of_a_bad_id_is_located_at_the_string() {
            invalid(() -> JSON.read("\"a b\"", IndicatorId.class), "$");
        }
    }

    @Nested
    class Indicators {

        private Indicator valid(String id, String effectGoal) {
            return Indicator.builder().id(IndicatorId.of(id)).effectGoal(EffectGoalId.of(effectGoal)).text(HIGH)
                    .target(Target.milestone()).direction(Direction.HIGHER_IS_BETTER).reporter(Reporter.UNITS).build();
        }

        private Indicator valid() {
            return valid("9.1", "1.6");
        }

        @Test
        void the_heading_is_optional() {
            assertEquals(Optional.empty(), valid().heading());
        }

        @Test
        void a_missing_attribute_is_named() {
            InvalidInputException e = assertThrows(InvalidInputException.class,
                    () -> Indicator.builder().id(IndicatorId.of("9.1")).effectGoal(EffectGoalId.of("1.6")).text(HIGH)
                            .direction(Direction.HIGHER_IS_BETTER).reporter(Reporter.UNITS).build());

            assertTrue(e.getMessage().contains("target"), e.getMessage());
        }

        @Test
        void json_without_a_required_field_names_it() {
            String json = JSON.write(valid()).replace(",\"reporter\":\"units\"", "");

            InvalidInputException e = assertThrows(InvalidInputException.class, () -> JSON.read(json, Indicator.class));

            assertTrue(e.getMessage().contains("reporter"), e.getMessage());
        }

        @Test
        void a_catalogue_needs_an_indicator() {
            invalid(() -> IndicatorCatalogue.of(OUTLINE, provenance(), List.of()), "indicators");
        }

        @Test
        void a_catalogue_rejects_a_repeated_id_naming_its_index() {
            Indicator indicator = valid();

            InvalidInputException e = invalid(() -> IndicatorCatalogue.of(OUTLINE, provenance(),
                    List.of(indicator, valid("9.2", "1.6"), indicator)), "indicators[2]");

            assertTrue(e.reason().contains("9.1"), e.reason());
        }

        @Test
        void a_catalogue_rejects_an_effect_goal_the_strategy_lacks() {
            InvalidInputException e = invalid(() -> IndicatorCatalogue.of(OUTLINE, provenance(),
                    List.of(valid(), valid("9.2", "2.5"))),
                    "indicators[1].effectGoal");

            assertTrue(e.reason().contains("2.5"), e.reason());
        }

        @Test
        void a_region_may_add_indicators_of_its_own() {
            IndicatorCatalogue own = IndicatorCatalogue.of(OUTLINE, provenance(), List.of(valid()));

            assertEquals(List.of(valid()), own.ofEffectGoal(EffectGoalId.of("1.6")));
            assertEquals(List.of(), own.ofEffectGoal(EffectGoalId.of("1.1")));
        }

        private static final StrategyOutline OUTLINE = OrebroStrategy.load().outline();

        private Provenance provenance() {
            return Provenance.of(LocalizedText.swedish("Egna indikatorer", "Own indicators"), "Region X");
        }
    }
}
