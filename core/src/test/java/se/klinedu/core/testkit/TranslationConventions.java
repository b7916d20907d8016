package se.klinedu.core.testkit;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import se.klinedu.core.json.KlineduJson;
import tools.jackson.databind.JsonNode;

/**
 * The conventions by which the reference data renders the documents' words in English, checked on every
 * text ({@code original}, {@code english}) of a piece of reference data.
 *
 * <p>Modal verbs are counted: each "bör" (sv) or "bør" (nb) is one "should", each "ska"/"skall" (sv) or
 * "skal" (nb) one "shall", and no English has more of them than its original. A modal in a relative clause
 * that names what is to be done ("oppgaver som skal løses") is not a requirement: it reads "to be" and is
 * not counted. Terms are rendered one way wherever they occur (see {@link #TERMS}).
 *
 * <p>Shared by the modules through core's test-jar, so that each checks its own data.
 */
public final class TranslationConventions {

    /** A source term (case-insensitive) and the English every translation of a text containing it has. */
    private static final class Term {
        private final String name;
        private final Pattern source;
        private final Pattern english;

        Term(String name, String source, String english) {
            this.name = name;
            this.source = Pattern.compile(source, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
            this.english = Pattern.compile(english, Pattern.CASE_INSENSITIVE);
        }
    }

    /** The term conventions, each holding for every text of the reference data that contains the term. */
    private static final List<Term> TERMS = List.of(
            new Term("Socialstyrelsen", "Socialstyrelse", "National Board of Health and Welfare"),
            new Term("målbeskrivning", "målbeskrivning", "curricul"),
            new Term("SPUR-granskning", "SPUR-granskning", "SPUR inspection"),
            new Term("kompetensutveckling", "kompetensutveckling|kompetanseutvikling", "competence development"),
            new Term("medarbetare", "medarbetar|medarbeider", "employee"),
            new Term("Vård- och omsorgscollege", "Vård- och omsorgscollege", "Health and Social Care College"),
            new Term("vård och omsorg", "vård och omsorg", "health and social care"),
            new Term("studierektor", "studierektor", "directors? of studies"),
            new Term("utbildningstjänst", "utbildningstjänst|utdanningsstilling", "training posts?"),
            new Term("ST-läkare", "ST-läkar", "specialty trainee"),
            new Term("handledare", "handledare", "supervisor"),
            new Term("verksamhetschef", "verksamhetschef", "heads? of department"),
            new Term("allmänna råd", "allmänna råd", "general advice"),
            new Term("föreskrift", "föreskrift", "regulation"),
            new Term("effektmål", "effektmål", "effect goal"),
            new Term("kompetensförsörjning", "kompetensförsörjning", "competence supply"),
            new Term("lärosäte", "lärosäte", "higher-education institution"),
            new Term("vårdgivare", "vårdgivar", "care provider"),
            new Term("utbildningsanordnare", "utbildningsanordnare", "education provider"));

    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE
            | Pattern.UNICODE_CHARACTER_CLASS;
    private static final Pattern SHOULD_SOURCE = Pattern.compile("\\b(bör|bør)\\b", FLAGS);
    private static final Pattern SHALL_SOURCE = Pattern.compile("\\b(ska|skall|skal)\\b", FLAGS);
    private static final Pattern RELATIVE_MODAL = Pattern.compile("\\bsom (ska|skall|skal)\\b", FLAGS);
    private static final Pattern SHOULD = Pattern.compile("\\bshould\\b", FLAGS);
    private static final Pattern SHALL = Pattern.compile("\\bshall\\b", FLAGS);
    private static final Pattern TO_BE = Pattern.compile("\\bto be\\b", FLAGS);

    private TranslationConventions() {
    }

    /**
     * Checks every text of a piece of reference data against the conventions.
     *
     * @param data reference data, as the library loads it
     * @return one line per broken convention, naming it and quoting the text; empty if all hold
     */
    public static List<String> violations(Object data) {
        List<String> found = new ArrayList<>();
        for (JsonNode text : texts(data)) {
            String original = text.get("original").asString();
            String english = text.get("english").asString();
            int relative = count(RELATIVE_MODAL, original);
            check(found, "bör → should", count(SHOULD_SOURCE, original), count(SHOULD, english), original, english);
            check(found, "ska → shall", count(SHALL_SOURCE, original) - relative, count(SHALL, english), original,
                    english);
            if (relative > 0 && !TO_BE.matcher(english).find()) {
                found.add("som ska → to be: " + original + " / " + english);
            }
            for (Term term : TERMS) {
                if (term.source.matcher(original).find() && !term.english.matcher(english).find()) {
                    found.add(term.name + " → " + term.english.pattern() + ": " + original + " / " + english);
                }
            }
        }
        return found;
    }

    /**
     * Names the conventions that some text of a piece of reference data is subject to, so that a test can
     * show it checked something.
     *
     * @param data reference data, as the library loads it
     * @return the names of the conventions whose source words occur in the data
     */
    public static Set<String> exercised(Object data) {
        Set<String> names = new TreeSet<>();
        for (JsonNode text : texts(data)) {
            String original = text.get("original").asString();
            if (SHOULD_SOURCE.matcher(original).find()) {
                names.add("bör → should");
            }
            if (SHALL_SOURCE.matcher(original).find()) {
                names.add("ska → shall");
            }
            for (Term term : TERMS) {
                if (term.source.matcher(original).find()) {
                    names.add(term.name);
                }
            }
        }
        return names;
    }

    private static void check(List<String> found, String name, int expected, int actual, String original,
            String english) {
        if (expected != actual) {
            found.add(name + " (" + expected + " in the original, " + actual + " in the English): " + original
                    + " / " + english);
        }
    }

    private static int count(Pattern pattern, String text) {
        Matcher matcher = pattern.matcher(text);
        int n = 0;
        while (matcher.find()) {
            n++;
        }
        return n;
    }

    private static List<JsonNode> texts(Object data) {
        KlineduJson json = KlineduJson.standard();
        List<JsonNode> found = new ArrayList<>();
        collect(json.read(json.write(data), JsonNode.class), found);
        return found;
    }

    private static void collect(JsonNode node, List<JsonNode> found) {
        if (node.isObject() && node.has("original") && node.has("english")) {
            found.add(node);
        }
        node.forEach(child -> collect(child, found));
    }
}
