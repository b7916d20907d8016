package se.klinedu.examples.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Set;
import java.util.TreeSet;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import se.klinedu.core.Language;

class ReportMessagesTest {

    private static final Pattern ARGUMENT = Pattern.compile("\\{(\\d+)\\}");

    @ParameterizedTest
    @EnumSource(Language.class)
    void every_key_is_in_every_language_with_a_text_and_the_same_arguments(Language language) {
        ReportMessages swedish = ReportMessages.of(Language.SWEDISH);
        ReportMessages messages = ReportMessages.of(language);

        assertEquals(swedish.keys(), messages.keys(), ReportMessages.fileOf(language));
        for (String key : messages.keys()) {
            String text = messages.format(key, "a", "b", "c", "d", "e");
            assertFalse(text.isBlank(), key);
            assertEquals(arguments(swedish, key), arguments(messages, key), key);
        }
    }

    @Test
    void arguments_are_put_in_place_and_nothing_else_is_special() {
        ReportMessages english = ReportMessages.of(Language.ENGLISH);

        assertEquals("Year 2025 compared with 2024", english.format("report.period-compared", 2025, 2024));
        assertEquals("91.2% [85.0%–94.8%]", english.format("value.share", "91.2%", "85.0%", "94.8%"));
        assertThrows(IllegalStateException.class, () -> english.format("report.period-compared", 2025));
        assertThrows(IllegalStateException.class, () -> english.format("no.such-key"));
    }

    @Test
    void each_language_writes_percentages_and_points_its_own_way() {
        assertEquals("95\u00a0%", ReportLanguage.of(Language.SWEDISH).level(0.95));
        assertEquals("95\u00a0%", ReportLanguage.of(Language.NORWEGIAN_BOKMAL).level(0.95));
        assertEquals("95%", ReportLanguage.of(Language.ENGLISH).level(0.95));
        assertEquals("\u22123,5", ReportLanguage.of(Language.SWEDISH).points(-0.0349));
        assertEquals("+3.5", ReportLanguage.of(Language.ENGLISH).points(0.0349));
        // as the trend's reasons write it: one decimal always, rounded on the exact value (0.0225 is 0.02249999…)
        assertEquals("+3,0", ReportLanguage.of(Language.SWEDISH).points(0.03));
        assertEquals("+2,2", ReportLanguage.of(Language.SWEDISH).points(0.0225));
        assertEquals("\u00b10,0", ReportLanguage.of(Language.SWEDISH).points(0));
    }

    private static Set<String> arguments(ReportMessages messages, String key) {
        String raw = messages.format(key, "{0}", "{1}", "{2}", "{3}", "{4}");
        Set<String> found = new TreeSet<>();
        ARGUMENT.matcher(raw).results().map(MatchResult::group).forEach(found::add);
        return found;
    }
}
