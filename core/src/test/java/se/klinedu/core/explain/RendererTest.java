package se.klinedu.core.explain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import se.klinedu.core.Comparison;
import se.klinedu.core.InvalidInputException;
import se.klinedu.core.Language;
import se.klinedu.core.Threshold;
import se.klinedu.core.internal.CoreReasonTexts;

class RendererTest {

    /** A code of these tests only, with texts of every format. */
    enum Sample implements ReasonCode {
        EVERYTHING("sample.everything", "n", "share", "change", "level", "threshold", "date", "units", "comparison"),
        COUNTED("sample.counted", "n");

        private final String code;
        private final List<String> parameters;

        Sample(String code, String... parameters) {
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

    private static final String TEMPLATE = "{n,count}|{share,percent}|{change,points}|{level,level}|{threshold,threshold}"
            + "|{date,date}|{units,list}|{comparison,label}";

    private static ReasonTexts sampleTexts(Map<Language, Map<String, String>> texts) {
        return new ReasonTexts() {
            @Override
            public List<ReasonCode> codes() {
                return List.of(Sample.values());
            }

            @Override
            public List<Class<? extends se.klinedu.core.json.JsonEnum>> labelled() {
                return List.of();
            }

            @Override
            public Map<String, String> texts(Language language) {
                return texts.get(language);
            }
        };
    }

    private static final ReasonRegistry REGISTRY = ReasonRegistry.of(List.of(new CoreReasonTexts(), sampleTexts(Map.of(
            Language.SWEDISH, Map.of("sample.everything", TEMPLATE, "sample.counted", "{n} st"),
            Language.NORWEGIAN_BOKMAL, Map.of("sample.everything", TEMPLATE, "sample.counted", "{n} stk"),
            Language.ENGLISH, Map.of("sample.everything", TEMPLATE, "sample.counted", "{n} of them")))));

    private static final Reason EVERYTHING = Reason.of(Sample.EVERYTHING, 1234567, 0.85449, 0.0325, 0.95,
            Threshold.of(Comparison.MORE_THAN, new BigDecimal("90.5")), LocalDate.of(2026, 6, 30),
            List.of("A", "B", "C"), Comparison.AT_LEAST);

    private static String render(Language language, Reason reason) {
        return REGISTRY.renderers.get(language).render(reason);
    }

    @Test
    void formats_numbers_for_swedish_with_decimal_comma_and_non_breaking_spaces() {
        assertEquals("1\u00a0234\u00a0567|85,4\u00a0%|+3,3|95\u00a0%|över 90,5\u00a0%|2026-06-30|A, B och C|minst",
                render(Language.SWEDISH, EVERYTHING));
    }

    @Test
    void formats_numbers_for_norwegian_with_its_date_order() {
        assertEquals("1\u00a0234\u00a0567|85,4\u00a0%|+3,3|95\u00a0%|over 90,5\u00a0%|30.06.2026|A, B og C|minst",
                render(Language.NORWEGIAN_BOKMAL, EVERYTHING));
    }

    @Test
    void formats_numbers_for_english_with_decimal_point() {
        assertEquals("1,234,567|85.4%|+3.3|95%|more than 90.5%|2026-06-30|A, B and C|at least",
                render(Language.ENGLISH, EVERYTHING));
    }

    @Test
    void rounds_a_percentage_half_up_on_the_exact_share_and_signs_a_change() {
        Renderer swedish = REGISTRY.renderers.get(Language.SWEDISH);
        assertEquals("85,5\u00a0%", swedish.percent(0.855));   // the double nearest 0.855 is 0.85499999…, which still rounds to 85.5 at one decimal
        assertEquals("0,0\u00a0%", swedish.percent(0));
        assertEquals("100,0\u00a0%", swedish.percent(1));
        assertEquals("−3,1", swedish.points(-0.0312));
        assertEquals("±0,0", swedish.points(0.00001));
        assertEquals("999", swedish.count(999));
        assertEquals("1\u00a0000", swedish.count(1000));
    }

    @Test
    void a_number_is_written_as_it_is_with_the_languages_decimal_sign() {
        Renderer swedish = REGISTRY.renderers.get(Language.SWEDISH);
        Renderer english = REGISTRY.renderers.get(Language.ENGLISH);

        assertEquals("1,5", swedish.number(1.5));
        assertEquals("1.5", english.number(1.5));
        assertEquals("40", swedish.number(40.0));
        assertEquals("12\u00a0345,25", swedish.number(12_345.25));
        assertEquals("12,345.25", english.number(12_345.25));
        assertEquals("0,000001", swedish.number(0.000_001));
        assertEquals("123\u00a0456,123456", swedish.number(123_456.123_456));
    }

    @Test
    void writes_a_percentage_given_in_percent_as_it_is_in_each_language() {
        BigDecimal percent = new BigDecimal("85.4");

        assertEquals("85,4\u00a0%", Renderer.of(Language.SWEDISH).percentage(percent));
        assertEquals("85,4\u00a0%", Renderer.of(Language.NORWEGIAN_BOKMAL).percentage(percent));
        assertEquals("85.4%", Renderer.of(Language.ENGLISH).percentage(percent));
        assertEquals("90\u00a0%", Renderer.of(Language.SWEDISH).percentage(new BigDecimal("90")));
        assertEquals("90,0\u00a0%", Renderer.of(Language.SWEDISH).percentage(new BigDecimal("90.0")));
    }

    @Test
    void writes_a_date_as_each_language_does() {
        LocalDate day = LocalDate.of(2026, 3, 5);

        assertEquals("2026-03-05", Renderer.of(Language.SWEDISH).date(day));
        assertEquals("05.03.2026", Renderer.of(Language.NORWEGIAN_BOKMAL).date(day));
        assertEquals("2026-03-05", Renderer.of(Language.ENGLISH).date(day));
    }

    @Test
    void an_argument_that_does_not_fit_its_format_is_named_by_its_parameter() {
        Reason notACount = Reason.of(Sample.EVERYTHING, "many", 0.5, 0.0, 0.95, Threshold.moreThan(90),
                LocalDate.of(2026, 6, 30), List.of("A"), Comparison.AT_LEAST);
        Reason noSuchDay = Reason.of(Sample.EVERYTHING, 1, 0.5, 0.0, 0.95, Threshold.moreThan(90), "2026-02-30",
                List.of("A"), Comparison.AT_LEAST);

        InvalidInputException count = assertThrows(InvalidInputException.class, () -> render(Language.SWEDISH, notACount));
        InvalidInputException date = assertThrows(InvalidInputException.class, () -> render(Language.ENGLISH, noSuchDay));

        assertEquals("args.n", count.path());
        assertEquals("does not fit the text of sample.everything (count), was many", count.reason());
        assertEquals("args.date", date.path());
        assertEquals("does not fit the text of sample.everything (date), was 2026-02-30", date.reason());
    }

    @Test
    void an_unformatted_whole_number_is_a_count() {
        assertEquals("12\u00a0345 st", render(Language.SWEDISH, Reason.of(Sample.COUNTED, 12345L)));
        assertEquals("12,345 of them", render(Language.ENGLISH, Reason.of(Sample.COUNTED, 12345L)));
    }

    @Test
    void rejects_a_language_it_does_not_have_naming_it() {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> Renderer.of("de"));
        assertTrue(e.getMessage().contains("de"), e.getMessage());
        assertEquals(Language.NORWEGIAN_BOKMAL, Renderer.of("nb").language());
    }

