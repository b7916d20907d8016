/**
 * A cross-walk between Helse Sør-Øst's sub-strategy (Norway) and Region Örebro län's education strategy
 * (Sweden): links between desired outcomes and effect goals that speak of the same thing, by theme, each with
 * a one-line justification, since neither document names the other.
 *
 * <p>The entry point is {@link se.klinedu.core.crosswalk.NordicCrosswalk#load()}; a lookup by an id of either
 * side gives the links, empty when there are none.
 *
 * <p>Value types are immutable and thread-safe; a {@code null} argument throws {@link
 * java.lang.NullPointerException} naming the parameter, and input that breaks a rule throws {@link
 * se.klinedu.core.InvalidInputException} ({@code path: reason}). Functions are pure: a reference date is a
 * parameter, never the clock.
 */
package se.klinedu.core.crosswalk;
