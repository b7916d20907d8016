package se.klinedu.indicators.rollup;

import java.util.List;
import se.klinedu.core.explain.ReasonCode;

/**
 * The reasons a {@link CellBounds} of a {@link DisclosureAudit} gives, by code and arguments: what a reader
 * can bound, then the verdict. A range is written language-neutrally: {@code 7}, {@code 5–12} or
 * {@code ≥ 5}.
 *
 * @since 0.2
 */
public enum AuditReason implements ReasonCode {
    /** What is shown bounds a unit's own rows to these ranges. */
    BOUNDS_OWN_ROWS("audit.bounds-own-rows", "unit", "respondents", "yes", "knowing"),
    /** What is shown bounds a unit's subtree to these ranges. */
    BOUNDS_SUBTREE("audit.bounds-subtree", "unit", "respondents", "yes", "knowing"),
    /** Under-protected: a group under the minimum is known to be under it. */
    SMALL_GROUP_KNOWN("audit.small-group-known", "minimum"),
    /** Under-protected: the share of a group under the minimum is fixed. */
    SMALL_GROUP_SHARE_FIXED("audit.small-group-share-fixed", "minimum"),
    /** Under-protected: the size of a group under the minimum is fixed. */
    SMALL_GROUP_SIZE_FIXED("audit.small-group-size-fixed", "minimum"),
    /** Protected: a group under the minimum may hold the minimum or more, and neither its size nor share is fixed. */
    SMALL_GROUP_PROTECTED("audit.small-group-protected", "minimum"),
    /** Under-protected: a hidden group's size is fixed. */
    HIDDEN_SIZE_FIXED("audit.hidden-size-fixed"),
    /** Shown, and large enough to be. */
    LARGE_ENOUGH("audit.large-enough", "minimum"),
    /** Protected: hidden, and every unit with respondents is hidden. */
    ALL_HIDDEN("audit.all-hidden"),
    /** Protected: hidden, with its size open. */
    HIDDEN_OPEN("audit.hidden-open");

    private final String code;
    private final List<String> parameters;

    AuditReason(String code, String... parameters) {
        this.code = code;
        this.parameters = List.of(parameters);
    }

    @Override
    public String code() {
        return code;
    }

    @Override
    public List<String> parameters() {
        return parameters;
    }
}
