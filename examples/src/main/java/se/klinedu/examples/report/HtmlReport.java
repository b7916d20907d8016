package se.klinedu.examples.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.DoubleUnaryOperator;
import java.util.function.IntToDoubleFunction;
import java.util.function.ToDoubleFunction;
import se.klinedu.core.measure.FollowUpStatus;
import se.klinedu.core.strategy.OrebroStrategy;
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
import se.klinedu.indicators.target.IndicatorCatalogue;

/**
 * {@code report.html} in the report's language: one self-contained page (no external assets, no scripts) in
 * polyglot HTML5, which is also well-formed XML, with inline SVG charts, its language in {@code lang}. Every
 * word a reader sees comes from the {@link ReportLanguage}; status codes appear only in CSS classes and in
 * the charts' {@code data-} attributes. Every chart is an {@code svg} with a {@code data-chart} kind and a
 * {@code data-series-count}, and one {@code g} with a {@code data-series} name per series, so that tests can
 * count what is drawn.
 */
final class HtmlReport {

    static final String TREND_CHART = "share-trend";
    static final String GRADE_CHART = "spur-grades";
    static final String TIMELINE_CHART = "action-timeline";

    private static final String SVG_NS = "http://www.w3.org/2000/svg";
    private static final Map<String, String> STATUS_COLOURS = Map.of(FollowUpStatus.OVERDUE.code(), "#c0392b",
            FollowUpStatus.DUE.code(), "#e67e22", FollowUpStatus.NOT_DUE.code(), "#7f8c8d",
            FollowUpStatus.FOLLOWED_UP.code(), "#27ae60", ResultPhrases.INCOMPLETE, "#8e44ad");

    private static final String STYLE = String.join("\n",
            "body { font-family: system-ui, sans-serif; margin: 2em; color: #222; max-width: 1200px; }",
            "h1 { font-size: 1.6em; } h2 { border-bottom: 1px solid #ccc; margin-top: 2em; }",
            "table { border-collapse: collapse; margin: 0.5em 0; } td, th { padding: 2px 8px; text-align: left; vertical-align: top; }",
            "tr.overall td { font-weight: bold; background: #eef; } tr.effect td { background: #f6f6fb; }",
            ".met { color: #1e7b34; } .not-met { color: #b03a2e; } .suppressed, .no-data, .not-evaluable { color: #777; }",
            ".charts { display: flex; flex-wrap: wrap; gap: 1em; } figure { margin: 0; }",
            "figcaption { font-size: 0.85em; max-width: 360px; }",
            "svg text { font-family: system-ui, sans-serif; font-size: 11px; }",
            ".small { font-size: 0.85em; color: #555; }");

    private final ReportLanguage language;
    private final ResultPhrases phrases;
    private final StringBuilder html = new StringBuilder();

    private HtmlReport(ReportLanguage language) {
        this.language = language;
        this.phrases = new ResultPhrases(language);
    }

    /**
     * Renders the page.
     *
     * @param report the report
     * @param catalogue the indicator catalogue
     * @param language the report's language
     * @return the page
     */
    static String render(RegionReport report, IndicatorCatalogue catalogue, ReportLanguage language) {
        return new HtmlReport(language).page(report, catalogue);
    }

