package se.klinedu.grading;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import se.klinedu.core.InvalidInputException;
import se.klinedu.core.LocalizedText;
import se.klinedu.core.organisation.OrganisationUnitId;
import se.klinedu.grading.actionplan.ActionItem;
import se.klinedu.grading.actionplan.IncompleteItem;
import se.klinedu.grading.assessment.AreaGrade;
import se.klinedu.grading.assessment.Assessment;
import se.klinedu.grading.assessment.CriterionAssessment;
import se.klinedu.grading.assessment.CriterionOutcome;
import se.klinedu.grading.assessment.GradeRule;
import se.klinedu.grading.assessment.GradeStatus;
import se.klinedu.grading.assessment.InspectionResult;
import se.klinedu.grading.assessment.InspectionFinding;
import se.klinedu.grading.criteria.Criterion;
import se.klinedu.grading.criteria.CriterionId;
import se.klinedu.grading.criteria.CriterionKind;
import se.klinedu.grading.criteria.Grade;
import se.klinedu.grading.criteria.GradeLevel;
import se.klinedu.grading.criteria.GradeScale;
import se.klinedu.grading.criteria.Regulation;
import se.klinedu.grading.criteria.SpurArea;
import se.klinedu.grading.criteria.SpurModel;
import se.klinedu.grading.criteria.SpurPart;
import se.klinedu.grading.interval.UnitIntervalStatus;

/** Pins the rules of grading's value types: the texts, collections, formats and orders their checks require. */
class ValueRulesTest {

    private static final String BLANK = " \t";
    private static final OrganisationUnitId UNIT = OrganisationUnitId.of("u");
    private static final CriterionId A01 = CriterionId.of("A-01");
    private static final CriterionId B01 = CriterionId.of("B-01");

    private static Assessment.Builder assessment() {
        return Assessment.builder().unit(OrganisationUnitId.of("kvinnokliniken")).specialty("Obstetrik och gynekologi")
                .addRegulations(Regulation.SOSFS_2015_8);
    }

    private static ActionItem.Builder item() {
        return ActionItem.builder().area(SpurArea.B).criterion(B01);
    }

    private static LocalizedText text(String swedish) {
        return LocalizedText.swedish(swedish, swedish);
    }

    @Nested
    class Rejected {

