package se.klinedu.grading.criteria;

import se.klinedu.core.LocalizedText;
import se.klinedu.core.json.JsonEnum;

/**
 * The two parts of the SPUR model: structure (areas A–C) and process (areas D–H).
 *
 * @since 0.1
 */
public enum SpurPart implements JsonEnum {
    /** <i>Struktur</i>: the unit, its staff, its premises and equipment. */
    STRUCTURE(LocalizedText.swedish("Struktur", "Structure")),
    /** <i>Process</i>: how the training is carried out, supervised and assessed. */
    PROCESS(LocalizedText.swedish("Process", "Process"));

    private final LocalizedText title;

    SpurPart(LocalizedText title) {
        this.title = title;
    }

    /**
     * {@return the part's heading in the report, with its English name}
     */
    public LocalizedText title() {
        return title;
    }

    /**
     * Obtains a part from its code.
     *
     * @param code {@code structure} or {@code process}, not null
     * @return the part
     * @throws se.klinedu.core.InvalidInputException for any other code
     */
    public static SpurPart of(String code) {
        return JsonEnum.of(SpurPart.class, "part", code);
    }
}
