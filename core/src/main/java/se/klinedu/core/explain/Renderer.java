package se.klinedu.core.explain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import se.klinedu.core.InvalidInputException;
import se.klinedu.core.Language;
import se.klinedu.core.json.JsonEnum;

/**
 * Renders {@link Reason}s and labels in one {@linkplain Language language}, from the texts every klinedu
 * module ships ({@link ReasonTexts}): Swedish ({@code sv}, the language of the Örebro strategy, the SPUR
 * model and Region Stockholm's catalogue), Norwegian bokmål ({@code nb}, Helse Sør-Øst) or English
 * ({@code en}).
 *
 * <p>A text is a template with the reason's arguments in braces: {@code {name}} writes the argument as it
 * is (a whole number grouped as a count), and {@code {name,format}} formats it:
 *
 * <ul>
 *   <li>{@code count}: a whole number, grouped by thousands ({@code 12 345} in sv and nb, with a
 *       non-breaking space; {@code 12,345} in en);
 *   <li>{@code number}: a number as it is, without trailing zeros, with the language's decimal sign
 *       ({@code 1,5} in sv and nb, {@code 1.5} in en; a whole number grouped as a count);
 *   <li>{@code percent}: a share 0..1 as a percentage with one decimal, rounded half up
 *       ({@code 85,4 %} in sv and nb, decimal comma and non-breaking space; {@code 85.4%} in en);
 *   <li>{@code points}: a difference of shares in percentage points, signed, one decimal ({@code +3,2});
 *   <li>{@code level}: a confidence level 0..1 as a percentage without trailing zeros ({@code 95 %});
 *   <li>{@code threshold}: a threshold, its comparison as a word ({@code över 90 %}, {@code at least 90%});
 *   <li>{@code date}: an ISO date ({@code 2026-06-30} in sv and en, {@code 30.06.2026} in nb);
 *   <li>{@code list}: strings joined ({@code A, B och C});
 *   <li>{@code label}: a label key, written as the label's word.
 * </ul>
 *
 * <p>Every code and label has a text in every language, checked when the texts are first loaded and by each
 * module's tests: there is no fallback. Instances are immutable and thread-safe.
 *
 * @since 0.2
 */
public final class Renderer {

    private static final char NBSP = '\u00a0';

    private final Language language;
    private final Map<ReasonCode, Template> templates;
    private final Map<String, String> labels;

    Renderer(Language language, Map<ReasonCode, Template> templates, Map<String, String> labels) {
        this.language = language;
        this.templates = templates;
        this.labels = labels;
    }

    /**
     * Obtains the renderer of a language.
     *
     * @param language the language, not null
     * @return the renderer
     * @throws IllegalStateException if a module's texts are missing or malformed: a defect of the release
     */
    public static Renderer of(Language language) {
        Objects.requireNonNull(language, "language");
        return ReasonRegistry.renderer(language);
    }

    /**
     * Obtains the renderer of a language from its tag.
     *
     * @param language {@code sv}, {@code nb} or {@code en}, not null
     * @return the renderer
     * @throws InvalidInputException for any other tag, naming it
     */
    public static Renderer of(String language) {
        Objects.requireNonNull(language, "language");
        return of(Language.of(language));
    }

    /**
     * {@return the language}
     */
    public Language language() {
        return language;
    }

    /**
     * Renders a reason.
     *
     * @param reason the reason, not null
     * @return its text, never empty
     * @throws InvalidInputException if no module has a text of the reason's code, or an argument does not fit
     *     the text (at {@code args.<parameter>}: a string where a count is formatted, an unknown label key, a
     *     date that does not exist)
     */
    public String render(Reason reason) {
        Objects.requireNonNull(reason, "reason");
        Template template = templates.get(reason.code());
        if (template == null) {
            throw InvalidInputException.of("code", "is unknown to the reason texts", reason.code().code());
        }
        return template.render(reason, this);
    }

    /**
     * Renders several reasons.
     *
     * @param reasons the reasons, not null
     * @return their texts, in order
     */
    public List<String> render(List<Reason> reasons) {
        return reasons.stream().map(this::render).toList();
    }

    /**
     * Returns the word for an enum constant, such as "uppfyllt" for a met status in Swedish.
     *
     * @param constant a constant of an enum some module {@linkplain ReasonTexts#labelled() labels}, not null
     * @return the word
     * @throws InvalidInputException if no module labels the constant's enum
     */
    public String label(JsonEnum constant) {
        return label(labelKey(Objects.requireNonNull(constant, "constant")));
    }

    /**
     * Returns the word of a label key.
     *
     * @param key a label key, as {@link #labelKey(JsonEnum)} makes it, not null
     * @return the word
     * @throws InvalidInputException if no module has a label of that key
     */
    public String label(String key) {
        String word = labels.get(Objects.requireNonNull(key, "key"));
        if (word == null) {
            throw InvalidInputException.of("label", "is unknown to the reason texts", key);
        }
        return word;
    }

    /**
     * {@return the label key of an enum constant: the enum's simple name in lower-case words joined by
     *     hyphens, a dot, and the constant's code, such as {@code status.not-met} or {@code grade.a}}
     *
     * @param constant the constant, not null
     */
    public static String labelKey(JsonEnum constant) {
        Class<?> type = ((Enum<?>) constant).getDeclaringClass();
        return LabelFamily.OF.get(type) + "." + constant.code();
    }

