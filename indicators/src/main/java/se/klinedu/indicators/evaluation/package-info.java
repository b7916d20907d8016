/**
 * The evaluation of an indicator for one unit and period against its target: the status, what it was decided
 * on and why, with suppression of small groups (fewer respondents than the policy's minimum disclose nothing)
 * and the rules by which goals roll up from their parts.
 *
 * <p>The entry point is {@link se.klinedu.indicators.evaluation.Evaluations}, with an {@link
 * se.klinedu.indicators.evaluation.EvaluationPolicy}; no data and not evaluable are statuses of the result,
 * never exceptions.
 *
 * <p>Value types are immutable and thread-safe; a {@code null} argument throws {@link
 * java.lang.NullPointerException} naming the parameter, and input that breaks a rule throws {@link
 * se.klinedu.core.InvalidInputException} ({@code path: reason}). Functions are pure: a reference date is a
 * parameter, never the clock.
 */
package se.klinedu.indicators.evaluation;