        static Stream<Arguments> cases() {
            return Stream.of(
                    // value built | path | reason
                    rejected("an assessment's unit is a name, not an id", () -> Assessment.builder()
                            .unit(OrganisationUnitId.of("Kvinnokliniken, Region Sörmland")).specialty("s")
                            .addRegulations(Regulation.SOSFS_2015_8).build(), "OrganisationUnitId",
                            UNIT_RULE + ", was Kvinnokliniken, Region Sörmland"),
                    rejected("an assessment's specialty is blank", () -> Assessment.builder().unit(UNIT).specialty(BLANK)
                            .addRegulations(Regulation.SOSFS_2015_8).build(), "specialty", blank()),
                    rejected("an assessment names no regulation", () -> Assessment.builder().unit(UNIT).specialty("s").build(),
                            "regulations", "must not be empty"),
                    rejected("a strength is blank", () -> assessment().addStrengths("Engagerade handledare", BLANK).build(),
                            "strengths[1]", blank()),
                    rejected("a weakness is blank", () -> assessment().addWeaknesses(BLANK).build(),
                            "weaknesses[0]", blank()),
                    rejected("an improvement suggestion is blank", () -> assessment().addImprovementSuggestions("Mer tid",
                            "Fler kurser", BLANK).build(), "improvementSuggestions[2]", blank()),
                    rejected("a criterion assessment's note is blank", () -> CriterionAssessment.of(A01,
                            CriterionOutcome.NOT_MET, BLANK), "note", blank()),
                    rejected("a finding's text is blank", () -> InspectionFinding.of(SpurArea.A, 1, BLANK), "text", blank()),
                    rejected("an area grade gives no reason", () -> AreaGrade.builder().area(SpurArea.A)
                            .regulation(Regulation.SOSFS_2015_8).status(GradeStatus.GRADED).grade(Grade.A)
                            .rule(GradeRule.QUALITY_INDICATORS_MET).build(), "reasons", "must not be empty"),
                    rejected("an inspection result's unit is a name, not an id", () -> InspectionResult.builder()
                            .unit(OrganisationUnitId.of(" Kvinnokliniken")).build(), "OrganisationUnitId",
                            UNIT_RULE + ", was  Kvinnokliniken"),
                    rejected("a unit interval status gives no reason", () -> UnitIntervalStatus.builder()
                            .unit(OrganisationUnitId.of("kvinnokliniken")).withinInterval(false).build(),
                            "reasons", "must not be empty"),
                    rejected("a criterion applies under no regulation", () -> Criterion.builder().id(A01).area(SpurArea.A)
                            .kind(CriterionKind.REGULATION).text(text("Verksamheten har en handlingsplan.")).build(),
                            "regulations", "must not be empty"),
                    rejected("an incomplete item lacks nothing", () -> IncompleteItem.of(0, SpurArea.A, A01, List.of()),
                            "missing", "must not be empty"),
                    rejected("an action item's measure is blank", () -> item().measure(BLANK).build(), "measure", blank()),
                    rejected("an action item's responsible is blank", () -> item().responsible(BLANK).build(),
                            "responsible", blank()),
                    rejected("an action item's responsible names no role", () -> item().responsible(" + ").build(),
                            "responsible", "must name a role, was  + "),
                    rejected("an action item's follow-up responsible is blank", () -> item().followUpResponsible(BLANK)
                            .build(), "followUpResponsible", blank()),
                    rejected("an action item cross-references a criterion twice", () -> item()
                            .addAlsoAddresses(A01, CriterionId.of("F-01"), A01).build(),
                            "alsoAddresses[2]", "duplicate id, was A-01"),
                    rejected("a model has no criterion in an area", () -> SpurModel.builder()
                            .provenance(SpurModel.load().provenance())
                            .addAllCriteria(SpurModel.load().criteria().stream().filter(c -> c.area() != SpurArea.F).toList())
                            .addAllScales(SpurModel.load().scales()).build(),
                            "criteria", "must have a criterion in area F"),
                    rejected("a scale's level is better than the one before", () -> scale(Grade.A, Grade.C, Grade.B, Grade.D),
                            "levels[2].grade", "must be worse than the level before, C, was B"),
                    rejected("a scale repeats a level", () -> scale(Grade.B, Grade.B, Grade.D),
                            "levels[1].grade", "must be worse than the level before, B, was B"),
                    rejected("a scale lacks D", () -> scale(Grade.A, Grade.B, Grade.C), "levels", "must include grade D"));
        }

        private static Arguments rejected(String name, Executable build, String path, String reason) {
            return Arguments.of(name, build, path, reason);
        }

        /** The rule an id of a unit keeps, as core's {@code OrganisationUnitId} states it. */
        private static final String UNIT_RULE = "must be 1 to 64 letters, digits or . _ : - starting with a letter or digit";

        private static String blank() {
            return "must not be blank, was " + BLANK;
        }

        @ParameterizedTest(name = "{0}")
        @MethodSource("cases")
        void naming_the_field_and_the_rule(String name, Executable build, String path, String reason) {
            InvalidInputException e = assertThrows(InvalidInputException.class, build);

            assertEquals(path, e.path(), e.getMessage());
            assertEquals(reason, e.reason());
        }
    }

    private static GradeScale scale(Grade... grades) {
        return GradeScale.of(SpurArea.A, Arrays.stream(grades).map(g -> GradeLevel.of(g, text("Nivå " + g.letter()))).toList());
    }

    @Nested
    class Accepted {

