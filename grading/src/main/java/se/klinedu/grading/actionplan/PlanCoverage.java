package se.klinedu.grading.actionplan;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.immutables.value.Value;
import se.klinedu.core.InvalidInputException;
import se.klinedu.core.internal.KlineduStyle;
import se.klinedu.grading.criteria.CriterionId;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * How far an action plan covers the criteria that require action: each deficient regulation criterion
 * is covered when a complete item addresses it.
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @since 0.1
 */
@Value.Immutable
@KlineduStyle
@JsonDeserialize(builder = ImmutablePlanCoverage.Builder.class)
public abstract class PlanCoverage {

    PlanCoverage() {
    }

    /**
     * {@return the criteria that require action, sorted}
     */
    @JsonProperty(value = "required", required = true)
    @Value.Parameter
    public abstract List<CriterionId> required();

    /**
     * {@return the required criteria a complete item addresses, sorted}
     */
    @JsonProperty(value = "covered", required = true)
    @Value.Parameter
    public abstract List<CriterionId> covered();

    /**
     * {@return the required criteria that only incomplete items address, sorted}
     */
    @JsonProperty(value = "coveredOnlyByIncompleteItems", required = true)
    @Value.Parameter
    public abstract List<CriterionId> coveredOnlyByIncompleteItems();

    /**
     * {@return the required criteria no item addresses, sorted}
     */
    @JsonProperty(value = "notAddressed", required = true)
    @Value.Parameter
    public abstract List<CriterionId> notAddressed();

    /**
     * Obtains a coverage.
     *
     * @param required the criteria that require action, not null
     * @param covered those a complete item addresses, not null
     * @param coveredOnlyByIncompleteItems those only incomplete items address, not null
     * @param notAddressed those no item addresses, not null
     * @return the coverage
     * @throws InvalidInputException unless the last three split the first
     */
    public static PlanCoverage of(List<CriterionId> required, List<CriterionId> covered,
            List<CriterionId> coveredOnlyByIncompleteItems, List<CriterionId> notAddressed) {
        return ImmutablePlanCoverage.of(required, covered, coveredOnlyByIncompleteItems, notAddressed);
    }

    /**
     * {@return true when every criterion that requires action is covered by a complete item}
     */
    public boolean coversAll() {
        return covered().size() == required().size();
    }

    @Value.Check
    void check() {
        Set<CriterionId> parts = new HashSet<>();
        int count = covered().size() + coveredOnlyByIncompleteItems().size() + notAddressed().size();
        parts.addAll(covered());
        parts.addAll(coveredOnlyByIncompleteItems());
        parts.addAll(notAddressed());
        if (parts.size() != count || count != required().size() || !parts.containsAll(required())) {
            throw InvalidInputException.of("covered", "covered, coveredOnlyByIncompleteItems and notAddressed must "
                    + "split the required criteria");
        }
    }
}
