/**
 * The SPUR inspection interval: whether each unit is within the recommended interval at a reference date,
 * when its next inspection is due, and the share of units within it.
 *
 * <p>The entry point is {@link se.klinedu.grading.interval.IntervalCompliance}, with an {@link
 * se.klinedu.grading.interval.InspectionIntervalPolicy}.
 *
 * <p>Value types are immutable and thread-safe; a {@code null} argument throws {@link
 * java.lang.NullPointerException} naming the parameter, and input that breaks a rule throws {@link
 * se.klinedu.core.InvalidInputException} ({@code path: reason}). Functions are pure: a reference date is a
 * parameter, never the clock.
 */
package se.klinedu.grading.interval;
