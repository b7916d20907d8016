package se.klinedu.core.supervision;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import org.immutables.value.Value;
import se.klinedu.core.InvalidInputException;
import se.klinedu.core.explain.Reason;
import se.klinedu.core.internal.Checks;
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
    public abstract SupervisionRoleId role();

    /**
     * {@return every training the role requires, prerequisites first; at least one}
     */
    @JsonProperty(value = "required", required = true)
    public abstract List<TrainingId> required();

    /**
     * {@return the required trainings not completed, in the order of {@link #required()}; empty when qualified}
     */
    @JsonProperty(value = "missing", required = true)
    public abstract List<TrainingId> missing();

    /**
     * {@return why: the role's trainings, and those still to complete}
     */
    @JsonProperty(value = "reasons", required = true)
    public abstract List<Reason> reasons();

    /**
     * Obtains a qualification result.
     *
     * @param role the role, not null
     * @param required the required trainings, at least one, not null
     * @param missing the missing ones, a part of {@code required}
     * @return the result, with its reason
     * @throws InvalidInputException if no training is required or a missing training is not required
     */
    public static Qualification of(SupervisionRoleId role, List<TrainingId> required, List<TrainingId> missing) {
        return ImmutableQualification.builder().role(role).addAllRequired(required).addAllMissing(missing)
                .addReasons(reason(role, required, missing)).build();
    }

    private static Reason reason(SupervisionRoleId role, List<TrainingId> required, List<TrainingId> missing) {
        List<String> requiredIds = required.stream().map(TrainingId::value).toList();
        return missing.isEmpty() ? Reason.of(TrainingReason.QUALIFIED, role.value(), requiredIds)
                : Reason.of(TrainingReason.QUALIFICATION_MISSING, role.value(), requiredIds,
                        missing.stream().map(TrainingId::value).toList());
    }

    /**
     * {@return true when nothing is missing}
     */
    public boolean isQualified() {
        return missing().isEmpty();
    }

    @Value.Check
    void check() {
        if (required().isEmpty()) {
            throw InvalidInputException.of("required", "must name at least one training");
        }
        if (!required().containsAll(missing())) {
            throw InvalidInputException.of("missing", "must be a part of required " + required(), missing());
        }
        Checks.reasons("reasons", reasons(), TrainingReason.class);
        Reason expected = reason(role(), required(), missing());
        if (!reasons().equals(List.of(expected))) {
            throw InvalidInputException.of("reasons", "must be the one the values give, " + expected, reasons());
        }
    }

    @Override
    public String toString() {
        return role() + (isQualified() ? ": qualified" : ": missing " + missing());
    }
}
