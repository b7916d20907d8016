package se.klinedu.examples.report;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Map;
import se.klinedu.core.Language;
import se.klinedu.core.explain.Reason;
import se.klinedu.core.explain.Renderer;
import se.klinedu.core.measure.FollowUpStatus;
import se.klinedu.core.strategy.OrebroStrategy;
import se.klinedu.core.supervision.TrainingCoverage;
import se.klinedu.grading.actionplan.ActionItem;
import se.klinedu.grading.actionplan.ItemFollowUp;
import se.klinedu.grading.assessment.AreaGrade;
import se.klinedu.grading.criteria.Regulation;
import se.klinedu.grading.criteria.SpurArea;
import se.klinedu.grading.interval.UnitIntervalStatus;
import se.klinedu.indicators.evaluation.IndicatorResult;
import se.klinedu.indicators.evaluation.Status;
import se.klinedu.indicators.report.EffectGoalSection;
import se.klinedu.indicators.report.IndicatorLine;
import se.klinedu.indicators.report.OverallGoalSection;
import se.klinedu.indicators.rollup.RollUp;
import se.klinedu.indicators.target.IndicatorCatalogue;
import se.klinedu.indicators.trend.Trend;

/** The terminal summary of a {@link RegionReport}: plain text, one section per heading. */
final class TerminalSummary {

    static final String INDICATORS = "== Indicators ==";
    static final String GRADES = "== SPUR grades ==";
    static final String ACTIONS = "== Action items by follow-up status ==";
    static final String INTERVAL = "== SPUR inspection interval ==";
    static final String SUPERVISION = "== Supervisor training ==";
    static final String INCOMPLETE = "incomplete";

    private TerminalSummary() {
    }

    static void print(RegionReport report, IndicatorCatalogue catalogue, PrintStream out) {
        out.println("klinedu follow-up: " + report.unitName() + " (" + report.unit() + "), reference date "
                + report.referenceDate());
        out.println("Year " + report.period() + report.comparedWith().map(p -> " compared with " + p).orElse("")
                + "; " + percent(report.indicators().policy().confidenceLevel().level()) + " Wilson intervals; groups under "
                + report.indicators().policy().minimumGroupSize() + " respondents suppressed");
        indicators(report, catalogue, out);
        grades(report, out);
        actions(report, out);
        interval(report, out);
        supervision(report.supervisorTraining(), out);
    }

    private static void indicators(RegionReport report, IndicatorCatalogue catalogue, PrintStream out) {
        OrebroStrategy strategy = OrebroStrategy.load();
        out.println();
        out.println(INDICATORS);
        out.println("Strategy: " + rollUp(report.indicators().rollUp()));
        for (OverallGoalSection overall : report.indicators().overallGoals()) {
            out.println(overall.overallGoal() + "  " + strategy.get(overall.overallGoal()).shortName().original()
                    + ": " + rollUp(overall.rollUp()));
            for (EffectGoalSection effect : overall.effectGoals()) {
                out.println("  " + effect.effectGoal() + "  " + shorten(strategy.get(effect.effectGoal()).text().original(), 70)
                        + ": " + rollUp(effect.rollUp()));
                for (IndicatorLine line : effect.indicators()) {
                    IndicatorResult result = line.result();
                    out.println(String.format(Locale.ROOT, "    %-6s %-13s %-32s %s%s", result.indicator(), result.status().code(),
                            value(line), line.trend().map(TerminalSummary::trend).orElse(""),
                            "  " + shorten(catalogue.get(result.indicator()).text().original(), 50)));
                }
            }
        }
    }

    /** {@return the value part of a line's result, or of its latest result with data when the period has none} */
    static String value(IndicatorLine line) {
        IndicatorResult result = line.result();
        if (result.status() == Status.NO_DATA && line.latest().isPresent() && !line.latest().get().equals(result)) {
            return "latest " + line.latest().get().period() + ": " + value(line.latest().get());
        }
        return value(result);
    }

    /** {@return the value part of a result: estimate and interval, "suppressed", the milestone or the review} */
    static String value(IndicatorResult result) {
        if (result.isSuppressed()) {
            return "suppressed";
        }
        if (result.estimate().isPresent()) {
            String interval = result.interval().map(i -> " [" + number(i.lower()) + "–" + number(i.upper()) + " %]").orElse("");
            return number(result.estimate().get()) + " %" + interval
                    + result.threshold().map(t -> " " + t).orElse("");
        }
        if (result.milestone().isPresent()) {
            return result.milestone().get().toString();
        }
        if (result.review().isPresent()) {
            return "review " + result.review().get();
        }
        return "-";
    }

    private static String trend(Trend trend) {
        return trend.from() + "→" + trend.to() + " " + trend.change().code()
                + trend.difference().map(d -> String.format(Locale.ROOT, " (%+.1f pp)", d * 100)).orElse("");
    }

    private static String rollUp(RollUp rollUp) {
        return rollUp.status().code() + " (met " + rollUp.parts().met() + ", not met " + rollUp.parts().notMet() + ", no data "
                + rollUp.parts().noData() + ")";
    }

