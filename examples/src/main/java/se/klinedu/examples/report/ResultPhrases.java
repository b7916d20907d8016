package se.klinedu.examples.report;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import se.klinedu.core.Counts;
import se.klinedu.core.measure.FollowUpStatus;
import se.klinedu.core.supervision.SupervisorTrainingCatalogue;
import se.klinedu.core.supervision.TrainingCoverage;
import se.klinedu.grading.actionplan.ActionItem;
import se.klinedu.grading.actionplan.ItemFollowUp;
import se.klinedu.grading.actionplan.ItemPart;
import se.klinedu.grading.assessment.AreaGrade;
import se.klinedu.grading.interval.IntervalCompliance;
import se.klinedu.indicators.evaluation.IndicatorResult;
import se.klinedu.indicators.evaluation.Status;
import se.klinedu.indicators.observation.Milestone;
import se.klinedu.indicators.report.IndicatorLine;
import se.klinedu.indicators.rollup.RollUp;
import se.klinedu.indicators.trend.Trend;

/**
 * The library's results as the report's phrases in one language, the same in the terminal summary and in
 * {@code report.html}: an indicator's value, a trend, a roll-up, a grade, the action items by follow-up
 * status, the inspection interval and the supervisor-training coverage.
 */
final class ResultPhrases {

    /** The group of the action items that lack a part, after the follow-up statuses. */
    static final String INCOMPLETE = "incomplete";

    /** The follow-up statuses in the order the report groups the items, the incomplete ones last. */
    private static final List<FollowUpStatus> STATUSES = List.of(FollowUpStatus.OVERDUE, FollowUpStatus.DUE,
            FollowUpStatus.NOT_DUE, FollowUpStatus.FOLLOWED_UP);

    /**
     * The action items of one follow-up status, or the incomplete ones.
     *
     * @param code the status's code, or {@link #INCOMPLETE}: for CSS classes and chart series, never shown
     * @param heading the group's name in the report's language
     * @param items one line per item
     */
    record ItemGroup(String code, String heading, List<String> items) {
    }

    private final ReportLanguage language;

    ResultPhrases(ReportLanguage language) {
        this.language = language;
    }

    /** {@return the reported year, and the year it is compared with} */
    String period(RegionReport report) {
        return report.comparedWith().map(p -> language.text("report.period-compared", report.period(), p))
                .orElse(language.text("report.period", report.period()));
    }

    /** {@return the evaluation policy: the confidence level of the intervals and the minimum group size} */
    String policy(RegionReport report) {
        return language.text("report.policy", language.level(report.indicators().policy().confidenceLevel().level()),
                language.count(report.indicators().policy().minimumGroupSize()));
    }

    /** {@return the value part of a line's result, or of its latest result with data when the period has none} */
    String value(IndicatorLine line) {
        IndicatorResult result = line.result();
        if (result.status() == Status.NO_DATA && line.latest().isPresent() && !line.latest().get().equals(result)) {
            return language.text("value.latest", line.latest().get().period(), value(line.latest().get()));
        }
        return value(result);
    }

    /** {@return the value part of a result: estimate, interval, certainty and target; "suppressed"; the milestone or the review} */
    String value(IndicatorResult result) {
        if (result.isSuppressed()) {
            return language.label(Status.SUPPRESSED);
        }
        if (result.estimate().isPresent()) {
            List<String> parts = new ArrayList<>();
            parts.add(result.interval().map(i -> language.text("value.share", language.percent(result.estimate().get()),
                    language.percent(i.lower()), language.percent(i.upper())))
                    .orElse(language.percent(result.estimate().get())));
            result.certainty().ifPresent(certainty -> parts.add(language.label(certainty)));
            result.threshold().ifPresent(threshold -> parts.add(language.text("value.target", language.threshold(threshold))));
            return String.join(", ", parts);
        }
        if (result.milestone().isPresent()) {
            Milestone milestone = result.milestone().get();
            return milestone.date().map(date -> language.text("value.milestone-done", language.date(date)))
                    .orElse(language.text("value.milestone-not-done"));
        }
        if (result.review().isPresent()) {
            return language.text("value.review", language.label(result.review().get()));
        }
        return language.text("value.none");
    }

    /** {@return a trend: the years compared, the change in words and the difference in percentage points} */
    String trend(Trend trend) {
        return trend.from() + "→" + trend.to() + " " + language.label(trend.change())
                + trend.difference().map(d -> " (" + language.text("trend.points", language.points(d)) + ")").orElse("");
    }

