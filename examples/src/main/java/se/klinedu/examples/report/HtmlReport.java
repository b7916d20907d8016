package se.klinedu.examples.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import se.klinedu.core.Counts;
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
import se.klinedu.indicators.report.EffectGoalSection;
import se.klinedu.indicators.report.IndicatorLine;
import se.klinedu.indicators.report.OverallGoalSection;
import se.klinedu.indicators.target.IndicatorCatalogue;

/**
 * {@code report.html}: one self-contained page (no external assets, no scripts) in polyglot HTML5, which is
 * also well-formed XML, with inline SVG charts. Every chart is an {@code svg} with a {@code data-chart} kind
 * and a {@code data-series-count}, and one {@code g} with a {@code data-series} name per series, so that
 * tests can count what is drawn.
 */
final class HtmlReport {

    static final String TREND_CHART = "share-trend";
    static final String GRADE_CHART = "spur-grades";
    static final String TIMELINE_CHART = "action-timeline";

    private static final String SVG_NS = "http://www.w3.org/2000/svg";
    private static final List<String> STATUSES = List.of(FollowUpStatus.OVERDUE.code(), FollowUpStatus.DUE.code(),
            FollowUpStatus.NOT_DUE.code(), FollowUpStatus.FOLLOWED_UP.code(), TerminalSummary.INCOMPLETE);
    private static final Map<String, String> STATUS_COLOURS = Map.of(FollowUpStatus.OVERDUE.code(), "#c0392b",
            FollowUpStatus.DUE.code(), "#e67e22", FollowUpStatus.NOT_DUE.code(), "#7f8c8d",
            FollowUpStatus.FOLLOWED_UP.code(), "#27ae60", TerminalSummary.INCOMPLETE, "#8e44ad");

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

    private HtmlReport() {
    }

    static String render(RegionReport report, IndicatorCatalogue catalogue) {
        StringBuilder html = new StringBuilder();
        String title = "klinedu follow-up: " + report.unitName() + ", " + report.referenceDate();
        html.append("<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"en\" xml:lang=\"en\">\n<head>\n")
                .append("<meta charset=\"UTF-8\"/>\n<title>").append(escape(title)).append("</title>\n<style>\n")
                .append(STYLE).append("\n</style>\n</head>\n<body>\n");
        html.append("<h1>").append(escape(title)).append("</h1>\n<p>Year ").append(report.period())
                .append(report.comparedWith().map(p -> " compared with " + p).orElse(""))
                .append(". Unit <code>").append(escape(report.unit().value())).append("</code>. ")
                .append(TerminalSummary.number(report.indicators().policy().confidenceLevel().level()))
                .append(" % Wilson intervals; groups under ").append(report.indicators().policy().minimumGroupSize())
                .append(" respondents are suppressed.</p>\n");
        indicators(html, report, catalogue);
        grades(html, report);
        actions(html, report);
        interval(html, report);
        supervision(html, report.supervisorTraining());
        html.append("</body>\n</html>\n");
        return html.toString();
    }

    private static void indicators(StringBuilder html, RegionReport report, IndicatorCatalogue catalogue) {
        OrebroStrategy strategy = OrebroStrategy.load();
        html.append("<section id=\"indicators\">\n<h2>Indicators</h2>\n<p>Strategy: <span class=\"")
                .append(report.indicators().rollUp().status().code()).append("\">").append(report.indicators().rollUp().status().code())
                .append("</span></p>\n<table>\n<thead><tr><th>id</th><th>goal / indicator</th><th>status</th><th>value</th><th>trend</th></tr></thead>\n<tbody>\n");
        for (OverallGoalSection overall : report.indicators().overallGoals()) {
            row(html, "overall", overall.overallGoal().value(),
                    strategy.get(overall.overallGoal()).text().original(), overall.rollUp().status().code(), "", "");
            for (EffectGoalSection effect : overall.effectGoals()) {
                row(html, "effect", effect.effectGoal().value(), strategy.get(effect.effectGoal()).text().original(),
                        effect.rollUp().status().code(), "", "");
                for (IndicatorLine line : effect.indicators()) {
                    IndicatorResult result = line.result();
                    row(html, "indicator", result.indicator().value(),
                            catalogue.get(result.indicator()).text().original(), result.status().code(),
                            TerminalSummary.value(line), line.trend().map(t -> t.from() + "→" + t.to() + " " + t.change().code()
                                    + t.difference().map(d -> String.format(Locale.ROOT, " (%+.1f pp)", d * 100)).orElse(""))
                                    .orElse(""));
                }
            }
        }
        html.append("</tbody>\n</table>\n<h3>Share indicators year by year</h3>\n<div class=\"charts\">\n");
        for (RegionReport.ShareHistory history : report.shareHistories()) {
            html.append("<figure>\n");
            trendChart(html, history);
            html.append("<figcaption>").append(escape(history.indicator().value() + " "
                    + catalogue.get(history.indicator()).text().original())).append("</figcaption>\n</figure>\n");
        }
        html.append("</div>\n</section>\n");
    }

