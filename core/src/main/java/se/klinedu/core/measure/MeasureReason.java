package se.klinedu.core.measure;

import java.util.List;
import se.klinedu.core.explain.ReasonCode;

/**
 * The reasons of the measure follow-up: why {@link MeasurePlan#progressAt} finds a measure overdue or not
 * ({@link MeasureProgress}), and why {@link PlannedMeasure#followUpAt} gives a follow-up status
 * ({@link MeasureFollowUp}). Each constant is a {@link ReasonCode}; its arguments are dates as
 * {@link java.time.LocalDate}s and reported statuses as {@link MeasureStatus} constants.
 *
 * @since 0.2
 */
public enum MeasureReason implements ReasonCode {

    /** No report on the measure: a measure not reported is never overdue. */
    NOT_REPORTED("measure.not-reported"),
    /** Done on a date: a done measure is never overdue. */
    DONE("measure.done", "doneOn"),
    /** Dropped on a date: a dropped measure is never overdue. */
    DROPPED("measure.dropped", "droppedOn"),
    /** Not done or dropped, and due "ongoing" with no end date: never overdue. */
    ONGOING_NEVER_OVERDUE("measure.ongoing-never-overdue", "status"),
    /** Not done or dropped, and the reference date is not after the due date: not overdue. */
    DUE("measure.due", "status", "due", "referenceDate"),
    /** Not done or dropped, and the reference date is after the due date: overdue. */
    OVERDUE("measure.overdue", "status", "due", "referenceDate"),

    /** A follow-up was recorded on a date, on or before the reference date. */
    FOLLOWED_UP("measure.followed-up", "followedUpOn"),
    /** Ongoing with no follow-up date: a follow-up is never due. */
    FOLLOW_UP_NEVER_DUE("measure.follow-up-never-due"),
    /** The follow-up is due on one day, and the reference date is before it. */
    FOLLOW_UP_DAY_AHEAD("measure.follow-up-day-ahead", "day", "referenceDate"),
    /** The follow-up is due on one day, and the reference date is that day. */
    FOLLOW_UP_DAY_REACHED("measure.follow-up-day-reached", "day", "referenceDate"),
    /** The follow-up was due on one day, the reference date is after it, and none is recorded. */
    FOLLOW_UP_DAY_PASSED("measure.follow-up-day-passed", "day", "referenceDate"),
    /** The follow-up is due from the due date to the follow-up date, and the reference date is before. */
    FOLLOW_UP_WINDOW_AHEAD("measure.follow-up-window-ahead", "due", "followUpDate", "referenceDate"),
    /** The follow-up is due from the due date to the follow-up date, and the reference date is within. */
    FOLLOW_UP_WINDOW_OPEN("measure.follow-up-window-open", "due", "followUpDate", "referenceDate"),
    /** The follow-up was due by the follow-up date, the reference date is after it, and none is recorded. */
    FOLLOW_UP_WINDOW_PASSED("measure.follow-up-window-passed", "due", "followUpDate", "referenceDate");

    private final String code;
    private final List<String> parameters;

    MeasureReason(String code, String... parameters) {
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