    /** {@return a roll-up's status with the number of its parts met, not met and without data} */
    String rollUp(RollUp rollUp) {
        return language.label(rollUp.status()) + " (" + language.label(Status.MET) + ": " + language.count(rollUp.parts().met())
                + ", " + language.label(Status.NOT_MET) + ": " + language.count(rollUp.parts().notMet()) + ", "
                + language.label(Status.NO_DATA) + ": " + language.count(rollUp.parts().noData()) + ")";
    }

    /** {@return a grade's letter, as the SPUR report writes it, or "?" when undeterminable} */
    static String grade(AreaGrade grade) {
        return grade.grade().map(g -> g.letter()).orElse("?");
    }

    /** {@return an inspection as a heading: the unit, the specialty and the inspection date when known} */
    String inspection(RegionReport.Inspection inspection) {
        return inspection.unit() + ", " + inspection.specialty()
                + inspection.inspectionDate().map(d -> ", " + language.text("grades.inspected", language.date(d))).orElse("");
    }

    /** {@return what an action item's follow-up says: its reasons, or the parts an incomplete item lacks} */
    String followUp(ItemFollowUp followUp) {
        return followUp.followUp().map(f -> language.reasons(f.reasons()))
                .orElse(language.text("actions.missing", String.join(", ", followUp.missing().stream()
                        .map(attribute -> language.label(partOf(attribute))).toList())));
    }

    private static ItemPart partOf(String attribute) {
        return Arrays.stream(ItemPart.values()).filter(part -> part.attribute().equals(attribute)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no part of an action item is named " + attribute));
    }

    /** {@return each inspection's items grouped by follow-up status, the incomplete ones in a group of their own} */
    List<ItemGroup> itemGroups(RegionReport report) {
        List<ItemGroup> groups = new ArrayList<>();
        for (FollowUpStatus status : STATUSES) {
            groups.add(new ItemGroup(status.code(), language.label(status), new ArrayList<>()));
        }
        groups.add(new ItemGroup(INCOMPLETE, language.text("actions.incomplete"), new ArrayList<>()));
        for (RegionReport.Inspection inspection : report.inspections()) {
            for (int i = 0; i < inspection.items().size(); i++) {
                ActionItem item = inspection.items().get(i);
                ItemFollowUp followUp = inspection.followUps().get(i);
                String code = followUp.followUp().map(f -> f.status().code()).orElse(INCOMPLETE);
                groups.stream().filter(group -> group.code().equals(code)).findFirst().orElseThrow().items()
                        .add(inspection.unit() + " " + item.criterion() + "  " + followUp(followUp)
                                + item.measure().map(m -> " — " + shorten(m, 60)).orElse(""));
            }
        }
        return groups.stream().map(group -> new ItemGroup(group.code(), group.heading(), List.copyOf(group.items())))
                .toList();
    }

    /** {@return how many specialist-training units were inspected within the interval at the reference date} */
    String interval(IntervalCompliance interval) {
        Counts counts = interval.counts();
        return language.text("interval.summary", language.count(counts.numerator()), language.count(counts.denominator()),
                language.count(interval.policy().intervalYears()), language.date(interval.referenceDate()))
                + (counts.denominator() > 0 ? " (" + language.percent(counts.share()) + ")" : "");
    }

    /** {@return the supervisor-training coverage: how many are trained against the target, and how many more to train} */
    String coverage(TrainingCoverage coverage) {
        Counts counts = coverage.counts();
        return language.text("supervision.staff", language.count(counts.numerator()), language.count(counts.denominator()))
                + (counts.denominator() > 0 ? " (" + language.percent(counts.share()) + ")" : "") + "; "
                + language.text("supervision.target", language.threshold(coverage.threshold()), language.label(coverage.status()))
                + (coverage.additionalToTrain().isPresent()
                        ? ", " + language.text("supervision.to-train", language.count(coverage.additionalToTrain().getAsLong()))
                        : "");
    }

    /**
     * {@return the minimum-level training the supervisor-training section is about, with its name and id where the
     *     coverage is shown, or the words saying that it is suppressed}
     */
    String training(RegionReport report) {
        return report.supervisorTraining()
                .map(coverage -> language.text("supervision.training-named", language.of(SupervisorTrainingCatalogue
                        .load("stockholm").get(coverage.training()).name()), coverage.training()))
                .orElse(language.text("supervision.training") + ": " + language.text("supervision.suppressed"));
    }

    /** {@return text cut to a length, with an ellipsis where it was cut} */
    static String shorten(String text, int length) {
        return text.length() <= length ? text : text.substring(0, length - 1) + "…";
    }
}
