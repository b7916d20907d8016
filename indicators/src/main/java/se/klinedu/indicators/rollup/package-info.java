/**
 * Roll-ups: a goal's status from its parts' statuses under a roll-up rule, and one indicator rolled up the
 * organisation-unit tree for one period, every unit's result being of its whole subtree (shares pool their
 * counts).
 *
 * <p>The entry point is {@link se.klinedu.indicators.rollup.TreeRollUp}; a goal's roll-up is a {@link
 * se.klinedu.indicators.rollup.RollUp}.
 *
 * <p>Value types are immutable and thread-safe; a {@code null} argument throws {@link
 * java.lang.NullPointerException} naming the parameter, and input that breaks a rule throws {@link
 * se.klinedu.core.InvalidInputException} ({@code path: reason}). Functions are pure: a reference date is a
 * parameter, never the clock.
 */
package se.klinedu.indicators.rollup;
