package se.klinedu.core.supervision;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import se.klinedu.core.InvalidInputException;
import se.klinedu.core.Language;
import se.klinedu.core.LocalizedText;
import se.klinedu.core.Provenance;
import se.klinedu.core.explain.Reason;
import se.klinedu.core.explain.Renderer;
import se.klinedu.core.json.KlineduJson;

/**
 * The catalogue's validation and lookups, on small catalogues built with the public builders. The sample has
 * {@code intro}; {@code basic} and {@code ethics}, each after {@code intro}; {@code advanced} after {@code basic}.
 */
class SupervisorTrainingCatalogueTest {

    private static LocalizedText text(String swedish) {
        return LocalizedText.swedish(swedish, swedish);
    }

    private static TrainingId id(String value) {
        return TrainingId.of(value);
    }

    private static List<TrainingId> ids(String... values) {
        return Arrays.stream(values).map(TrainingId::of).toList();
    }

    private static SupervisorTraining training(String id, String... prerequisites) {
        return SupervisorTraining.builder().id(id(id)).name(text("Utbildning " + id)).addAllPrerequisites(ids(prerequisites))
                .build();
    }

    private static SupervisionRole role(String id, String... trainings) {
        return SupervisionRole.of(SupervisionRoleId.of(id), text("Målgrupp " + id), ids(trainings));
    }

    /** A catalogue with its provenance set and nothing else yet. */
    private static SupervisorTrainingCatalogue.Builder frame() {
        return SupervisorTrainingCatalogue.builder()
                .provenance(Provenance.of(text("Rekommenderad handledarutbildning"), "Region Stockholm"));
    }

    private static SupervisorTrainingCatalogue sample() {
        return frame()
                .minimumLevelTraining(id("intro"))
                .addTrainings(training("intro"), training("basic", "intro"), training("advanced", "basic"),
                        training("ethics", "intro"))
                .addRoles(role("all-staff", "intro"), role("st-supervisor", "advanced", "ethics"),
                        role("senior", "ethics", "basic"))
                .build();
    }

    @Nested
    class Validation {

        @Test
        void accepts_a_known_minimum_level_training() {
            assertEquals(Optional.of(id("intro")), sample().minimumLevelTraining());
        }

        @Test
        void rejects_an_unknown_minimum_level_training() {
            InvalidInputException e = assertThrows(InvalidInputException.class, () -> frame()
                    .minimumLevelTraining(id("nowhere")).addTraining(training("intro")).build());

            assertEquals("minimumLevelTraining", e.path());
            assertEquals("is not a training of the catalogue, was nowhere", e.reason());
        }

        // prerequisites of the second training, whose unknown one is named by its index
        @ParameterizedTest(name = "{0}: {1}")
        @CsvSource(delimiter = '|', textBlock = """
                nowhere         | trainings[1].prerequisites[0]
                intro, nowhere  | trainings[1].prerequisites[1]
                """)
        void rejects_an_unknown_prerequisite(String prerequisites, String path) {
            InvalidInputException e = assertThrows(InvalidInputException.class, () -> frame()
                    .addTrainings(training("intro"), training("basic", prerequisites.split(", "))).build());

            assertEquals(path, e.path());
            assertEquals("is not a training of the catalogue, was nowhere", e.reason());
        }

        // trainings of the second role, whose unknown one is named by its index
        @ParameterizedTest(name = "{0}: {1}")
        @CsvSource(delimiter = '|', textBlock = """
                nowhere         | roles[1].trainings[0]
                intro, nowhere  | roles[1].trainings[1]
                """)
        void rejects_an_unknown_training_of_a_role(String trainings, String path) {
            InvalidInputException e = assertThrows(InvalidInputException.class, () -> frame()
                    .addTraining(training("intro"))
                    .addRoles(role("all-staff", "intro"), role("st-supervisor", trainings.split(", ")))
                    .build());

            assertEquals(path, e.path());
            assertEquals("is not a training of the catalogue, was nowhere", e.reason());
        }

        @Test
        void rejects_prerequisites_that_form_a_cycle() {
            InvalidInputException e = assertThrows(InvalidInputException.class, () -> frame()
                    .addTrainings(training("a", "b"), training("b", "a")).build());

            assertEquals("trainings", e.path());
            assertEquals("prerequisites must not form a cycle, was [a, b, a]", e.reason());
        }

        @Test
        void rejects_a_longer_cycle_beside_a_valid_training() {
            InvalidInputException e = assertThrows(InvalidInputException.class, () -> frame()
                    .addTrainings(training("intro"), training("a", "intro", "c"), training("b", "a"), training("c", "b"))
                    .build());

            assertEquals("trainings", e.path());
            assertEquals("prerequisites must not form a cycle, was [a, c, b, a]", e.reason());
        }

        @Test
        void accepts_two_trainings_sharing_a_prerequisite() {
            SupervisorTrainingCatalogue catalogue = frame()
                    .addTrainings(training("intro"), training("basic", "intro"), training("ethics", "intro"),
                            training("advanced", "basic", "ethics"))
                    .build();

            assertEquals(4, catalogue.trainings().size());
        }

        @Test
        void rejects_a_repeated_training() {
            InvalidInputException e = assertThrows(InvalidInputException.class, () -> frame()
                    .addTrainings(training("intro"), training("basic"), training("intro")).build());

            assertEquals("trainings[2]", e.path());
            assertEquals("duplicate id, was intro", e.reason());
        }

        @Test
        void rejects_a_repeated_role() {
            InvalidInputException e = assertThrows(InvalidInputException.class, () -> frame()
                    .addTraining(training("intro"))
                    .addRoles(role("all-staff", "intro"), role("all-staff", "intro"))
                    .build());

            assertEquals("roles[1]", e.path());
            assertEquals("duplicate id, was all-staff", e.reason());
        }
    }

