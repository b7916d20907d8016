/**
 * Helse Sør-Øst's <i>Regional delstrategi for utdanning og kompetanse</i> as typed reference data: seven
 * focus areas, each with its desired outcomes and numbered measures, quoted in Norwegian with an English
 * translation; what klinedu derived rather than quoted is marked so.
 *
 * <p>The entry point is {@link se.klinedu.core.substrategy.HelseSorOstSubStrategy#load()}; a {@code find…}
 * lookup gives an empty {@link java.util.Optional} for an unknown id, the plain lookup throws {@link
 * se.klinedu.core.InvalidInputException}.
 *
 * <p>Value types are immutable and thread-safe; a {@code null} argument throws {@link
 * java.lang.NullPointerException} naming the parameter, and input that breaks a rule throws {@link
 * se.klinedu.core.InvalidInputException} ({@code path: reason}). Functions are pure: a reference date is a
 * parameter, never the clock.
 */
package se.klinedu.core.substrategy;