    private static void row(StringBuilder html, String kind, String id, String text, String status, String value,
            String trend) {
        html.append("<tr class=\"").append(kind).append("\"><td>").append(escape(id)).append("</td><td>").append(escape(text))
                .append("</td><td class=\"").append(status).append("\">").append(status).append("</td><td>")
                .append(escape(value)).append("</td><td>").append(escape(trend)).append("</td></tr>\n");
    }

    /** A share's estimates with their interval bars against the threshold, one point per year. */
    private static void trendChart(StringBuilder html, RegionReport.ShareHistory history) {
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
        java.util.function.IntToDoubleFunction x = i -> count == 1 ? (left + right) / 2 : left + 10 + i * (right - left - 20) / (count - 1);
        java.util.function.DoubleUnaryOperator y = share -> bottom - (share - floor) / (1 - floor) * (bottom - top);

        html.append("<svg xmlns=\"").append(SVG_NS).append("\" data-chart=\"").append(TREND_CHART)
                .append("\" data-indicator=\"").append(escape(history.indicator().value()))
                .append("\" data-series-count=\"3\" width=\"").append(width).append("\" height=\"").append(height)
                .append("\" viewBox=\"0 0 ").append(width).append(' ').append(height).append("\" role=\"img\" aria-label=\"")
                .append(escape("Indicator " + history.indicator().value() + " by year against " + history.threshold()))
                .append("\">\n<g class=\"axes\" fill=\"#444\">\n");
        html.append(line(left, top, left, bottom, "#999", "")).append(line(left, bottom, right, bottom, "#999", ""));
        for (double tick = Math.ceil(floor * 10) / 10; tick <= 1.0001; tick += 0.1) {
            html.append(line(left - 3, y.applyAsDouble(tick), left, y.applyAsDouble(tick), "#999", ""))
                    .append(text(left - 6, y.applyAsDouble(tick) + 4, "end", String.format(Locale.ROOT, "%.0f %%", tick * 100)));
        }
        for (int i = 0; i < count; i++) {
            html.append(text(x.applyAsDouble(i), bottom + 16, "middle", history.years().get(i).period().toString()));
        }
        html.append("</g>\n<g data-series=\"threshold\">\n")
                .append(line(left, y.applyAsDouble(threshold), right, y.applyAsDouble(threshold), "#b03a2e", " stroke-dasharray=\"6 4\""))
                .append(text(left + 4, y.applyAsDouble(threshold) - 4, "start", "target " + history.threshold()))
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
                        .append(escape(year.period() + ": " + TerminalSummary.value(year) + ", " + year.status().code()))
                        .append("</title></circle>\n");
            } else {
                html.append(text(x.applyAsDouble(i), bottom - 6, "middle",
                        year.isSuppressed() ? "suppressed" : year.status().code().replace('-', ' ')));
            }
        }
        html.append("</g>\n</svg>\n");
    }

    private static void grades(StringBuilder html, RegionReport report) {
        html.append("<section id=\"spur\">\n<h2>SPUR grades</h2>\n");
        if (report.inspections().isEmpty()) {
            html.append("<p>No inspection reports in this unit.</p>\n");
        }
        for (RegionReport.Inspection inspection : report.inspections()) {
            html.append("<h3>").append(escape(inspection.unit().value() + ", " + inspection.specialty()
                    + inspection.inspectionDate().map(d -> ", inspected " + d).orElse(""))).append("</h3>\n<figure>\n");
            gradeChart(html, inspection);
            html.append("<figcaption>Areas A–H under each regulation in scope, before and after the action plan ("
                    + escape(inspection.file()) + "). Action plan required: "
                    + (inspection.before().actionPlanRequired() ? "yes" : "no") + ".</figcaption>\n</figure>\n");
        }
        html.append("</section>\n");
    }

    /** Areas A–H down, one column (a series) per regulation in scope before and after the plan. */
    private static void gradeChart(StringBuilder html, RegionReport.Inspection inspection) {
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
                .append(escape("SPUR grades of " + inspection.unit().value())).append("\">\n<g class=\"labels\" fill=\"#222\">\n");
        for (SpurArea area : SpurArea.values()) {
            html.append(text(4, 46 + area.order() * rowHeight + 16, "start",
                    area.letter() + "  " + TerminalSummary.shorten(area.title().original(), 48)));
        }
        html.append("</g>\n");
        int column = 0;
        for (Regulation regulation : inspection.regulations()) {
            for (boolean after : new boolean[] {false, true}) {
                double cx = label + column * cell;
                String name = (after ? "after " : "before ") + regulation.designation();
                html.append("<g data-series=\"").append(escape(name)).append("\">\n")
                        .append(text(cx + cell / 2.0, 14, "middle", regulation.designation()))
                        .append(text(cx + cell / 2.0, 30, "middle", after ? "after plan" : "inspection"));
                for (SpurArea area : SpurArea.values()) {
                    AreaGrade grade = (after ? inspection.after() : inspection.before()).grade(area, regulation);
                    String letter = TerminalSummary.grade(grade);
                    double cy = 46 + area.order() * rowHeight;
                    html.append("<rect x=\"").append(coordinate(cx + 2)).append("\" y=\"").append(coordinate(cy + 2))
                            .append("\" width=\"").append(cell - 4).append("\" height=\"").append(rowHeight - 4)
                            .append("\" fill=\"").append(gradeColour(letter)).append("\"><title>")
                            .append(escape(area.letter() + " " + name + ": " + TerminalSummary.inEnglish(grade.reasons()))).append("</title></rect>\n")
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

    private static void actions(StringBuilder html, RegionReport report) {
        html.append("<section id=\"actions\">\n<h2>Action items by follow-up status</h2>\n<p>At ")
                .append(report.referenceDate()).append(".</p>\n");
        timeline(html, report);
        html.append("<table>\n<thead><tr><th>status</th><th>items</th></tr></thead>\n<tbody>\n");
        TerminalSummary.itemsByStatus(report).forEach((status, items) -> {
            html.append("<tr><td>").append(status).append(" (").append(items.size()).append(")</td><td>");
            for (String item : items) {
                html.append(escape(item)).append("<br/>");
            }
            html.append("</td></tr>\n");
        });
        html.append("</tbody>\n</table>\n</section>\n");
    }

    /** One row per action item: a bar from its due date to its follow-up date, a dot at follow-up; a series per status. */
    private static void timeline(StringBuilder html, RegionReport report) {
        record Row(String label, String status, Optional<LocalDate> start, Optional<LocalDate> end, String title) {
        }
        List<Row> rows = new ArrayList<>();
        LocalDate first = report.referenceDate();
        LocalDate last = report.referenceDate();
        for (RegionReport.Inspection inspection : report.inspections()) {
            for (int i = 0; i < inspection.items().size(); i++) {
                ActionItem item = inspection.items().get(i);
                ItemFollowUp followUp = inspection.followUps().get(i);
                String status = followUp.followUp().map(f -> f.status().code()).orElse(TerminalSummary.INCOMPLETE);
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
                        item.criterion().value() + ": " + followUp.followUp().map(f -> TerminalSummary.inEnglish(f.reasons()))
                                .orElse("missing " + String.join(", ", followUp.missing()))));
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
        java.util.function.ToDoubleFunction<LocalDate> x = date -> left + (date.toEpochDay() - from) * (double) (right - left) / span;

        html.append("<svg xmlns=\"").append(SVG_NS).append("\" data-chart=\"").append(TIMELINE_CHART)
                .append("\" data-series-count=\"").append(STATUSES.size()).append("\" width=\"").append(width)
                .append("\" height=\"").append(height).append("\" viewBox=\"0 0 ").append(width).append(' ').append(height)
                .append("\" role=\"img\" aria-label=\"Action items on a timeline\">\n<g class=\"axes\" fill=\"#444\">\n")
                .append(line(left, height - 26, right, height - 26, "#999", ""));
        for (LocalDate tick = first.withDayOfMonth(1).plusMonths(1); !tick.isAfter(last); tick = tick.plusMonths(1)) {
            if (tick.getMonthValue() % 3 == 1) {
                html.append(line(x.applyAsDouble(tick), top - 4, x.applyAsDouble(tick), height - 26, "#eee", ""));
            }
            if (tick.getMonthValue() % 6 == 1) {
                html.append(text(x.applyAsDouble(tick), height - 12, "middle", tick.toString().substring(0, 7)));
            }
        }
        html.append(line(x.applyAsDouble(report.referenceDate()), top - 10, x.applyAsDouble(report.referenceDate()), height - 26,
                "#222", " stroke-dasharray=\"3 3\""))
                .append(text(x.applyAsDouble(report.referenceDate()), top - 14, "middle", "reference date " + report.referenceDate()))
                .append(text(right + 48, top - 14, "middle", "no dates"));
        for (int i = 0; i < rows.size(); i++) {
            html.append(text(left - 6, top + i * rowHeight + 12, "end", rows.get(i).label()));
        }
        html.append("</g>\n");
        for (String status : STATUSES) {
            String colour = STATUS_COLOURS.get(status);
            html.append("<g data-series=\"").append(status).append("\" fill=\"").append(colour).append("\">\n");
            for (int i = 0; i < rows.size(); i++) {
                Row row = rows.get(i);
                if (!row.status().equals(status)) {
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
            html.append(text(left + STATUSES.indexOf(status) * 110, 14, "start", status.toLowerCase(Locale.ROOT).replace('_', ' ')))
                    .append("</g>\n");
        }
        html.append("</svg>\n");
    }

    private static void interval(StringBuilder html, RegionReport report) {
        Counts counts = report.inspectionInterval().counts();
        html.append("<section id=\"interval\">\n<h2>SPUR inspection interval</h2>\n<p>").append(counts.numerator())
                .append(" of ").append(counts.denominator()).append(" specialist-training units inspected within ")
                .append(report.inspectionInterval().policy().intervalYears()).append(" years at ")
                .append(report.referenceDate()).append(".</p>\n<table>\n<thead><tr><th>unit</th><th>last inspection</th><th>next due</th><th>within</th><th>reason</th></tr></thead>\n<tbody>\n");
        for (UnitIntervalStatus unit : report.inspectionInterval().units()) {
            html.append("<tr><td>").append(escape(unit.unit().value())).append("</td><td>")
                    .append(unit.lastInspection().map(Object::toString).orElse("never")).append("</td><td>")
                    .append(unit.nextDue().map(Object::toString).orElse("now")).append("</td><td class=\"")
                    .append(unit.withinInterval() ? "met\">yes" : "not-met\">no").append("</td><td>")
                    .append(escape(TerminalSummary.inEnglish(unit.reasons()))).append("</td></tr>\n");
        }
        html.append("</tbody>\n</table>\n</section>\n");
    }

    private static void supervision(StringBuilder html, Optional<TrainingCoverage> shown) {
        if (shown.isEmpty()) {
            html.append("<section id=\"supervision\">\n<h2>Supervisor training</h2>\n<p>Minimum-level training: ")
                    .append(escape(TerminalSummary.SUPPRESSED_COVERAGE)).append(".</p>\n</section>\n");
            return;
        }
        TrainingCoverage coverage = shown.get();
        html.append("<section id=\"supervision\">\n<h2>Supervisor training</h2>\n<p>Minimum-level training (<code>")
                .append(escape(coverage.training().value())).append("</code>): ").append(coverage.counts().numerator())
                .append(" of ").append(coverage.counts().denominator()).append(" supervising staff; target ")
                .append(escape(coverage.threshold().toString())).append(": <strong>").append(coverage.status().code())
                .append("</strong>").append(coverage.additionalToTrain().isPresent()
                        ? ", " + coverage.additionalToTrain().getAsLong() + " more to train to pass" : "")
                .append(".</p>\n<p class=\"small\">").append(escape(TerminalSummary.inEnglish(coverage.reasons()))).append("</p>\n</section>\n");
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
