package se.klinedu.examples.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import se.klinedu.core.Language;

/**
 * The report's own words in one language: headings, column names, legends and the sentences around the
 * library's results, from {@code report_<tag>.properties} beside this class (UTF-8). The library's words
 * (labels of enum constants, reasons) are not here: {@link ReportLanguage} takes them from the library's
 * renderer.
 *
 * <p>A message may hold arguments as {@code {0}}, {@code {1}}, …, replaced by the text of the arguments as
 * given; nothing else in a message is special (an apostrophe is an apostrophe).
 */
final class ReportMessages {

    private final Language language;
    private final Map<String, String> messages;

    private ReportMessages(Language language, Map<String, String> messages) {
        this.language = language;
        this.messages = messages;
    }

    /**
     * Reads the messages of a language.
     *
     * @param language the language
     * @return its messages
     * @throws IllegalStateException if the language's file is missing: a defect of the build
     */
    static ReportMessages of(Language language) {
        String file = fileOf(language);
        try (InputStream in = ReportMessages.class.getResourceAsStream(file)) {
            if (in == null) {
                throw new IllegalStateException("the report's messages are missing: " + file);
            }
            Properties properties = new Properties();
            try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
                properties.load(reader);
            }
            Map<String, String> messages = new TreeMap<>();
            properties.stringPropertyNames().forEach(key -> messages.put(key, properties.getProperty(key)));
            return new ReportMessages(language, Map.copyOf(messages));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the report's messages " + file, e);
        }
    }

    /** {@return the resource name of a language's messages, relative to this class} */
    static String fileOf(Language language) {
        return "report_" + language.code() + ".properties";
    }

    /** {@return the language} */
    Language language() {
        return language;
    }

    /** {@return every key} */
    Set<String> keys() {
        return messages.keySet();
    }

    /**
     * Formats a message.
     *
     * @param key the message's key
     * @param args the arguments, {@code {0}} first
     * @return the message with its arguments in place
     * @throws IllegalStateException if the language has no such message, or the message names an argument
     *     not given: a defect of the build, which the tests of every language find
     */
    String format(String key, Object... args) {
        String message = messages.get(key);
        if (message == null) {
            throw new IllegalStateException(fileOf(language) + " has no message " + key);
        }
        StringBuilder text = new StringBuilder(message.length() + 16 * args.length);
        int from = 0;
        for (int open = message.indexOf('{'); open >= 0; open = message.indexOf('{', from)) {
            int close = message.indexOf('}', open);
            text.append(message, from, open);
            int index = close < 0 ? -1 : argumentIndex(message.substring(open + 1, close));
            if (index < 0) {
                text.append('{');
                from = open + 1;
                continue;
            }
            if (index >= args.length) {
                throw new IllegalStateException(fileOf(language) + ": " + key + " names {" + index + "}, given "
                        + args.length + " argument(s)");
            }
            text.append(args[index]);
            from = close + 1;
        }
        return text.append(message, from, message.length()).toString();
    }

    /** {@return the argument index of a placeholder's content, or -1 when it is not a number} */
    static int argumentIndex(String content) {
        if (content.isEmpty() || content.length() > 2 || !content.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return -1;
        }
        return Integer.parseInt(content);
    }
}
