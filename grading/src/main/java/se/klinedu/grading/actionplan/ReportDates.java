package se.klinedu.grading.actionplan;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import se.klinedu.core.InvalidInputException;
import se.klinedu.core.measure.Due;

/**
 * Reads the dates of a SPUR action plan as the report writes them: {@code 2026.10.01},
 * {@code 1 april 2026} (Swedish month names, any case), ISO {@code 2026-10-01}, and for a due date
 * also {@code Pågående} or {@code Pågående arbete} ("ongoing", any case) and {@code ongoing}.
 *
 * <p>This is the step that transcribes a report's text: {@code ActionItem.builder().due(ReportDates.parseDue(text))
 * .dueAsWritten(text)} keeps both the typed value and the report's words. The JSON codec does not call it for the
 * typed fields, which hold ISO dates and {@code ongoing} only; it checks with it that an item's text as written
 * reads as its typed value. Functions of this class are pure.
 *
 * @since 0.1
 */
public final class ReportDates {

    private static final List<String> MONTHS = List.of("januari", "februari", "mars", "april", "maj", "juni", "juli",
            "augusti", "september", "oktober", "november", "december");
    private static final Pattern NUMERIC = Pattern.compile("([0-9]{4})[.-]([0-9]{2})[.-]([0-9]{2})");
    private static final Pattern WORDS = Pattern.compile("([0-9]{1,2})\\s+(\\p{L}+)\\s+([0-9]{4})");
    private static final String DATE_RULE = "must be a date such as 2026.10.01, 2026-10-01 or 1 april 2026";

    private ReportDates() {
    }

    /**
     * Reads a date.
     *
     * @param text the date as written, surrounding white space ignored, not null
     * @return the date
     * @throws InvalidInputException if the text is no date in one of the formats
     */
    public static LocalDate parseDate(String text) {
        Objects.requireNonNull(text, "text");
        String trimmed = text.strip();
        try {
            Matcher numeric = NUMERIC.matcher(trimmed);
            if (numeric.matches()) {
                return LocalDate.of(Integer.parseInt(numeric.group(1)), Integer.parseInt(numeric.group(2)),
                        Integer.parseInt(numeric.group(3)));
            }
            Matcher words = WORDS.matcher(trimmed);
            if (words.matches()) {
                int month = MONTHS.indexOf(words.group(2).toLowerCase(Locale.ROOT)) + 1;
                if (month > 0) {
                    return LocalDate.of(Integer.parseInt(words.group(3)), month, Integer.parseInt(words.group(1)));
                }
            }
        } catch (DateTimeException e) {
            throw InvalidInputException.of("date", "must be a valid calendar date", text);
        }
        throw InvalidInputException.of("date", DATE_RULE, text);
    }

    /**
     * Reads when a measure is due: a date, or ongoing.
     *
     * @param text the due date as written, such as {@code 2026.02.01}, {@code 1 mars 2026} or {@code Pågående arbete}; not null
     * @return the due date
     * @throws InvalidInputException if the text is neither a date nor ongoing
     */
    public static Due parseDue(String text) {
        Objects.requireNonNull(text, "text");
        String lower = text.strip().toLowerCase(Locale.ROOT);
        if (lower.equals("ongoing") || lower.equals("pågående") || lower.equals("pågående arbete")) {
            return Due.ongoing();
        }
        try {
            return Due.on(parseDate(text));
        } catch (InvalidInputException e) {
            throw InvalidInputException.of("due", "must be ongoing (Pågående) or a date such as 2026.10.01, "
                    + "2026-10-01 or 1 april 2026", text);
        }
    }
}
