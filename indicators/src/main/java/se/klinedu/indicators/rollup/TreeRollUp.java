package se.klinedu.indicators.rollup;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import se.klinedu.core.Counts;
import se.klinedu.core.InvalidInputException;
import se.klinedu.core.organisation.OrganisationTree;
import se.klinedu.core.organisation.OrganisationUnit;
import se.klinedu.core.organisation.OrganisationUnitId;
import se.klinedu.core.period.CalendarYear;
import se.klinedu.core.period.ReportingPeriod;
import se.klinedu.core.period.Term;
import se.klinedu.core.period.TermHalf;
import se.klinedu.indicators.evaluation.EvaluationPolicy;
import se.klinedu.indicators.evaluation.Evaluations;
import se.klinedu.indicators.evaluation.IndicatorResult;
import se.klinedu.indicators.evaluation.Status;
import se.klinedu.indicators.observation.Observation;
import se.klinedu.indicators.observation.ObservationSet;
import se.klinedu.indicators.target.Indicator;
import se.klinedu.indicators.target.IndicatorId;

/**
 * Rolls one indicator up the organisation-unit tree for one period: every unit's result is of its whole
 * subtree (its own observation and its descendants').
 *
 * <p><b>Shares</b> pool their counts — the sum of the numerators over the sum of the denominators, never
 * an average of percentages — and are then evaluated as one group. Pooled groups smaller than the
 * policy's minimum are suppressed (primary suppression). Then <b>complementary suppression</b> hides more
 * units until the roll-up passes its own {@linkplain DisclosureAudit disclosure audit}: no group below the
 * minimum — a unit's whole subtree or its own rows, which are never shown on their own — can be shown by
 * whole-number arithmetic on what is shown to be below the minimum, and even a reader who knows which hidden
 * groups are small (all that replaying this rule can tell) can fix neither its share nor (with a minimum of
 * 3 or more) its size; nor can that reader fix any hidden unit's count. A failing group is given more company by hiding the nearest shown unit
 * beside it (nearest level first, then by id), or else the shown unit above it; the choice never looks at
 * sizes, so which unit was hidden tells nothing about how many it holds. A suppressed result reads the same
 * whatever the cause. When no widening helps (the minimum exceeds everyone, or a small group is made of
 * minimum − 1 units with own rows), everything with respondents is suppressed. The tables of one population
 * ({@link EvaluationPolicy#sharedPopulations()}: indicators asked of the same respondents, in a year and its
 * two terms) are suppressed with one pattern.
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
    public static Map<OrganisationUnitId, IndicatorResult> resultsByUnit(Indicator indicator, ReportingPeriod period,
            OrganisationTree tree, ObservationSet observations, EvaluationPolicy policy) {
        Objects.requireNonNull(indicator, "indicator");
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(tree, "tree");
        Objects.requireNonNull(policy, "policy");
        Map<OrganisationUnitId, Observation> own = observations.byUnit(indicator.id(), period);
        IndicatorResult[] evaluated = new IndicatorResult[tree.units().size()];
        if (indicator.target().kind().isObservedAsCounts()) {
            Disclosure counts = Disclosure.ofObservations(tree, own);
            if (counts.matched() < own.size()) {
                rejectUnknownUnit(own, indicator, period, tree);
            }
            boolean[] hidden = new boolean[counts.size()];
            boolean evaluable = true;
            for (int unit = 0; unit < counts.size(); unit++) {
                evaluated[unit] = Evaluations.evaluateCounts(indicator, counts.id(unit), period, counts.pooled(unit), policy);
                hidden[unit] = evaluated[unit].isSuppressed();
                evaluable &= evaluated[unit].status() != Status.NOT_EVALUABLE;
            }
            if (evaluable) {
                protectPopulation(counts, hidden, indicator, period, tree, observations, policy);
            }
            for (int unit = 0; unit < counts.size(); unit++) {
                // a unit without respondents here keeps "no data", even where another table of its population hides it
                if (hidden[unit] && !counts.pooled(unit).isEmpty() && !evaluated[unit].isSuppressed()) {
                    evaluated[unit] = Evaluations.suppressed(indicator, counts.id(unit), period, policy);
                }
            }
        } else {
            rejectUnknownUnit(own, indicator, period, tree);
            List<OrganisationUnit> units = tree.depthFirst();
            for (int unit = 0; unit < evaluated.length; unit++) {
                evaluated[unit] = subtreeStatus(indicator, units.get(unit).id(), period, tree, own, policy);
            }
        }
        // evaluated by depth-first position (the disclosure's order), given back in the tree's order of units
        return new ResultsByUnit(tree, evaluated);
    }

    /** An observation of no unit of the tree would count nowhere: a misspelt unit never drops out silently. */
    private static void rejectUnknownUnit(Map<OrganisationUnitId, Observation> own, Indicator indicator, ReportingPeriod period,
            OrganisationTree tree) {
        for (OrganisationUnitId unit : own.keySet()) {
            if (tree.find(unit).isEmpty()) {
                throw InvalidInputException.of("observations", "hold " + indicator.id() + " for " + period + " of unit " + unit
                        + ", which is not a unit of the tree and would count in no pooled figure");
            }
        }
    }

    /**
     * Suppresses with one pattern across every table of the indicator's population: each indicator the policy
     * names as asked of the same respondents, in the period's year and that year's two terms. Every table's
     * small groups are hidden in all, then each table's complementary suppression runs on the common pattern
     * until none hides more. A table of a member that publishes nothing still takes part.
     */
    private static void protectPopulation(Disclosure counts, boolean[] hidden, Indicator indicator, ReportingPeriod period,
            OrganisationTree tree, ObservationSet observations, EvaluationPolicy policy) {
        int minimum = policy.minimumGroupSize();
        // the tables in one order whichever of them is rolled up, so that every one of them reaches the same pattern
        List<Disclosure> tables = new ArrayList<>();
        for (IndicatorId member : policy.populationOf(indicator.id()).stream().sorted().toList()) {
            for (ReportingPeriod related : yearAndTerms(period)) {
                if (member.equals(indicator.id()) && related.equals(period)) {
                    tables.add(counts);
                    continue;
                }
                Map<OrganisationUnitId, Observation> own = observations.byUnit(member, related);
                if (own.isEmpty() || own.values().stream().anyMatch(observation -> observation.counts().isEmpty())) {
                    continue;
                }
                Disclosure table = Disclosure.ofObservations(tree, own);
                for (int unit = 0; unit < table.size(); unit++) {
                    long size = table.pooled(unit).denominator();
                    hidden[unit] |= size > 0 && size < minimum;
                }
                tables.add(table);
            }
        }
        boolean changed = true;
        while (changed) {
            changed = false;
            for (Disclosure table : tables) {
                boolean[] before = hidden.clone();
                table.protect(hidden, minimum);
                changed |= !Arrays.equals(before, hidden);
            }
        }
    }

    /** {@return a year and its two terms, for a year or either of its terms} */
    private static List<ReportingPeriod> yearAndTerms(ReportingPeriod period) {
        int year = period instanceof Term term ? term.year() : ((CalendarYear) period).year();
        return List.of(CalendarYear.of(year), Term.of(TermHalf.SPRING, year), Term.of(TermHalf.AUTUMN, year));
    }

    /** Each unit's own counts plus its descendants'; zero counts where none of its subtree observed. */
    static Map<OrganisationUnitId, Counts> pool(OrganisationTree tree, Map<OrganisationUnitId, Counts> own) {
        Disclosure counts = Disclosure.of(tree, own);
        Map<OrganisationUnitId, Counts> pooled = new HashMap<>();
        for (int unit = 0; unit < counts.size(); unit++) {
            pooled.put(counts.id(unit), counts.pooled(unit));
        }
        return pooled;
    }

    private static IndicatorResult subtreeStatus(Indicator indicator, OrganisationUnitId unit, ReportingPeriod period,
            OrganisationTree tree, Map<OrganisationUnitId, Observation> own, EvaluationPolicy policy) {
        List<IndicatorResult> observed = tree.subtree(unit).stream().map(OrganisationUnit::id).filter(own::containsKey)
                .map(id -> Evaluations.evaluate(indicator, own.get(id), policy)).toList();
        if (observed.size() == 1 && observed.get(0).unit().equals(unit)) {
            return observed.get(0);
        }
        if (observed.isEmpty()) {
            return Evaluations.noData(indicator, unit, period);
        }
        List<OrganisationUnitId> notMet = observed.stream().filter(result -> result.status() == Status.NOT_MET)
                .map(IndicatorResult::unit).sorted().toList();
        return IndicatorResult.builder().indicator(indicator.id()).unit(unit).period(period).target(indicator.target())
                .direction(indicator.direction()).status(notMet.isEmpty() ? Status.MET : Status.NOT_MET)
                .subtreeObservations(observed.size()).notMetIn(notMet)
                .build();
    }
}
