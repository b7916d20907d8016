/**
 * Region Örebro län's <i>Utbildningsstrategi 2021–2030</i> as typed reference data: the vision, the overall
 * goals with their effect goals, the priority areas with their identified needs and the effect goals they
 * serve, the implementation rules and the recurring external reviews, each text quoted verbatim with an
 * English translation.
 *
 * <p>The entry point is {@link se.klinedu.core.strategy.OrebroStrategy#load()}; a {@code find…} lookup gives
 * an empty {@link java.util.Optional} for an unknown id, the plain lookup throws {@link
 * se.klinedu.core.InvalidInputException}.
 *
 * <p>Value types are immutable and thread-safe; a {@code null} argument throws {@link
 * java.lang.NullPointerException} naming the parameter, and input that breaks a rule throws {@link
 * se.klinedu.core.InvalidInputException} ({@code path: reason}). Functions are pure: a reference date is a
 * parameter, never the clock.
 */
package se.klinedu.core.strategy;
