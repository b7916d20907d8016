package se.klinedu.core.testkit;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import se.klinedu.core.InvalidInputException;
import se.klinedu.core.json.KlineduJson;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Checks that no exception message discloses personal data (issue 9, item 6): a distinctive, personal-looking
 * text is put into the free-text fields of a valid value's JSON document (who is responsible, inspectors' notes),
 * the document is then broken in ways that leave those fields alone, and each rejection's message, with the
 * messages of all its causes, must not contain the text.
 */
public final class PersonalDataProbe {

    /** A name and a personal identity number, as someone might type them into a free-text field. */
    public static final String PERSONAL_TEXT = "Anna-Karin Öberglund 19121212-1212";

    private static final KlineduJson JSON = KlineduJson.standard();

    private PersonalDataProbe() {
    }

    /**
     * Asserts that neither an exception's message nor any of its causes' messages contains {@link #PERSONAL_TEXT}
     * (nor its name part alone).
     *
     * @param e the exception
     */
    public static void assertDisclosesNothing(Throwable e) {
        Objects.requireNonNull(e, "e");
        for (Throwable t = e; t != null; t = t.getCause()) {
            String message = t.getClass().getName() + ": " + t.getMessage();
            assertFalse(message.contains(PERSONAL_TEXT) || message.contains("Öberglund") || message.contains("19121212"),
                    () -> "discloses personal data: " + message);
        }
    }

    /**
     * Puts {@link #PERSONAL_TEXT} into the named free-text fields of a value's document (a string field is
     * replaced, a list of strings gets it as every element), checks that the document is still valid, then
     * breaks it in each of the ways given and asserts that every rejection discloses nothing.
     *
     * @param value a valid value
     * @param type the type to read the document as
     * @param freeTextFields the names of the top-level free-text fields
     * @param breakings ways of making the document invalid that leave the free-text fields alone
     * @return how many of the broken documents were rejected (all should be)
     */
    public static int assertRejectionsDiscloseNothing(Object value, Class<?> type, List<String> freeTextFields,
            List<Consumer<ObjectNode>> breakings) {
        ObjectNode document = (ObjectNode) JSON.read(JSON.write(value), JsonNode.class);
        for (String field : freeTextFields) {
            JsonNode node = document.get(field);
            if (node == null) {
                document.put(field, PERSONAL_TEXT);
            } else if (node.isArray()) {
                ArrayNode texts = (ArrayNode) node;
                for (int i = 0; i < texts.size(); i++) {
                    texts.set(i, texts.stringNode(PERSONAL_TEXT));
                }
            } else {
                document.put(field, PERSONAL_TEXT);
            }
        }
        String withText = document.toString();
        JSON.read(withText, type);
        List<String> accepted = new ArrayList<>();
        int rejected = 0;
        for (Consumer<ObjectNode> breaking : breakings) {
            ObjectNode broken = (ObjectNode) JSON.read(withText, JsonNode.class);
            breaking.accept(broken);
            try {
                JSON.read(broken.toString(), type);
                accepted.add(broken.toString());
            } catch (InvalidInputException e) {
                assertDisclosesNothing(e);
                rejected++;
            }
        }
        assertTrue(accepted.isEmpty(), () -> "a breaking left the document valid: " + accepted);
        return rejected;
    }
}