    @Test
    void a_code_without_text_in_a_language_fails_the_loading_naming_code_and_language() {
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> ReasonRegistry.of(List.of(sampleTexts(Map.of(
                Language.SWEDISH, Map.of("sample.everything", TEMPLATE, "sample.counted", "{n}"),
                Language.NORWEGIAN_BOKMAL, Map.of("sample.everything", TEMPLATE),
                Language.ENGLISH, Map.of("sample.everything", TEMPLATE, "sample.counted", "{n}"))))));
        assertTrue(e.getMessage().contains("sample.counted: no text in nb"), e.getMessage());
    }

    @Test
    void a_text_that_hides_an_argument_or_names_an_unknown_one_fails_the_loading() {
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> ReasonRegistry.of(List.of(sampleTexts(Map.of(
                Language.SWEDISH, Map.of("sample.everything", "{n} {nope}", "sample.counted", "inget"),
                Language.NORWEGIAN_BOKMAL, Map.of("sample.everything", TEMPLATE, "sample.counted", "{n}", "sample.extra", "x"),
                Language.ENGLISH, Map.of("sample.everything", TEMPLATE, "sample.counted", "{n,money}"))))));
        assertTrue(e.getMessage().contains("sample.everything: unknown argument or format {nope}"), e.getMessage());
        assertTrue(e.getMessage().contains("sample.counted: the text does not show {n}"), e.getMessage());
        assertTrue(e.getMessage().contains("sample.counted: unknown argument or format {n,money}"), e.getMessage());
        assertTrue(e.getMessage().contains("sample.extra: a text in nb of no code or label"), e.getMessage());
    }

    @Test
    void a_reason_takes_exactly_its_codes_arguments_in_canonical_form() {
        assertThrows(InvalidInputException.class, () -> Reason.of(Sample.COUNTED));
        assertThrows(InvalidInputException.class, () -> Reason.of(Sample.COUNTED, 1L, 2L));
        assertThrows(InvalidInputException.class, () -> Reason.of(Sample.COUNTED, new Object()));
        assertThrows(InvalidInputException.class, () -> Reason.of(Sample.COUNTED, Double.NaN));
        assertThrows(InvalidInputException.class, () -> Reason.of(Sample.COUNTED, List.of(1)));
        assertEquals(Reason.of(Sample.COUNTED, 3L), Reason.of(Sample.COUNTED, 3));
        assertEquals(Map.of("n", 3L), Reason.of(Sample.COUNTED, 3).args());
        assertEquals("comparison.at-least", EVERYTHING.args().get("comparison"));
        assertEquals("more-than 90.5", EVERYTHING.args().get("threshold"));
        assertEquals("2026-06-30", EVERYTHING.args().get("date"));
        assertEquals(List.of("n", "share", "change", "level", "threshold", "date", "units", "comparison"),
                List.copyOf(EVERYTHING.args().keySet()));
    }

    @Test
    void label_keys_name_the_enum_in_lower_case_words() {
        assertEquals("comparison.more-than", Renderer.labelKey(Comparison.MORE_THAN));
        assertEquals("language.nb", Renderer.labelKey(Language.NORWEGIAN_BOKMAL));
        assertEquals("över", Renderer.of(Language.SWEDISH).label(Comparison.MORE_THAN));
        assertEquals("more than", Renderer.of(Language.ENGLISH).label(Comparison.MORE_THAN));
    }
}