    /**
     * Formats a share 0..1 as a percentage with one decimal, rounded half up, in this language; a percentage
     * given in percent is {@link #percentage(BigDecimal)}'s.
     *
     * @param share the share
     * @return the percentage, such as {@code 85,4 %} in Swedish
     */
    public String percent(double share) {
        return percentage(new BigDecimal(share).movePointRight(2).setScale(1, RoundingMode.HALF_UP));
    }

    /**
     * Formats a percentage given in percent, such as a threshold's {@link se.klinedu.core.Threshold#percent()},
     * as it is: with the decimals its scale has, in this language; a share 0..1 is {@link #percent(double)}'s.
     *
     * @param percent the percentage in percent ({@code 85.4} for 85.4 %), not null
     * @return the percentage: {@code 85,4 %} in Swedish and Norwegian bokmål (decimal comma, a non-breaking space
     *     before {@code %}), {@code 85.4%} in English; {@code 90} is {@code 90 %} and {@code 90.0} is
     *     {@code 90,0 %} in Swedish
     */
    public String percentage(BigDecimal percent) {
        String number = decimal(Objects.requireNonNull(percent, "percent"));
        return language == Language.ENGLISH ? number + "%" : number + NBSP + "%";
    }

    /**
     * Formats a whole number as a count, grouped by thousands in this language.
     *
     * @param count the number
     * @return the count, such as {@code 12 345} in Swedish (non-breaking space)
     */
    public String count(long count) {
        String digits = Long.toString(Math.abs(count));
        StringBuilder grouped = new StringBuilder(digits.length() + 6);
        if (count < 0) {
            grouped.append('−');
        }
        for (int i = 0; i < digits.length(); i++) {
            if (i > 0 && (digits.length() - i) % 3 == 0) {
                grouped.append(language == Language.ENGLISH ? ',' : NBSP);
            }
            grouped.append(digits.charAt(i));
        }
        return grouped.toString();
    }

    /**
     * Formats a number as it is, without trailing zeros, in this language.
     *
     * @param number the number, finite
     * @return the number, such as {@code 1,5} or {@code 40} in Swedish
     */
    public String number(double number) {
        return decimal(BigDecimal.valueOf(number).stripTrailingZeros());
    }

    /**
     * Formats a date as this language writes it.
     *
     * @param date the date, not null
     * @return the date: {@code 2026-06-30} in Swedish and English (ISO), {@code 30.06.2026} in Norwegian bokmål
     */
    public String date(LocalDate date) {
        Objects.requireNonNull(date, "date");
        return language == Language.NORWEGIAN_BOKMAL ? String.format(Locale.ROOT, "%02d.%02d.%04d",
                date.getDayOfMonth(), date.getMonthValue(), date.getYear()) : date.toString();
    }

    String decimal(BigDecimal value) {
        String plain = value.abs().toPlainString();
        int point = plain.indexOf('.');
        String whole = count(Long.parseLong(point < 0 ? plain : plain.substring(0, point)));
        String sign = value.signum() < 0 ? "−" : "";
        return point < 0 ? sign + whole : sign + whole + (language == Language.ENGLISH ? '.' : ',') + plain.substring(point + 1);
    }

    /**
     * Formats a difference of two shares 0..1 in percentage points with one decimal, rounded half up on the exact
     * value, signed ({@code ±} for none), in this language.
     *
     * @param difference the later share less the earlier
     * @return the difference in points, such as {@code +3,2} in Swedish, {@code −0.5} in English, {@code ±0,0}
     */
    public String points(double difference) {
        BigDecimal points = new BigDecimal(difference).movePointRight(2).setScale(1, RoundingMode.HALF_UP);
        return (points.signum() > 0 ? "+" : points.signum() == 0 ? "±" : "") + decimal(points);
    }

    String level(double level) {
        return percentage(new BigDecimal(level).movePointRight(2).setScale(6, RoundingMode.HALF_UP).stripTrailingZeros());
    }

    String threshold(String threshold) {
        int space = threshold.indexOf(' ');
        return label("comparison." + threshold.substring(0, space)) + " "
                + percentage(new BigDecimal(threshold.substring(space + 1)));
    }

    String list(List<?> values) {
        StringBuilder joined = new StringBuilder();
        for (int i = 0; i < values.size(); i++) {
            if (i > 0) {
                joined.append(i == values.size() - 1 ? " " + and() + " " : ", ");
            }
            joined.append(values.get(i));
        }
        return joined.toString();
    }

    private String and() {
        return switch (language) {
            case SWEDISH -> "och";
            case NORWEGIAN_BOKMAL -> "og";
            case ENGLISH -> "and";
        };
    }

    /** The label family of each enum, made once per enum. */
    private static final class LabelFamily extends ClassValue<String> {

        static final LabelFamily OF = new LabelFamily();

        @Override
        protected String computeValue(Class<?> type) {
            String name = type.getSimpleName();
            StringBuilder family = new StringBuilder(name.length() + 4);
            for (int i = 0; i < name.length(); i++) {
                char c = name.charAt(i);
                if (Character.isUpperCase(c) && i > 0) {
                    family.append('-');
                }
                family.append(Character.toLowerCase(c));
            }
            return family.toString();
        }
    }

    static Map<Language, Renderer> all(Map<Language, Map<ReasonCode, Template>> templates,
            Map<Language, Map<String, String>> labels) {
        Map<Language, Renderer> renderers = new EnumMap<>(Language.class);
        for (Language language : Language.values()) {
            renderers.put(language, new Renderer(language, Map.copyOf(templates.get(language)),
                    Map.copyOf(labels.getOrDefault(language, new HashMap<>()))));
        }
        return renderers;
    }
}
