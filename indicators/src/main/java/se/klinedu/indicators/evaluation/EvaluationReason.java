package se.klinedu.indicators.evaluation;

import java.util.List;
import se.klinedu.core.explain.ReasonCode;

/**
 * The reasons an {@link IndicatorResult} gives, by code and arguments; the texts are in the indicators
 * module's reason texts, in Swedish, Norwegian bokmål and English.
 *
 * @since 0.2
 */
public enum EvaluationReason implements ReasonCode {
    /** The target is a share: a threshold the share must pass. */
    TARGET_SHARE("target.share", "threshold"),
    /** The target is a qualitative level, in the document's words. */
    TARGET_QUALITATIVE("target.qualitative", "level"),
    /** The target is a milestone to reach once. */
    TARGET_MILESTONE("target.milestone"),
    /** The target is something to do in every period. */
    TARGET_RECURRING("target.recurring"),
    /** The target is a good outcome of an external review. */
    TARGET_REVIEW("target.review", "review"),
    /** No observation of the unit in the period. */
    NO_OBSERVATION("observation.none", "unit", "period"),
    /** Counts without respondents: no share, and no share of 0. */
    NO_RESPONDENTS("share.no-respondents"),
    /** A qualitative level without a local threshold in the policy. */
    NO_LOCAL_THRESHOLD("share.no-local-threshold", "level"),
    /** The counts and their share, compared unrounded. */
    COUNTS("share.counts", "numerator", "denominator", "share"),
    /** The counts pass the threshold, compared exactly. */
    MEETS("share.meets", "numerator", "denominator", "threshold", "direction"),
    /** The counts do not pass the threshold, compared exactly. */
    MISSES("share.misses", "numerator", "denominator", "threshold", "direction"),
    /** The Wilson interval lies wholly on one side of the threshold. */
    INTERVAL_CLEAR("share.interval-clear", "level", "lower", "upper", "threshold"),
    /** The Wilson interval straddles the threshold. */
    INTERVAL_STRADDLES("share.interval-straddles", "level", "lower", "upper", "threshold"),
    /** Suppressed to protect small groups: nothing numeric is disclosed. */
    SUPPRESSED("group.suppressed", "minimumGroupSize"),
    /** A milestone done on a date. */
    MILESTONE_DONE("milestone.done", "date"),
    /** A milestone not done. */
    MILESTONE_NOT_DONE("milestone.not-done"),
    /** A recurring task done in the period, on a date. */
    RECURRING_DONE("recurring.done", "period", "date"),
    /** A recurring task not done in the period. */
    RECURRING_NOT_DONE("recurring.not-done", "period"),
    /** The external review's outcome. */
    REVIEW_OUTCOME("review.outcome", "outcome"),
    /** Observations in a unit's subtree, all met. */
    SUBTREE_ALL_MET("subtree.all-met", "observations", "unit"),
    /** Observations in a unit's subtree, some not met. */
    SUBTREE_NOT_MET("subtree.not-met", "observations", "unit", "notMet");

    private final String code;
    private final List<String> parameters;

    EvaluationReason(String code, String... parameters) {
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