    private String page(RegionReport report, IndicatorCatalogue catalogue) {
        String title = language.text("report.title", report.unitName(), report.unit(), language.date(report.referenceDate()));
        String tag = language.language().code();
        html.append("<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"").append(tag)
                .append("\" xml:lang=\"").append(tag).append("\">\n<head>\n")
                .append("<meta charset=\"UTF-8\"/>\n<title>").append(escape(title)).append("</title>\n<style>\n")
                .append(STYLE).append("\n</style>\n</head>\n<body>\n");
        html.append("<h1>").append(escape(title)).append("</h1>\n<p>").append(escape(phrases.period(report))).append(". ")
                .append(escape(language.text("report.unit"))).append(" <code>").append(escape(report.unit().value()))
                .append("</code>. ").append(escape(phrases.policy(report))).append(".</p>\n");
        indicators(report, catalogue);
        grades(report);
        actions(report);
        interval(report);
        supervision(report);
        html.append("</body>\n</html>\n");
        return html.toString();
    }

    private void heading(String id, String section) {
        html.append("<section id=\"").append(id).append("\">\n<h2>").append(escape(language.text(section))).append("</h2>\n");
    }

    private void tableHead(String... columns) {
        html.append("<table>\n<thead><tr>");
        for (String column : columns) {
            html.append("<th>").append(escape(language.text(column))).append("</th>");
        }
        html.append("</tr></thead>\n<tbody>\n");
    }

    private void indicators(RegionReport report, IndicatorCatalogue catalogue) {
        OrebroStrategy strategy = OrebroStrategy.load();
        heading("indicators", TerminalSummary.INDICATORS);
        html.append("<p>").append(escape(language.text("indicators.strategy"))).append(": <span class=\"")
                .append(report.indicators().rollUp().status().code()).append("\">")
                .append(escape(phrases.rollUp(report.indicators().rollUp()))).append("</span></p>\n");
        tableHead("column.id", "column.goal-indicator", "column.status", "column.value", "column.trend");
        for (OverallGoalSection overall : report.indicators().overallGoals()) {
            row("overall", overall.overallGoal().value(), language.of(strategy.get(overall.overallGoal()).text()),
                    overall.rollUp().status(), "", "");
            for (EffectGoalSection effect : overall.effectGoals()) {
                row("effect", effect.effectGoal().value(), language.of(strategy.get(effect.effectGoal()).text()),
                        effect.rollUp().status(), "", "");
                for (IndicatorLine line : effect.indicators()) {
                    IndicatorResult result = line.result();
                    row("indicator", result.indicator().value(), language.of(catalogue.get(result.indicator()).text()),
                            result.status(), phrases.value(line), line.trend().map(phrases::trend).orElse(""));
                }
            }
        }
        html.append("</tbody>\n</table>\n<h3>").append(escape(language.text("indicators.charts")))
                .append("</h3>\n<div class=\"charts\">\n");
        for (RegionReport.ShareHistory history : report.shareHistories()) {
            html.append("<figure>\n");
            trendChart(history);
            html.append("<figcaption>").append(escape(history.indicator().value() + " "
                    + language.of(catalogue.get(history.indicator()).text()))).append("</figcaption>\n</figure>\n");
        }
        html.append("</div>\n</section>\n");
    }

    private void row(String kind, String id, String text, Status status, String value, String trend) {
        html.append("<tr class=\"").append(kind).append("\" data-id=\"").append(escape(id)).append("\"><td>").append(escape(id))
                .append("</td><td>").append(escape(text)).append("</td><td class=\"").append(status.code()).append("\">")
                .append(escape(language.label(status))).append("</td><td>").append(escape(value)).append("</td><td>")
                .append(escape(trend)).append("</td></tr>\n");
    }

    /** A share's estimates with their interval bars against the threshold, one point per year. */
    private void trendChart(RegionReport.ShareHistory history) {
        int width = 360;
        int height = 200;
        double left = 44;
        double right = width - 12;
        double top = 12;
        double bottom = height - 28;
        double threshold = history.threshold().percent().doubleValue() / 100;
        double low = Math.min(0.5, threshold - 0.1);
        for (IndicatorResult year : history.years()) {
            if (year.interval().isPresent()) {
                low = Math.min(low, Math.floor(year.interval().get().lower() * 10) / 10);
            }
        }
        double floor = low;
        int count = history.years().size();
        IntToDoubleFunction x = i -> count == 1 ? (left + right) / 2 : left + 10 + i * (right - left - 20) / (count - 1);
        DoubleUnaryOperator y = share -> bottom - (share - floor) / (1 - floor) * (bottom - top);

        html.append("<svg xmlns=\"").append(SVG_NS).append("\" data-chart=\"").append(TREND_CHART)
                .append("\" data-indicator=\"").append(escape(history.indicator().value()))
                .append("\" data-series-count=\"3\" width=\"").append(width).append("\" height=\"").append(height)
                .append("\" viewBox=\"0 0 ").append(width).append(' ').append(height).append("\" role=\"img\" aria-label=\"")
                .append(escape(language.text("chart.share", history.indicator(), language.threshold(history.threshold()))))
                .append("\">\n<g class=\"axes\" fill=\"#444\">\n");
        html.append(line(left, top, left, bottom, "#999", "")).append(line(left, bottom, right, bottom, "#999", ""));
        for (int tick = (int) Math.ceil(floor * 10 - 1e-9); tick <= 10; tick++) {
            double share = tick / 10.0;
            html.append(line(left - 3, y.applyAsDouble(share), left, y.applyAsDouble(share), "#999", ""))
                    .append(text(left - 6, y.applyAsDouble(share) + 4, "end", language.level(share)));
        }
        for (int i = 0; i < count; i++) {
            html.append(text(x.applyAsDouble(i), bottom + 16, "middle", history.years().get(i).period().toString()));
        }
        html.append("</g>\n<g data-series=\"threshold\">\n")
                .append(line(left, y.applyAsDouble(threshold), right, y.applyAsDouble(threshold), "#b03a2e", " stroke-dasharray=\"6 4\""))
                .append(text(left + 4, y.applyAsDouble(threshold) - 4, "start",
                        language.text("value.target", language.threshold(history.threshold()))))
                .append("</g>\n<g data-series=\"interval\" stroke=\"#3b6ea5\">\n");
        for (int i = 0; i < count; i++) {
            IndicatorResult year = history.years().get(i);
            if (year.interval().isPresent()) {
                double cx = x.applyAsDouble(i);
                double y1 = y.applyAsDouble(year.interval().get().lower());
                double y2 = y.applyAsDouble(year.interval().get().upper());
                html.append(line(cx, y1, cx, y2, "#3b6ea5", "")).append(line(cx - 4, y1, cx + 4, y1, "#3b6ea5", ""))
                        .append(line(cx - 4, y2, cx + 4, y2, "#3b6ea5", ""));
            }
        }
        html.append("</g>\n<g data-series=\"estimate\" fill=\"#1f3b5c\">\n");
        StringBuilder path = new StringBuilder();
        boolean pen = false;
        for (int i = 0; i < count; i++) {
            IndicatorResult year = history.years().get(i);
            if (year.estimate().isPresent()) {
                path.append(pen ? " L" : (path.length() == 0 ? "M" : " M")).append(coordinate(x.applyAsDouble(i))).append(' ')
                        .append(coordinate(y.applyAsDouble(year.estimate().get())));
                pen = true;
            } else {
                pen = false;
            }
        }
        if (path.length() > 0) {
            html.append("<path d=\"").append(path).append("\" fill=\"none\" stroke=\"#1f3b5c\" stroke-width=\"2\"/>\n");
        }
        for (int i = 0; i < count; i++) {
            IndicatorResult year = history.years().get(i);
            if (year.estimate().isPresent()) {
                html.append("<circle cx=\"").append(coordinate(x.applyAsDouble(i))).append("\" cy=\"")
                        .append(coordinate(y.applyAsDouble(year.estimate().get()))).append("\" r=\"3.5\"><title>")
                        .append(escape(year.period() + ": " + phrases.value(year) + "; " + language.label(year.status())))
                        .append("</title></circle>\n");
            } else {
                html.append(text(x.applyAsDouble(i), bottom - 6, "middle", language.label(year.status())));
            }
        }
        html.append("</g>\n</svg>\n");
    }

    private void grades(RegionReport report) {
        heading("spur", TerminalSummary.GRADES);
        if (report.inspections().isEmpty()) {
            html.append("<p>").append(escape(language.text("grades.none"))).append("</p>\n");
        }
        for (RegionReport.Inspection inspection : report.inspections()) {
            html.append("<h3>").append(escape(phrases.inspection(inspection))).append("</h3>\n<figure>\n");
            gradeChart(inspection);
            html.append("<figcaption>").append(escape(language.text("grades.caption", inspection.file(),
                    language.yesOrNo(inspection.before().actionPlanRequired())))).append("</figcaption>\n</figure>\n");
        }
        html.append("</section>\n");
    }

    /** Areas A–H down, one column (a series) per regulation in scope before and after the plan. */
    private void gradeChart(RegionReport.Inspection inspection) {
        int label = 330;
        int cell = 100;
        int rowHeight = 24;
        int series = inspection.regulations().size() * 2;
        int width = label + series * cell + 10;
        int height = 46 + SpurArea.values().length * rowHeight;
        html.append("<svg xmlns=\"").append(SVG_NS).append("\" data-chart=\"").append(GRADE_CHART).append("\" data-unit=\"")
                .append(escape(inspection.unit().value())).append("\" data-series-count=\"").append(series)
                .append("\" width=\"").append(width).append("\" height=\"").append(height).append("\" viewBox=\"0 0 ")
                .append(width).append(' ').append(height).append("\" role=\"img\" aria-label=\"")
                .append(escape(language.text("chart.grades", inspection.unit()))).append("\">\n<g class=\"labels\" fill=\"#222\">\n");
        for (SpurArea area : SpurArea.values()) {
            html.append(text(4, 46 + area.order() * rowHeight + 16, "start",
                    area.letter() + "  " + ResultPhrases.shorten(language.of(area.title()), 48)));
        }
        html.append("</g>\n");
        int column = 0;
        for (Regulation regulation : inspection.regulations()) {
            for (boolean after : new boolean[] {false, true}) {
                double cx = label + column * cell;
                String when = language.text(after ? "grades.after-plan" : "grades.inspection");
                html.append("<g data-series=\"").append(after ? "after " : "before ").append(regulation.code()).append("\">\n")
                        .append(text(cx + cell / 2.0, 14, "middle", language.label(regulation)))
                        .append(text(cx + cell / 2.0, 30, "middle", when));
                for (SpurArea area : SpurArea.values()) {
                    AreaGrade grade = (after ? inspection.after() : inspection.before()).grade(area, regulation);
                    String letter = ResultPhrases.grade(grade);
                    double cy = 46 + area.order() * rowHeight;
                    html.append("<rect x=\"").append(coordinate(cx + 2)).append("\" y=\"").append(coordinate(cy + 2))
                            .append("\" width=\"").append(cell - 4).append("\" height=\"").append(rowHeight - 4)
                            .append("\" fill=\"").append(gradeColour(letter)).append("\"><title>")
                            .append(escape(area.letter() + ", " + language.label(regulation) + ", " + when + ": "
                                    + language.reasons(grade.reasons())))
                            .append("</title></rect>\n")
                            .append(text(cx + cell / 2.0, cy + 16, "middle", letter));
                }
                html.append("</g>\n");
                column++;
            }
        }
        html.append("</svg>\n");
    }

    private static String gradeColour(String grade) {
        return switch (grade) {
            case "A" -> "#7dcea0";
            case "B" -> "#c5e1a5";
            case "C" -> "#f8c471";
            case "D" -> "#ec7063";
            default -> "#d5d8dc";
        };
    }

    private void actions(RegionReport report) {
        heading("actions", TerminalSummary.ACTIONS);
        html.append("<p>").append(escape(language.text("actions.at", language.date(report.referenceDate())))).append("</p>\n");
        List<ResultPhrases.ItemGroup> groups = phrases.itemGroups(report);
        timeline(report, groups);
        tableHead("column.status", "column.items");
        for (ResultPhrases.ItemGroup group : groups) {
            html.append("<tr data-status=\"").append(group.code()).append("\"><td>").append(escape(group.heading()))
                    .append(" (").append(language.count(group.items().size())).append(")</td><td>");
            for (String item : group.items()) {
                html.append(escape(item)).append("<br/>");
            }
            html.append("</td></tr>\n");
        }
        html.append("</tbody>\n</table>\n</section>\n");
    }

    /** One row per action item: a bar from its due date to its follow-up date, a dot at follow-up; a series per status. */
    private void timeline(RegionReport report, List<ResultPhrases.ItemGroup> groups) {
        record Row(String label, String status, Optional<LocalDate> start, Optional<LocalDate> end, String title) {
        }
        List<Row> rows = new ArrayList<>();
        LocalDate first = report.referenceDate();
        LocalDate last = report.referenceDate();
        for (RegionReport.Inspection inspection : report.inspections()) {
            for (int i = 0; i < inspection.items().size(); i++) {
                ActionItem item = inspection.items().get(i);
                ItemFollowUp followUp = inspection.followUps().get(i);
                String status = followUp.followUp().map(f -> f.status().code()).orElse(ResultPhrases.INCOMPLETE);
                Optional<LocalDate> end = item.followUpDate();
                Optional<LocalDate> start = item.due().flatMap(d -> d.date()).or(() -> end);
                for (Optional<LocalDate> date : List.of(start, end, item.followedUpOn())) {
                    if (date.isPresent() && date.get().isBefore(first)) {
                        first = date.get();
                    }
                    if (date.isPresent() && date.get().isAfter(last)) {
                        last = date.get();
                    }
                }
                rows.add(new Row(inspection.unit().value() + " " + item.criterion().value(), status, start, end,
                        item.criterion().value() + ": " + phrases.followUp(followUp)));
            }
        }
        first = first.minusMonths(1);
        last = last.plusMonths(1);
        int rowHeight = 16;
        int left = 190;
        int right = 760;
        int top = 56;
        int width = right + 100;
        int height = top + Math.max(1, rows.size()) * rowHeight + 30;
        long from = first.toEpochDay();
        long span = Math.max(1, last.toEpochDay() - from);
        ToDoubleFunction<LocalDate> x = date -> left + (date.toEpochDay() - from) * (double) (right - left) / span;

        html.append("<svg xmlns=\"").append(SVG_NS).append("\" data-chart=\"").append(TIMELINE_CHART)
                .append("\" data-series-count=\"").append(groups.size()).append("\" width=\"").append(width)
                .append("\" height=\"").append(height).append("\" viewBox=\"0 0 ").append(width).append(' ').append(height)
                .append("\" role=\"img\" aria-label=\"").append(escape(language.text("chart.timeline")))
                .append("\">\n<g class=\"axes\" fill=\"#444\">\n")
                .append(line(left, height - 26, right, height - 26, "#999", ""));
        for (LocalDate tick = first.withDayOfMonth(1).plusMonths(1); !tick.isAfter(last); tick = tick.plusMonths(1)) {
            if (tick.getMonthValue() % 3 == 1) {
                html.append(line(x.applyAsDouble(tick), top - 4, x.applyAsDouble(tick), height - 26, "#eee", ""));
            }
            if (tick.getMonthValue() % 6 == 1) {
                html.append(text(x.applyAsDouble(tick), height - 12, "middle", language.month(tick)));
            }
        }
        html.append(line(x.applyAsDouble(report.referenceDate()), top - 10, x.applyAsDouble(report.referenceDate()), height - 26,
                "#222", " stroke-dasharray=\"3 3\""))
                .append(text(x.applyAsDouble(report.referenceDate()), top - 14, "middle",
                        language.text("timeline.reference-date", language.date(report.referenceDate()))))
                .append(text(right + 48, top - 14, "middle", language.text("timeline.no-dates")));
        for (int i = 0; i < rows.size(); i++) {
            html.append(text(left - 6, top + i * rowHeight + 12, "end", rows.get(i).label()));
        }
        html.append("</g>\n");
        for (int g = 0; g < groups.size(); g++) {
            ResultPhrases.ItemGroup group = groups.get(g);
            String colour = STATUS_COLOURS.get(group.code());
            html.append("<g data-series=\"").append(group.code()).append("\" fill=\"").append(colour).append("\">\n");
            for (int i = 0; i < rows.size(); i++) {
                Row row = rows.get(i);
                if (!row.status().equals(group.code())) {
                    continue;
                }
                double cy = top + i * rowHeight + 8;
                if (row.end().isPresent()) {
                    double x1 = x.applyAsDouble(row.start().orElseThrow());
                    double x2 = x.applyAsDouble(row.end().get());
                    html.append(line(x1, cy, x2, cy, colour, " stroke-width=\"4\""))
                            .append("<circle cx=\"").append(coordinate(x2)).append("\" cy=\"").append(coordinate(cy))
                            .append("\" r=\"4\"><title>").append(escape(row.title())).append("</title></circle>\n");
                } else {
                    html.append("<rect x=\"").append(right + 44).append("\" y=\"").append(coordinate(cy - 4))
                            .append("\" width=\"8\" height=\"8\"><title>").append(escape(row.title())).append("</title></rect>\n");
                }
            }
            html.append(text(left + g * 110, 14, "start", group.heading())).append("</g>\n");
        }
        html.append("</svg>\n");
    }

    private void interval(RegionReport report) {
        heading("interval", TerminalSummary.INTERVAL);
        html.append("<p>").append(escape(phrases.interval(report.inspectionInterval()))).append(".</p>\n");
        tableHead("column.unit", "column.last-inspection", "column.next-due", "column.within", "column.reasons");
        for (UnitIntervalStatus unit : report.inspectionInterval().units()) {
            html.append("<tr><td>").append(escape(unit.unit().value())).append("</td><td>")
                    .append(escape(unit.lastInspection().map(language::date).orElse(language.text("interval.never"))))
                    .append("</td><td>").append(escape(unit.nextDue().map(language::date).orElse(language.text("interval.now"))))
                    .append("</td><td class=\"").append(unit.withinInterval() ? "met" : "not-met").append("\">")
                    .append(escape(language.yesOrNo(unit.withinInterval()))).append("</td><td>")
                    .append(escape(language.reasons(unit.reasons()))).append("</td></tr>\n");
        }
        html.append("</tbody>\n</table>\n</section>\n");
    }

    private void supervision(RegionReport report) {
        heading("supervision", TerminalSummary.SUPERVISION);
        html.append("<p>").append(escape(phrases.training(report))).append("</p>\n");
        report.supervisorTraining().ifPresent(coverage -> html.append("<p><strong class=\"").append(coverage.status().code())
                .append("\">").append(escape(phrases.coverage(coverage))).append("</strong></p>\n<p class=\"small\">")
                .append(escape(language.reasons(coverage.reasons()))).append("</p>\n"));
        html.append("</section>\n");
    }

    private static String line(double x1, double y1, double x2, double y2, String colour, String extra) {
        return "<line x1=\"" + coordinate(x1) + "\" y1=\"" + coordinate(y1) + "\" x2=\"" + coordinate(x2) + "\" y2=\""
                + coordinate(y2) + "\" stroke=\"" + colour + "\"" + extra + "/>\n";
    }

    private static String text(double x, double y, String anchor, String content) {
        return "<text x=\"" + coordinate(x) + "\" y=\"" + coordinate(y) + "\" text-anchor=\"" + anchor + "\">"
                + escape(content) + "</text>\n";
    }

    private static String coordinate(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }

    /** {@return text with the five XML-significant characters escaped, safe in elements and attributes} */
    static String escape(String text) {
        StringBuilder escaped = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '&' -> escaped.append("&amp;");
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&#39;");
                default -> escaped.append(c);
            }
        }
        return escaped.toString();
    }
}
