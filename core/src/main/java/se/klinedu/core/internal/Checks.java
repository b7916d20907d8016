package se.klinedu.core.internal;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import se.klinedu.core.InvalidInputException;
import se.klinedu.core.explain.Reason;
import se.klinedu.core.explain.ReasonCode;

/**
 * Validation rules shared by the value types' {@code @Value.Check} methods.
 */
public final class Checks {

    private Checks() {
    }

    /**
     * Requires a value to match a pattern.
     *
     * @param path the attribute, for the message
     * @param value the value
     * @param pattern the pattern the whole value must match
     * @param rule the rule in words, for the message
     * @return the value
     * @throws InvalidInputException when the value does not match
     */
    public static String matches(String path, String value, Pattern pattern, String rule) {
        if (!pattern.matcher(value).matches()) {
            throw InvalidInputException.of(path, rule, value);
        }
        return value;
    }

    /**
     * Requires a text to hold something other than white space.
     *
     * @param path the attribute, for the message
     * @param value the text
     * @throws InvalidInputException when the text is blank
     */
    public static void notBlank(String path, String value) {
        if (value.isBlank()) {
            throw InvalidInputException.of(path, "must not be blank", value);
        }
    }

    /**
     * Requires a collection to hold at least one element.
     *
     * @param path the attribute, for the message
     * @param values the collection
     * @throws InvalidInputException when it is empty
     */
    public static void notEmpty(String path, Collection<?> values) {
        if (values.isEmpty()) {
            throw InvalidInputException.of(path, "must not be empty");
        }
    }

    /**
     * Requires the keys of a list's elements to be unique.
     *
     * @param <T> the element type
     * @param <K> the key type
     * @param path the attribute, for the message
     * @param values the elements
     * @param key the key of an element
     * @return the set of keys
     * @throws InvalidInputException naming the first duplicate key and its index
     */
    public static <T, K> Set<K> uniqueKeys(String path, List<T> values, Function<T, K> key) {
        Set<K> seen = new HashSet<>();
        for (int i = 0; i < values.size(); i++) {
            K k = key.apply(values.get(i));
            if (!seen.add(k)) {
                throw InvalidInputException.of(path + "[" + i + "]", "duplicate id", k);
            }
        }
        return seen;
    }

    /**
     * Requires a result's reasons: at least one, each of the codes of the result's package.
     *
     * @param path the attribute, for the message
     * @param reasons the reasons
     * @param codes the enum of the codes a reason may have, such as the package's {@code MeasureReason}
     * @throws InvalidInputException when there is no reason, or one has a code of another kind, naming it
     */
    public static void reasons(String path, List<Reason> reasons, Class<? extends ReasonCode> codes) {
        notEmpty(path, reasons);
        for (int i = 0; i < reasons.size(); i++) {
            ReasonCode code = reasons.get(i).code();
            if (!codes.isInstance(code)) {
                throw InvalidInputException.of(path + "[" + i + "].code", "must be a code of " + codes.getSimpleName(),
                        code.code());
            }
        }
    }
}
