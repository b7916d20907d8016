/**
 * The follow-up report of the Örebro strategy for one organisation unit (its whole subtree) and one period:
 * every indicator's result grouped overall goal → effect goal → indicator, the roll-ups, and each indicator's
 * trend and latest result with data.
 *
 * <p>The entry point is {@link se.klinedu.indicators.report.FollowUpReport}.
 *
 * <p>Value types are immutable and thread-safe; a {@code null} argument throws {@link
 * java.lang.NullPointerException} naming the parameter, and input that breaks a rule throws {@link
 * se.klinedu.core.InvalidInputException} ({@code path: reason}). Functions are pure: a reference date is a
 * parameter, never the clock.
 */
package se.klinedu.indicators.report;
