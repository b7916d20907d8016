package se.klinedu.core.internal;

import java.math.BigDecimal;
import se.klinedu.core.InvalidInputException;

/**
 * The bound every decimal the library reads or is given must keep, checked before any arithmetic or
 * formatting: a decimal such as {@code 1e999999999} or {@code 1e-999999999} is 12 characters of JSON,
 * but its plain digits are a billion, and arithmetic or {@code toPlainString()} on it exhausts any
 * heap.
 *
 * <p>{@link #canonical} reads only the decimal's unscaled bit length, precision and scale before it
 * decides, so a rejection costs the same whatever the exponent; it never quotes the rejected digits.
 */
public final class Decimals {

    /**
     * The most bits an unscaled value may have, about 120 decimal digits: more than any number the
     * codec reads ({@code KlineduJson.MAX_NUMBER_LENGTH} characters).
     */
    static final int MAX_UNSCALED_BITS = 400;

    private Decimals() {
    }

    /**
     * Checks a decimal against a bound and returns its canonical form: no trailing zeros after the
     * point and a scale of at least 0, so that {@code 90.0}, {@code 90} and {@code 9E+1} are one value.
     *
     * @param path the attribute, for the message
     * @param value the decimal, not null
     * @param maxIntegerDigits the most digits before the point; the value is below {@code 10^maxIntegerDigits}
     *     in magnitude
     * @param maxDecimals the most digits after the point, trailing zeros not counted
     * @return the canonical form of the value
     * @throws InvalidInputException if the value has more than about 120 significant digits, or more integer
     *     digits or decimals than allowed; the message gives the digit counts, not the digits
     */
    public static BigDecimal canonical(String path, BigDecimal value, int maxIntegerDigits, int maxDecimals) {
        if (value.signum() == 0) {
            return BigDecimal.ZERO;
        }
        if (value.unscaledValue().bitLength() > MAX_UNSCALED_BITS) {
            throw InvalidInputException.of(path, "must have at most 120 significant digits");
        }
        // precision - scale is the number of integer digits (negative for 0.001), whatever the trailing zeros
        long integerDigits = (long) value.precision() - value.scale();
        if (integerDigits > maxIntegerDigits) {
            throw InvalidInputException.of(path, "must be below 1E+" + maxIntegerDigits + " in magnitude, had "
                    + integerDigits + " digits before the point");
        }
        if (integerDigits < -maxDecimals) {
            throw InvalidInputException.of(path, "must have at most " + maxDecimals + " decimals, had "
                    + value.scale() + " places after the point");
        }
        // scale is now within precision + maxDecimals, so stripping cannot overflow it
        BigDecimal stripped = value.stripTrailingZeros();
        if (stripped.scale() > maxDecimals) {
            throw InvalidInputException.of(path, "must have at most " + maxDecimals + " decimals", stripped.toPlainString());
        }
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
}
