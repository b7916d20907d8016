package se.klinedu.core.strategy;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import se.klinedu.core.InvalidInputException;
import se.klinedu.core.Language;
import se.klinedu.core.LocalizedText;
import se.klinedu.core.testkit.SourceDocuments;

/** Pins the Örebro strategy's reference data to the document. */
class OrebroStrategyDocumentTest {

    private final OrebroStrategy strategy = OrebroStrategy.load();

    @Nested
    class Structure {

        @Test
        void has_three_overall_goals_in_the_documents_order() {
            assertEquals(List.of("1", "2", "3"), strategy.overallGoals().stream().map(g -> g.id().value()).toList());
            // Figure 1, column labels
            assertEquals(List.of("Kvalitet", "Utveckling", "Kompetensförsörjning"),
                    strategy.overallGoals().stream().map(g -> g.shortName().original()).toList());
        }

        @Test
        void has_fifteen_effect_goals_seven_four_and_four() {
            assertEquals(15, strategy.effectGoals().size());
            assertEquals(List.of(7, 4, 4), strategy.overallGoals().stream().map(g -> g.effectGoals().size()).toList());
        }

        @Test
        void has_four_priority_areas_with_two_three_three_and_three_needs() {
            assertEquals(List.of("Kunskapslyft för kliniska handledare", "Utveckling av digitala utbildningsstöd",
                    "Tydliggöra pedagogiska uppdrag", "Internationalisering inom klinisk utbildning"),
                    strategy.priorityAreas().stream().map(a -> a.name().original()).toList());
            assertEquals(List.of(2, 3, 3, 3),
                    strategy.priorityAreas().stream().map(a -> a.identifiedNeeds().size()).toList());
        }

        @Test
        void covers_2021_to_2030() {
            assertEquals(2021, strategy.period().firstYear());
            assertEquals(2030, strategy.period().lastYear());
            assertEquals(10, strategy.period().years().size());
        }

        @Test
        void names_spur_every_five_years_and_alf_every_four() {
            assertEquals(5, strategy.recurringReview(RecurringReviewId.of("spur")).intervalYears());
            assertEquals(4, strategy.recurringReview(RecurringReviewId.of("alf")).intervalYears());
            assertTrue(strategy.recurringReview(RecurringReviewId.of("spur")).source().original()
                    .contains("vart femte år"));
            assertTrue(strategy.recurringReview(RecurringReviewId.of("alf")).source().original()
                    .contains("vart fjärde år"));
        }

        @Test
        void has_the_implementation_rules() {
            assertEquals(List.of("indicators-in-operational-goals", "regular-evaluation", "report-structure",
                    "sub-goals-in-activity-plan"),
                    strategy.implementationRules().stream().map(r -> r.id().value()).toList());
            assertEquals("Indikatorer avseende kvalitet i klinisk utbildning ska ingå i verksamhetsmål för alla "
                    + "enheter som bedriver klinisk utbildning.", strategy.implementationRules().get(0).text().original());
        }

        @Test
        void every_priority_area_link_is_an_interpretation_that_resolves() {
            strategy.priorityAreas().forEach(area -> area.effectGoalLinks().forEach(link -> {
                assertEquals(LinkBasis.INTERPRETED, link.basis());
                strategy.get(link.effectGoal());
            }));
            assertEquals(List.of("PA1"), strategy.priorityAreasLinkedTo(EffectGoalId.of("1.1")).stream()
                    .map(a -> a.id().value()).toList());
        }

        @Test
        void is_published_by_region_orebro_lan_and_quotes_swedish() {
            assertEquals(Optional.of("Region Örebro län"), strategy.provenance().publisher());
            allTexts().forEach(text -> assertEquals(Language.SWEDISH, text.language(), text.original()));
        }
    }

    /** Issue 17 item 6: the structure of responsibility and follow-up, the scope and the volumes the strategy states. */
    @Nested
    class Responsibilities_scope_and_volumes {