    @Nested
    class Lookups {

        @ParameterizedTest(name = "{0}")
        @CsvSource({"intro", "basic", "advanced", "ethics"})
        void gets_a_known_training(String training) {
            assertEquals(text("Utbildning " + training), sample().get(id(training)).name());
        }

        @Test
        void an_unknown_training_is_an_error_naming_it() {
            SupervisorTrainingCatalogue catalogue = sample();

            InvalidInputException e = assertThrows(InvalidInputException.class, () -> catalogue.get(id("nowhere")));

            assertEquals("training", e.path());
            assertEquals("is not a training of the catalogue, was nowhere", e.reason());
        }

        @ParameterizedTest(name = "{0}")
        @CsvSource({"all-staff", "st-supervisor", "senior"})
        void gets_a_known_role(String role) {
            assertEquals(text("Målgrupp " + role), sample().get(SupervisionRoleId.of(role)).targetGroup());
        }

        @Test
        void an_unknown_role_is_an_error_naming_it() {
            SupervisorTrainingCatalogue catalogue = sample();

            InvalidInputException e = assertThrows(InvalidInputException.class,
                    () -> catalogue.get(SupervisionRoleId.of("nobody")));

            assertEquals("role", e.path());
            assertEquals("is not a role of the catalogue, was nobody", e.reason());
        }

        @Test
        void recommends_a_roles_trainings_as_listed() {
            assertEquals(ids("advanced", "ethics"), sample().recommendedTrainings(SupervisionRoleId.of("st-supervisor"))
                    .stream().map(SupervisorTraining::id).toList());
        }
    }

    @Nested
    class RequiredTrainings {

        // role | every training it requires, prerequisites first, each once
        @ParameterizedTest(name = "{0}: {1}")
        @CsvSource(delimiter = '|', textBlock = """
                all-staff     | intro
                st-supervisor | intro, basic, advanced, ethics
                senior        | intro, ethics, basic
                """)
        void lists_prerequisites_first_and_each_training_once(String role, String required) {
            assertEquals(ids(required.split(", ")), sample().requiredTrainings(SupervisionRoleId.of(role)));
        }

        @Test
        void a_prerequisite_shared_by_two_trainings_is_required_once() {
            SupervisorTrainingCatalogue catalogue = frame()
                    .addTrainings(training("intro"), training("basic", "intro"), training("ethics", "intro"),
                            training("advanced", "basic", "ethics"))
                    .addRole(role("st-supervisor", "advanced"))
                    .build();

            assertEquals(ids("intro", "basic", "ethics", "advanced"),
                    catalogue.requiredTrainings(SupervisionRoleId.of("st-supervisor")));
        }

        @Test
        void an_unknown_role_is_an_error() {
            SupervisorTrainingCatalogue catalogue = sample();

            InvalidInputException e = assertThrows(InvalidInputException.class,
                    () -> catalogue.requiredTrainings(SupervisionRoleId.of("nobody")));

            assertEquals("role", e.path());
        }
    }

    @Nested
    class Qualifications {

        @Test
        void names_what_is_missing_in_the_order_required() {
            Qualification result = sample().qualification(SupervisionRoleId.of("st-supervisor"), Set.of(id("basic"),
                    id("intro")));

            assertEquals(ids("intro", "basic", "advanced", "ethics"), result.required());
            assertEquals(ids("advanced", "ethics"), result.missing());
            assertFalse(result.isQualified());
        }

        @Test
        void trainings_the_catalogue_does_not_know_play_no_part() {
            Set<TrainingId> completed = Set.copyOf(Stream.concat(ids("intro", "basic", "advanced", "ethics").stream(),
                    Stream.of(id("elsewhere"))).toList());

            Qualification result = sample().qualification(SupervisionRoleId.of("st-supervisor"), completed);

            assertTrue(result.isQualified());
            assertEquals(ids("intro", "basic", "advanced", "ethics"), result.required());
            assertEquals("Rollen st-supervisor kräver, med förkunskaper: intro, basic, advanced och ethics; alla är genomförda.",
                    Renderer.of(Language.SWEDISH).render(result.reasons().get(0)));
        }

        @Test
        void explains_itself_and_reads_back_only_with_the_reason_its_values_give() {
            Qualification result = sample().qualification(SupervisionRoleId.of("st-supervisor"), Set.of(id("basic"),
                    id("intro")));

            assertEquals(List.of(Reason.of(TrainingReason.QUALIFICATION_MISSING, "st-supervisor",
                    List.of("intro", "basic", "advanced", "ethics"), List.of("advanced", "ethics"))), result.reasons());
            assertEquals("The role st-supervisor requires, with prerequisites: intro, basic, advanced and ethics; still to complete,"
                    + " in this order: advanced and ethics.", Renderer.of(Language.ENGLISH).render(result.reasons().get(0)));
            KlineduJson json = KlineduJson.standard();
            String written = json.write(result);
            assertEquals(result, json.read(written, Qualification.class));
            // the reason's own list of what is missing (the last one written) made shorter than the result's
            int reasonsMissing = written.lastIndexOf("\"missing\":[\"advanced\",");
            String tampered = written.substring(0, reasonsMissing) + "\"missing\":["
                    + written.substring(reasonsMissing + "\"missing\":[\"advanced\",".length());
            InvalidInputException e = assertThrows(InvalidInputException.class, () -> json.read(tampered, Qualification.class));
            assertEquals("$.reasons", e.path());
            assertThrows(InvalidInputException.class, () -> Qualification.of(SupervisionRoleId.of("st-supervisor"),
                    List.of(), List.of()));
        }
    }
}
