package se.klinedu.grading.assessment;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;
import se.klinedu.core.InvalidInputException;
import se.klinedu.core.internal.Checks;
import se.klinedu.core.internal.DistinctElements;
import se.klinedu.core.internal.Index;
import se.klinedu.core.internal.KlineduStyle;
import se.klinedu.core.organisation.OrganisationUnitId;
import se.klinedu.grading.criteria.CriterionId;
import se.klinedu.grading.criteria.Regulation;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * What a SPUR inspection found at one unit: the regulations in scope, the outcome of each criterion,
 * the inspectors' numbered findings per area, and the report's strengths, weaknesses and
 * improvement suggestions.
 *
 * <p>A criterion the assessment does not list is {@linkplain CriterionOutcome#NOT_ASSESSED not
 * assessed}. Texts are the user's own (the report's, verbatim, in the worked example); they are not
 * translated. Validated on construction: each criterion is listed at most once and each
 * finding's number at most once per area. Instances are immutable and thread-safe.
 *
 * @since 0.1
 */
@Value.Immutable
@KlineduStyle
@JsonDeserialize(builder = Assessment.Builder.class)
public abstract class Assessment {

    private final Index<CriterionId, CriterionAssessment> outcomesByCriterion =
            Index.of(this::outcomes, CriterionAssessment::criterion);

    Assessment() {
    }

    /**
     * {@return the id of the unit inspected, as the user's organisation tree and inspection records name it}
     */
    @JsonProperty(value = "unit", required = true)
    public abstract OrganisationUnitId unit();

    /**
     * {@return the specialty of the specialist training inspected}
     */
    @JsonProperty(value = "specialty", required = true)
    public abstract String specialty();

    /**
     * {@return the date of the inspection, absent where the report does not give it}
     */
    @JsonProperty("inspectionDate")
    public abstract Optional<LocalDate> inspectionDate();

    /**
     * {@return the regulations the unit's trainees train under, at least one: both when it has trainees under both}
     */
    @JsonProperty(value = "regulations", required = true)
    @JsonDeserialize(using = DistinctElements.class)
    public abstract Set<Regulation> regulations();

    /**
     * {@return the outcome of each assessed criterion, each criterion at most once}
     */
    @JsonProperty(value = "outcomes", required = true)
    public abstract List<CriterionAssessment> outcomes();

    /**
     * {@return the inspectors' numbered findings, per area}
     */
    @JsonProperty(value = "findings", required = true)
    public abstract List<InspectionFinding> findings();

    /**
     * {@return the report's strengths (<i>styrkor</i>)}
     */
    @JsonProperty(value = "strengths", required = true)
    public abstract List<String> strengths();

    /**
     * {@return the report's weaknesses (<i>svagheter</i>)}
     */
    @JsonProperty(value = "weaknesses", required = true)
    public abstract List<String> weaknesses();

    /**
     * {@return the report's improvement suggestions (<i>förbättringspotential</i>)}
     */
    @JsonProperty(value = "improvementSuggestions", required = true)
    public abstract List<String> improvementSuggestions();

    /**
     * {@return a builder; {@code unit}, {@code specialty} and at least one regulation are required}
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Builds a {@link Assessment}: {@code build()} checks the value as every other way of making one does.
     */
    public static final class Builder extends ImmutableAssessment.Builder {

        Builder() {
        }
    }

    /**
     * Returns the outcome of a criterion.
     *
     * @param criterion the criterion, not null
     * @return its outcome, {@code NOT_ASSESSED} where the assessment does not list it
     */
    public CriterionOutcome outcome(CriterionId criterion) {
        return outcomesByCriterion.find(criterion, "criterion").map(CriterionAssessment::outcome)
                .orElse(CriterionOutcome.NOT_ASSESSED);
    }

    /**
     * Returns a copy of this assessment with one criterion's outcome set, replacing any it had (and its note).
     *
     * @param criterion the criterion, not null
     * @param outcome the outcome, not null
     * @return the changed assessment, with the criterion added last if this one did not list it; this instance is
     *     unaffected
     */
    public Assessment withOutcome(CriterionId criterion, CriterionOutcome outcome) {
        CriterionAssessment replacement = CriterionAssessment.of(criterion, outcome);
        List<CriterionAssessment> changed = new ArrayList<>();
        boolean replaced = false;
        for (CriterionAssessment existing : outcomes()) {
            if (existing.criterion().equals(criterion)) {
                changed.add(replacement);
                replaced = true;
            } else {
                changed.add(existing);
            }
        }
        if (!replaced) {
            changed.add(replacement);
        }
        return ((ImmutableAssessment) this).withOutcomes(changed);
    }

    @Value.Check
    void check() {
        Checks.notBlank("specialty", specialty());
        Checks.notEmpty("regulations", regulations());
        Checks.uniqueKeys("outcomes", outcomes(), CriterionAssessment::criterion);
        for (int i = 0; i < findings().size(); i++) {
            InspectionFinding finding = findings().get(i);
            for (int j = 0; j < i; j++) {
                InspectionFinding earlier = findings().get(j);
                if (earlier.area() == finding.area() && earlier.number() == finding.number()) {
                    throw InvalidInputException.of("findings[" + i + "]", "repeats number " + finding.number()
                            + " of area", finding.area().letter());
                }
            }
        }
        notBlank("strengths", strengths());
        notBlank("weaknesses", weaknesses());
        notBlank("improvementSuggestions", improvementSuggestions());
    }

    private static void notBlank(String path, List<String> texts) {
        for (int i = 0; i < texts.size(); i++) {
            Checks.notBlank(path + "[" + i + "]", texts.get(i));
        }
    }
}
