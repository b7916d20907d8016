package se.klinedu.core;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import se.klinedu.core.testkit.SourceDocuments;

/** Issue 17 item 6: the documents' terms, each source passage quoted from its document. */
class GlossaryDocumentTest {

    private static final Glossary GLOSSARY = Glossary.load();
    private static final Map<String, String> DOCUMENTS = Map.of("000", SourceDocuments.OREBRO_STRATEGY,
            "003", SourceDocuments.SPUR_REPORT, "004", SourceDocuments.STOCKHOLM_CATALOGUE);

    @Test
    void holds_the_thirteen_terms_the_issue_names() {
        assertEquals(List.of("utbildningstjänst", "AKA", "AT", "BT", "ST", "PTP", "APL", "VFU", "IPL", "SPUR", "LIPUS", "ALF",
                "UKÄ"), GLOSSARY.terms().stream().map(GlossaryTerm::term).toList());
        assertEquals("adjunct clinical lecturer", GLOSSARY.findTerm("AKA").orElseThrow().meaning().english());
        assertEquals(Optional.empty(), GLOSSARY.findTerm("aka"));
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
            assertTrue(GLOSSARY.findTerm(term).orElseThrow().source().orElseThrow().contains("(" + term + ")"), term);
        }
        assertEquals(Optional.empty(), GLOSSARY.findTerm("BT").orElseThrow().source());
    }

    @Test
    void a_source_comes_with_its_document_and_nothing_is_blank() {
        LocalizedText meaning = GLOSSARY.terms().get(0).meaning();
        assertThrows(InvalidInputException.class, () -> GlossaryTerm.of("X", meaning, Optional.of("passage"), Optional.empty()));
        assertThrows(InvalidInputException.class, () -> GlossaryTerm.of(" ", meaning, Optional.empty(), Optional.empty()));
        assertThrows(InvalidInputException.class, () -> GlossaryTerm.of("X", meaning, Optional.of("passage"), Optional.of("009")));
    }
}
