package se.klinedu.core;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import se.klinedu.core.internal.Checks;

/**
 * How a share is compared with a {@link Threshold}'s percentage.
 *
 * @since 0.1
 */
public enum Comparison {
    /** Strictly more than, as in "ska uppgå till &gt;90 procent": exactly 90 % does not pass. */
    MORE_THAN(">"),
    /** At least, inclusive: exactly the percentage passes. */
    AT_LEAST(">=");

    private final String code;

    Comparison(String code) {
        this.code = code;
    }

    /**
     * {@return the operator as written in JSON: {@code >} or {@code >=}}
     */
    @JsonValue
    public String code() {
        return code;
    }

    /**
     * Obtains a comparison from its operator.
     *
     * @param code {@code >} or {@code >=}, not null
     * @return the comparison
     * @throws InvalidInputException for any other operator
     */
    @JsonCreator
    public static Comparison of(String code) {
        return Checks.byCode("comparison", values(), code, Comparison::code, "must be > or >=");
    }
}
