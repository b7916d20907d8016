package se.klinedu.core.supervision;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import se.klinedu.core.InvalidInputException;
import se.klinedu.core.LocalizedText;
import se.klinedu.core.testkit.SourceDocuments;

/** Pins the supervisor-training catalogues to Region Stockholm's table and the Örebro strategy. */
class SupervisorTrainingCatalogueDocumentTest {

    private static final TrainingId INTRODUCTION = TrainingId.of("introduction-to-supervision");

    @Nested
    class Stockholm {

        private final SupervisorTrainingCatalogue catalogue = SupervisorTrainingCatalogue.load("stockholm");

        @Test
        void has_ten_target_groups_and_seven_trainings() {
            assertEquals(10, catalogue.roles().size());
            assertEquals(7, catalogue.trainings().size());
        }

        @Test
        void was_last_reviewed_on_18_december_2023() {
            assertEquals(Optional.of(LocalDate.of(2023, 12, 18)), catalogue.provenance().lastReviewed());
            assertEquals(Optional.of("Region Stockholm"), catalogue.provenance().publisher());
        }

        @Test
        void names_the_introduction_as_the_minimum_level() {
            assertEquals(Optional.of(INTRODUCTION), catalogue.minimumLevelTraining());
            assertEquals("Samtliga medarbetare på enheter där studerande utbildas - miniminivå.",
                    catalogue.get(SupervisionRoleId.of("all-staff-minimum-level")).targetGroup().original());
        }

