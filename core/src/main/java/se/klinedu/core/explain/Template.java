package se.klinedu.core.explain;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import se.klinedu.core.InvalidInputException;
import se.klinedu.core.LocalizedText;

/** One reason code's text in one language, parsed: literal parts and the arguments' places and formats. */
final class Template {

    /** The formats a placeholder may name; {@code ""} is none. */
    static final List<String> FORMATS = List.of("", "count", "number", "percent", "points", "level", "threshold",
            "date", "list", "label");

    private final String[] literals;
    private final int[] arguments;
    private final String[] formats;

    private Template(String[] literals, int[] arguments, String[] formats) {
        this.literals = literals;
        this.arguments = arguments;
        this.formats = formats;
    }

    /**
     * Parses a text.
     *
     * @param code the code the text is of
     * @param text the text
     * @param problems where a problem is added, naming the code
     * @return the template, or null if the text has a problem
     */
    static Template parse(ReasonCode code, String text, List<String> problems) {
        List<String> literals = new ArrayList<>();
        List<Integer> arguments = new ArrayList<>();
        List<String> formats = new ArrayList<>();
        List<String> parameters = code.parameters();
        boolean[] used = new boolean[parameters.size()];
        int at = 0;
        while (true) {
            int open = text.indexOf('{', at);
            int close = text.indexOf('}', at);
            if (open < 0) {
                if (close >= 0) {
                    problems.add(code.code() + ": a '}' without '{'");
                    return null;
                }
                literals.add(text.substring(at));
                break;
            }
            if (close < open) {
                problems.add(code.code() + ": a '}' without '{' or an unclosed '{'");
                return null;
            }
            literals.add(text.substring(at, open));
            String[] placeholder = text.substring(open + 1, close).split(",", -1);
            int index = parameters.indexOf(placeholder[0].strip());
            String format = placeholder.length > 1 ? placeholder[1].strip() : "";
            if (index < 0 || placeholder.length > 2 || !FORMATS.contains(format)) {
                problems.add(code.code() + ": unknown argument or format {" + text.substring(open + 1, close) + "}");
                return null;
            }
            used[index] = true;
            arguments.add(index);
            formats.add(format);
            at = close + 1;
        }
        for (int i = 0; i < used.length; i++) {
            if (!used[i]) {
                problems.add(code.code() + ": the text does not show {" + parameters.get(i) + "}");
            }
        }
        if (String.join("", literals).isBlank() && arguments.isEmpty()) {
            problems.add(code.code() + ": the text is blank");
        }
        return new Template(literals.toArray(String[]::new), arguments.stream().mapToInt(Integer::intValue).toArray(),
                formats.toArray(String[]::new));
    }

    String render(Reason reason, Renderer renderer) {
        StringBuilder text = new StringBuilder(literals[0]);
        for (int i = 0; i < arguments.length; i++) {
            text.append(format(arguments[i], formats[i], reason, renderer)).append(literals[i + 1]);
        }
        return text.toString();
    }

    /**
     * Formats one argument of a reason.
     *
     * @throws InvalidInputException at {@code args.<parameter>} if the argument is not of the format's kind (a
     *     string where a count is formatted, an unknown label key, a date that does not exist)
     */
    private static String format(int index, String format, Reason reason, Renderer renderer) {
        Object arg = reason.arg(index);
        try {
            return switch (format) {
                case "count" -> renderer.count((Long) arg);
                case "number" -> arg instanceof Long count ? renderer.count(count) : renderer.number((Double) arg);
                case "percent" -> renderer.percent((Double) arg);
                case "points" -> renderer.points((Double) arg);
                case "level" -> renderer.level((Double) arg);
                case "threshold" -> renderer.threshold((String) arg);
                case "date" -> renderer.date(LocalDate.parse((String) arg));
                case "list" -> renderer.list((List<?>) arg);
                case "label" -> renderer.label((String) arg);
                default -> arg instanceof Long count ? renderer.count(count)
                        : arg instanceof List<?> list ? renderer.list(list)
                        : arg instanceof LocalizedText text ? text.in(renderer.language())
                        : String.valueOf(arg);
            };
        } catch (ClassCastException | IndexOutOfBoundsException | NumberFormatException | DateTimeException
                | InvalidInputException e) {
            throw InvalidInputException.of("args." + reason.code().parameters().get(index), "does not fit the text of "
                    + reason.code().code() + " (" + format + ")", arg);
        }
    }
}
