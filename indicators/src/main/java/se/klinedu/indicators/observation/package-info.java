/**
 * Observations of indicators for an organisation unit and a reporting period, read from CSV or JSON or built
 * in Java, and checked against a catalogue: every bad row or item is reported with its place (CSV line and
 * column, JSON path, list index), not only the first.
 *
 * <p>The entry point is {@link se.klinedu.indicators.observation.ObservationReader#of ObservationReader.of(catalogue)};
 * {@link se.klinedu.indicators.observation.ObservationSet} holds at most one observation per indicator, unit and
 * period.
 *
 * <p>Value types are immutable and thread-safe; a {@code null} argument throws {@link
 * java.lang.NullPointerException} naming the parameter, and input that breaks a rule throws {@link
 * se.klinedu.core.InvalidInputException} ({@code path: reason}). Functions are pure: a reference date is a
 * parameter, never the clock.
 */
package se.klinedu.indicators.observation;