        @Test
        void an_action_item_may_cross_reference_several_criteria() {
            ActionItem item = item().addAlsoAddresses(A01, CriterionId.of("F-01")).build();

            assertEquals(List.of(B01, A01, CriterionId.of("F-01")), item.addresses());
        }

        @Test
        void a_scale_may_skip_a_grade_but_keeps_its_order() {
            assertEquals(List.of(Grade.A, Grade.B, Grade.D), scale(Grade.A, Grade.B, Grade.D).grades());
            assertEquals(List.of(Grade.D), scale(Grade.D).grades());
        }
    }

    @Nested
    class CriterionIds {

        // a value in the format | a value in another format
        @ParameterizedTest(name = "{0} is valid, \"{1}\" is not")
        @CsvSource(textBlock = """
                E-05, E-5
                A-01, I-01
                H-13, h-13
                C-04, C-004
                B-10, B10
                """)
        void is_an_area_letter_a_hyphen_and_two_digits(String valid, String invalid) {
            InvalidInputException e = assertThrows(InvalidInputException.class, () -> CriterionId.of(invalid));

            assertEquals(valid, CriterionId.of(valid).value());
            assertEquals("CriterionId", e.path());
            assertEquals("must be an area letter A to H, a hyphen and two digits, such as E-05, was " + invalid,
                    e.reason());
        }
    }

    @Nested
    class Codes {

        // enum | constant | code
        @ParameterizedTest(name = "{0}.{1} is \"{2}\"")
        @CsvSource(textBlock = """
                SpurPart,          STRUCTURE,      structure
                SpurPart,          PROCESS,        process
                Grade,             A,              a
                Grade,             D,              d
                Regulation,        SOSFS_2015_8,   sosfs-2015-8
                Regulation,        HSLF_FS_2021_8, hslf-fs-2021-8
                CriterionKind,     GENERAL_ADVICE, general-advice
                CriterionOutcome,  PARTLY_MET,     partly-met
                CriterionOutcome,  NOT_APPLICABLE, not-applicable
                """)
        void each_constant_reads_back_from_its_code(String kind, String constant, String code) {
            Enum<?> value = CODECS.get(kind).valueOf(constant);

            assertEquals(code, CODECS.get(kind).code(value));
            assertEquals(value, CODECS.get(kind).of(code));
        }

        // enum | path | an unknown code
        @ParameterizedTest(name = "{0} rejects \"{2}\"")
        @CsvSource(textBlock = """
                SpurPart,         part,       struktur
                Grade,            grade,      A
                Regulation,       regulation, SOSFS 2015:8
                CriterionKind,    kind,       advice
                CriterionOutcome, outcome,    met-partly
                """)
        void an_unknown_code_is_rejected_naming_it(String kind, String path, String code) {
            InvalidInputException e = assertThrows(InvalidInputException.class, () -> CODECS.get(kind).of(code));

            assertEquals(path, e.path());
            assertTrue(e.reason().endsWith(", was " + code), e.reason());
        }

        private record Codec<E extends Enum<E>>(Class<E> type, Function<E, String> codeOf, Function<String, E> parse) {

            Enum<?> of(String code) {
                return parse.apply(code);
            }

            Enum<?> valueOf(String constant) {
                return Enum.valueOf(type, constant);
            }

            String code(Enum<?> value) {
                return codeOf.apply(type.cast(value));
            }
        }

        private static final Map<String, Codec<?>> CODECS = Map.of(
                "SpurPart", new Codec<>(SpurPart.class, SpurPart::code, SpurPart::of),
                "Grade", new Codec<>(Grade.class, Grade::code, Grade::of),
                "Regulation", new Codec<>(Regulation.class, Regulation::code, Regulation::of),
                "CriterionKind", new Codec<>(CriterionKind.class, CriterionKind::code, CriterionKind::of),
                "CriterionOutcome", new Codec<>(CriterionOutcome.class, CriterionOutcome::code, CriterionOutcome::of));
    }
}
