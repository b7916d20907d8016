package se.klinedu.core;

import java.util.List;
import java.util.Objects;

/**
 * Thrown when input breaks a rule of klinedu's types: a share above one, a numerator above its
 * denominator, an unknown id, malformed JSON.
 *
 * <p>The message reads {@code path: reason}. The {@linkplain #path() path} names the attribute of a
 * value (such as {@code numerator}) or, for parsed input, the JSON path of the offending node (such
 * as {@code $.overallGoals[0].effectGoals[2].id}). Conditions of the data that are not errors (no
 * data, too few respondents, not yet due) are statuses of results, never this exception.
 *
 * @since 0.1
 */
public final class InvalidInputException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    /** The most characters of a rejected value that a message quotes. */
    public static final int MAX_QUOTED_LENGTH = 100;

    /** The attribute or JSON path of the offending input. */
    private final String path;
    /** The rule that was broken. */
    private final String reason;

    private InvalidInputException(String path, String reason, Throwable cause) {
        super(path + ": " + reason, cause);
        this.path = path;
        this.reason = reason;
    }

    /**
     * Creates the exception that generated builders throw when required attributes were not set: the path is the
     * first of them, and the reason names the others.
     *
     * @param missingAttributes the names of the attributes not set, at least one, not null
     */
    public InvalidInputException(String... missingAttributes) {
        this(missingAttributes[0], missingAttributes.length == 1 ? "is required"
                : "is required, as are " + String.join(", ", List.of(missingAttributes).subList(1, missingAttributes.length)),
                null);
    }

    /**
     * Obtains an exception for a broken rule.
     *
     * @param path the attribute or JSON path, not null
     * @param reason the rule that was broken, not null
     * @return the exception
     */
    public static InvalidInputException of(String path, String reason) {
        return new InvalidInputException(Objects.requireNonNull(path, "path"),
                Objects.requireNonNull(reason, "reason"), null);
    }

    /**
     * Obtains an exception for a broken rule, quoting the rejected value.
     *
     * @param path the attribute or JSON path, not null
     * @param rule the rule that was broken, not null
     * @param value the rejected value, not null
     * @return the exception, whose reason reads {@code rule, was value}; a value longer than
     *     {@value #MAX_QUOTED_LENGTH} characters is quoted by its first {@value #MAX_QUOTED_LENGTH} and its length
     */
    public static InvalidInputException of(String path, String rule, Object value) {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(value, "value");
        return of(path, rule + ", was " + quote(value.toString()));
    }

    private static String quote(String value) {
        return value.length() <= MAX_QUOTED_LENGTH ? value
                : value.substring(0, MAX_QUOTED_LENGTH) + "… (" + value.length() + " characters)";
    }

    /**
     * Obtains an exception that places another one's reason under a longer path.
     *
     * @param path the path to prefix, not null
     * @param cause the exception whose path is relative to {@code path}, not null
     * @return the exception, keeping {@code cause} as its cause
     */
    public static InvalidInputException under(String path, InvalidInputException cause) {
        Objects.requireNonNull(path, "path");
        String joined = cause.path().isEmpty() ? path
                : cause.path().startsWith("[") ? path + cause.path() : path + "." + cause.path();
        return new InvalidInputException(joined, cause.reason(), cause);
    }

    /**
     * Obtains an exception for a failure found while reading input.
     *
     * @param path the JSON path of the offending node, not null
     * @param reason the reason, not null
     * @param cause the underlying failure, not null
     * @return the exception
     */
    public static InvalidInputException ofParsing(String path, String reason, Throwable cause) {
        return new InvalidInputException(Objects.requireNonNull(path, "path"),
                Objects.requireNonNull(reason, "reason"), Objects.requireNonNull(cause, "cause"));
    }

    /**
     * {@return the attribute or JSON path of the offending input}
     */
    public String path() {
        return path;
    }

    /**
     * {@return the rule that was broken, with the rejected value where there is one}
     */
    public String reason() {
        return reason;
    }
}
