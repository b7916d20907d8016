package se.klinedu.indicators.target;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import se.klinedu.core.Comparison;
import se.klinedu.core.InvalidInputException;
import se.klinedu.core.Language;
import se.klinedu.core.LocalizedText;
import se.klinedu.core.strategy.EffectGoal;
import se.klinedu.core.strategy.EffectGoalId;
import se.klinedu.core.strategy.OrebroStrategy;
import se.klinedu.core.strategy.OverallGoalId;
import se.klinedu.core.strategy.ResponsibilityId;
import se.klinedu.core.strategy.ResponsibleRole;
import se.klinedu.core.testkit.SourceDocuments;

/** Pins the Örebro catalogue of indicators to the strategy document ("Effektmål / Indikator"). */
class IndicatorCatalogueDocumentTest {

    private static final Pattern PERCENT_TARGET = Pattern.compile(">(\\d+) procent");

    private final IndicatorCatalogue catalogue = IndicatorCatalogue.load("orebro");

    private Indicator indicator(String id) {
        return catalogue.get(IndicatorId.of(id));
    }

    @Nested
    class Structure {

        @Test
        void has_twenty_six_indicators() {
            assertEquals(26, catalogue.indicators().size());
        }

        @Test
        void follows_up_the_oerebro_strategy_goal_by_goal_over_2021_to_2030() {
            assertEquals(se.klinedu.core.strategy.OrebroStrategy.load().outline(), catalogue.strategy());
            assertEquals(2021, catalogue.strategy().period().firstYear());
            assertEquals(2030, catalogue.strategy().period().lastYear());
            assertEquals(15, catalogue.strategy().effectGoals().size());
        }

        @ParameterizedTest(name = "effect goal {0}: {1}")
        @CsvSource({"1.1, 1", "1.2, 3", "1.3, 2", "1.4, 1", "1.5, 1", "1.6, 6", "1.7, 3",
            "2.1, 1", "2.2, 1", "2.3, 1", "2.4, 2", "3.1, 1", "3.2, 1", "3.3, 1", "3.4, 1"})
        void has_the_documents_number_of_indicators_per_effect_goal(String effectGoal, int count) {
            List<Indicator> indicators = catalogue.ofEffectGoal(EffectGoalId.of(effectGoal));

            assertEquals(count, indicators.size());
            assertTrue(indicators.stream().allMatch(indicator -> indicator.effectGoal().value().equals(effectGoal)));
        }

        // p. "Klinisk utbildning med hög utvecklingspotential": the goals "Utveckling och implementering av digitala
        // stöd …" and "God anpassningsförmåga …" head a block whose indicators follow them: "God tillgång …",
        // "Områdesövergripande utbildningsråd …" and "Dialog och samordning initieras med andra vårdgivare inom
        // länet …"; only then does "Aktiv extern samverkan med aktuella lärosäten och skolor" begin its own block
        @Test
        void the_dialogue_with_other_care_providers_belongs_to_adaptability_not_to_external_collaboration() {
            Indicator dialogue = indicator("2.4.2");

            assertEquals("Dialog och samordning initieras med andra vårdgivare inom länet med fokus på klinisk utbildning",
                    dialogue.text().original());
            assertEquals(EffectGoalId.of("2.4"), dialogue.effectGoal());
            assertEquals("Utbildningsorganisationen är väl representerad i forum för samverkan med utbildningsanordnare",
                    indicator("2.2.1").text().original());
            assertEquals(List.of(IndicatorId.of("2.2.1")),
                    catalogue.ofEffectGoal(EffectGoalId.of("2.2")).stream().map(Indicator::id).toList());
        }

