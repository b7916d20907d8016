package se.klinedu.grading.criteria;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import se.klinedu.core.InvalidInputException;
import se.klinedu.core.LocalizedText;
import se.klinedu.core.testkit.SourceDocuments;

/** Pins the SPUR model's reference data to the LIPUS report (document 003). */
class SpurModelDocumentTest {

    private final SpurModel model = SpurModel.load();

    private static final Set<Regulation> BOTH = Set.of(Regulation.SOSFS_2015_8, Regulation.HSLF_FS_2021_8);

    @Nested
    class Areas {

        @Test
        void has_eight_areas_a_to_c_structure_and_d_to_h_process() {
            assertEquals("ABCDEFGH", Arrays.stream(SpurArea.values()).map(SpurArea::letter).collect(Collectors.joining()));
            assertEquals(List.of(SpurPart.STRUCTURE, SpurPart.STRUCTURE, SpurPart.STRUCTURE, SpurPart.PROCESS,
                    SpurPart.PROCESS, SpurPart.PROCESS, SpurPart.PROCESS, SpurPart.PROCESS),
                    Arrays.stream(SpurArea.values()).map(SpurArea::part).toList());
        }

        @Test
        void names_the_areas_as_the_action_plan_headings_do() {
            assertEquals(List.of("Verksamheten", "Medarbetarstab och interna kompetenser", "Lokaler och utrustning",
                    "Tjänstgöringens upplägg", "Handledning och kompetensbedömning", "Teoretisk utbildning",
                    "Medicinsk vetenskap och systematiskt kvalitets- och patientsäkerhetsarbete",
                    "Ledarskapskompetens och kommunikativ kompetens"),
                    Arrays.stream(SpurArea.values()).map(area -> area.title().original()).toList());
        }

        @Test
        void orders_areas_by_letter() {
            assertEquals(List.of(0, 1, 2, 3, 4, 5, 6, 7), Arrays.stream(SpurArea.values()).map(SpurArea::order).toList());
        }
    }

    @Nested
    class Criteria {

        @Test
        void has_seventy_six_criteria_per_area_as_the_report_lists_them() {
            Map<String, Integer> counts = new LinkedHashMap<>();
            for (SpurArea area : SpurArea.values()) {
                counts.put(area.letter(), model.criteria(area).size());
            }
            assertEquals(Map.of("A", 4, "B", 10, "C", 4, "D", 13, "E", 15, "F", 6, "G", 11, "H", 13), counts);
            assertEquals(76, model.criteria().size());
        }

        @ParameterizedTest(name = "area {0}: {1} regulation, {2} general advice, {3} quality indicators")
        @CsvSource({"A,3,0,1", "B,6,1,3", "C,2,0,2", "D,8,3,2", "E,6,6,3", "F,2,3,1", "G,3,3,5", "H,9,3,1"})
        void has_the_kinds_per_area_as_read_from_the_layout(String area, int regulation, int advice, int indicators) {
            List<Criterion> criteria = model.criteria(SpurArea.of(area.toLowerCase(java.util.Locale.ROOT)));
            assertEquals(List.of(regulation, advice, indicators), List.of(
                    count(criteria, CriterionKind.REGULATION), count(criteria, CriterionKind.GENERAL_ADVICE),
                    count(criteria, CriterionKind.QUALITY_INDICATOR)));
        }

        @Test
        void lists_kinds_in_the_order_regulation_advice_indicator_within_an_area() {
            for (SpurArea area : SpurArea.values()) {
                List<Integer> ranks = model.criteria(area).stream().map(c -> switch (c.kind()) {
                    case REGULATION -> 0;
                    case GENERAL_ADVICE -> 1;
                    case QUALITY_INDICATOR -> 2;
                }).toList();
                assertEquals(ranks.stream().sorted().toList(), ranks, "area " + area.letter());
            }
        }

