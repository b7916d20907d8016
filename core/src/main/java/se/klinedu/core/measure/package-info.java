/**
 * The follow-up of a strategy's measures: planned measures with their due dates, the measure plans of Helse
 * Sør-Øst's sub-strategy and of the Örebro strategy, a region's reports on each measure, and the progress at
 * a reference date, area by area, with the rule and dates that decided each status.
 *
 * <p>Start from a {@link se.klinedu.core.measure.MeasurePlan} ({@code
 * HelseSorOstSubStrategy.load().measurePlan()}) and {@link
 * se.klinedu.core.measure.MeasurePlan#progressAt(java.util.Collection, java.time.LocalDate)}; a measure not
 * reported is a status of the result, never an exception.
 *
 * <p>Value types are immutable and thread-safe; a {@code null} argument throws {@link
 * java.lang.NullPointerException} naming the parameter, and input that breaks a rule throws {@link
 * se.klinedu.core.InvalidInputException} ({@code path: reason}). Functions are pure: a reference date is a
 * parameter, never the clock.
 */
package se.klinedu.core.measure;
