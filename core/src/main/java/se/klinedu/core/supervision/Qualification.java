package se.klinedu.core.supervision;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import org.immutables.value.Value;
import se.klinedu.core.InvalidInputException;
import se.klinedu.core.internal.KlineduStyle;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * Whether a person's completed trainings qualify them for a supervision role, and what is missing.
 *
 * <p>{@code required} lists the role's recommended trainings with all their prerequisites, each
 * prerequisite before the trainings that need it; {@code missing} is the part of it not completed, in
 * the same order, so it reads as a plan. Instances are immutable and thread-safe.
 *
 * @since 0.1
 */
@Value.Immutable
@KlineduStyle
@JsonDeserialize(builder = ImmutableQualification.Builder.class)
public abstract class Qualification {

    Qualification() {
    }

    /**
     * {@return the role assessed}
     */
    @JsonProperty(value = "role", required = true)
    @Value.Parameter
    public abstract SupervisionRoleId role();

    /**
     * {@return every training the role requires, prerequisites first}
     */
    @JsonProperty(value = "required", required = true)
    @Value.Parameter
    public abstract List<TrainingId> required();

    /**
     * {@return the required trainings not completed, in the order of {@link #required()}; empty when qualified}
     */
    @JsonProperty(value = "missing", required = true)
    @Value.Parameter
    public abstract List<TrainingId> missing();

    /**
     * Obtains a qualification result.
     *
     * @param role the role, not null
     * @param required the required trainings, not null
     * @param missing the missing ones, a part of {@code required}
     * @return the result
     * @throws InvalidInputException if a missing training is not required
     */
    public static Qualification of(SupervisionRoleId role, List<TrainingId> required, List<TrainingId> missing) {
        return ImmutableQualification.of(role, required, missing);
    }

    /**
     * {@return true when nothing is missing}
     */
    public boolean isQualified() {
        return missing().isEmpty();
    }

    @Value.Check
    void check() {
        if (!required().containsAll(missing())) {
            throw InvalidInputException.of("missing", "must be a part of required " + required(), missing());
        }
    }

    @Override
    public String toString() {
        return role() + (isQualified() ? ": qualified" : ": missing " + missing());
    }
}
