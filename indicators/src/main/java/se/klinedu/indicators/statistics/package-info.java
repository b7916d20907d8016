/**
 * Confidence intervals for shares from counts: Wilson's score interval for one share and Newcombe's hybrid
 * score interval for the difference of two independent shares, at a confidence level.
 *
 * <p>The entry point is {@link se.klinedu.indicators.statistics.Intervals}.
 *
 * <p>Value types are immutable and thread-safe; a {@code null} argument throws {@link
 * java.lang.NullPointerException} naming the parameter, and input that breaks a rule throws {@link
 * se.klinedu.core.InvalidInputException} ({@code path: reason}). Functions are pure: a reference date is a
 * parameter, never the clock.
 */
package se.klinedu.indicators.statistics;
