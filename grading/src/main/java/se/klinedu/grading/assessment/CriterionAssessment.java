package se.klinedu.grading.assessment;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Optional;
import org.immutables.value.Value;
import se.klinedu.core.internal.Checks;
import se.klinedu.core.internal.KlineduStyle;
import se.klinedu.grading.criteria.CriterionId;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * The outcome of one criterion in an assessment, with the evidence the inspectors gave.
 *
 * <p>The outcome holds under every regulation the criterion applies to (the report: assessments
 * apply to both regulations unless stated otherwise). Instances are immutable and thread-safe.
 *
 * @since 0.1
 */
@Value.Immutable
@KlineduStyle
@JsonDeserialize(builder = ImmutableCriterionAssessment.Builder.class)
public abstract class CriterionAssessment {

    CriterionAssessment() {
    }

    /**
     * {@return the criterion assessed}
     */
    @JsonProperty(value = "criterion", required = true)
    public abstract CriterionId criterion();

    /**
     * {@return what was found}
     */
    @JsonProperty(value = "outcome", required = true)
    public abstract CriterionOutcome outcome();

    /**
     * {@return the evidence: an observation, a weakness, the reasoning; absent where none is given}
     */
    @JsonProperty("note")
    public abstract Optional<String> note();

    /**
     * Obtains an assessment of a criterion without a note.
     *
     * @param criterion the criterion, not null
     * @param outcome the outcome, not null
     * @return the assessment
     */
    public static CriterionAssessment of(CriterionId criterion, CriterionOutcome outcome) {
        return ImmutableCriterionAssessment.builder().criterion(criterion).outcome(outcome).build();
    }

    /**
     * Obtains an assessment of a criterion with a note.
     *
     * @param criterion the criterion, not null
     * @param outcome the outcome, not null
     * @param note the evidence, not blank
     * @return the assessment
     * @throws se.klinedu.core.InvalidInputException if the note is blank
     */
    public static CriterionAssessment of(CriterionId criterion, CriterionOutcome outcome, String note) {
        return ImmutableCriterionAssessment.builder().criterion(criterion).outcome(outcome).note(note).build();
    }

    @Value.Check
    void check() {
        note().ifPresent(text -> Checks.notBlank("note", text));
    }
}