        @Test
        void in_the_document_the_dialogue_stands_after_the_adaptability_goal_and_before_external_collaboration() {
            Optional<String> document = SourceDocuments.lettersOf(SourceDocuments.OREBRO_STRATEGY);
            assumeTrue(document.isPresent(), "the source documents are not beside the build");
            String text = document.get();

            // the goals are also listed on an earlier page: take the table's adaptability goal, the last before the dialogue
            int dialogue = text.indexOf(SourceDocuments.letters(indicator("2.4.2").text().original()));
            int adaptability = text.lastIndexOf(SourceDocuments.letters("God anpassningsförmåga till de omställningar"), dialogue);
            int external = text.indexOf(SourceDocuments.letters("Aktiv extern samverkan med aktuella lärosäten och skolor"),
                    adaptability);

            assertTrue(dialogue >= 0 && adaptability >= 0 && external > dialogue,
                    "adaptability " + adaptability + ", dialogue " + dialogue + ", external " + external);
        }

        @Test
        void every_effect_goal_of_the_strategy_has_an_indicator() {
            assertEquals(OrebroStrategy.load().effectGoals().stream().map(EffectGoal::id).toList(),
                    catalogue.indicators().stream().map(Indicator::effectGoal).distinct().toList());
        }

        @Test
        void has_eight_share_five_qualitative_eight_milestone_three_recurring_and_two_review_targets() {
            Map<TargetKind, Long> kinds = catalogue.indicators().stream()
                    .collect(Collectors.groupingBy(indicator -> indicator.target().kind(), Collectors.counting()));

            assertEquals(Map.of(TargetKind.SHARE, 8L, TargetKind.QUALITATIVE, 5L, TargetKind.MILESTONE, 8L,
                    TargetKind.RECURRING, 3L, TargetKind.REVIEW, 2L), kinds);
        }

