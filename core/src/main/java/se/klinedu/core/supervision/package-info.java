/**
 * Supervisor training: the catalogues of trainings and the supervision roles they are recommended for (Region
 * Stockholm's and the Vård- och omsorgscollege's, the health and social care college), typed training scopes
 * with hour estimates, whether a person qualifies for a role, and a roster's coverage of a training against a
 * threshold. Staff appear by pseudonymous id only: no names or other personal data.
 *
 * <p>Start from {@link se.klinedu.core.supervision.SupervisorTrainingCatalogue#load(String) load("stockholm")} and a {@link
 * se.klinedu.core.supervision.Roster}.
 *
 * <p>Value types are immutable and thread-safe; a {@code null} argument throws {@link
 * java.lang.NullPointerException} naming the parameter, and input that breaks a rule throws {@link
 * se.klinedu.core.InvalidInputException} ({@code path: reason}). Functions are pure: a reference date is a
 * parameter, never the clock.
 */
package se.klinedu.core.supervision;
