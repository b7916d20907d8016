package se.klinedu.indicators.internal;

import java.util.List;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The small JSON shapes of FHIR R4 that the FHIR export repeats: codings, references, narratives, and the
 * translation and data-absent-reason extensions.
 */
public final class FhirNodes {

    /** The FHIR extension that gives a text in another language. */
    public static final String TRANSLATION = "http://hl7.org/fhir/StructureDefinition/translation";
    /** The FHIR extension that says why a value is absent. */
    public static final String DATA_ABSENT_REASON = "http://hl7.org/fhir/StructureDefinition/data-absent-reason";

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private FhirNodes() {
    }

    /**
     * {@return a new empty object}
     */
    public static ObjectNode object() {
        return NODES.objectNode();
    }

    /**
     * {@return a new empty array}
     */
    public static ArrayNode array() {
        return NODES.arrayNode();
    }

    /**
     * {@return a new resource with its type and id}
     *
     * @param resourceType the resource type
     * @param id the FHIR id
     */
    public static ObjectNode resource(String resourceType, String id) {
        ObjectNode resource = object();
        resource.put("resourceType", resourceType);
        resource.put("id", id);
        return resource;
    }

    /**
     * {@return a CodeableConcept of one coding}
     *
     * @param system the code system
     * @param code the code
     * @param display the code system's display of the code
     */
    public static ObjectNode concept(String system, String code, String display) {
        ObjectNode coding = object();
        coding.put("system", system);
        coding.put("code", code);
        coding.put("display", display);
        ObjectNode concept = object();
        concept.putArray("coding").add(coding);
        return concept;
    }

    /**
     * {@return a Reference with a display}
     *
     * @param reference the relative reference, such as {@code Organization/surgery}
     * @param display the text shown for it
     */
    public static ObjectNode reference(String reference, String display) {
        ObjectNode node = object();
        node.put("reference", reference);
        node.put("display", display);
        return node;
    }

    /**
     * {@return the element of a primitive ({@code _description}) that carries a translation extension}
     *
     * @param language the translation's language tag
     * @param content the translated text
     */
    public static ObjectNode translated(String language, String content) {
        ObjectNode translation = object();
        translation.put("url", TRANSLATION);
        ArrayNode parts = translation.putArray("extension");
        parts.add(object().put("url", "lang").put("valueCode", language));
        parts.add(object().put("url", "content").put("valueString", content));
        ObjectNode element = object();
        element.putArray("extension").add(translation);
        return element;
    }

    /**
     * {@return an element with no value and a data-absent-reason extension}
     *
     * @param reason the code of http://terminology.hl7.org/CodeSystem/data-absent-reason
     */
    public static ObjectNode absent(String reason) {
        ObjectNode element = object();
        element.putArray("extension").add(object().put("url", DATA_ABSENT_REASON).put("valueCode", reason));
        return element;
    }

    /**
     * {@return a generated narrative: the paragraphs, then the items as a list when there are some}
     *
     * @param paragraphs the paragraphs, plain text
     * @param items the list items, plain text, possibly none
     */
    public static ObjectNode narrative(List<String> paragraphs, List<String> items) {
        return narrativeFrom("<div xmlns=\"http://www.w3.org/1999/xhtml\">", paragraphs, items);
    }

    /**
     * {@return a generated narrative in the resource's language: the paragraphs, then the items as a list when there
     * are some; the XHTML names the language in {@code lang} and {@code xml:lang}, as a resource with a language needs}
     *
     * @param language the resource's language, a BCP 47 code
     * @param paragraphs the paragraphs, plain text
     * @param items the list items, plain text, possibly none
     */
    public static ObjectNode narrative(String language, List<String> paragraphs, List<String> items) {
        return narrativeFrom("<div xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"" + escape(language) + "\" xml:lang=\""
                + escape(language) + "\">", paragraphs, items);
    }

    private static ObjectNode narrativeFrom(String start, List<String> paragraphs, List<String> items) {
        StringBuilder div = new StringBuilder(start);
        paragraphs.forEach(paragraph -> div.append("<p>").append(escape(paragraph)).append("</p>"));
        if (!items.isEmpty()) {
            div.append("<ul>");
            items.forEach(item -> div.append("<li>").append(escape(item)).append("</li>"));
            div.append("</ul>");
        }
        div.append("</div>");
        ObjectNode text = object();
        text.put("status", "generated");
        text.put("div", div.toString());
        return text;
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
