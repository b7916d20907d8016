package se.klinedu.core.explain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import se.klinedu.core.InvalidInputException;
import se.klinedu.core.LocalizedText;
import se.klinedu.core.Threshold;
import se.klinedu.core.json.JsonEnum;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * One reason for a result, as data: a {@linkplain ReasonCode code} and its arguments (counts, shares,
 * thresholds, dates, ids), not a sentence. A {@link Renderer} turns it into text in a language on demand.
 *
 * <p>An argument is held in the form JSON writes it: a whole number as a {@code Long}, a fraction as a
 * {@code Double}, text as a {@code String}, a truth value as a {@code Boolean}, several as a list of
 * strings, and a document's text as a {@link LocalizedText} (rendered in English for an English reader and
 * in the original otherwise). {@link #of} takes a few richer values and keeps their canonical text: a {@link JsonEnum} constant
 * as its {@linkplain Renderer#labelKey(JsonEnum) label key}, a date in ISO form, a {@link Threshold} as its
 * comparison's code and its percentage ({@code more-than 90}).
 *
 * <p>In JSON a reason is {@code {"code": …, "args": {…}, "text": …}}, the text in the codec's language; the
 * text is not read back. Instances are immutable and thread-safe.
 *
 * @since 0.2
 */
@JsonSerialize(using = ReasonJson.Writer.class)
@JsonDeserialize(using = ReasonJson.Reader.class)
public final class Reason {

    private final ReasonCode code;
    private final Object[] args;

    private Reason(ReasonCode code, Object[] args) {
        this.code = code;
        this.args = args;
    }

    /**
     * Obtains a reason.
     *
     * @param code the code, not null
     * @param args the arguments, one per {@linkplain ReasonCode#parameters() parameter} of the code, in
     *     order: {@code Long}, {@code Integer}, {@code Double}, {@code String}, {@code Boolean}, a
     *     {@link LocalizedText}, a
     *     {@link JsonEnum} constant, a {@link LocalDate}, a {@link Threshold}, or a collection of strings
     * @return the reason
     * @throws InvalidInputException if the number of arguments differs from the code's parameters, or an
     *     argument is null or of another type
     */
    public static Reason of(ReasonCode code, Object... args) {
        Objects.requireNonNull(code, "code");
        List<String> parameters = code.parameters();
        if (args.length != parameters.size()) {
            throw InvalidInputException.of("args", "must be " + parameters.size() + " for " + code.code() + " "
                    + parameters, args.length);
        }
        Object[] held = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            held[i] = canonical(parameters.get(i), args[i]);
        }
        return new Reason(code, held);
    }

    /** Called by the JSON reader with arguments already in canonical form and checked against the code. */
    static Reason ofCanonical(ReasonCode code, Object[] args) {
        return new Reason(code, args);
    }

    private static Object canonical(String name, Object arg) {
        if (arg instanceof Long || arg instanceof String || arg instanceof Boolean || arg instanceof LocalizedText) {
            return arg;
        }
        if (arg instanceof Integer value) {
            return value.longValue();
        }
        if (arg instanceof Double value) {
            if (!Double.isFinite(value)) {
                throw InvalidInputException.of(name, "must be a finite number", value);
            }
            return value;
        }
        if (arg instanceof JsonEnum value) {
            return Renderer.labelKey(value);
        }
        if (arg instanceof LocalDate value) {
            return value.toString();
        }
        if (arg instanceof Threshold value) {
            return value.comparison().code() + " " + value.percent().toPlainString();
        }
        if (arg instanceof Collection<?> values) {
            List<String> strings = new ArrayList<>(values.size());
            for (Object value : values) {
                if (!(value instanceof String string)) {
                    throw InvalidInputException.of(name, "must hold strings only", value);
                }
                strings.add(string);
            }
            return Collections.unmodifiableList(strings);
        }
        throw InvalidInputException.of(name, "must be a whole number, fraction, text, document text, truth value, enum"
                + " constant, date, threshold or list of strings", arg == null ? "null" : arg.getClass().getSimpleName());
    }

    /**
     * {@return the code}
     */
    public ReasonCode code() {
        return code;
    }

    /**
     * {@return the arguments by parameter name, in the code's order, unmodifiable}
     */
    public Map<String, Object> args() {
        Map<String, Object> named = new LinkedHashMap<>();
        List<String> parameters = code.parameters();
        for (int i = 0; i < args.length; i++) {
            named.put(parameters.get(i), args[i]);
        }
        return Collections.unmodifiableMap(named);
    }

    /**
     * Returns one argument.
     *
     * @param index the parameter's position
     * @return the argument in canonical form
     */
    Object arg(int index) {
        return args[index];
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Reason that && code.equals(that.code) && Arrays.equals(args, that.args);
    }

    @Override
    public int hashCode() {
        return 31 * code.hashCode() + Arrays.hashCode(args);
    }

    /** {@return the code and the arguments, for debugging; {@link Renderer#render} gives the text} */
    @Override
    public String toString() {
        return code.code() + args();
    }
}
