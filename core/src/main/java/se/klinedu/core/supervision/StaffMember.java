package se.klinedu.core.supervision;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Objects;
import java.util.Set;
import java.util.SortedSet;
import org.immutables.value.Value;
import se.klinedu.core.internal.DistinctElements;
import se.klinedu.core.internal.KlineduStyle;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * A member of a staff roster, by pseudonymous id, with the supervisor trainings they have completed.
 *
 * <p>Carries no name or other personal data. Instances are immutable and thread-safe.
 *
 * @since 0.1
 */
@Value.Immutable
@KlineduStyle
@JsonDeserialize(builder = ImmutableStaffMember.Builder.class)
public abstract class StaffMember {

    StaffMember() {
    }

    /**
     * {@return the pseudonymous id}
     */
    @JsonProperty(value = "id", required = true)
    @Value.Parameter
    public abstract StaffId id();

    /**
     * {@return the trainings completed, possibly none, in id order}
     */
    @JsonProperty(value = "completedTrainings", required = true)
    @JsonDeserialize(using = DistinctElements.class)
    @Value.Parameter
    @Value.NaturalOrder
    public abstract SortedSet<TrainingId> completedTrainings();

    /**
     * Obtains a staff member.
     *
     * @param id the pseudonymous id, not null
     * @param completedTrainings the trainings completed, not null, possibly empty; kept in id order (as when read
     *     from JSON), so that the same staff member is the same JSON document whatever order the set was built in
     * @return the staff member
     */
    public static StaffMember of(StaffId id, Set<TrainingId> completedTrainings) {
        Objects.requireNonNull(completedTrainings, "completedTrainings");
        return ImmutableStaffMember.builder().id(id).addAllCompletedTrainings(completedTrainings).build();
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
