/**
 * The change of one unit's share between two periods, judged by Newcombe's interval for the difference:
 * improved, worsened or no significant change.
 *
 * <p>The entry point is {@link se.klinedu.indicators.trend.Trend}.
 *
 * <p>Value types are immutable and thread-safe; a {@code null} argument throws {@link
 * java.lang.NullPointerException} naming the parameter, and input that breaks a rule throws {@link
 * se.klinedu.core.InvalidInputException} ({@code path: reason}). Functions are pure: a reference date is a
 * parameter, never the clock.
 */
package se.klinedu.indicators.trend;
