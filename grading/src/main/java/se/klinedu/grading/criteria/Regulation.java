package se.klinedu.grading.criteria;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import se.klinedu.core.internal.Checks;

/**
 * A regulation of the National Board of Health and Welfare (Socialstyrelsen) that SPUR inspects
 * specialist training against; a unit with trainees under both is assessed under both, side by side.
 *
 * @since 0.1
 */
public enum Regulation {
    /** SOSFS 2015:8, Socialstyrelsen's regulations and general advice on physicians' specialist training. */
    SOSFS_2015_8("SOSFS 2015:8"),
    /** HSLF-FS 2021:8, Socialstyrelsen's later regulations and general advice on physicians' specialist training. */
    HSLF_FS_2021_8("HSLF-FS 2021:8");

    private final String code;

    Regulation(String code) {
        this.code = code;
    }

    /**
     * {@return the regulation's designation, such as {@code HSLF-FS 2021:8}, as written in JSON}
     */
    @JsonValue
    public String code() {
        return code;
    }

    /**
     * Obtains a regulation from its designation.
     *
     * @param code {@code SOSFS 2015:8} or {@code HSLF-FS 2021:8}, not null
     * @return the regulation
     * @throws se.klinedu.core.InvalidInputException for any other designation
     */
    @JsonCreator
    public static Regulation of(String code) {
        return Checks.byCode("regulation", values(), code, Regulation::code, "must be SOSFS 2015:8 or HSLF-FS 2021:8");
    }

    /**
     * {@return the position in the report's order (2015:8 first), for sorting without {@code ordinal()}}
     */
    public int order() {
        return this == SOSFS_2015_8 ? 0 : 1;
    }
}
