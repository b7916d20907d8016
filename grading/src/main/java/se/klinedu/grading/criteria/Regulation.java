package se.klinedu.grading.criteria;

import se.klinedu.core.json.JsonEnum;

/**
 * A regulation of the National Board of Health and Welfare (Socialstyrelsen) that SPUR inspects
 * specialist training against; a unit with trainees under both is assessed under both, side by side.
 *
 * @since 0.1
 */
public enum Regulation implements JsonEnum {
    /** SOSFS 2015:8, Socialstyrelsen's regulations and general advice on physicians' specialist training. */
    SOSFS_2015_8("SOSFS 2015:8"),
    /** HSLF-FS 2021:8, Socialstyrelsen's later regulations and general advice on physicians' specialist training. */
    HSLF_FS_2021_8("HSLF-FS 2021:8");

    private final String designation;

    Regulation(String designation) {
        this.designation = designation;
    }

    /**
     * {@return the regulation's designation in Socialstyrelsen's statute book, such as {@code HSLF-FS 2021:8},
     * for people to read; JSON has the {@linkplain #code() code}, such as {@code hslf-fs-2021-8}}
     */
    public String designation() {
        return designation;
    }

    /**
     * Obtains a regulation from its code.
     *
     * @param code {@code sosfs-2015-8} or {@code hslf-fs-2021-8}, not null
     * @return the regulation
     * @throws se.klinedu.core.InvalidInputException for any other code
     */
    public static Regulation of(String code) {
        return JsonEnum.of(Regulation.class, "regulation", code);
    }

    /**
     * {@return the position in the report's order (2015:8 first), for sorting without {@code ordinal()}}
     */
    public int order() {
        return this == SOSFS_2015_8 ? 0 : 1;
    }
}
