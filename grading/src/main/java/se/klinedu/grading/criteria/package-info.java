/**
 * The SPUR model of specialist-training inspection: the criteria of the eight areas A–H with their kinds
 * (regulation, general advice, quality indicator) and regulations, and each area's grade scale. Area letters
 * are labels, grades are A–D; both are ordered explicitly, never by {@code ordinal()}.
 *
 * <p>The entry point is {@link se.klinedu.grading.criteria.SpurModel#load()}.
 *
 * <p>Value types are immutable and thread-safe; a {@code null} argument throws {@link
 * java.lang.NullPointerException} naming the parameter, and input that breaks a rule throws {@link
 * se.klinedu.core.InvalidInputException} ({@code path: reason}). Functions are pure: a reference date is a
 * parameter, never the clock.
 */
package se.klinedu.grading.criteria;
