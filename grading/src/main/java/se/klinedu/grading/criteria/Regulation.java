package se.klinedu.grading.criteria;

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
     * {@return the regulation's designation, such as {@code HSLF-FS 2021:8}}
     */
    public String code() {
        return code;
    }
}