        @Test
        void applies_to_one_regulation_only_where_the_report_says_endast() {
            Map<String, Set<Regulation>> single = model.criteria().stream().filter(c -> !c.regulations().equals(BOTH))
                    .collect(Collectors.toMap(c -> c.id().value(), Criterion::regulations));
            Set<Regulation> only2015 = Set.of(Regulation.SOSFS_2015_8);
            Set<Regulation> only2021 = Set.of(Regulation.HSLF_FS_2021_8);
            assertEquals(Map.of("E-05", only2021, "E-06", only2021, // Föreskrift (endast 2021)
                    "E-10", only2015, "E-11", only2015, "E-12", only2015, // Allmänna råd (endast 2015)
                    "G-03", only2015, // Föreskrift (endast 2015)
                    "G-11", only2021), // Kvalitetsindikator (endast 2021)
                    single);
        }

        @Test
        void numbers_ids_by_area_in_the_reports_order() {
            for (SpurArea area : SpurArea.values()) {
                List<Criterion> criteria = model.criteria(area);
                for (int i = 0; i < criteria.size(); i++) {
                    assertEquals(String.format("%s-%02d", area.letter(), i + 1), criteria.get(i).id().value());
                }
            }
        }

        @Test
        void quotes_the_first_and_last_criterion_of_an_area() {
            assertEquals("Det finns skriftliga riktlinjer från vårdgivaren om hur verksamhetens "
                    + "specialiseringstjänstgöring ska genomföras.", text("A-01"));
            assertEquals("Det finns möjlighet att auskultera hos chefer och ledare inom organisationen.", text("H-13"));
            assertEquals("Verksamheten har rutiner för hur den kontinuerliga bedömningen dokumenteras (För ST enligt "
                    + "2015:8 är verksamhetschef ansvarig enligt ovan)", text("E-06"));
        }

        /**
         * Issue 17 item 3: the kinds of B-04–B-07, D-08, D-10, D-11, H-08 and H-09 read again from the page labels
         * ("Föreskrift / Allmänna råd" head the first page of B, with B-01–B-07 below them; "Föreskrift / Allmänna
         * råd / Kvalitetsindikator" head D-04–D-13 and H-01–H-13) and the regulations' wording: "ska" for a
         * regulation, "bör" for general advice. Each text is quoted from the report.
         */
        @ParameterizedTest(name = "{0} is {1}")
        @CsvSource(delimiter = '|', value = {
            "B-04 | REGULATION | Det finns tillgång till specialistkompetent studierektor, som har genomgått handledarutbildning.",
            "B-05 | REGULATION | Det finns tillgång till handledare i en omfattning som motsvarar behovet av handledning.",
            "B-06 | REGULATION | Det finns tillgång till medarbetare som kan ge nödvändiga instruktioner.",
            "B-07 | GENERAL_ADVICE | Studierektor har relevant specialistkompetens.",
            "D-08 | REGULATION | Studierektorn samordnar ST-läkarnas interna och externa utbildningsaktiviteter.",
            "D-10 | GENERAL_ADVICE | I studierektorns arbetsuppgifter ingår att ansvara för att utarbeta introduktionsprogram för ST-läkarna.",
            "D-11 | GENERAL_ADVICE | Studierektorn tar del av kompetensbedömningarna.",
            "H-08 | REGULATION | ST-läkaren bereds möjlighet att handleda medarbetare och studenter.",
            "H-09 | REGULATION | ST-läkarens kompetens i handledning bedöms fortlöpande och återkoppling sker kontinuerligt."})
        void reads_the_kinds_the_second_reading_settled(String id, CriterionKind kind, String text) {
            assertEquals(text, text(id));
            assertEquals(kind, model.get(CriterionId.of(id)).kind());
            SourceDocuments.lettersOf(SourceDocuments.SPUR_REPORT)
                    .ifPresent(document -> assertTrue(document.contains(SourceDocuments.letters(text)), text));
        }

        @Test
        void keeps_the_text_the_report_lists_twice_in_area_e_as_two_criteria() {
            assertEquals(text("E-07"), text("E-13"));
            assertEquals(CriterionKind.GENERAL_ADVICE, model.get(CriterionId.of("E-07")).kind());
            assertEquals(CriterionKind.QUALITY_INDICATOR, model.get(CriterionId.of("E-13")).kind());
        }

        @Test
        void every_english_text_is_a_translation_not_a_copy() {
            assertAll(model.criteria().stream().map(c -> () -> assertNotEquals(c.text().original(), c.text().english(),
                    c.id().value())));
        }
    }

