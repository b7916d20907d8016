package se.klinedu.grading.criteria;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import se.klinedu.core.LocalizedText;
import se.klinedu.core.internal.Checks;

/**
 * The two parts of the SPUR model: structure (areas A–C) and process (areas D–H).
 *
 * @since 0.1
 */
public enum SpurPart {
    /** <i>Struktur</i>: the unit, its staff, its premises and equipment. */
    STRUCTURE("struktur", LocalizedText.swedish("Struktur", "Structure")),
    /** <i>Process</i>: how the training is carried out, supervised and assessed. */
    PROCESS("process", LocalizedText.swedish("Process", "Process"));

    private final String code;
    private final LocalizedText title;

    SpurPart(String code, LocalizedText title) {
        this.code = code;
        this.title = title;
    }

    /**
     * {@return the code written in JSON: {@code struktur} or {@code process}}
     */
    @JsonValue
    public String code() {
        return code;
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
     * @param code {@code struktur} or {@code process}, not null
     * @return the part
     * @throws se.klinedu.core.InvalidInputException for any other code
     */
    @JsonCreator
    public static SpurPart of(String code) {
        return Checks.byCode("part", values(), code, SpurPart::code, "must be struktur or process");
    }
}
