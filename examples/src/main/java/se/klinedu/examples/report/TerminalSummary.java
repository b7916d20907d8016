package se.klinedu.examples.report;

import java.io.PrintStream;
import java.util.Locale;
import se.klinedu.core.strategy.OrebroStrategy;
import se.klinedu.grading.criteria.Regulation;
import se.klinedu.grading.criteria.SpurArea;
import se.klinedu.grading.interval.UnitIntervalStatus;
import se.klinedu.indicators.evaluation.IndicatorResult;
import se.klinedu.indicators.report.EffectGoalSection;
import se.klinedu.indicators.report.IndicatorLine;
import se.klinedu.indicators.report.OverallGoalSection;
import se.klinedu.indicators.target.IndicatorCatalogue;

/** The terminal summary of a {@link RegionReport} in the report's language: plain text, one section per heading. */
final class TerminalSummary {

    /** The keys of the sections' headings, in the order the summary prints them. */
    static final String INDICATORS = "section.indicators";
    static final String GRADES = "section.grades";
    static final String ACTIONS = "section.actions";
    static final String INTERVAL = "section.interval";
    static final String SUPERVISION = "section.supervision";

    private final ReportLanguage language;
    private final ResultPhrases phrases;
    private final PrintStream out;

    private TerminalSummary(ReportLanguage language, PrintStream out) {
        this.language = language;
        this.phrases = new ResultPhrases(language);
        this.out = out;
    }

    /**
     * Prints the summary.
     *
     * @param report the report
     * @param catalogue the indicator catalogue
     * @param language the report's language
     * @param out where it goes
     */
    static void print(RegionReport report, IndicatorCatalogue catalogue, ReportLanguage language, PrintStream out) {
        TerminalSummary summary = new TerminalSummary(language, out);
        out.println(language.text("report.title", report.unitName(), report.unit(), language.date(report.referenceDate())));
        out.println(summary.phrases.period(report) + "; " + summary.phrases.policy(report));
        summary.indicators(report, catalogue);
        summary.grades(report);
        summary.actions(report);
        summary.interval(report);
        summary.supervision(report);
    }

    /** {@return a section's heading as the summary prints it, such as "== Indikatorer =="} */
    static String heading(ReportLanguage language, String section) {
        return "== " + language.text(section) + " ==";
    }

    private void section(String key) {
        out.println();
        out.println(heading(language, key));
    }

    private void indicators(RegionReport report, IndicatorCatalogue catalogue) {
        OrebroStrategy strategy = OrebroStrategy.load();
        section(INDICATORS);
        out.println(language.text("indicators.strategy") + ": " + phrases.rollUp(report.indicators().rollUp()));
        for (OverallGoalSection overall : report.indicators().overallGoals()) {
            out.println(overall.overallGoal() + "  " + language.of(strategy.get(overall.overallGoal()).shortName())
                    + ": " + phrases.rollUp(overall.rollUp()));
            for (EffectGoalSection effect : overall.effectGoals()) {
                out.println("  " + effect.effectGoal() + "  "
                        + ResultPhrases.shorten(language.of(strategy.get(effect.effectGoal()).text()), 70)
                        + ": " + phrases.rollUp(effect.rollUp()));
                for (IndicatorLine line : effect.indicators()) {
                    IndicatorResult result = line.result();
                    out.println(String.format(Locale.ROOT, "    %-6s %-17s %-56s %s%s", result.indicator(),
                            language.label(result.status()), phrases.value(line), line.trend().map(phrases::trend).orElse(""),
                            "  " + ResultPhrases.shorten(language.of(catalogue.get(result.indicator()).text()), 50)));
                }
            }
        }
    }

    private void grades(RegionReport report) {
        section(GRADES);
        if (report.inspections().isEmpty()) {
            out.println(language.text("grades.none"));
        }
        for (RegionReport.Inspection inspection : report.inspections()) {
            out.println(phrases.inspection(inspection) + " (" + inspection.file() + ")");
            StringBuilder header = new StringBuilder(String.format(Locale.ROOT, "  %-44s", language.text("grades.area")));
            for (Regulation regulation : inspection.regulations()) {
                header.append(String.format(Locale.ROOT, "%-30s", language.text("grades.before-after", language.label(regulation))));
            }
            out.println(header.toString().stripTrailing());
            for (SpurArea area : SpurArea.values()) {
                StringBuilder row = new StringBuilder(String.format(Locale.ROOT, "  %-44s",
                        area.letter() + " " + ResultPhrases.shorten(language.of(area.title()), 40)));
                for (Regulation regulation : inspection.regulations()) {
                    row.append(String.format(Locale.ROOT, "%-30s", ResultPhrases.grade(inspection.before().grade(area, regulation))
                            + " → " + ResultPhrases.grade(inspection.after().grade(area, regulation))));
                }
                out.println(row.toString().stripTrailing());
            }
            out.println("  " + language.text("grades.plan", language.yesOrNo(inspection.before().actionPlanRequired()),
                    language.count(inspection.coverage().required().size()), language.count(inspection.coverage().covered().size()),
                    language.count(inspection.coverage().coveredOnlyByIncompleteItems().size()),
                    language.count(inspection.coverage().notAddressed().size())));
        }
    }

    private void actions(RegionReport report) {
        section(ACTIONS);
        out.println(language.text("actions.at", language.date(report.referenceDate())));
        for (ResultPhrases.ItemGroup group : phrases.itemGroups(report)) {
            out.println(group.heading() + " (" + language.count(group.items().size()) + ")");
            group.items().forEach(item -> out.println("  " + item));
        }
    }

    private void interval(RegionReport report) {
        section(INTERVAL);
        out.println(phrases.interval(report.inspectionInterval()));
        for (UnitIntervalStatus unit : report.inspectionInterval().units()) {
            if (!unit.withinInterval()) {
                out.println("  " + language.text("interval.overdue", unit.unit(), language.reasons(unit.reasons())));
            }
        }
    }

    private void supervision(RegionReport report) {
        section(SUPERVISION);
        out.println(phrases.training(report));
        report.supervisorTraining().ifPresent(coverage -> {
            out.println(phrases.coverage(coverage));
            out.println("  " + language.reasons(coverage.reasons()));
        });
    }
}
