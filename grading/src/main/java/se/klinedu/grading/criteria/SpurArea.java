package se.klinedu.grading.criteria;

import se.klinedu.core.LocalizedText;
import se.klinedu.core.json.JsonEnum;

/**
 * The eight areas a SPUR inspection grades, A–H, each in the structure or the process part.
 *
 * <p>The letters are area labels, not grades (grades are {@link Grade} A–D). The areas' order is
 * the report's, given by {@link #order()}.
 *
 * @since 0.1
 */
public enum SpurArea implements JsonEnum {
    /** A, <i>Verksamheten</i>. */
    A("A", SpurPart.STRUCTURE, "Verksamheten", "The unit"),
    /** B, <i>Medarbetarstab och interna kompetenser</i>. */
    B("B", SpurPart.STRUCTURE, "Medarbetarstab och interna kompetenser", "Staff and internal competences"),
    /** C, <i>Lokaler och utrustning</i>; its grade scale has no C. */
    C("C", SpurPart.STRUCTURE, "Lokaler och utrustning", "Premises and equipment"),
    /** D, <i>Tjänstgöringens upplägg</i>. */
    D("D", SpurPart.PROCESS, "Tjänstgöringens upplägg", "Design of the training"),
    /** E, <i>Handledning och kompetensbedömning</i>. */
    E("E", SpurPart.PROCESS, "Handledning och kompetensbedömning", "Supervision and assessment of competence"),
    /** F, <i>Teoretisk utbildning</i>. */
    F("F", SpurPart.PROCESS, "Teoretisk utbildning", "Theoretical education"),
    /** G, <i>Medicinsk vetenskap och systematiskt kvalitets- och patientsäkerhetsarbete</i>. */
    G("G", SpurPart.PROCESS, "Medicinsk vetenskap och systematiskt kvalitets- och patientsäkerhetsarbete",
            "Medical science and systematic quality and patient-safety work"),
    /** H, <i>Ledarskapskompetens och kommunikativ kompetens</i>. */
    H("H", SpurPart.PROCESS, "Ledarskapskompetens och kommunikativ kompetens",
            "Leadership competence and communicative competence");

    private final String letter;
    private final SpurPart part;
    private final LocalizedText title;

    SpurArea(String letter, SpurPart part, String swedish, String english) {
        this.letter = letter;
        this.part = part;
        this.title = LocalizedText.swedish(swedish, english);
    }

    /**
     * {@return the area's letter as the report writes it, {@code A} to {@code H}; JSON has the
     * {@linkplain #code() code}, {@code a} to {@code h}}
     */
    public String letter() {
        return letter;
    }

    /**
     * {@return whether the area belongs to the structure or the process part}
     */
    public SpurPart part() {
        return part;
    }

    /**
     * {@return the area's heading in the report, verbatim, with its English name}
     */
    public LocalizedText title() {
        return title;
    }

    /**
     * {@return the area's position in the report, 0 for A to 7 for H}
     */
    public int order() {
        return letter.charAt(0) - 'A';
    }

    /**
     * Obtains an area from its code.
     *
     * @param code {@code a} to {@code h}, not null
     * @return the area
     * @throws se.klinedu.core.InvalidInputException for anything else
     */
    public static SpurArea of(String code) {
        return JsonEnum.of(SpurArea.class, "area", code);
    }
}
