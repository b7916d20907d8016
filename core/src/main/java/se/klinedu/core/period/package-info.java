/**
 * The periods indicators are reported for: a {@link se.klinedu.core.period.CalendarYear} or a {@link
 * se.klinedu.core.period.Term} (VT/HT, covering the whole year between them), both {@link
 * se.klinedu.core.period.ReportingPeriod}s written as a code ({@code 2024}, {@code HT2024}), and the years a
 * strategy covers.
 *
 * <p>The entry point is {@link se.klinedu.core.period.ReportingPeriod#parse(String)}.
 *
 * <p>Value types are immutable and thread-safe; a {@code null} argument throws {@link
 * java.lang.NullPointerException} naming the parameter, and input that breaks a rule throws {@link
 * se.klinedu.core.InvalidInputException} ({@code path: reason}). Functions are pure: a reference date is a
 * parameter, never the clock.
 */
package se.klinedu.core.period;
