package se.klinedu.indicators.rollup;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import se.klinedu.core.Counts;
import se.klinedu.core.InvalidInputException;
import se.klinedu.core.organisation.OrganisationTree;
import se.klinedu.core.organisation.OrganisationUnit;
import se.klinedu.core.organisation.OrganisationUnitId;
import se.klinedu.core.period.ReportingPeriod;
import se.klinedu.indicators.evaluation.EvaluationPolicy;
import se.klinedu.indicators.evaluation.Evaluations;
import se.klinedu.indicators.evaluation.IndicatorResult;
import se.klinedu.indicators.evaluation.Status;
import se.klinedu.indicators.observation.Observation;
import se.klinedu.indicators.observation.ObservationSet;
import se.klinedu.indicators.target.Indicator;

/**
 * Rolls one indicator up the organisation-unit tree for one period: every unit's result is of its whole
 * subtree (its own observation and its descendants').
 *
 * <p><b>Shares</b> pool their counts — the sum of the numerators over the sum of the denominators, never
 * an average of percentages — and are then evaluated as one group. Pooled groups smaller than the
 * policy's minimum are suppressed (primary suppression). Then <b>complementary suppression</b> makes
 * sure no suppressed count can be derived by subtraction or addition: for every unit, its pooled counts
 * equal its own counts plus its children's. Its own counts are never disclosed on their own. Until
 * nothing changes:
 *
 * <ul>
 *   <li>where a unit is disclosed, the hidden parts (its own counts and its suppressed children) must be
 *       none, or the unit's own counts alone when they reach the minimum, or at least two that together
 *       reach the minimum; and when they hold a small group, their respondents must not all have answered
 *       alike (all yes or all no), since the unit less its disclosed children would then give every hidden
 *       group's share; otherwise its smallest disclosed child (fewest respondents, then id) is suppressed
 *       too, or the unit itself when no child is left to suppress;
 *   <li>where a unit is suppressed and has no own counts, not all its children may be disclosed (their
 *       sum would give it away): the smallest disclosed child is suppressed too.
 * </ul>
 *
 * <p><b>Milestones and reviews</b> are not pooled: a unit's subtree is met when every observation in
 * it is met (a milestone done, a review good) and there is at least one, not met when any is not met,
 * and has no data when there is none.
 *
 * @since 0.1
 */
public final class TreeRollUp {

    private TreeRollUp() {
    }

    /**
     * Evaluates an indicator for every unit of a tree.
     *
     * @param indicator the indicator, not null
     * @param period the period, not null
     * @param tree the organisation, not null
     * @param observations the observations; those of other indicators and periods play no part, not null
     * @param policy the policy, not null
     * @return each unit's result, in the tree's order of units
     * @throws InvalidInputException if the observations of the indicator and period hold one of a unit the tree
     *     lacks
     */
    public static Map<OrganisationUnitId, IndicatorResult> of(Indicator indicator, ReportingPeriod period,
            OrganisationTree tree, ObservationSet observations, EvaluationPolicy policy) {
        Objects.requireNonNull(indicator, "indicator");
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(tree, "tree");
        Objects.requireNonNull(policy, "policy");
        Map<OrganisationUnitId, Observation> own = observations.of(indicator.id(), period);
        // an observation of no unit of the tree would count nowhere: a misspelt unit never drops out silently
        own.keySet().stream().filter(unit -> tree.find(unit).isEmpty()).findFirst().ifPresent(unit -> {
            throw InvalidInputException.of("observations", "hold " + indicator.id() + " for " + period + " of unit " + unit
                    + ", which is not a unit of the tree and would count in no pooled figure");
        });
        Map<OrganisationUnitId, IndicatorResult> results = new LinkedHashMap<>();
        if (indicator.target().kind().isObservedAsCounts()) {
            Map<OrganisationUnitId, Counts> ownCounts = own.entrySet().stream().collect(
                    Collectors.toMap(Map.Entry::getKey, entry -> entry.getValue().counts().orElseThrow()));
            Map<OrganisationUnitId, Counts> pooled = pool(tree, ownCounts);
            Set<OrganisationUnitId> hidden = new HashSet<>();
            for (OrganisationUnit unit : tree.units()) {
                IndicatorResult result = Evaluations.evaluateCounts(indicator, unit.id(), period, pooled.get(unit.id()), policy);
                results.put(unit.id(), result);
                if (result.isSuppressed()) {
                    hidden.add(unit.id());
                }
            }
            Set<OrganisationUnitId> primary = Set.copyOf(hidden);
            if (results.values().stream().noneMatch(result -> result.status() == Status.NOT_EVALUABLE)) {
                suppressComplements(tree, ownCounts, pooled, hidden, policy.minimumGroupSize());
            }
            for (OrganisationUnitId id : hidden) {
                if (!primary.contains(id)) {
                    results.put(id, Evaluations.suppressed(indicator, id, period, policy));
                }
            }
        } else {
            for (OrganisationUnit unit : tree.units()) {
                results.put(unit.id(), subtreeStatus(indicator, unit.id(), period, tree, own, policy));
            }
        }
        return Collections.unmodifiableMap(results);
    }