        @Test
        void names_six_roles_from_the_heads_of_administration_to_the_cross_area_councils() {
            assertEquals(List.of("heads-of-administration", "heads-of-department-and-unit-managers", "director-of-education",
                    "education-centre", "research-and-education-board", "cross-area-education-councils"),
                    strategy.responsibilities().stream().map(responsibility -> responsibility.id().value()).toList());
            assertTrue(strategy.find(ResponsibilityId.of("director-of-education")).orElseThrow().duty().original()
                    .contains("tillsammans med forskningschef"));
            assertEquals(Optional.empty(), strategy.find(ResponsibilityId.of("no-such-role")));
        }

        @Test
        void covers_every_care_provider_procured_ones_included_in_health_and_dental_care() {
            StrategyScope scope = strategy.scope();
            assertTrue(scope.includesProcuredProviders() && scope.healthCare() && scope.dentalCare());
            assertTrue(scope.statements().get(0).original().contains("oavsett om verksamheten bedrivs via interna eller "
                    + "upphandlade aktörer"));
            assertTrue(scope.statements().get(2).original().contains("hälso- och sjukvården som tandvårdens"));
        }

        @Test
        void states_about_two_thousand_students_and_pupils_and_five_hundred_employees_in_training_posts_a_year() {
            assertEquals(List.of(2000, 500), strategy.annualVolumes().stream().map(AnnualVolume::approximately).toList());
            assertTrue(strategy.annualVolumes().get(0).statement().original().startsWith("Cirka tvåtusen"));
            assertTrue(strategy.annualVolumes().get(1).statement().original().startsWith("cirka femhundra"));
        }
    }

    @Nested
    class EffectGoals {

