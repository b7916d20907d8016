package se.klinedu.indicators.evaluation;

import java.util.ArrayList;
import java.util.List;
import se.klinedu.core.Counts;
import se.klinedu.core.InvalidInputException;
import se.klinedu.core.explain.Reason;
import se.klinedu.indicators.observation.Milestone;
import se.klinedu.indicators.statistics.Interval;
import se.klinedu.indicators.target.Target;
import se.klinedu.indicators.target.TargetKind;

/** The reasons of an {@link IndicatorResult}, derived from its values: the target first, then the rule applied. */
final class ResultReasons {

    private ResultReasons() {
    }

    static List<Reason> of(IndicatorResult result) {
        List<Reason> reasons = new ArrayList<>(4);
        reasons.add(target(result.target()));
        switch (result.status()) {
            case NO_DATA -> reasons.add(result.counts().isPresent() ? Reason.of(EvaluationReason.NO_RESPONDENTS)
                    : Reason.of(EvaluationReason.NO_OBSERVATION, result.unit().toString(), result.period().toString()));
            case NOT_EVALUABLE -> reasons.add(Reason.of(EvaluationReason.NO_LOCAL_THRESHOLD, result.target().level().orElseThrow()));
            case SUPPRESSED -> reasons.add(Reason.of(EvaluationReason.SUPPRESSED, result.minimumGroupSize().getAsInt()));
            case MET, NOT_MET -> judged(result, reasons);
        }
        return List.copyOf(reasons);
    }

    /**
     * Checks that a result holds what its reasons are derived from.
     *
     * @param result the result
     * @param status its status
     * @param counts its counts, or null
     * @param interval whether it has an interval
     * @param pooled whether it is pooled over a subtree
     * @throws InvalidInputException if it does not
     */
    static void check(IndicatorResult result, Status status, Counts counts, boolean interval, boolean pooled) {
        switch (status) {
            case NO_DATA -> {
                if (counts != null && !counts.isEmpty()) {
                    throw InvalidInputException.of("counts", "of a result without data must have no respondents", counts);
                }
            }
            case NOT_EVALUABLE -> {
                if (result.target().level().isEmpty()) {
                    throw InvalidInputException.of("status", "not evaluable is for a qualitative target only", result.target().kind());
                }
            }
            case MET, NOT_MET -> {
                boolean judged = counts != null ? interval
                        : pooled || result.milestone().isPresent() || result.review().isPresent();
                if (!judged) {
                    throw InvalidInputException.of("status", "met or not met must come with the counts and interval, the"
                            + " milestone, the review or the subtree it was judged on", status);
                }
            }
            case SUPPRESSED -> {
            }
        }
    }

    private static Reason target(Target target) {
        return switch (target.kind()) {
            case SHARE -> Reason.of(EvaluationReason.TARGET_SHARE, target.threshold().orElseThrow());
            case QUALITATIVE -> Reason.of(EvaluationReason.TARGET_QUALITATIVE, target.level().orElseThrow());
            case MILESTONE -> Reason.of(EvaluationReason.TARGET_MILESTONE);
            case RECURRING -> Reason.of(EvaluationReason.TARGET_RECURRING);
            case REVIEW -> Reason.of(EvaluationReason.TARGET_REVIEW, target.review().orElseThrow().displayName());
        };
    }

    private static void judged(IndicatorResult result, List<Reason> reasons) {
        boolean met = result.status() == Status.MET;
        if (result.counts().isPresent()) {
            long numerator = result.counts().get().numerator();
            long denominator = result.counts().get().denominator();
            Interval interval = result.interval().orElseThrow();
            reasons.add(Reason.of(EvaluationReason.COUNTS, numerator, denominator, result.estimate().orElseThrow()));
            reasons.add(Reason.of(met ? EvaluationReason.MEETS : EvaluationReason.MISSES, numerator, denominator,
                    result.threshold().orElseThrow(), result.direction()));
            reasons.add(Reason.of(result.certainty().orElseThrow() == Certainty.CLEAR ? EvaluationReason.INTERVAL_CLEAR
                    : EvaluationReason.INTERVAL_STRADDLES, result.confidenceLevel().orElseThrow().level(), interval.lower(),
                    interval.upper(), result.threshold().get()));
        } else if (result.subtreeObservations().isPresent()) {
            int observations = result.subtreeObservations().getAsInt();
            reasons.add(result.notMetIn().isEmpty()
                    ? Reason.of(EvaluationReason.SUBTREE_ALL_MET, observations, result.unit().toString())
                    : Reason.of(EvaluationReason.SUBTREE_NOT_MET, observations, result.unit().toString(),
                            result.notMetIn().stream().map(Object::toString).toList()));
        } else if (result.milestone().isPresent()) {
            Milestone milestone = result.milestone().get();
            boolean recurring = result.target().kind() == TargetKind.RECURRING;
            reasons.add(milestone.done()
                    ? recurring ? Reason.of(EvaluationReason.RECURRING_DONE, result.period().toString(), milestone.date().orElseThrow())
                            : Reason.of(EvaluationReason.MILESTONE_DONE, milestone.date().orElseThrow())
                    : recurring ? Reason.of(EvaluationReason.RECURRING_NOT_DONE, result.period().toString())
                            : Reason.of(EvaluationReason.MILESTONE_NOT_DONE));
        } else {
            reasons.add(Reason.of(EvaluationReason.REVIEW_OUTCOME, result.review().orElseThrow()));
        }
    }
}
