package se.klinedu.examples.report;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import se.klinedu.core.LocalizedText;
import se.klinedu.core.Language;
import se.klinedu.core.Threshold;
import se.klinedu.core.explain.Reason;
import se.klinedu.core.explain.Renderer;
import se.klinedu.core.json.JsonEnum;

/**
 * Everything the report shows people, in one language: its own words ({@link ReportMessages}), the
 * library's words for enum constants and its reasons ({@link Renderer}), the documents' texts
 * ({@link LocalizedText#in(Language)}), numbers and dates. The terminal summary and {@code report.html}
 * say nothing that does not come through here.
 */
final class ReportLanguage {

    private final Renderer renderer;
    private final ReportMessages messages;
    private final DateTimeFormatter month;

    private ReportLanguage(Renderer renderer, ReportMessages messages) {
        this.renderer = renderer;
        this.messages = messages;
        this.month = DateTimeFormatter.ofPattern(messages.format("format.month"), Locale.ROOT);
    }

    /**
     * {@return the report's language}
     *
     * @param language the language
     */
    static ReportLanguage of(Language language) {
        return new ReportLanguage(Renderer.of(language), ReportMessages.of(language));
    }

    /** {@return the language} */
    Language language() {
        return renderer.language();
    }

    /**
     * {@return one of the report's own messages, with its arguments in place}
     *
     * @param key the message's key in {@code report_<tag>.properties}
     * @param args the arguments, already in words
     */
    String text(String key, Object... args) {
        return messages.format(key, args);
    }

    /** {@return the library's word for an enum constant, such as "ej uppfyllt" for a status not met in Swedish} */
    String label(JsonEnum constant) {
        return renderer.label(constant);
    }

    /** {@return reasons as sentences, one after the other} */
    String reasons(List<Reason> reasons) {
        return String.join(" ", renderer.render(reasons));
    }

    /** {@return a document's text as a reader of this language gets it} */
    String of(LocalizedText text) {
        return text.in(language());
    }

    /** {@return a share 0..1 as a percentage with one decimal, such as "85,4 %" in Swedish} */
    String percent(double share) {
        return renderer.percent(share);
    }

    /** {@return a share 0..1 as a whole percentage or as many decimals as it has, such as "95 %" for 0.95} */
    String level(double share) {
        return renderer.percentage(BigDecimal.valueOf(share).movePointRight(2).stripTrailingZeros());
    }

    /** {@return a whole number, grouped by thousands as the language does} */
    String count(long count) {
        return renderer.count(count);
    }

    /** {@return a threshold, its comparison in words, such as "över 90 %" in Swedish} */
    String threshold(Threshold threshold) {
        return label(threshold.comparison()) + " " + renderer.percentage(threshold.percent());
    }

    /** {@return a difference of shares in percentage points, signed, with one decimal, such as "+3,2": as its reasons write it} */
    String points(double difference) {
        return renderer.points(difference);
    }

    /** {@return a date as the language writes it, such as "30.06.2026" in Norwegian} */
    String date(LocalDate day) {
        return renderer.date(day);
    }

    /** {@return a date's month and year as the language writes them} */
    String month(LocalDate day) {
        return month.format(day);
    }

    /** {@return the word for yes or no} */
    String yesOrNo(boolean yes) {
        return text(yes ? "word.yes" : "word.no");
    }
}