    /** Each unit's own counts plus its descendants'; zero counts where none of its subtree observed. */
    static Map<OrganisationUnitId, Counts> pool(OrganisationTree tree, Map<OrganisationUnitId, Counts> own) {
        Map<OrganisationUnitId, Counts> pooled = new HashMap<>();
        // the tree depth first from the root, reversed: every child before its parent
        List<OrganisationUnit> units = new ArrayList<>(tree.subtree(tree.root().id()));
        Collections.reverse(units);
        for (OrganisationUnit unit : units) {
            Counts sum = own.getOrDefault(unit.id(), Counts.of(0, 0));
            for (OrganisationUnit child : tree.children(unit.id())) {
                sum = sum.plus(pooled.get(child.id()));
            }
            pooled.put(unit.id(), sum);
        }
        return pooled;
    }

    private static void suppressComplements(OrganisationTree tree, Map<OrganisationUnitId, Counts> own,
            Map<OrganisationUnitId, Counts> pooled, Set<OrganisationUnitId> hidden, int minimum) {
        // the children with respondents, which no pass changes
        Map<OrganisationUnitId, List<OrganisationUnit>> respondingChildren = new HashMap<>();
        for (OrganisationUnit unit : tree.units()) {
            respondingChildren.put(unit.id(), tree.children(unit.id()).stream()
                    .filter(child -> !pooled.get(child.id()).isEmpty()).toList());
        }
        boolean changed = true;
        while (changed) {
            changed = false;
            for (OrganisationUnit unit : tree.units()) {
                if (pooled.get(unit.id()).isEmpty()) {
                    continue;
                }
                long ownSize = own.containsKey(unit.id()) ? own.get(unit.id()).denominator() : 0;
                int hiddenChildren = 0;
                long hiddenChildrenSize = 0;
                long hiddenChildrenYes = 0;
                boolean hidesSmallChild = false;
                OrganisationUnit smallestShown = null;   // fewest respondents, then id
                for (OrganisationUnit child : respondingChildren.get(unit.id())) {
                    long size = pooled.get(child.id()).denominator();
                    if (hidden.contains(child.id())) {
                        hiddenChildren++;
                        hiddenChildrenSize += size;
                        hiddenChildrenYes += pooled.get(child.id()).numerator();
                        hidesSmallChild |= size < minimum;
                    } else if (smallestShown == null || size < pooled.get(smallestShown.id()).denominator()
                            || size == pooled.get(smallestShown.id()).denominator()
                                    && child.id().value().compareTo(smallestShown.id().value()) < 0) {
                        smallestShown = child;
                    }
                }
                boolean needsMore;
                if (hidden.contains(unit.id())) {
                    needsMore = ownSize == 0 && hiddenChildren == 0 && smallestShown != null;
                } else {
                    int hiddenParts = hiddenChildren + (ownSize > 0 ? 1 : 0);
                    long hiddenSize = ownSize + hiddenChildrenSize;
                    boolean ownAloneIsLarge = hiddenChildren == 0 && ownSize >= minimum;
                    // parent minus shown children gives the hidden parts' total: if those respondents all answered
                    // alike, every small group among them is known to have answered so too
                    long hiddenYes = hiddenChildrenYes + (ownSize > 0 ? own.get(unit.id()).numerator() : 0);
                    boolean protectsSmall = hidesSmallChild || ownSize > 0 && ownSize < minimum;
                    boolean allAlike = protectsSmall && (hiddenYes == 0 || hiddenYes == hiddenSize);
                    needsMore = hiddenParts > 0 && (allAlike
                            || !ownAloneIsLarge && (hiddenParts < 2 || hiddenSize < minimum));
                }
                if (needsMore) {
                    changed |= hidden.add(smallestShown != null ? smallestShown.id() : unit.id());
                }
            }
        }
    }

    private static IndicatorResult subtreeStatus(Indicator indicator, OrganisationUnitId unit, ReportingPeriod period,
            OrganisationTree tree, Map<OrganisationUnitId, Observation> own, EvaluationPolicy policy) {
        List<IndicatorResult> observed = tree.subtree(unit).stream().map(OrganisationUnit::id).filter(own::containsKey)
                .map(id -> Evaluations.evaluate(indicator, id, period, Optional.of(own.get(id)), policy)).toList();
        if (observed.size() == 1 && observed.get(0).unit().equals(unit)) {
            return observed.get(0);
        }
        if (observed.isEmpty()) {
            return Evaluations.evaluate(indicator, unit, period, Optional.empty(), policy);
        }
        List<OrganisationUnitId> notMet = observed.stream().filter(result -> result.status() == Status.NOT_MET)
                .map(IndicatorResult::unit).sorted().toList();
        return IndicatorResult.builder().indicator(indicator.id()).unit(unit).period(period)
                .status(notMet.isEmpty() ? Status.MET : Status.NOT_MET)
                .addReasons("target: " + indicator.target())
                .addReasons(observed.size() + " observation(s) in the subtree of " + unit
                        + (notMet.isEmpty() ? ", all met" : "; not met at " + notMet))
                .build();
    }
}