        /** Issue 17 item 2: a standing or repeated obligation is met period by period, not once for ever. */
        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', value = {
            "1.2.1 | Chefer inom regionens förvaltningar har ett gemensamt ansvar att rekrytera medarbetare till pedagogiska uppdrag",
            "1.3.1 | Vid alla större förändringar i vårduppdrag eller lokaler bör konsekvenser för den kliniska utbildningen belysas",
            "1.6.4 | Återkommande utvärderar verksamheterna sina förutsättningar att erbjuda en placering som uppfyller lärandemålen"})
        void standing_and_recurring_obligations_are_recurring_targets(String id, String line) {
            SourceDocuments.lettersOf(SourceDocuments.OREBRO_STRATEGY)
                    .ifPresent(document -> assertTrue(document.contains(SourceDocuments.letters(line)), line));
            Indicator indicator = catalogue.get(IndicatorId.of(id));
            assertEquals(line, indicator.text().original());
            assertEquals(TargetKind.RECURRING, indicator.target().kind());
        }

        /** Issue 17 item 2: level words are qualitative levels, as "ska vara hög" is. */
        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', value = {
            "2.2.1 | Utbildningsorganisationen är väl representerad i forum för samverkan med utbildningsanordnare | väl representerad | well represented",
            "2.3.1 | God tillgång till relevant information och digitala utbildningsstöd kring klinisk utbildning | God | Good"})
        void level_words_are_qualitative_levels(String id, String line, String level, String english) {
            SourceDocuments.lettersOf(SourceDocuments.OREBRO_STRATEGY)
                    .ifPresent(document -> assertTrue(document.contains(SourceDocuments.letters(line)), line));
            Indicator indicator = catalogue.get(IndicatorId.of(id));
            assertEquals(line, indicator.text().original());
            assertEquals(TargetKind.QUALITATIVE, indicator.target().kind());
            assertEquals(level, indicator.target().level().orElseThrow().original());
            assertEquals(english, indicator.target().level().orElseThrow().english());
            assertTrue(line.contains(level));
        }

        @Test
        void ids_are_numbered_from_one_within_their_effect_goal_in_the_strategys_order() {
            List<String> expected = new ArrayList<>();
            for (EffectGoal goal : OrebroStrategy.load().effectGoals()) {
                int count = catalogue.ofEffectGoal(goal.id()).size();
                for (int i = 1; i <= count; i++) {
                    expected.add(goal.id().value() + "." + i);
                }
            }

            assertEquals(expected, catalogue.indicators().stream().map(indicator -> indicator.id().value()).toList());
        }

        @Test
        void every_indicator_improves_upwards() {
            assertTrue(catalogue.indicators().stream().allMatch(indicator -> indicator.direction() == Direction.HIGHER_IS_BETTER));
        }

        @Test
        void is_read_once() {
            assertSame(catalogue, IndicatorCatalogue.load("orebro"));
        }

        @Test
        void names_the_strategy_as_its_source() {
            assertEquals("Utbildningsstrategi 2021–2030", catalogue.provenance().title().original());
            assertEquals(Optional.of("Region Örebro län"), catalogue.provenance().publisher());
        }
    }

    @Nested
    class Targets {

        @ParameterizedTest(name = "{0} > {1} %")
        @CsvSource({"1.1.1, 90", "1.3.2, 85", "1.4.1, 85", "1.6.1, 90", "1.6.2, 85", "1.6.5, 90", "1.6.6, 85", "1.7.3, 90"})
        void pins_every_share_threshold(String id, int percent) {
            Indicator indicator = indicator(id);

            assertEquals(TargetKind.SHARE, indicator.target().kind());
            assertEquals(Comparison.MORE_THAN, indicator.target().threshold().orElseThrow().comparison());
            assertEquals(0, BigDecimal.valueOf(percent).compareTo(indicator.target().threshold().orElseThrow().percent()));
            // the document's own words: "... ska uppgå till >90 procent"
            assertTrue(indicator.text().original().endsWith("ska uppgå till >" + percent + " procent"),
                    indicator.text().original());
        }

        @Test
        void the_share_targets_are_exactly_the_pinned_ones_and_all_strict() {
            assertEquals(List.of("1.1.1", "1.3.2", "1.4.1", "1.6.1", "1.6.2", "1.6.5", "1.6.6", "1.7.3"),
                    catalogue.indicators().stream().filter(indicator -> indicator.target().kind() == TargetKind.SHARE)
                            .map(indicator -> indicator.id().value()).toList());
            assertTrue(catalogue.indicators().stream().flatMap(indicator -> indicator.target().threshold().stream())
                    .allMatch(threshold -> threshold.comparison() == Comparison.MORE_THAN));
        }

        @Test
        void every_percentage_of_the_document_is_a_share_target_of_the_catalogue() {
            Optional<String> document = SourceDocuments.textOf(SourceDocuments.OREBRO_STRATEGY);
            assumeTrue(document.isPresent(), "the source documents are not beside the build");

            assertEquals(percentages(document.get()), percentages(catalogue.indicators().stream()
                    .filter(indicator -> indicator.target().kind() == TargetKind.SHARE)
                    .map(indicator -> indicator.text().original()).collect(Collectors.joining("\n"))));
            assertEquals(Map.of(85, 4, 90, 4), percentages(document.get()));
        }

        /** How often each "&gt;NN procent" occurs. */
        private static Map<Integer, Integer> percentages(String text) {
            Map<Integer, Integer> counts = new TreeMap<>();
            Matcher matcher = PERCENT_TARGET.matcher(text);
            while (matcher.find()) {
                counts.merge(Integer.parseInt(matcher.group(1)), 1, Integer::sum);
            }
            return counts;
        }

        @Test
        void the_spur_indicator_is_a_share_reported_by_the_units() {
            Indicator spur = indicator("1.7.3");

            assertEquals(TargetKind.SHARE, spur.target().kind());
            assertEquals(Reporter.UNITS, spur.reporter());
            assertEquals(Optional.of("SPUR-granskning"), spur.heading().map(LocalizedText::original));
            assertTrue(spur.text().original().contains("SPUR-granskning inom rekommenderade tidsintervall"));
        }

        @Test
        void the_alf_and_uka_reviews_are_review_targets_reported_by_external_reviewers() {
            assertEquals(Target.review(ExternalReview.ALF), indicator("1.7.1").target());
            assertEquals(Target.review(ExternalReview.UKA), indicator("1.7.2").target());
            assertEquals(Optional.of("Nationell ALF–utvärdering"), indicator("1.7.1").heading().map(LocalizedText::original));
            assertEquals(Optional.of("UKÄ-granskning"), indicator("1.7.2").heading().map(LocalizedText::original));
            assertEquals(Reporter.EXTERNAL_REVIEWERS, indicator("1.7.1").reporter());
            assertEquals(Reporter.EXTERNAL_REVIEWERS, indicator("1.7.2").reporter());
            assertEquals(List.of("1.7.1", "1.7.2"), catalogue.indicators().stream()
                    .filter(indicator -> indicator.target().kind() == TargetKind.REVIEW).map(i -> i.id().value()).toList());
        }

        @ParameterizedTest(name = "{0}: {1}")
        @CsvSource(delimiter = '|', textBlock = """
                1.6.3 | hög
                2.1.1 | hög andel
                3.2.1 | Hög rekryteringsgrad
                """)
        void the_qualitative_levels_are_worded_as_the_document_words_them(String id, String level) {
            Target target = indicator(id).target();

            assertEquals(TargetKind.QUALITATIVE, target.kind());
            assertEquals(level, target.level().orElseThrow().original());
            assertTrue(indicator(id).text().original().contains(level), indicator(id).text().original());
        }

        @ParameterizedTest(name = "{0}")
        @CsvSource({"1.6.1, Studenter och elever utvärderar", "1.6.2, Studenter och elever utvärderar",
            "1.6.3, Studenter och elever utvärderar", "1.6.4, Verksamheterna utvärderar",
            "1.6.5, Utvärdering av utbildningstjänster", "1.6.6, Utvärdering av utbildningstjänster"})
        void the_internal_evaluations_are_grouped_under_the_documents_sub_headings(String id, String heading) {
            assertEquals(Optional.of(heading), indicator(id).heading().map(LocalizedText::original));
        }

        @Test
        void only_effect_goals_1_6_and_1_7_have_sub_headings() {
            assertEquals(List.of("1.6", "1.7"), catalogue.indicators().stream().filter(indicator -> indicator.heading().isPresent())
                    .map(indicator -> indicator.effectGoal().value()).distinct().toList());
        }

        @Test
        void reporters_follow_the_indicators_wording() {
            assertAll(
                    () -> assertEquals(Reporter.HR, indicator("1.1.1").reporter()),
                    () -> assertEquals(Reporter.STUDENTS_AND_PUPILS, indicator("1.6.1").reporter()),
                    () -> assertEquals(Reporter.UNITS, indicator("1.6.4").reporter()),
                    () -> assertEquals(Reporter.EMPLOYEES_IN_TRAINING_POSTS, indicator("1.6.5").reporter()),
                    () -> assertEquals(Reporter.HR, indicator("3.2.1").reporter()));
        }
    }

    @Nested
    class Texts {

        @Test
        void every_text_is_swedish_with_an_english_translation() {
            allTexts().forEach(text -> {
                assertEquals(Language.SWEDISH, text.language(), text.original());
                assertFalse(text.english().isBlank(), text.original());
                assertNotEquals(text.original(), text.english());
            });
        }

        @Test
        void every_swedish_text_heading_and_level_is_quoted_from_the_document() {
            Optional<String> document = SourceDocuments.lettersOf(SourceDocuments.OREBRO_STRATEGY);
            assumeTrue(document.isPresent(), "the source documents are not beside the build");

            // the title is the document's name on its cover, which the extracted text lacks
            assertAll(allTexts().filter(text -> text != catalogue.provenance().title())
                    .map(text -> () -> assertTrue(document.get().contains(SourceDocuments.letters(text.original())),
                            "not in the document: " + text.original())));
        }

        @Test
        void the_letters_comparison_catches_a_text_the_document_lacks() {
            Optional<String> document = SourceDocuments.lettersOf(SourceDocuments.OREBRO_STRATEGY);
            assumeTrue(document.isPresent(), "the source documents are not beside the build");

            assertFalse(document.get().contains(SourceDocuments.letters("ska uppgå till >95 procent")));
        }

        private Stream<LocalizedText> allTexts() {
            List<LocalizedText> texts = new ArrayList<>(List.of(catalogue.provenance().title()));
            catalogue.indicators().forEach(indicator -> {
                texts.add(indicator.text());
                indicator.heading().ifPresent(texts::add);
                indicator.target().level().ifPresent(texts::add);
                indicator.reporterBasis().flatMap(ReporterBasis::quote).ifPresent(texts::add);
                indicator.responsible().flatMap(ResponsibleRole::statement).ifPresent(texts::add);
            });
            return texts.stream();
        }
    }

    /**
     * Who reports each indicator, stated by the document or inferred, and who answers for it where the document says.
     * The stated reporters are in the indicator's own words or sub-heading (1.7.2: the background's sentence on UKÄ).
     */
    @Nested
    class ReportersAndResponsibility {

        private static final ResponsibilityId UNIT_MANAGERS = ResponsibilityId.of("heads-of-department-and-unit-managers");

        // id | reporter | the document's words that state it, where it states it | where they stand
        @ParameterizedTest(name = "{0}: {1}")
        @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
                1.1.1 | HR                          | -                                                     | -
                1.2.1 | EDUCATION_ORGANISATION      | -                                                     | -
                1.2.2 | EDUCATION_ORGANISATION      | -                                                     | -
                1.2.3 | EDUCATION_ORGANISATION      | -                                                     | -
                1.3.1 | UNITS                       | -                                                     | -
                1.3.2 | STUDENTS_AND_PUPILS         | Andelen studenter/elever som uppger                   | text
                1.4.1 | STUDENTS_AND_PUPILS         | Andel studenter som uppger                            | text
                1.5.1 | EDUCATION_ORGANISATION      | -                                                     | -
                1.6.1 | STUDENTS_AND_PUPILS         | Studenter och elever utvärderar                       | heading
                1.6.2 | STUDENTS_AND_PUPILS         | Studenter och elever utvärderar                       | heading
                1.6.3 | STUDENTS_AND_PUPILS         | Studenter och elever utvärderar                       | heading
                1.6.4 | UNITS                       | Verksamheterna utvärderar                             | heading
                1.6.5 | EMPLOYEES_IN_TRAINING_POSTS | Andelen medarbetare med utbildningstjänst som uppger  | text
                1.6.6 | EMPLOYEES_IN_TRAINING_POSTS | Andelen medarbetare med utbildningstjänst som uppger  | text
                1.7.1 | EXTERNAL_REVIEWERS          | Nationell ALF–utvärdering                             | heading
                1.7.2 | EXTERNAL_REVIEWERS          | granskas återkommande av universitetskanslersämbetet  | document
                1.7.3 | UNITS                       | -                                                     | -
                2.1.1 | UNITS                       | uppger en hög andel verksamheter                      | text
                2.2.1 | EDUCATION_ORGANISATION      | -                                                     | -
                2.3.1 | EDUCATION_ORGANISATION      | -                                                     | -
                2.4.1 | EDUCATION_ORGANISATION      | -                                                     | -
                2.4.2 | EDUCATION_ORGANISATION      | -                                                     | -
                3.1.1 | EDUCATION_ORGANISATION      | -                                                     | -
                3.2.1 | HR                          | noteras vid återkommande uppföljningar inom regionens HR-organisation | text
                3.3.1 | EDUCATION_ORGANISATION      | -                                                     | -
                3.4.1 | EDUCATION_ORGANISATION      | -                                                     | -
                """)
        void records_whether_the_document_states_the_reporter(String id, Reporter reporter, String words, String where) {
            Indicator indicator = indicator(id);
            ReporterBasis basis = indicator.reporterBasis().orElseThrow();

            assertEquals(reporter, indicator.reporter());
            assertEquals(words != null, basis.isStated());
            if (words == null) {
                assertTrue(basis.reason().orElseThrow().startsWith("The document names no reporter; "), basis.reason().get());
                return;
            }
            assertTrue(basis.quote().orElseThrow().original().contains(words), basis.quote().get().original());
            switch (where) {
                case "text" -> assertTrue(indicator.text().original().contains(basis.quote().get().original()),
                        indicator.text().original());
                case "heading" -> assertEquals(basis.quote().get().original(), indicator.heading().orElseThrow().original());
                default -> assertFalse(indicator.text().original().contains(words));
            }
        }

        // id | the responsibility the document assigns | words of its statement; the rest name none
        @ParameterizedTest(name = "{0}: {1}")
        @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
                1.1.1 | heads-of-department-and-unit-managers | verksamhetsmål för alla enheter som bedriver klinisk utbildning
                1.2.1 | -                                     | -
                1.2.2 | -                                     | -
                1.2.3 | heads-of-administration               | ansvar hos förvaltningsledningarna att skapa incitament
                1.3.1 | heads-of-department-and-unit-managers | verksamhetsmål för alla enheter som bedriver klinisk utbildning
                1.3.2 | heads-of-department-and-unit-managers | verksamhetsmål för alla enheter som bedriver klinisk utbildning
                1.4.1 | heads-of-department-and-unit-managers | verksamhetsmål för alla enheter som bedriver klinisk utbildning
                1.5.1 | -                                     | -
                1.6.1 | heads-of-department-and-unit-managers | verksamhetsmål för alla enheter som bedriver klinisk utbildning
                1.6.2 | heads-of-department-and-unit-managers | verksamhetsmål för alla enheter som bedriver klinisk utbildning
                1.6.3 | heads-of-department-and-unit-managers | verksamhetsmål för alla enheter som bedriver klinisk utbildning
                1.6.4 | heads-of-department-and-unit-managers | verksamhetsmål för alla enheter som bedriver klinisk utbildning
                1.6.5 | heads-of-department-and-unit-managers | verksamhetsmål för alla enheter som bedriver klinisk utbildning
                1.6.6 | heads-of-department-and-unit-managers | verksamhetsmål för alla enheter som bedriver klinisk utbildning
                1.7.1 | -                                     | -
                1.7.2 | -                                     | -
                1.7.3 | heads-of-department-and-unit-managers | verksamhetsmål för alla enheter som bedriver klinisk utbildning
                2.1.1 | -                                     | -
                2.2.1 | director-of-education                 | strategisk samverkan med utbildningsanordnare
                2.3.1 | -                                     | -
                2.4.1 | -                                     | -
                2.4.2 | -                                     | -
                3.1.1 | -                                     | -
                3.2.1 | -                                     | -
                3.3.1 | -                                     | -
                3.4.1 | -                                     | -
                """)
        void names_the_responsible_role_only_where_the_document_assigns_it(String id, String responsibility, String words) {
            Optional<ResponsibleRole> role = indicator(id).responsible();

            assertEquals(Optional.ofNullable(responsibility).map(ResponsibilityId::of), role.map(ResponsibleRole::responsibility));
            role.ifPresent(stated -> assertTrue(stated.statement().orElseThrow().original().contains(words)));
        }

        // "Indikatorer avseende kvalitet …" is the implementation rule; the unit managers' duty is to include the
        // education assignment in their operational planning and follow-up, which is where operational goals stand
        @Test
        void the_unit_level_quality_indicators_are_the_unit_managers_by_the_rule_and_their_duty() {
            OrebroStrategy strategy = OrebroStrategy.load();
            LocalizedText rule = strategy.implementationRules().stream()
                    .filter(candidate -> candidate.id().value().equals("indicators-in-operational-goals")).findFirst()
                    .orElseThrow().text();

            assertEquals(rule, indicator("1.6.1").responsible().orElseThrow().statement().orElseThrow());
            assertTrue(strategy.find(UNIT_MANAGERS).orElseThrow().duty().original()
                    .contains("inkludera utbildningsuppdraget i sin verksamhetsplanering och -uppföljning"));
            // the rule is about quality: only indicators of overall goal 1 ("Klinisk utbildning av hög kvalitet")
            assertTrue(catalogue.indicators().stream()
                    .filter(indicator -> indicator.responsible().map(ResponsibleRole::responsibility).equals(Optional.of(UNIT_MANAGERS)))
                    .allMatch(indicator -> indicator.effectGoal().value().startsWith("1.")
                            && indicator.reporter() != Reporter.EDUCATION_ORGANISATION
                            && indicator.reporter() != Reporter.EXTERNAL_REVIEWERS));
        }

        @Test
        void every_role_named_is_a_responsibility_of_the_strategy_whose_duty_is_quoted_or_whose_rule_is() {
            OrebroStrategy strategy = OrebroStrategy.load();

            assertAll(catalogue.indicators().stream().flatMap(indicator -> indicator.responsible().stream())
                    .map(role -> () -> assertTrue(strategy.find(role.responsibility()).isPresent())));
        }

        @Test
        void a_role_the_strategy_lacks_is_rejected_at_its_path() {
            Indicator unknown = indicator("3.4.1").withResponsibleRole(ResponsibleRole.of(ResponsibilityId.of("hospital-board")));

            InvalidInputException e = assertThrows(InvalidInputException.class,
                    () -> IndicatorCatalogue.of(catalogue.strategy(), catalogue.provenance(), List.of(indicator("3.3.1"), unknown)));

            assertEquals("indicators[1].responsible.responsibility", e.path());
            assertEquals("is not a responsibility of the strategy, was hospital-board", e.reason());
        }

        @Test
        void a_region_may_name_a_role_where_the_document_names_none() {
            Indicator named = indicator("3.4.1").withResponsibleRole(ResponsibleRole.of(ResponsibilityId.of("education-centre")));

            IndicatorCatalogue own = IndicatorCatalogue.of(catalogue.strategy(), catalogue.provenance(), List.of(named));

            assertEquals(Optional.empty(), indicator("3.4.1").responsible());
            assertFalse(own.indicators().get(0).responsible().orElseThrow().isStated());
        }
    }

    @Nested
    class Navigation {

        @ParameterizedTest(name = "overall goal {0}: {1}")
        @CsvSource({"1, 17", "2, 5", "3, 4"})
        void of_overall_goal_gathers_its_effect_goals_indicators(String overallGoal, int count) {
            List<Indicator> indicators = catalogue.ofOverallGoal(OverallGoalId.of(overallGoal));

            assertEquals(count, indicators.size());
            assertTrue(indicators.stream().allMatch(indicator -> indicator.id().value().startsWith(overallGoal + ".")));
        }

        @Test
        void the_overall_goals_together_hold_every_indicator_in_order() {
            assertEquals(catalogue.indicators(), Stream.of("1", "2", "3")
                    .flatMap(goal -> catalogue.ofOverallGoal(OverallGoalId.of(goal)).stream()).toList());
        }

        @Test
        void of_effect_goal_keeps_the_catalogues_order() {
            assertEquals(List.of("1.6.1", "1.6.2", "1.6.3", "1.6.4", "1.6.5", "1.6.6"),
                    catalogue.ofEffectGoal(EffectGoalId.of("1.6")).stream().map(indicator -> indicator.id().value()).toList());
        }

        @Test
        void an_unknown_indicator_id_is_an_error_naming_it_and_find_is_empty() {
            InvalidInputException e = assertThrows(InvalidInputException.class, () -> catalogue.get(IndicatorId.of("1.6.7")));

            assertEquals("indicator", e.path());
            assertTrue(e.getMessage().contains("1.6.7"), e.getMessage());
            assertEquals(Optional.empty(), catalogue.find(IndicatorId.of("1.6.7")));
            assertEquals(Optional.of(indicator("1.6.6")), catalogue.find(IndicatorId.of("1.6.6")));
        }

        @Test
        void an_unknown_effect_or_overall_goal_is_an_error() {
            assertThrows(InvalidInputException.class, () -> catalogue.ofEffectGoal(EffectGoalId.of("2.5")));
            assertThrows(InvalidInputException.class, () -> catalogue.ofOverallGoal(OverallGoalId.of("4")));
        }
    }

    @Test
    void belysas_is_examined_not_made_clear() {
        // "Vid alla större förändringar i vårduppdrag eller lokaler bör konsekvenser för den kliniska utbildningen belysas"
        assertEquals("In all major changes to care assignments or premises, the consequences for clinical education should "
                + "be examined", IndicatorCatalogue.load("orebro").get(IndicatorId.of("1.3.1")).text().english());
    }
}
