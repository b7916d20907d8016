package se.klinedu.core.strategy;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;
import se.klinedu.core.InvalidInputException;
import se.klinedu.core.LocalizedText;
import se.klinedu.core.Provenance;
import se.klinedu.core.internal.Checks;
import se.klinedu.core.internal.Index;
import se.klinedu.core.internal.JsonCursor;
import se.klinedu.core.internal.KlineduStyle;
import se.klinedu.core.measure.MeasureArea;
import se.klinedu.core.measure.MeasureAreaId;
import se.klinedu.core.measure.MeasureId;
import se.klinedu.core.measure.MeasurePlan;
import se.klinedu.core.period.StrategyPeriod;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * Region Örebro län's <i>Utbildningsstrategi 2021–2030</i>: the vision, the three overall goals with
 * their fifteen effect goals, the four priority areas with their identified needs, the implementation
 * rules, and the recurring external reviews.
 *
 * <p>Reference data: {@link #load()} reads it from the module's resources. The indicators of the
 * effect goals are defined in the indicators module. Instances are immutable and thread-safe.
 *
 * @since 0.1
 */
@Value.Immutable
@KlineduStyle
@JsonDeserialize(builder = OrebroStrategy.Builder.class)
public abstract class OrebroStrategy {

    private final Index<OverallGoalId, OverallGoal> overallGoalsById = Index.of(this::overallGoals, OverallGoal::id);

    private final Index<EffectGoalId, EffectGoal> effectGoalsById = Index.of(this::effectGoals, EffectGoal::id);

    private final Index<PriorityAreaId, PriorityArea> priorityAreasById = Index.of(this::priorityAreas, PriorityArea::id);

    private final Index<ResponsibilityId, Responsibility> responsibilitiesById = Index.of(this::responsibilities,
            Responsibility::id);

    OrebroStrategy() {
    }

    /**
     * {@return the document's provenance}
     */
    @JsonProperty(value = "provenance", required = true)
    public abstract Provenance provenance();

    /**
     * {@return the years the strategy covers, 2021–2030}
     */
    @JsonProperty(value = "period", required = true)
    public abstract StrategyPeriod period();

    /**
     * {@return the region's vision, which the strategy's implementation section works towards}
     */
    @JsonProperty(value = "vision", required = true)
    public abstract LocalizedText vision();

    /**
     * {@return the purpose statement of the section "Syfte"}
     */
    @JsonProperty(value = "purpose", required = true)
    public abstract LocalizedText purpose();

    /**
     * {@return the overall goals, in the document's order}
     */
    @JsonProperty(value = "overallGoals", required = true)
    public abstract List<OverallGoal> overallGoals();

    /**
     * {@return the priority areas, in the document's order}
     */
    @JsonProperty(value = "priorityAreas", required = true)
    public abstract List<PriorityArea> priorityAreas();

    /**
     * {@return the rules for implementing the strategy}
     */
    @JsonProperty(value = "implementationRules", required = true)
    public abstract List<ImplementationRule> implementationRules();

    /**
     * {@return the recurring external reviews with their intervals}
     */
    @JsonProperty(value = "recurringReviews", required = true)
    public abstract List<RecurringReview> recurringReviews();

    /**
     * {@return the structure of responsibility and follow-up, in the document's order}
     */
    @JsonProperty(value = "responsibilities", required = true)
    public abstract List<Responsibility> responsibilities();

    /**
     * {@return whom and what the strategy covers}
     */
    @JsonProperty(value = "scope", required = true)
    public abstract StrategyScope scope();

    /**
     * {@return the yearly volumes the strategy states}
     */
    @JsonProperty(value = "annualVolumes", required = true)
    public abstract List<AnnualVolume> annualVolumes();

    /**
     * {@return a builder; every attribute is required}
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Builds a {@link OrebroStrategy}: {@code build()} checks the value as every other way of making one does.
     */
    public static final class Builder extends ImmutableOrebroStrategy.Builder {

        Builder() {
        }
    }

    /**
     * Finds a responsibility.
     *
     * @param id the id, not null
     * @return the responsibility, or empty if the strategy has none with this id
     */
    public Optional<Responsibility> find(ResponsibilityId id) {
        return responsibilitiesById.find(id, "id");
    }

    /**
     * Gets a responsibility.
     *
     * @param id the id, not null
     * @return the responsibility
     * @throws InvalidInputException if the strategy has no responsibility with this id
     */
    public Responsibility get(ResponsibilityId id) {
        return responsibilitiesById.get(id, "id", "is not a responsibility of the strategy");
    }

    /**
     * {@return the strategy, read once from the module's resources}
     */
    public static OrebroStrategy load() {
        return Holder.STRATEGY;
    }

    /**
     * {@return the strategy's period and goals by id: what an indicator catalogue of this strategy is built on}
     */
    @Value.Lazy
    public StrategyOutline outline() {
        return StrategyOutline.of(period(), overallGoals().stream()
                .map(goal -> GoalOutline.of(goal.id(), goal.effectGoals().stream().map(EffectGoal::id).toList())).toList(),
                responsibilities().stream().map(Responsibility::id).toList());
    }

    /**
     * {@return every effect goal, grouped by overall goal, in the document's order}
     */
    @Value.Lazy
    public List<EffectGoal> effectGoals() {
        return overallGoals().stream().flatMap(goal -> goal.effectGoals().stream()).toList();
    }

    /**
     * Finds an overall goal.
     *
     * @param id the id, not null
     * @return the goal, or empty if the strategy has none with this id
     */
    public Optional<OverallGoal> find(OverallGoalId id) {
        return overallGoalsById.find(id, "id");
    }

    /**
     * Gets an overall goal.
     *
     * @param id the id, not null
     * @return the goal
     * @throws InvalidInputException if the strategy has no overall goal with this id
     */
    public OverallGoal get(OverallGoalId id) {
        return overallGoalsById.get(id, "id", "is not an overall goal of the strategy");
    }

    /**
     * Finds an effect goal.
     *
     * @param id the id, not null
     * @return the goal, or empty if the strategy has none with this id
     */
    public Optional<EffectGoal> find(EffectGoalId id) {
        return effectGoalsById.find(id, "id");
    }

    /**
     * Gets an effect goal.
     *
     * @param id the id, not null
     * @return the goal
     * @throws InvalidInputException if the strategy has no effect goal with this id
     */
    public EffectGoal get(EffectGoalId id) {
        return effectGoalsById.get(id, "id", "is not an effect goal of the strategy");
    }

    /**
     * Returns the overall goal an effect goal belongs to.
     *
     * @param id the effect goal's id, not null
     * @return its overall goal
     * @throws InvalidInputException if the strategy has no effect goal with this id
     */
    public OverallGoal overallGoalOf(EffectGoalId id) {
        get(id);
        return overallGoals().stream()
                .filter(goal -> goal.effectGoals().stream().anyMatch(effect -> effect.id().equals(id)))
                .findFirst().orElseThrow();
    }

    /**
     * Finds a priority area.
     *
     * @param id the id, not null
     * @return the area, or empty if the strategy has none with this id
     */
    public Optional<PriorityArea> find(PriorityAreaId id) {
        return priorityAreasById.find(id, "id");
    }

    /**
     * Gets a priority area.
     *
     * @param id the id, not null
     * @return the area
     * @throws InvalidInputException if the strategy has no priority area with this id
     */
    public PriorityArea get(PriorityAreaId id) {
        return priorityAreasById.get(id, "id", "is not a priority area of the strategy");
    }

    /**
     * Returns the priority areas linked to an effect goal.
     *
     * @param id the effect goal's id, not null
     * @return the areas, in the document's order, possibly empty
     * @throws InvalidInputException if the strategy has no effect goal with this id
     */
    public List<PriorityArea> priorityAreasLinkedTo(EffectGoalId id) {
        get(id);
        return priorityAreas().stream()
                .filter(area -> area.effectGoalLinks().stream().anyMatch(link -> link.effectGoal().equals(id)))
                .toList();
    }

    /**
     * Gets an identified need of any priority area.
     *
     * @param id the id, not null
     * @return the need
     * @throws InvalidInputException if no priority area has a need with this id
     */
    public IdentifiedNeed identifiedNeed(IdentifiedNeedId id) {
        Objects.requireNonNull(id, "id");
        return priorityAreas().stream().flatMap(area -> area.identifiedNeeds().stream())
                .filter(need -> need.id().equals(id)).findFirst()
                .orElseThrow(() -> InvalidInputException.of("id", "is not an identified need of the strategy", id));
    }

    /**
     * Gets a recurring review.
     *
     * @param id the id, not null
     * @return the review
     * @throws InvalidInputException if the strategy names no review with this id
     */
    public RecurringReview recurringReview(RecurringReviewId id) {
        Objects.requireNonNull(id, "id");
        return recurringReviews().stream().filter(review -> review.id().equals(id)).findFirst()
                .orElseThrow(() -> InvalidInputException.of("id", "is not a recurring review of the strategy", id));
    }

    /**
     * {@return the identified needs to follow up as measures, priority area by priority area, under their
     * own ids ({@code PA1} with {@code PA1.1}, …)}
     */
    public MeasurePlan measurePlan() {
        return MeasurePlan.of(priorityAreas().stream()
                .map(area -> MeasureArea.of(MeasureAreaId.from(area.id()),
                        area.identifiedNeeds().stream().map(need -> MeasureId.from(need.id())).toList()))
                .toList());
    }

    @Value.Check
    void check() {
        Checks.notEmpty("overallGoals", overallGoals());
        Checks.uniqueKeys("overallGoals", overallGoals(), OverallGoal::id);
        Set<EffectGoalId> effectGoals = Checks.uniqueKeys("effectGoals", effectGoals(), EffectGoal::id);
        Checks.uniqueKeys("priorityAreas", priorityAreas(), PriorityArea::id);
        Checks.uniqueKeys("implementationRules", implementationRules(), ImplementationRule::id);
        Checks.uniqueKeys("recurringReviews", recurringReviews(), RecurringReview::id);
        Checks.uniqueKeys("responsibilities", responsibilities(), Responsibility::id);
        checkResponsibleRoles();
        for (int a = 0; a < priorityAreas().size(); a++) {
            List<EffectGoalLink> links = priorityAreas().get(a).effectGoalLinks();
            for (int l = 0; l < links.size(); l++) {
                if (!effectGoals.contains(links.get(l).effectGoal())) {
                    throw InvalidInputException.of("priorityAreas[" + a + "].effectGoalLinks[" + l + "].effectGoal",
                            "is not an effect goal of the strategy", links.get(l).effectGoal());
                }
            }
        }
    }

    // an identified need's responsible role is one of the strategy's responsibilities
    private void checkResponsibleRoles() {
        for (int a = 0; a < priorityAreas().size(); a++) {
            List<IdentifiedNeed> needs = priorityAreas().get(a).identifiedNeeds();
            for (int n = 0; n < needs.size(); n++) {
                Optional<ResponsibleRole> role = needs.get(n).responsible();
                if (role.isPresent() && find(role.get().responsibility()).isEmpty()) {
                    throw InvalidInputException.of("priorityAreas[" + a + "].identifiedNeeds[" + n + "].responsible.responsibility",
                            "is not a responsibility of the strategy", role.get().responsibility());
                }
            }
        }
    }

    private static final class Holder {
        static final OrebroStrategy STRATEGY =
                JsonCursor.readResource(OrebroStrategy.class, "orebro-strategy.json", OrebroStrategyReader::strategy);
    }
}
