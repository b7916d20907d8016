package se.klinedu.core;

import se.klinedu.core.json.JsonEnum;

/**
 * How a share is compared with a {@link Threshold}'s percentage.
 *
 * <p>Written to JSON as its {@linkplain #code() code}, {@code more-than} or {@code at-least}; the
 * operator, {@code >} or {@code >=}, is for people to read ({@link #operator()}).
 *
 * @since 0.1
 */
public enum Comparison implements JsonEnum {
    /** Strictly more than, as in "ska uppgå till &gt;90 procent": exactly 90 % does not pass. */
    MORE_THAN(">"),
    /** At least, inclusive: exactly the percentage passes. */
    AT_LEAST(">=");

    private final String operator;

    Comparison(String operator) {
        this.operator = operator;
    }

    /**
     * {@return the operator as people read it: {@code >} or {@code >=}}
     */
    public String operator() {
        return operator;
    }

    /**
     * Obtains a comparison from its code.
     *
     * @param code {@code more-than} or {@code at-least}, not null
     * @return the comparison
     * @throws InvalidInputException for any other code
     */
    public static Comparison of(String code) {
        return JsonEnum.of(Comparison.class, "comparison", code);
    }
}
