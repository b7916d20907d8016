/**
 * The JSON codec of klinedu's types: one strict configuration for reference data and users' input and output
 * alike. Unknown, duplicate and missing fields, {@code null} values and values that break a type's rule are
 * rejected with an {@link se.klinedu.core.InvalidInputException} whose path is the JSON path of the offending
 * node; read limits guard untrusted uploads.
 *
 * <p>The entry point is {@link se.klinedu.core.json.KlineduJson#standard()}.
 *
 * <p>Value types are immutable and thread-safe; a {@code null} argument throws {@link
 * java.lang.NullPointerException} naming the parameter, and input that breaks a rule throws {@link
 * se.klinedu.core.InvalidInputException} ({@code path: reason}). Functions are pure: a reference date is a
 * parameter, never the clock.
 */
package se.klinedu.core.json;
