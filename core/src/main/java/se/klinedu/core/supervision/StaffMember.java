package se.klinedu.core.supervision;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.immutables.value.Value;
import se.klinedu.core.internal.Checks;
import se.klinedu.core.internal.KlineduStyle;

/**
 * A member of a staff roster, by pseudonymous id, with the supervisor trainings they have completed.
 *
 * <p>Carries no name or other personal data. Instances are immutable and thread-safe.
 *
 * @since 0.1
 */
@Value.Immutable
@KlineduStyle
public abstract class StaffMember {

    StaffMember() {
    }

    /**
     * {@return the pseudonymous id}
     */
    @JsonProperty("id")
    @Value.Parameter
    public abstract StaffId id();

    /**
     * {@return the trainings completed, possibly none, in id order}
     */
    @JsonProperty("completedTrainings")
    @Value.Parameter
    public abstract Set<TrainingId> completedTrainings();

    /**
     * Obtains a staff member.
     *
     * @param id the pseudonymous id, not null
     * @param completedTrainings the trainings completed, not null, possibly empty; kept in id order, so that the
     *     same staff member is the same JSON document whatever order the set was built or read in
     * @return the staff member
     */
    public static StaffMember of(StaffId id, Set<TrainingId> completedTrainings) {
        Objects.requireNonNull(completedTrainings, "completedTrainings");
        return ImmutableStaffMember.of(id, new TreeSet<>(completedTrainings));
    }

    /** Reads a staff member from JSON, where a training listed twice is an error rather than merged into one. */
    @JsonCreator
    static StaffMember fromJson(
            @JsonProperty(value = "id", required = true) StaffId id,
            @JsonProperty(value = "completedTrainings", required = true) List<TrainingId> completedTrainings) {
        Checks.uniqueKeys("completedTrainings", completedTrainings, training -> training);
        return of(id, Set.copyOf(completedTrainings));
    }

    /**
     * Tells whether this person has completed a training.
     *
     * @param training the training, not null
     * @return true if completed
     */
    public boolean hasCompleted(TrainingId training) {
        return completedTrainings().contains(Objects.requireNonNull(training, "training"));
    }
}
