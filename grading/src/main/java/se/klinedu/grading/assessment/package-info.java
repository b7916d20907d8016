/**
 * What a SPUR inspection found at one unit (each criterion's outcome, the inspectors' findings) and the
 * grade function: an area's grade under each regulation, with the rule and criteria that decided it and the
 * reasons as data ({@link se.klinedu.grading.assessment.GradeReason}); a grade that cannot be determined is a
 * status naming the criteria not assessed, never an exception.
 *
 * <p>The entry point is {@link se.klinedu.grading.assessment.Grades}, with a {@link
 * se.klinedu.grading.assessment.GradingPolicy}.
 *
 * <p>Value types are immutable and thread-safe; a {@code null} argument throws {@link
 * java.lang.NullPointerException} naming the parameter, and input that breaks a rule throws {@link
 * se.klinedu.core.InvalidInputException} ({@code path: reason}). Functions are pure: a reference date is a
 * parameter, never the clock.
 */
package se.klinedu.grading.assessment;
