package se.klinedu.core;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import se.klinedu.core.testkit.SourceDocuments;

/** The documents' terms, Swedish and Norwegian, each source passage quoted from its document. */
class GlossaryDocumentTest {

    private static final Glossary GLOSSARY = Glossary.load();
    private static final Map<String, String> DOCUMENTS = Map.of("000", SourceDocuments.OREBRO_STRATEGY,
            "002", SourceDocuments.HELSE_SOR_OST_SUB_STRATEGY, "003", SourceDocuments.SPUR_REPORT,
            "004", SourceDocuments.STOCKHOLM_CATALOGUE);

    @Test
    void holds_the_thirteen_swedish_terms() {
        assertEquals(List.of("utbildningstjänst", "AKA", "AT", "BT", "ST", "PTP", "APL", "VFU", "IPL", "SPUR", "LIPUS", "ALF",
                "UKÄ"), terms(Language.SWEDISH));
        assertEquals("adjunct clinical lecturer", GLOSSARY.find("AKA").orElseThrow().meaning().english());
        assertEquals(Optional.empty(), GLOSSARY.find("aka"));
    }

    // Helse Sør-Øst's terms a Swedish or English reader would not know, in the order the document first uses them
    @Test
    void holds_the_norwegian_terms_of_helse_sor_ost() {
        assertEquals(List.of("delstrategi", "spesialisthelsetjenesten", "satsingsområde", "tiltak", "kompetanseplan",
                "Kompetanseportalen", "etter- og videreutdanning", "helseforetak", "praksisplass", "RETHOS", "veiledning",
                "supervisjon", "utdanningsstilling", "regionalt utdanningssenter", "regionale spesialitetsvise råd", "LiS",
                "aktivitetsstyrt bemanningsplanlegging", "oppgavedeling", "lærling", "veileder", "praksisstudier",
                "samarbeidsorgan", "RHF", "kombinerte stillinger", "etterfølgerplanlegging", "ledermobiliseringsprogrammet"),
                terms(Language.NORWEGIAN_BOKMAL));
        assertEquals("lege i spesialisering", GLOSSARY.find("LiS").orElseThrow().meaning().original());
        assertTrue(GLOSSARY.find("veileder").orElseThrow().meaning().english().contains("guide"));
    }

    @Test
    void every_norwegian_term_stands_in_its_passage_of_helse_sor_ost() {
        assertAll(GLOSSARY.terms().stream().filter(term -> term.meaning().language() == Language.NORWEGIAN_BOKMAL)
                .map(term -> () -> {
                    assertEquals(Optional.of("002"), term.document(), term.term());
                    String passage = term.source().orElseThrow().toLowerCase(Locale.ROOT);
                    assertTrue(passage.contains(term.term().toLowerCase(Locale.ROOT)), term.term() + ": " + passage);
                }));
    }

    // "veileder" is used twice in 002, and once it is a guide, not a supervisor: the meaning says so
    @Test
    void the_document_uses_veileder_also_for_a_guide() {
        Optional<String> document = SourceDocuments.textOf(SourceDocuments.HELSE_SOR_OST_SUB_STRATEGY);
        document.ifPresent(text -> assertTrue(text.contains("Utvikle en regional veileder og heve ansattes kompetanse")));
        assertTrue(GLOSSARY.find("veileder").orElseThrow().meaning().english().contains("Utvikle en regional veileder"));
    }

    @Test
    void every_source_passage_is_quoted_from_its_document() {
        assertAll(GLOSSARY.terms().stream().filter(term -> term.source().isPresent()).map(term -> () -> {
            Optional<String> document = SourceDocuments.lettersOf(DOCUMENTS.get(term.document().orElseThrow()));
            document.ifPresent(letters -> assertTrue(letters.contains(SourceDocuments.letters(term.source().get())),
                    term.term() + ": " + term.source().get()));
        }));
    }

    @Test
    void an_abbreviation_spelt_out_in_its_passage_stands_there_in_brackets() {
        for (String term : List.of("AKA", "AT", "PTP", "APL", "IPL", "SPUR", "UKÄ")) {
            assertTrue(GLOSSARY.find(term).orElseThrow().source().orElseThrow().contains("(" + term + ")"), term);
        }
        assertEquals(Optional.empty(), GLOSSARY.find("BT").orElseThrow().source());
    }

    @Test
    void a_source_comes_with_its_document_and_nothing_is_blank() {
        LocalizedText meaning = GLOSSARY.terms().get(0).meaning();
        assertThrows(InvalidInputException.class, () -> GlossaryTerm.of("X", meaning, Optional.of("passage"), Optional.empty()));
        assertThrows(InvalidInputException.class, () -> GlossaryTerm.of(" ", meaning, Optional.empty(), Optional.empty()));
        assertThrows(InvalidInputException.class, () -> GlossaryTerm.of("X", meaning, Optional.of("passage"), Optional.of("009")));
    }

    private static List<String> terms(Language language) {
        return GLOSSARY.terms().stream().filter(term -> term.meaning().language() == language).map(GlossaryTerm::term).toList();
    }
}
