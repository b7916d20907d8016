package se.klinedu.grading.assessment;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;
import org.immutables.value.Value;
import se.klinedu.core.InvalidInputException;
import se.klinedu.core.internal.Checks;
import se.klinedu.core.internal.KlineduStyle;
import se.klinedu.core.organisation.OrganisationUnitId;
import se.klinedu.grading.criteria.CriterionId;
import se.klinedu.grading.criteria.Regulation;
import se.klinedu.grading.criteria.SpurArea;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * The result of an inspection: the grade of every area under every regulation in scope, whether an
 * action plan is required, and the criteria that require action.
 *
 * <p>An action plan is required when any area has D under any regulation in scope (or had D before
 * a plan re-graded it). Undeterminable grades do not by themselves require a plan; they are listed
 * by {@link #undeterminable()}. Instances are immutable and thread-safe.
 *
 * @since 0.1
 */
@Value.Immutable
@KlineduStyle
@JsonIgnoreProperties(value = {"actionPlanRequired", "criteriaRequiringAction"}, allowGetters = true)
@JsonDeserialize(builder = InspectionResult.Builder.class)
public abstract class InspectionResult {

    InspectionResult() {
    }

    /**
     * {@return the id of the unit inspected}
     */
    @JsonProperty(value = "unit", required = true)
    public abstract OrganisationUnitId unit();

    /**
     * {@return the grade of each area under each regulation in scope, area by area, 2015:8 first}
     */
    @JsonProperty(value = "grades", required = true)
    public abstract List<AreaGrade> grades();

    /**
     * {@return a builder; {@code unit} is required}
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Builds a {@link InspectionResult}: {@code build()} checks the value as every other way of making one does.
     */
    public static final class Builder extends ImmutableInspectionResult.Builder {

        Builder() {
        }
    }

    /**
     * Gets the grade of an area under a regulation.
     *
     * @param area the area, not null
     * @param regulation the regulation, not null
     * @return the grade result
     * @throws InvalidInputException if the result has no grade for the pair (the regulation is not in scope)
     */
    public AreaGrade grade(SpurArea area, Regulation regulation) {
        Objects.requireNonNull(area, "area");
        Objects.requireNonNull(regulation, "regulation");
        return grades().stream().filter(g -> g.area() == area && g.regulation() == regulation).findFirst()
                .orElseThrow(() -> InvalidInputException.of("regulation", "is not in the inspection's scope for area "
                        + area.letter(), regulation.designation()));
    }

    /**
     * {@return true when an action plan is required: some area has D, or was re-graded from D after a plan}
     */
    @JsonProperty("actionPlanRequired")
    public boolean actionPlanRequired() {
        return grades().stream().anyMatch(g -> g.isD() || g.rule() == GradeRule.REGRADED_AFTER_ACTION_PLAN);
    }

    /**
     * {@return the regulation criteria that require action under some regulation in scope, sorted, each once}
     */
    @JsonProperty("criteriaRequiringAction")
    public List<CriterionId> criteriaRequiringAction() {
        TreeSet<CriterionId> criteria = new TreeSet<>();
        grades().stream().filter(g -> g.isD() || g.rule() == GradeRule.REGRADED_AFTER_ACTION_PLAN)
                .forEach(g -> criteria.addAll(g.criteria()));
        return List.copyOf(criteria);
    }

    /**
     * {@return the grades that could not be determined}
     */
    public List<AreaGrade> undeterminable() {
        return grades().stream().filter(g -> g.status() == GradeStatus.UNDETERMINABLE).toList();
    }

    @Value.Check
    void check() {
        Checks.uniqueKeys("grades", grades(), g -> g.area().letter() + " " + g.regulation().designation());
    }
}