    private static void grades(RegionReport report, PrintStream out) {
        out.println();
        out.println(GRADES);
        if (report.inspections().isEmpty()) {
            out.println("No inspection reports in this unit.");
        }
        for (RegionReport.Inspection inspection : report.inspections()) {
            out.println(inspection.unit() + ", " + inspection.specialty()
                    + inspection.inspectionDate().map(d -> ", inspected " + d).orElse("") + " (" + inspection.file() + ")");
            StringBuilder header = new StringBuilder(String.format(Locale.ROOT, "  %-44s", "area"));
            for (Regulation regulation : inspection.regulations()) {
                header.append(String.format(Locale.ROOT, "%-30s", regulation.designation() + " before → after"));
            }
            out.println(header.toString().stripTrailing());
            for (SpurArea area : SpurArea.values()) {
                StringBuilder row = new StringBuilder(String.format(Locale.ROOT, "  %-44s",
                        area.letter() + " " + shorten(area.title().original(), 40)));
                for (Regulation regulation : inspection.regulations()) {
                    row.append(String.format(Locale.ROOT, "%-30s", grade(inspection.before().grade(area, regulation))
                            + " → " + grade(inspection.after().grade(area, regulation))));
                }
                out.println(row.toString().stripTrailing());
            }
            out.println("  action plan required: " + (inspection.before().actionPlanRequired() ? "yes" : "no")
                    + "; criteria requiring action " + inspection.coverage().required().size() + ", covered "
                    + inspection.coverage().covered().size() + ", only by incomplete items "
                    + inspection.coverage().coveredOnlyByIncompleteItems().size() + ", not addressed "
                    + inspection.coverage().notAddressed().size());
        }
    }

    /** {@return reasons as English sentences, one after the other} */
    static String inEnglish(List<Reason> reasons) {
        return String.join(" ", Renderer.of(Language.ENGLISH).render(reasons));
    }

    /** {@return a grade's letter, or "?" when undeterminable} */
    static String grade(AreaGrade grade) {
        return grade.grade().map(g -> g.letter()).orElse("?");
    }

    /** {@return each inspection's items grouped by follow-up status, incomplete items under their own key} */
    static Map<String, List<String>> itemsByStatus(RegionReport report) {
        Map<String, List<String>> groups = new LinkedHashMap<>();
        for (FollowUpStatus status : List.of(FollowUpStatus.OVERDUE, FollowUpStatus.DUE, FollowUpStatus.NOT_DUE,
                FollowUpStatus.FOLLOWED_UP)) {
            groups.put(status.code(), new ArrayList<>());
        }
        groups.put(INCOMPLETE, new ArrayList<>());
        for (RegionReport.Inspection inspection : report.inspections()) {
            for (int i = 0; i < inspection.items().size(); i++) {
                ActionItem item = inspection.items().get(i);
                ItemFollowUp followUp = inspection.followUps().get(i);
                String label = inspection.unit() + " " + item.criterion() + "  ";
                if (followUp.followUp().isPresent()) {
                    groups.get(followUp.followUp().get().status().code()).add(label + inEnglish(followUp.followUp().get().reasons())
                            + item.measure().map(m -> " — " + shorten(m, 60)).orElse(""));
                } else {
                    groups.get(INCOMPLETE).add(label + "missing " + String.join(", ", followUp.missing())
                            + item.measure().map(m -> " — " + shorten(m, 60)).orElse(""));
                }
            }
        }
        return groups;
    }

    private static void actions(RegionReport report, PrintStream out) {
        out.println();
        out.println(ACTIONS);
        out.println("At " + report.referenceDate() + ":");
        itemsByStatus(report).forEach((status, items) -> {
            out.println(status + " (" + items.size() + ")");
            items.forEach(item -> out.println("  " + item));
        });
    }

    private static void interval(RegionReport report, PrintStream out) {
        out.println();
        out.println(INTERVAL);
        var counts = report.inspectionInterval().counts();
        out.println(counts.numerator() + " of " + counts.denominator() + " specialist-training units inspected within "
                + report.inspectionInterval().policy().intervalYears() + " years at " + report.referenceDate()
                + (counts.denominator() > 0 ? " (" + number(counts.share()) + " %)" : ""));
        for (UnitIntervalStatus unit : report.inspectionInterval().units()) {
            if (!unit.withinInterval()) {
                out.println("  overdue: " + unit.unit() + ": " + inEnglish(unit.reasons()));
            }
        }
    }

    private static void supervision(Optional<TrainingCoverage> shown, PrintStream out) {
        out.println();
        out.println(SUPERVISION);
        if (shown.isEmpty()) {
            out.println("Minimum-level training: " + SUPPRESSED_COVERAGE);
            return;
        }
        TrainingCoverage coverage = shown.get();
        out.println("Minimum-level training (" + coverage.training() + "): " + coverage.counts().numerator() + " of "
                + coverage.counts().denominator() + " supervising staff"
                + (coverage.counts().denominator() > 0 ? " (" + number(coverage.counts().share()) + " %)" : "")
                + "; target " + coverage.threshold() + ": " + coverage.status().code()
                + (coverage.additionalToTrain().isPresent() ? ", " + coverage.additionalToTrain().getAsLong()
                        + " more to train to pass" : ""));
        out.println("  " + inEnglish(coverage.reasons()));
    }

    /** What the report says in place of a suppressed coverage, in every output. */
    static final String SUPPRESSED_COVERAGE = "suppressed to protect small groups (as indicator 1.1.1 at this unit)";

    static String number(double share) {
        return String.format(Locale.ROOT, "%.1f", share * 100);
    }

    private static String percent(double share) {
        return String.format(Locale.ROOT, "%.0f %%", share * 100);
    }

    static String shorten(String text, int length) {
        return text.length() <= length ? text : text.substring(0, length - 1) + "…";
    }
}
