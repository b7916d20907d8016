/**
 * The kernel value types every klinedu module shares: {@link se.klinedu.core.Counts} (a share carried as
 * numerator of denominator, never a bare percentage), {@link se.klinedu.core.Threshold} (compared exactly, on
 * the counts), {@link se.klinedu.core.LocalizedText} (a quote in its original language with an English
 * translation), {@link se.klinedu.core.Provenance}, the typed ids' common shape {@link
 * se.klinedu.core.Identifier}, and {@link se.klinedu.core.InvalidInputException}, the one exception for bad
 * input.
 *
 * <p>Start from {@link se.klinedu.core.Counts#of(long, long)} and {@link se.klinedu.core.Threshold}.
 *
 * <p>Value types are immutable and thread-safe; a {@code null} argument throws {@link
 * java.lang.NullPointerException} naming the parameter, and input that breaks a rule throws {@link
 * se.klinedu.core.InvalidInputException} ({@code path: reason}). Functions are pure: a reference date is a
 * parameter, never the clock.
 */
package se.klinedu.core;
