package se.klinedu.core.supervision;

import java.util.List;
import se.klinedu.core.explain.ReasonCode;

/**
 * The reasons of supervisor training: how {@link Roster#coverage} compares a roster's trained share with a
 * threshold ({@link TrainingCoverage}), how {@link HoursPolicy} converts a training's scope to hours
 * ({@link HoursEstimate}), and whether a person's trainings qualify for a supervision role
 * ({@link Qualification}). Each constant is a {@link ReasonCode}; its arguments are counts of people as
 * longs, thresholds as {@link se.klinedu.core.Threshold}s, a policy's figures as doubles, a role as its id and
 * trainings as lists of their ids.
 *
 * @since 0.2
 */
public enum TrainingReason implements ReasonCode {

    /** The roster is empty: there is no share to compare. */
    ROSTER_EMPTY("training.roster-empty"),
    /** Not even the whole staff passes the threshold. */
    COVERAGE_UNREACHABLE("training.coverage-unreachable", "staff", "threshold"),
    /** The trained staff are at least the fewest that pass the threshold. */
    COVERAGE_MET("training.coverage-met", "trained", "staff", "threshold", "needed"),
    /** The trained staff are fewer than the fewest that pass the threshold: some more must be trained. */
    COVERAGE_SHORT("training.coverage-short", "trained", "staff", "threshold", "needed", "toTrain"),

    /** A scope in hours is taken as it is. */
    HOURS_AS_GIVEN("training.hours-as-given"),
    /** A scope in days converts through a week's hours over its working days. */
    HOURS_FROM_DAYS("training.hours-from-days", "hoursPerWeek", "daysPerWeek"),
    /** A scope in weeks of full-time study converts through a week's hours. */
    HOURS_FROM_WEEKS("training.hours-from-weeks", "hoursPerWeek"),
    /** A scope in higher-education credits converts through a week's hours over a week's credits. */
    HOURS_FROM_CREDITS("training.hours-from-credits", "hoursPerWeek", "creditsPerWeek"),

    /** Every training a supervision role requires, prerequisites included, is completed. */
    QUALIFIED("training.qualified", "role", "required"),
    /** Some of the trainings a supervision role requires are not completed: these, in the order to take them. */
    QUALIFICATION_MISSING("training.qualification-missing", "role", "required", "missing");

    private final String code;
    private final List<String> parameters;

    TrainingReason(String code, String... parameters) {
        this.code = code;
        this.parameters = List.of(parameters);
    }

    @Override
    public String code() {
        return code;
    }

    @Override
    public List<String> parameters() {
        return parameters;
    }
}
