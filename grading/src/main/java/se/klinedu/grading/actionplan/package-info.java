/**
 * The action plan a unit submits after an inspection: its items as the report lays them out, which items are
 * incomplete, whether it covers every deficient regulation criterion, each item's follow-up at a reference
 * date, and the grades once the plan is carried out.
 *
 * <p>The entry point is {@link se.klinedu.grading.actionplan.ActionPlan}; {@link
 * se.klinedu.grading.actionplan.InspectionReport#load()} is a report as data.
 *
 * <p>Value types are immutable and thread-safe; a {@code null} argument throws {@link
 * java.lang.NullPointerException} naming the parameter, and input that breaks a rule throws {@link
 * se.klinedu.core.InvalidInputException} ({@code path: reason}). Functions are pure: a reference date is a
 * parameter, never the clock.
 */
package se.klinedu.grading.actionplan;