        // the table's Omfattning column: unit, min, max, approximate ("Ca"), self-study, web-based
        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
                introduction-to-supervision                 | HOURS           | 1.5 | 1.5 | true  | -  | true
                skolverket-national-supervisor-training     | HOURS           | 5   | 6   | true  | -  | true
                vo-college-steps-1-and-2                    | DAYS            | 5   | 5   | false | 2  | false
                stepping-stones                             | WEEKS_FULL_TIME | 1   | 1   | true  | -  | false
                higher-education-pedagogy-clinical-placement | WEEKS_FULL_TIME | 5   | 5   | false | -  | false
                national-board-recommendation               | DAYS            | 2   | 3   | true  | -  | false
                """)
        void types_the_scope(String id, ScopeUnit unit, BigDecimal min, BigDecimal max, boolean approximate,
                BigDecimal selfStudy, boolean webBased) {
            TrainingScope scope = catalogue.get(TrainingId.of(id)).scope().orElseThrow();

            assertEquals(unit, scope.unit());
            assertEquals(0, min.compareTo(scope.min()));
            assertEquals(0, max.compareTo(scope.max()));
            assertEquals(approximate, scope.approximate());
            assertEquals(Optional.ofNullable(selfStudy).map(BigDecimal::stripTrailingZeros),
                    scope.selfStudy().map(BigDecimal::stripTrailingZeros));
            assertEquals(webBased, scope.webBased());
        }

        /** Issue 17 item 6: "Läkare: se ovan, samma som vid handledning av ST-läkare" in the outside-EU/EES row. */
        @Test
        void physicians_supervising_people_educated_outside_the_eu_follow_the_specialty_trainees_supervisors() {
            SupervisionRole outside = catalogue.roles().stream()
                    .filter(role -> role.id().value().equals("supervisor-outside-eu-eea")).findFirst().orElseThrow();

            assertEquals(Optional.of(SupervisionRoleId.of("supervisor-of-specialty-trainees")), outside.physiciansFollow());
            assertTrue(catalogue.get(outside.trainings().get(0)).name().original()
                    .contains("Läkare: se ovan, samma som vid handledning av ST-läkare."));
            assertEquals(1, catalogue.roles().stream().filter(role -> role.physiciansFollow().isPresent()).count());
            assertThrows(InvalidInputException.class, () -> SupervisionRole.of(outside.id(), outside.targetGroup(),
                    outside.trainings(), Optional.of(outside.id())));
        }

        /** Issue 17 item 6: the credits the table states in a training's name ("1,5 hp per kursdel", "7,5 hp"), as a number. */
        @Test
        void states_credits_only_where_the_table_gives_hp() {
            Map<String, BigDecimal> credits = new java.util.TreeMap<>();
            catalogue.trainings().forEach(training -> training.scope().flatMap(TrainingScope::credits)
                    .ifPresent(hp -> credits.put(training.id().value(), hp.stripTrailingZeros())));

            assertEquals(Map.of("higher-education-pedagogy-clinical-placement", new BigDecimal("7.5"),
                    "stepping-stones", new BigDecimal("1.5")), credits);
            assertTrue(catalogue.get(TrainingId.of("stepping-stones")).name().original().contains("1,5 hp per kursdel"));
            assertTrue(catalogue.get(TrainingId.of("higher-education-pedagogy-clinical-placement")).name().original()
                    .contains("7,5 hp"));
            long named = catalogue.trainings().stream().filter(training -> training.name().original().contains(" hp")).count();
            assertEquals(credits.size(), named);
        }

        @Test
        void gives_no_scope_for_the_profession_adequate_training() {
            assertTrue(catalogue.get(TrainingId.of("profession-adequate-training")).scope().isEmpty());
        }

        // target group → recommended trainings, in the table's order
        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', textBlock = """
                all-staff-minimum-level                  | introduction-to-supervision
                upper-secondary-and-adult-education      | skolverket-national-supervisor-training vo-college-steps-1-and-2
                higher-vocational-education              | vo-college-steps-1-and-2
                university-students                      | stepping-stones
                pedagogical-function-university-students | higher-education-pedagogy-clinical-placement
                supervisor-of-interns                    | national-board-recommendation
                supervisor-of-foundation-trainees        | national-board-recommendation
                supervisor-of-specialty-trainees         | national-board-recommendation
                supervisor-outside-eu-eea                | profession-adequate-training
                pedagogical-function-physicians          | national-board-recommendation
                """)
        void recommends_the_tables_trainings(String role, String trainings) {
            assertEquals(List.of(trainings.split(" ")), catalogue.recommendedTrainings(SupervisionRoleId.of(role))
                    .stream().map(training -> training.id().value()).toList());
        }

        // The minimum level and its introduction stand in the first row alone: no other row says that either is
        // required first ("miniminivå" and "Introduktion till handledning" occur once, in that row), so no
        // training of the table has a prerequisite.
        @Test
        void no_row_requires_the_minimum_level_first() {
            Optional<String> document = SourceDocuments.textOf(SourceDocuments.STOCKHOLM_CATALOGUE);
            assumeTrue(document.isPresent(), "the source documents are not beside the build");
            String text = document.get().toLowerCase(Locale.ROOT);

            assertAll(
                    () -> assertEquals(1, occurrences(text, "miniminivå")),
                    () -> assertEquals(1, occurrences(text, "introduktion")),
                    () -> assertEquals(1, occurrences(text, "verksamhetsintegrerat lärande")),
                    () -> assertTrue(text.indexOf("miniminivå") < text.indexOf("introduktion till handledning")
                            && text.indexOf("introduktion till handledning") < text.indexOf("gymnasieskola"),
                            "both in the first row"));
            assertAll(catalogue.trainings().stream().map(training -> () -> assertEquals(List.of(),
                    training.prerequisites(), training.id().value())));
        }

        @Test
        void a_supervisor_of_specialty_trainees_needs_only_the_national_board_recommendation() {
            SupervisionRoleId role = SupervisionRoleId.of("supervisor-of-specialty-trainees");
            Qualification nothing = catalogue.qualification(role, Set.of());
            Qualification onlyCourse = catalogue.qualification(role, Set.of(TrainingId.of("national-board-recommendation")));

            assertEquals(List.of(TrainingId.of("national-board-recommendation")), nothing.missing());
            assertEquals(List.of(TrainingId.of("national-board-recommendation")), nothing.required());
            assertTrue(onlyCourse.isQualified());
        }

        @Test
        void the_minimum_level_is_the_all_staff_rows_own_requirement() {
            Qualification nothing = catalogue.qualification(SupervisionRoleId.of("all-staff-minimum-level"), Set.of());

            assertEquals(List.of(INTRODUCTION), nothing.missing());
            assertTrue(catalogue.qualification(SupervisionRoleId.of("all-staff-minimum-level"), Set.of(INTRODUCTION))
                    .isQualified());
        }

        @Test
        void every_swedish_text_is_quoted_from_the_table() {
            Optional<String> document = SourceDocuments.lettersOf(SourceDocuments.STOCKHOLM_CATALOGUE);
            assumeTrue(document.isPresent(), "the source documents are not beside the build");

            assertAll(texts(catalogue).map(text -> () -> assertTrue(
                    document.get().contains(SourceDocuments.letters(text.original())), "not in the table: " + text)));
        }
    }

    @Nested
    class HealthAndSocialCareCollege {

        private final SupervisorTrainingCatalogue catalogue = SupervisorTrainingCatalogue.load("vo-college");

        @Test
        void has_three_steps_after_skolverkets_web_course() {
            assertEquals(List.of("skolverket-web-course", "vo-college-step-1", "vo-college-step-2", "vo-college-step-3"),
                    catalogue.trainings().stream().map(t -> t.id().value()).toList());
            assertEquals(3, catalogue.roles().size());
        }

        // "Steg 1 - ger deltagarna möjlighet att handleda elever på reguljär utbildning (APL), ..."
        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', textBlock = """
                workplace-learning-supervisor                          | 2 | handleda elever på reguljär utbildning (APL), praktikanter samt nyanställda.
                validation-apprentice-and-higher-vocational-supervisor | 3 | arbeta som valideringshandledare, lärlingshandledare och handledare för yrkeshögskolestuderande.
                supervisor-of-supervisors                              | 4 | arbeta som handledare för mindre erfarna handledare.
                """)
        void each_step_requires_the_steps_before_it(String role, int required, String targetGroup) {
            SupervisionRoleId id = SupervisionRoleId.of(role);

            assertEquals(targetGroup, catalogue.get(id).targetGroup().original());
            assertEquals(required, catalogue.requiredTrainings(id).size());
            assertEquals(TrainingId.of("skolverket-web-course"), catalogue.requiredTrainings(id).get(0));
        }

        @Test
        void step_three_with_steps_one_and_two_misses_only_step_three() {
            Qualification result = catalogue.qualification(SupervisionRoleId.of("supervisor-of-supervisors"),
                    Set.of(TrainingId.of("skolverket-web-course"), TrainingId.of("vo-college-step-1"),
                            TrainingId.of("vo-college-step-2")));

            assertEquals(List.of(TrainingId.of("vo-college-step-3")), result.missing());
        }

        @Test
        void every_swedish_text_is_quoted_from_the_strategy() {
            Optional<String> document = SourceDocuments.lettersOf(SourceDocuments.OREBRO_STRATEGY);
            assumeTrue(document.isPresent(), "the source documents are not beside the build");

            // the provenance title is the document's name on its cover, which the extracted text lacks
            assertAll(texts(catalogue).filter(text -> text != catalogue.provenance().title()).map(text -> () ->
                    assertTrue(document.get().contains(SourceDocuments.letters(text.original())), "not quoted: " + text)));
        }
    }

    private static Stream<LocalizedText> texts(SupervisorTrainingCatalogue catalogue) {
        List<LocalizedText> texts = new ArrayList<>(List.of(catalogue.provenance().title()));
        catalogue.trainings().forEach(training -> {
            texts.add(training.name());
            training.scope().ifPresent(scope -> texts.add(scope.text()));
            training.whereToFind().ifPresent(texts::add);
        });
        catalogue.roles().forEach(role -> texts.add(role.targetGroup()));
        return texts.stream();
    }

    private static int occurrences(String text, String part) {
        int count = 0;
        for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + part.length())) {
            count++;
        }
        return count;
    }
}
