package se.klinedu.grading.assessment;

import java.util.Objects;
import se.klinedu.core.json.JsonEnum;

/**
 * What the inspectors found for one criterion.
 *
 * <p>{@link #NOT_MET}, {@link #PARTLY_MET} and {@link #MET} are ordered by fulfilment
 * ({@link #improvesOn(CriterionOutcome)}); {@link #NOT_ASSESSED} and {@link #NOT_APPLICABLE} stand
 * outside that order. Only {@code MET} counts as fully met.
 *
 * @since 0.1
 */
public enum CriterionOutcome implements JsonEnum {
    /** Fully met. */
    MET(2),
    /** Met in part: not fully met, so it counts as a deficiency. */
    PARTLY_MET(1),
    /** Not met. */
    NOT_MET(0),
    /** Not assessed: the inspection does not say. */
    NOT_ASSESSED(-1),
    /** Does not apply to this unit; it takes no part in the grade. */
    NOT_APPLICABLE(-1);

    private final int fulfilment;

    CriterionOutcome(int fulfilment) {
        this.fulfilment = fulfilment;
    }

    /**
     * {@return true for an outcome of an assessed, applicable criterion that is not fully met}
     */
    public boolean isDeficient() {
        return this == PARTLY_MET || this == NOT_MET;
    }

    /**
     * Tells whether this outcome is a better fulfilment than another, on the order not met, partly
     * met, met.
     *
     * @param other the outcome to compare with, not null
     * @return true if both are on that order and this one is higher; false for not assessed and not applicable
     */
    public boolean improvesOn(CriterionOutcome other) {
        Objects.requireNonNull(other, "other");
        // higher than an outcome on the order puts this one on the order too
        return other.fulfilment >= 0 && fulfilment > other.fulfilment;
    }

    /**
     * Obtains an outcome from its code.
     *
     * @param code {@code met}, {@code partly-met}, {@code not-met}, {@code not-assessed} or {@code not-applicable}, not null
     * @return the outcome
     * @throws se.klinedu.core.InvalidInputException for any other code
     */
    public static CriterionOutcome of(String code) {
        return JsonEnum.of(CriterionOutcome.class, "outcome", code);
    }
}
