/**
 * The Örebro strategy's indicators as typed targets: a share threshold, a qualitative level, a milestone or a
 * good outcome of an external review, each with the direction in which it improves and who reports it.
 *
 * <p>The entry point is {@link se.klinedu.indicators.target.IndicatorCatalogue#load(String) IndicatorCatalogue.load("orebro")}, the 26 indicators
 * the strategy states; a region may build its own catalogue with more.
 *
 * <p>Every type is immutable and thread-safe; a {@code null} argument throws {@link
 * java.lang.NullPointerException} naming the parameter, and input that breaks a rule throws {@link
 * se.klinedu.core.InvalidInputException} ({@code path: reason}). Functions are pure: a reference date is a
 * parameter, never the clock.
 */
package se.klinedu.indicators.target;