        // Figure 1 and the three pages "Effektmål / Indikator"
        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', textBlock = """
                1.1 | 1 | Hög andel medarbetare med relevant utbildning inom klinisk handledning och pedagogiskt ledarskap
                1.2 | 1 | Tydliga karriärvägar och incitament för pedagogisk meritering för regionens medarbetare
                1.3 | 1 | God arbetsmiljö för studenter och elever under klinisk utbildning
                1.4 | 1 | Hög andel tvärprofessionellt samarbete i planering och genomförande av klinisk utbildning
                1.5 | 1 | Goda möjligheter för medarbetare med utbildningstjänst att uppnå målen för legitimation eller utbildningsbevis
                1.6 | 1 | Interna utvärderingar med goda omdömen
                1.7 | 1 | Externa granskningar med goda omdömen
                2.1 | 2 | Aktiv intern samverkan inom regionen kring klinisk utbildning
                2.2 | 2 | Aktiv extern samverkan med aktuella lärosäten och skolor
                2.3 | 2 | Utveckling och implementering av digitala stöd kopplade till klinisk utbildning
                2.4 | 2 | God anpassningsförmåga till de omställningar som nya och reviderade utbildningar eller förändrade vårduppdrag innebär för klinisk utbildning
                3.1 | 3 | Bidra med perspektiv från klinisk utbildning i nationella och regionala arbeten som syftar till att främja framtida kompetensförsörjning
                3.2 | 3 | Medarbetare, studenter och elever som haft sin kliniska utbildning inom Region Örebro län arbetar i hög utsträckning kvar inom länet efter avslutad utbildning
                3.3 | 3 | Aktuella avtal för klinisk utbildning inom regionen för alla förekommande yrken inom vården
                3.4 | 3 | Bidra till goda möjligheter till internationella utbyten inom ramen för klinisk utbildning
                """)
        void quotes_the_effect_goal_under_its_overall_goal(String id, String overallGoal, String text) {
            EffectGoal goal = strategy.get(EffectGoalId.of(id));

            assertEquals(text, goal.text().original());
            assertEquals(overallGoal, strategy.overallGoalOf(goal.id()).id().value());
        }

        @Test
        void an_unknown_effect_goal_is_an_error_naming_it() {
            InvalidInputException e = assertThrows(InvalidInputException.class,
                    () -> strategy.get(EffectGoalId.of("2.5")));

            assertTrue(e.getMessage().contains("2.5"), e.getMessage());
            assertTrue(strategy.find(EffectGoalId.of("2.5")).isEmpty());
        }
    }

    /**
     * Who answers for the identified needs (the strategy's measures). "Implementering av utbildningsstrategi 2030":
     * "… avser forsknings- och utbildningsnämnden att prioritera utvecklingsprojekt som innehåller aktiviteter inom
     * identifierade områden"; "Tydliggöra pedagogiska uppdrag": "Ytterst finns ett ansvar hos förvaltningsledningarna
     * att skapa incitament …", the subject of PA3.1.
     */
    @Nested
    class ResponsibleRoles {

        // need | responsibility | words of the statement that name the role and the need's subject
        @ParameterizedTest(name = "{0}: {1}")
        @CsvSource(delimiter = '|', textBlock = """
                PA1.1 | research-and-education-board | forsknings- och utbildningsnämnden att prioritera utvecklingsprojekt
                PA1.2 | research-and-education-board | aktiviteter inom identifierade områden
                PA2.1 | research-and-education-board | aktiviteter inom identifierade områden
                PA2.2 | research-and-education-board | aktiviteter inom identifierade områden
                PA2.3 | research-and-education-board | aktiviteter inom identifierade områden
                PA3.1 | heads-of-administration      | ansvar hos förvaltningsledningarna att skapa incitament
                PA3.2 | research-and-education-board | aktiviteter inom identifierade områden
                PA3.3 | research-and-education-board | aktiviteter inom identifierade områden
                PA4.1 | research-and-education-board | aktiviteter inom identifierade områden
                PA4.2 | research-and-education-board | aktiviteter inom identifierade områden
                PA4.3 | research-and-education-board | aktiviteter inom identifierade områden
                """)
        void each_need_names_the_role_the_document_assigns(String need, String responsibility, String words) {
            ResponsibleRole role = strategy.identifiedNeed(IdentifiedNeedId.of(need)).responsible().orElseThrow();

            assertEquals(ResponsibilityId.of(responsibility), role.responsibility());
            assertTrue(role.isStated());
            assertTrue(role.statement().orElseThrow().original().contains(words), role.statement().get().original());
            assertTrue(strategy.find(role.responsibility()).isPresent());
        }

        @Test
        void the_administration_managements_are_the_role_of_the_heads_of_administration() {
            assertTrue(strategy.find(ResponsibilityId.of("heads-of-administration")).orElseThrow().role()
                    .original().contains("förvaltningsledningar"));
        }
    }

    @Test
    void every_swedish_text_is_quoted_from_the_document() {
        Optional<String> document = SourceDocuments.lettersOf(SourceDocuments.OREBRO_STRATEGY);
        assumeTrue(document.isPresent(), "the source documents are not beside the build");

        // the title is the document's name on its cover, which the extracted text lacks
        assertAll(allTexts().filter(text -> text != strategy.provenance().title())
                .map(text -> () -> assertTrue(document.get().contains(SourceDocuments.letters(text.original())),
                        "not in the document: " + text.original())));
    }

    private Stream<LocalizedText> allTexts() {
        List<LocalizedText> texts = new ArrayList<>(List.of(strategy.provenance().title(), strategy.vision(),
                strategy.purpose()));
        strategy.overallGoals().forEach(goal -> {
            texts.addAll(List.of(goal.shortName(), goal.text(), goal.heading(), goal.description()));
            goal.effectGoals().forEach(effect -> texts.add(effect.text()));
        });
        strategy.priorityAreas().forEach(area -> {
            texts.add(area.name());
            area.identifiedNeeds().forEach(need -> {
                texts.add(need.text());
                need.responsible().flatMap(ResponsibleRole::statement).ifPresent(texts::add);
            });
        });
        strategy.implementationRules().forEach(rule -> texts.add(rule.text()));
        strategy.recurringReviews().forEach(review -> texts.addAll(List.of(review.name(), review.source())));
        strategy.responsibilities().forEach(responsibility -> texts.addAll(List.of(responsibility.role(), responsibility.duty())));
        texts.addAll(strategy.scope().statements());
        strategy.annualVolumes().forEach(volume -> texts.addAll(List.of(volume.who(), volume.statement())));
        return texts.stream();
    }
}
