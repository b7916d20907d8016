package se.klinedu.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import se.klinedu.core.json.KlineduJson;
import se.klinedu.core.strategy.OrebroStrategy;
import se.klinedu.core.substrategy.HelseSorOstSubStrategy;
import se.klinedu.core.supervision.SupervisorTrainingCatalogue;
import se.klinedu.core.testkit.SourceDocuments;
import tools.jackson.databind.JsonNode;

/**
 * Translations corrected on review, each pinned with the document's own words: "dvs." describes the
 * supervisors (the AT, BT and ST rows alike); "vård och omsorg" is health and social care, and the college's name
 * keeps it; "gjennomføres"/"gjennomføring" is carried out/carrying out; "skal" is shall and keeps "er i stand til";
 * "belysa" is examine.
 */
class TranslationsDocumentTest {

    static Stream<Arguments> translations() {
        return Stream.of(
                Arguments.of(SourceDocuments.STOCKHOLM_CATALOGUE, SupervisorTrainingCatalogue.load("stockholm"),
                        "Handledare för ST-läkare (dvs. specialistläkare).",
                        "Supervisors of specialty trainees (ST doctors), that is, specialist physicians."),
                Arguments.of(SourceDocuments.STOCKHOLM_CATALOGUE, SupervisorTrainingCatalogue.load("stockholm"),
                        "Vård- och omsorgscollege handledarutbildning, steg 1 och 2",
                        "Vård- och omsorgscollege (Health and Social Care College) supervisor training, steps 1 and 2"),
                Arguments.of(SourceDocuments.STOCKHOLM_CATALOGUE, SupervisorTrainingCatalogue.load("stockholm"),
                        "Handledare för AT-läkare (dvs. ST-läkare och specialistläkare).",
                        "Supervisors of interns (AT doctors), that is, specialty trainees and specialist physicians."),
                Arguments.of(SourceDocuments.STOCKHOLM_CATALOGUE, SupervisorTrainingCatalogue.load("stockholm"),
                        "Handledare för BT-läkare (dvs. ST-läkare och specialistläkare).",
                        "Supervisors of foundation-training doctors (BT doctors), that is, specialty trainees and "
                                + "specialist physicians."),
                Arguments.of(SourceDocuments.HELSE_SOR_OST_SUB_STRATEGY, HelseSorOstSubStrategy.load(),
                        "Delstrategien skal bidra til at spesialisthelsetjenesten i regionen er i stand til å møte "
                                + "fremtidens behov for kompetanse og helsepersonell.",
                        "The sub-strategy shall help ensure that the specialist health service in the region is able "
                                + "to meet the future need for competence and health personnel."),
                Arguments.of(SourceDocuments.HELSE_SOR_OST_SUB_STRATEGY, HelseSorOstSubStrategy.load(),
                        "Gjennomføring av praksis er godt organisert – det er avsatt tid til veiledning og trening",
                        "The carrying out of clinical placements is well organised – time is set aside for supervision "
                                + "and practice"),
                Arguments.of(SourceDocuments.OREBRO_STRATEGY, OrebroStrategy.load(),
                        "En fördjupad rapportstruktur ska utvecklas för att i ett bredare perspektiv belysa och följa "
                                + "utvecklingen av utbildningsuppdraget och dess betydelse för kompetensförsörjning inom "
                                + "Region Örebro län.",
                        "An in-depth reporting structure shall be developed to examine and follow, in a broader "
                                + "perspective, the development of the education assignment and its significance for "
                                + "competence supply within Region Örebro län."),
                Arguments.of(SourceDocuments.HELSE_SOR_OST_SUB_STRATEGY, HelseSorOstSubStrategy.load(),
                        "Utdanningen har høy faglig kvalitet og gjennomføres effektivt",
                        "Education is of high professional quality and is carried out efficiently"),
                Arguments.of(SourceDocuments.OREBRO_STRATEGY, OrebroStrategy.load(),
                        "Region Örebro län stödjer och samverkar med utbildningsanordnare i syfte att erbjuda klinisk "
                                + "utbildning av hög kvalitet och därigenom bidra till invånarnas hälsa, vård och omsorg "
                                + "genom att säkra framtida kompetenser inom hälso- och sjukvården.",
                        "Region Örebro län supports and collaborates with education providers in order to offer clinical "
                                + "education of high quality and thereby contribute to the residents' health and to health "
                                + "and social care by securing future competences in health care."));
    }

    @ParameterizedTest(name = "{2}")
    @MethodSource("translations")
    void a_corrected_translation_stands_beside_the_documents_words(String document, Object data, String original,
            String english) {
        List<JsonNode> texts = new ArrayList<>();
        collect(KlineduJson.standard().read(KlineduJson.standard().write(data), JsonNode.class), original, texts);

        assertTrue(!texts.isEmpty(), "no text quotes " + original);
        texts.forEach(text -> assertEquals(english, text.get("english").asString()));
        Optional<String> source = SourceDocuments.lettersOf(document);
        assumeTrue(source.isPresent(), "the source documents are not beside the build");
        assertTrue(source.get().contains(SourceDocuments.letters(original)), "not in the document: " + original);
    }

    /** Every text object ({@code original}, {@code english}) below a node whose original is the one sought. */
    private static void collect(JsonNode node, String original, List<JsonNode> found) {
        if (node.isObject() && node.has("original") && node.get("original").asString().equals(original)) {
            found.add(node);
        }
        node.forEach(child -> collect(child, original, found));
    }
}
