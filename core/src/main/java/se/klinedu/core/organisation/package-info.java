/**
 * A user's organisation as a validated tree of units at the levels where learning environments are evaluated
 * and improved (region, hospital, clinic, work team), and the questions each level asks, quoted from the page
 * <i>Kontinuerligt utvärdera, förbättra och utveckla</i>.
 *
 * <p>Build an {@link se.klinedu.core.organisation.OrganisationTree} from its units; the reference data is
 * {@link se.klinedu.core.organisation.LearningEnvironmentLevels#load()}. Levels are ordered explicitly, never
 * by {@code ordinal()}.
 *
 * <p>Value types are immutable and thread-safe; a {@code null} argument throws {@link
 * java.lang.NullPointerException} naming the parameter, and input that breaks a rule throws {@link
 * se.klinedu.core.InvalidInputException} ({@code path: reason}). Functions are pure: a reference date is a
 * parameter, never the clock.
 */
package se.klinedu.core.organisation;