    @Nested
    class Scales {

        @Test
        void every_area_has_a_to_d_but_lokaler_och_utrustning_has_no_c() {
            for (SpurArea area : SpurArea.values()) {
                List<Grade> expected = area == SpurArea.C ? List.of(Grade.A, Grade.B, Grade.D)
                        : List.of(Grade.A, Grade.B, Grade.C, Grade.D);
                assertEquals(expected, model.scale(area).grades(), "area " + area.letter());
            }
        }

        @Test
        void words_b_by_whether_the_area_has_general_advice() {
            assertEquals("Socialstyrelsens föreskrifter följs.", wording(SpurArea.A, Grade.B));
            assertEquals("Socialstyrelsens föreskrifter.", wording(SpurArea.C, Grade.B));
            assertEquals("Socialstyrelsens föreskrifter och allmänna råd följs.", wording(SpurArea.D, Grade.B));
            assertEquals("Socialstyrelsens föreskrifter följs. Övriga kvalitetsindikatorer är uppfyllda, men enstaka "
                    + "undantag kan förekomma.", wording(SpurArea.C, Grade.A));
        }

        @Test
        void words_d_the_same_in_every_area() {
            for (SpurArea area : SpurArea.values()) {
                assertEquals("Brister har påvisats vad gäller följsamheten till Socialstyrelsens föreskrifter. "
                        + "Åtgärder krävs.", wording(area, Grade.D));
            }
        }

        private String wording(SpurArea area, Grade grade) {
            return model.scale(area).level(grade).orElseThrow().wording().original();
        }
    }

    @Nested
    class Lookup {

        @Test
        void gets_a_criterion_by_id_and_rejects_an_id_the_model_lacks() {
            InvalidInputException e = assertThrows(InvalidInputException.class, () -> model.get(CriterionId.of("C-09")));

            assertEquals(CriterionId.of("C-04"), model.get(CriterionId.of("C-04")).id());
            assertEquals("id", e.path());
            assertEquals("is not a criterion of the SPUR model, was C-09", e.reason());
        }
    }

    @Nested
    class Orders {

        @Test
        void ranks_grades_from_a_the_best_to_d_the_worst() {
            assertEquals(List.of(0, 1, 2, 3), Arrays.stream(Grade.values()).map(Grade::rank).toList());
            assertTrue(Grade.A.isBetterThan(Grade.B));
            assertFalse(Grade.D.isBetterThan(Grade.D));
        }

        @Test
        void orders_sosfs_2015_8_before_hslf_fs_2021_8() {
            assertEquals(0, Regulation.SOSFS_2015_8.order());
            assertEquals(1, Regulation.HSLF_FS_2021_8.order());
        }
    }

    @Test
    void every_swedish_text_is_quoted_from_the_document() {
        Optional<String> document = SourceDocuments.lettersOf(SourceDocuments.SPUR_REPORT);
        assumeTrue(document.isPresent(), "the source documents are not beside the build");

        assertAll(allTexts().map(text -> () -> assertTrue(document.get().contains(SourceDocuments.letters(text.original())),
                "not in the document: " + text.original())));
    }

    @Test
    void part_titles_are_the_documents_headings_in_upper_case() {
        Optional<String> document = SourceDocuments.lettersOf(SourceDocuments.SPUR_REPORT);
        assumeTrue(document.isPresent(), "the source documents are not beside the build");

        for (SpurPart part : SpurPart.values()) {
            assertTrue(document.get().contains(part.title().original().toUpperCase(java.util.Locale.ROOT)), part.code());
        }
    }

    private Stream<LocalizedText> allTexts() {
        List<LocalizedText> texts = new ArrayList<>();
        model.criteria().forEach(c -> texts.add(c.text()));
        model.scales().forEach(scale -> scale.levels().forEach(level -> texts.add(level.wording())));
        Arrays.stream(SpurArea.values()).forEach(area -> texts.add(area.title()));
        return texts.stream();
    }

    private String text(String id) {
        return model.get(CriterionId.of(id)).text().original();
    }

    private static int count(List<Criterion> criteria, CriterionKind kind) {
        return (int) criteria.stream().filter(c -> c.kind() == kind).count();
    }
}
