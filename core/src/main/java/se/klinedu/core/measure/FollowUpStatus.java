package se.klinedu.core.measure;

import se.klinedu.core.json.JsonEnum;

/**
 * Where a planned measure stands at a reference date.
 *
 * <p>As the reference date advances, a measure that is not followed up moves only forward:
 * {@code NOT_DUE}, then {@code DUE}, then {@code OVERDUE}; once {@code FOLLOWED_UP} it stays so.
 *
 * @since 0.1
 */
public enum FollowUpStatus implements JsonEnum {
    /** Before the measure's due date (or, if ongoing, its follow-up date); nothing is expected yet. */
    NOT_DUE,
    /** From the due date up to and including the follow-up date: the follow-up is expected. */
    DUE,
    /** After the follow-up date (or the due date, where no follow-up date is set) with no follow-up. */
    OVERDUE,
    /** A follow-up was recorded on or before the reference date. */
    FOLLOWED_UP;

    /**
     * Tells whether this status lies after another on the way from not due to overdue.
     *
     * @param other the status to compare with, not null
     * @return true if this status comes later than {@code other}; {@code FOLLOWED_UP} comes last
     */
    public boolean isLaterThan(FollowUpStatus other) {
        return rank() > other.rank();
    }

    private int rank() {
        return switch (this) {
            case NOT_DUE -> 0;
            case DUE -> 1;
            case OVERDUE -> 2;
            case FOLLOWED_UP -> 3;
        };
    }
}
