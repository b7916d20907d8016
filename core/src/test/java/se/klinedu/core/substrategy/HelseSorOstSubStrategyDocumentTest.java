package se.klinedu.core.substrategy;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import se.klinedu.core.InvalidInputException;
import se.klinedu.core.Language;
import se.klinedu.core.LocalizedText;
import se.klinedu.core.measure.MeasureArea;
import se.klinedu.core.testkit.SourceDocuments;

/** Pins Helse Sør-Øst's sub-strategy to the document (seed 002). */
class HelseSorOstSubStrategyDocumentTest {

    private final HelseSorOstSubStrategy subStrategy = HelseSorOstSubStrategy.load();

    @Nested
    class Structure {

        @Test
        void has_seven_focus_areas_in_the_documents_order() {
            // "Den består av syv satsingsområder med tilhørende tiltak."
            assertEquals(List.of("HSO1", "HSO2", "HSO3", "HSO4", "HSO5", "HSO6", "HSO7"),
                    subStrategy.focusAreas().stream().map(area -> area.id().value()).toList());
        }

        @Test
        void has_four_four_four_two_four_three_and_two_desired_outcomes() {
            assertEquals(List.of(4, 4, 4, 2, 4, 3, 2),
                    subStrategy.focusAreas().stream().map(area -> area.desiredOutcomes().size()).toList());
            assertEquals(23, subStrategy.desiredOutcomes().size());
        }

        @Test
        void has_eight_five_six_nine_nine_seven_and_six_measures() {
            assertEquals(List.of(8, 5, 6, 9, 9, 7, 6),
                    subStrategy.focusAreas().stream().map(area -> area.measures().size()).toList());
            assertEquals(50, subStrategy.measures().size());
        }

        @Test
        void numbers_outcomes_and_measures_from_one_within_their_area() {
            subStrategy.focusAreas().forEach(area -> {
                for (int i = 0; i < area.desiredOutcomes().size(); i++) {
                    assertEquals(area.id() + ".O" + (i + 1), area.desiredOutcomes().get(i).id().value());
                }
                for (int i = 0; i < area.measures().size(); i++) {
                    assertEquals(area.id() + ".M" + (i + 1), area.measures().get(i).id().value());
                }
            });
        }

        @Test
        void every_area_name_is_derived_not_quoted() {
            // the names stood in an illustration the extracted text does not carry
            subStrategy.focusAreas().forEach(area -> assertEquals(TextBasis.DERIVED, area.nameBasis(), area.id().value()));
            assertEquals(List.of("Kompetanseutvikling og læring på arbeidsplassen", "Kompetansebehov og utdanningskapasitet",
                    "Spesialistutdanning av leger", "Bemanning og riktig bruk av kompetanse",
                    "Praksisstudier, læretid og veiledning", "Samarbeid med utdanningsinstitusjonene", "Lederutvikling"),
                    subStrategy.focusAreas().stream().map(area -> area.name().original()).toList());
        }

        @Test
        void is_published_by_helse_sor_ost_last_updated_26_october_2022_and_quotes_norwegian() {
            assertEquals(Optional.of("Helse Sør-Øst"), subStrategy.provenance().publisher());
            assertEquals(Optional.of(LocalDate.of(2022, 10, 26)), subStrategy.provenance().lastUpdated());
            assertEquals("Regional delstrategi for utdanning og kompetanse", subStrategy.provenance().title().original());
            allTexts(true).forEach(text -> assertEquals(Language.NORWEGIAN_BOKMAL, text.language(), text.original()));
        }

        @Test
        void its_measure_plan_is_its_areas_and_measures_under_their_own_ids() {
            List<MeasureArea> areas = subStrategy.measurePlan().areas();

            assertEquals(7, areas.size());
            for (int a = 0; a < areas.size(); a++) {
                FocusArea area = subStrategy.focusAreas().get(a);
                assertEquals(area.id().value(), areas.get(a).id().value());
                assertEquals(area.measures().stream().map(m -> m.id().value()).toList(),
                        areas.get(a).measures().stream().map(m -> m.value()).toList());
            }
        }
    }

    @Nested
    class Texts {

