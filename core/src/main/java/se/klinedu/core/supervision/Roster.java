package se.klinedu.core.supervision;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Objects;
import java.util.OptionalLong;
import org.immutables.value.Value;
import se.klinedu.core.Counts;
import se.klinedu.core.Threshold;
import se.klinedu.core.explain.Reason;
import se.klinedu.core.internal.Checks;
import se.klinedu.core.internal.KlineduStyle;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * The staff of a unit with their completed supervisor trainings, to measure how many have a training
 * such as the minimum-level one ("Andel medarbetare med grundutbildning i klinisk handledning ska
 * uppgå till &gt;90 procent").
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @since 0.1
 */
@Value.Immutable
@KlineduStyle
@JsonDeserialize(builder = ImmutableRoster.Builder.class)
public abstract class Roster {

    Roster() {
    }

    /**
     * {@return the staff, each id once}
     */
    @JsonProperty(value = "staff", required = true)
    @Value.Parameter
    public abstract List<StaffMember> staff();

    /**
     * Obtains a roster.
     *
     * @param staff the staff, in any order, each id once
     * @return the roster
     * @throws se.klinedu.core.InvalidInputException if an id repeats
     */
    public static Roster of(List<StaffMember> staff) {
        return ImmutableRoster.of(staff);
    }

    /**
     * Counts the staff who have completed a training.
     *
     * @param training the training, not null
     * @return trained staff of all staff; 0 of 0 for an empty roster, 0 of all for a training no one has completed
     */
    public Counts trained(TrainingId training) {
        Objects.requireNonNull(training, "training");
        long trained = staff().stream().filter(member -> member.hasCompleted(training)).count();
        return Counts.of(trained, staff().size());
    }

    /**
     * Compares the share of staff with a training against a threshold, and finds the fewest further
     * people to train so that it passes.
     *
     * <p>The comparison is exact ({@link Threshold#isPassedBy(Counts)}): with a "&gt;90 %" threshold, 9
     * trained of 10 does not pass and 1 more is needed. The answer does not depend on the roster's
     * order.
     *
     * @param training the training, such as the catalogue's minimum-level one, not null
     * @param threshold the threshold, not null
     * @return the coverage, with its status and the number to train: {@code NO_DATA} for an empty roster,
     *     {@code UNREACHABLE} when no share of the roster's size passes the threshold ("&gt;100 %"), never an exception
     */
    public TrainingCoverage coverage(TrainingId training, Threshold threshold) {
        Objects.requireNonNull(threshold, "threshold");
        Counts counts = trained(training);
        TrainingCoverage.Builder result = TrainingCoverage.builder().training(training).threshold(threshold)
                .counts(counts);
        if (counts.isEmpty()) {
            return result.status(CoverageStatus.NO_DATA).addReason(Reason.of(TrainingReason.ROSTER_EMPTY)).build();
        }
        OptionalLong smallest = threshold.smallestPassingNumerator(counts.denominator());
        if (smallest.isEmpty()) {
            return result.status(CoverageStatus.UNREACHABLE)
                    .addReason(Reason.of(TrainingReason.COVERAGE_UNREACHABLE, counts.denominator(), threshold)).build();
        }
        long needed = smallest.getAsLong();
        long additional = Math.max(0, needed - counts.numerator());
        Reason reason = additional == 0
                ? Reason.of(TrainingReason.COVERAGE_MET, counts.numerator(), counts.denominator(), threshold, needed)
                : Reason.of(TrainingReason.COVERAGE_SHORT, counts.numerator(), counts.denominator(), threshold, needed,
                        additional);
        return result.status(additional == 0 ? CoverageStatus.PASSED : CoverageStatus.NOT_PASSED)
                .additionalToTrain(additional).addReason(reason).build();
    }

    @Value.Check
    void check() {
        Checks.uniqueKeys("staff", staff(), StaffMember::id);
    }
}