        // the bullets of each focus area, in the document's order
        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', textBlock = """
                HSO1.O1 | Alle medarbeidere har en kompetanseplan
                HSO1.O2 | Arbeidsplassen er den primære arenaen for læring og utvikling
                HSO1.O3 | Arbeid med utdanning og kompetanse er hensiktsmessig organisert
                HSO1.O4 | Brukerne møter tjeneste med høy faglig kvalitet
                HSO2.O1 | Utdanningen har høy faglig kvalitet og gjennomføres effektivt
                HSO2.O2 | Det er satt konkrete mål for utdanningskapasiteten
                HSO2.O3 | Det gjennomføres løpende analyser av kompetanse-behovet
                HSO2.O4 | Helseforetakene er attraktive arbeidsgivere
                HSO3.O1 | Utdanningen har høy faglig kvalitet og gjennomføres effektivt
                HSO3.O2 | God kompetanse og kapasitet innen veiledning og supervisjon
                HSO3.O3 | Utdanningsstillingene er tilpasset tjenestenes behov
                HSO3.O4 | Regionalt utdanningssenter understøtter behovene til utdanningsvirksomhetene
                HSO4.O1 | Bemanningen blir planlagt ut fra oppgaver som skal løses, med riktig sammensetning av kompetanse og bruk av effektive team
                HSO4.O2 | Lederstøtte og systemer som bidrar til utvikling og forbedring
                HSO5.O1 | Gjennomføring av praksis er godt organisert – det er avsatt tid til veiledning og trening
                HSO5.O2 | Lærlinger blir godt fulgt opp
                HSO5.O3 | Veiledere har formell kompetanse i veiledning
                HSO5.O4 | Utdannings- og veiledningsoppgaver er attraktive og har høy status
                HSO6.O1 | Det er etablert et likeverdig gjensidig forpliktende samarbeid
                HSO6.O2 | Innholdet i utdanningene dekker tjenestenes behov
                HSO6.O3 | Studie-, lære-, og praksisplasser er riktig dimensjonert
                HSO7.O1 | Toppledere i helseforetakene har høy lederfaglig kompetanse
                HSO7.O2 | Det er etablert systematikk for identifisering av personer med lederpotensial, utvikling av lederkandidater og eksisterende ledere
                """)
        void quotes_the_desired_outcome(String id, String text) {
            assertEquals(text, subStrategy.get(DesiredOutcomeId.of(id)).text().original());
        }

        // the first and last measure of each area ("Helse Sør-Øst vil:"), and a few with punctuation to keep
        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', textBlock = """
                HSO1.M1 | Sørge for at Kompetanseportalen tas i bruk for alle yrkesgrupper
                HSO1.M8 | Påvirke utdanningsinstitusjoner til å tilby relevante kortere etter- og videreutdanninger som bidrar til livslang læring
                HSO2.M1 | Samle og dele gode tiltak for å styrke arbeidet med å rekruttere, beholde og mobilisere spesialsykepleiere
                HSO2.M5 | Følge opp RETHOS og revisjon/utvikling av spesial-etterutdanninger for sykepleiere
                HSO3.M1 | Delta i regionalt, interregionalt og nasjonalt arbeid som understøtter høy faglig kvalitet i utdanningen, samt bedre samordning og harmonisering
                HSO3.M4 | Videreutvikle Kompetanseportalen – LiS-modulen
                HSO3.M6 | Støtte regionalt utdanningssenter i arbeidet med å videreutvikle utdanningene, herunder å ta i bruk alternative læringsaktiviteter
                HSO4.M1 | Legge til rette for at det utvikles kompetansekrav som benyttes i planlegging av bemanning og sammensetning av behandlingsteam
                HSO4.M9 | Kartlegge status og utvikle tiltak som bedrer bruken av arbeidstiden til leger og sykepleiere
                HSO5.M1 | Støtte prosjekter som prøver ut nye modeller for gjennomføring av praksisstudiene
                HSO5.M6 | Profesjonalisere veilederfunksjonen
                HSO5.M9 | Stimulere til forskning på praksisstudier som læringsaktivitet
                HSO6.M1 | Etablere et nytt felles samarbeidsorgan med universiteter og høyskoler
                HSO6.M3 | Etablere et praktisk samarbeid mellom RHF-et og utdanningsinstitusjoner som ikke er en del av Samarbeidsorganet
                HSO6.M7 | Fremskaffe, dele oversikt over ulike løsninger for, og stimulere til økt bruk av kombinerte stillinger
                HSO7.M1 | Bidra i gjennomføringen av felles topplederprogram for kommune- og spesialisthelsetjenesten
                HSO7.M6 | Videreutvikle den regionale innsatsen i det nasjonale ledermobiliseringsprogrammet
                """)
        void quotes_the_measure(String id, String text) {
            assertEquals(text, subStrategy.get(RegionalMeasureId.of(id)).text().original());
        }

        @Test
        void an_outcome_belongs_to_its_area() {
            assertEquals("HSO5", subStrategy.focusAreaOf(DesiredOutcomeId.of("HSO5.O3")).id().value());
        }

        @Test
        void unknown_ids_are_errors_naming_them() {
            InvalidInputException outcome = assertThrows(InvalidInputException.class,
                    () -> subStrategy.get(DesiredOutcomeId.of("HSO4.O3")));
            InvalidInputException measure = assertThrows(InvalidInputException.class,
                    () -> subStrategy.get(RegionalMeasureId.of("HSO2.M6")));
            InvalidInputException area = assertThrows(InvalidInputException.class,
                    () -> subStrategy.get(FocusAreaId.of("HSO8")));

            assertEquals("id: is not a desired outcome of the sub-strategy, was HSO4.O3", outcome.getMessage());
            assertEquals("id: is not a measure of the sub-strategy, was HSO2.M6", measure.getMessage());
            assertEquals("id: is not a focus area of the sub-strategy, was HSO8", area.getMessage());
            assertTrue(subStrategy.find(DesiredOutcomeId.of("HSO4.O3")).isEmpty());
            assertThrows(InvalidInputException.class, () -> subStrategy.focusAreaOf(DesiredOutcomeId.of("HSO4.O3")));
        }
    }

    @Nested
    class AgainstTheDocument {

        @Test
        void every_norwegian_text_is_quoted_from_the_document() {
            Optional<String> document = SourceDocuments.lettersOf(SourceDocuments.HELSE_SOR_OST_SUB_STRATEGY);
            assumeTrue(document.isPresent(), "the source documents are not beside the build");

            assertAll(allTexts(false).stream().map(text -> () -> assertTrue(
                    document.get().contains(SourceDocuments.letters(text.original())), "not in the document: " + text.original())));
        }

        @Test
        void the_texts_follow_the_documents_order() {
            Optional<String> document = SourceDocuments.lettersOf(SourceDocuments.HELSE_SOR_OST_SUB_STRATEGY);
            assumeTrue(document.isPresent(), "the source documents are not beside the build");

            int from = 0;
            for (LocalizedText text : allTexts(false)) {
                int at = document.get().indexOf(SourceDocuments.letters(text.original()), from);
                assertTrue(at >= from, "not after the previous text: " + text.original());
                from = at + 1;
            }
        }

        @Test
        void the_last_update_is_the_documents() {
            Optional<String> document = SourceDocuments.lettersOf(SourceDocuments.HELSE_SOR_OST_SUB_STRATEGY);
            assumeTrue(document.isPresent(), "the source documents are not beside the build");

            assertTrue(document.get().endsWith(SourceDocuments.letters("Sist oppdatert 26.10.2022")));
        }
    }

    /** The quoted texts in the document's order; the derived area names only if asked for. */
    private List<LocalizedText> allTexts(boolean withNames) {
        List<LocalizedText> texts = new ArrayList<>(List.of(subStrategy.provenance().title(), subStrategy.purpose()));
        subStrategy.focusAreas().forEach(area -> {
            if (withNames) {
                texts.add(area.name());
            }
            area.desiredOutcomes().forEach(outcome -> texts.add(outcome.text()));
            area.measures().forEach(measure -> texts.add(measure.text()));
        });
        return texts;
    }
}
