package se.klinedu.indicators.report;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.immutables.value.Value;
import se.klinedu.core.InvalidInputException;
import se.klinedu.core.internal.KlineduStyle;
import se.klinedu.core.organisation.OrganisationTree;
import se.klinedu.core.organisation.OrganisationUnitId;
import se.klinedu.core.period.CalendarYear;
import se.klinedu.core.period.ReportingPeriod;
import se.klinedu.core.period.StrategyPeriod;
import se.klinedu.core.period.Term;
import se.klinedu.core.period.TermHalf;
import se.klinedu.core.strategy.EffectGoalId;
import se.klinedu.core.strategy.GoalOutline;
import se.klinedu.indicators.evaluation.EvaluationPolicy;
import se.klinedu.indicators.evaluation.IndicatorResult;
import se.klinedu.indicators.observation.ObservationSet;
import se.klinedu.indicators.rollup.RollUp;
import se.klinedu.indicators.rollup.TreeRollUp;
import se.klinedu.indicators.target.Indicator;
import se.klinedu.indicators.target.IndicatorCatalogue;
import se.klinedu.indicators.trend.Trend;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * A follow-up report of the Örebro strategy for one organisation unit (its whole subtree; the root for
 * the whole organisation) and one period: every indicator's result grouped overall goal → effect goal →
 * indicator, the roll-ups, the trends since a period compared with, and each indicator's latest result.
 *
 * <p>Results are computed over the whole tree, so that complementary suppression holds across the
 * organisation, and then read at the unit. Instances are immutable and thread-safe.
 *
 * @since 0.1
 */
@Value.Immutable
@KlineduStyle
@JsonDeserialize(builder = FollowUpReport.Builder.class)
public abstract class FollowUpReport {

    FollowUpReport() {
    }

    /**
     * {@return the unit reported on}
     */
    @JsonProperty(value = "unit", required = true)
    public abstract OrganisationUnitId unit();

    /**
     * {@return the period reported on}
     */
    @JsonProperty(value = "period", required = true)
    public abstract ReportingPeriod period();

    /**
     * {@return the period the trends compare with, if any}
     */
    @JsonProperty("comparedWith")
    public abstract Optional<ReportingPeriod> comparedWith();

    /**
     * {@return the policy the report was made with}
     */
    @JsonProperty(value = "policy", required = true)
    public abstract EvaluationPolicy policy();

    /**
     * {@return the strategy's status from its overall goals}
     */
    @JsonProperty(value = "rollUp", required = true)
    public abstract RollUp rollUp();

    /**
     * {@return the overall goals, in the strategy's order}
     */
    @JsonProperty(value = "overallGoals", required = true)
    public abstract List<OverallGoalSection> overallGoals();

    /**
     * {@return a builder; every attribute but the period compared with is required}
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Builds a {@link FollowUpReport}: {@code build()} checks the value as every other way of making one does.
     */
    public static final class Builder extends ImmutableFollowUpReport.Builder {

        Builder() {
        }
    }

    /**
     * Makes a follow-up report.
     *
     * @param catalogue the indicators, with the strategy they follow up, not null
     * @param tree the organisation, not null
     * @param observations the observations, not null
     * @param request the unit, the period, the period compared with if any, and the policy, not null
     * @return the report
     * @throws InvalidInputException if the unit is not in the tree or a period is outside the catalogue's
     *     strategy period
     */
    public static FollowUpReport of(IndicatorCatalogue catalogue, OrganisationTree tree, ObservationSet observations,
            FollowUpRequest request) {
        Objects.requireNonNull(catalogue, "catalogue");
        Objects.requireNonNull(observations, "observations");
        Objects.requireNonNull(request, "request");
        OrganisationUnitId unit = request.unit();
        tree.get(unit);
        StrategyPeriod strategyPeriod = catalogue.strategy().period();
        requireWithin(strategyPeriod, "period", request.period());
        request.comparedWith().ifPresent(other -> requireWithin(strategyPeriod, "comparedWith", other));
        EvaluationPolicy policy = request.policy();
        List<OverallGoalSection> overallGoals = new ArrayList<>();
        for (GoalOutline overallGoal : catalogue.strategy().goals()) {
            List<EffectGoalSection> effectGoals = new ArrayList<>();
            for (EffectGoalId effectGoal : overallGoal.effectGoals()) {
                List<IndicatorLine> lines = catalogue.ofEffectGoal(effectGoal).stream()
                        .map(indicator -> line(indicator, tree, observations, request, strategyPeriod)).toList();
                effectGoals.add(EffectGoalSection.of(effectGoal,
                        RollUp.of(lines.stream().map(line -> line.result().status()).toList(), policy.rollUpRule()), lines));
            }
            overallGoals.add(OverallGoalSection.of(overallGoal.overallGoal(),
                    RollUp.of(effectGoals.stream().map(section -> section.rollUp().status()).toList(), policy.rollUpRule()),
                    effectGoals));
        }
        return builder().unit(unit).period(request.period()).comparedWith(request.comparedWith()).policy(policy)
                .rollUp(RollUp.of(overallGoals.stream().map(section -> section.rollUp().status()).toList(), policy.rollUpRule()))
                .addAllOverallGoals(overallGoals).build();
    }

    private static IndicatorLine line(Indicator indicator, OrganisationTree tree, ObservationSet observations,
            FollowUpRequest request, StrategyPeriod strategyPeriod) {
        OrganisationUnitId unit = request.unit();
        ReportingPeriod period = request.period();
        EvaluationPolicy policy = request.policy();
        // each period's tree roll-up once, whether the trend, the history or both need it
        Map<ReportingPeriod, IndicatorResult> byPeriod = new HashMap<>();
        Function<ReportingPeriod, IndicatorResult> resultIn = when -> byPeriod.computeIfAbsent(when,
                key -> TreeRollUp.resultsByUnit(indicator, key, tree, observations, policy).get(unit));
        IndicatorResult result = resultIn.apply(period);
        Optional<Trend> trend = request.comparedWith().map(other -> {
            IndicatorResult otherResult = resultIn.apply(other);
            boolean otherIsEarlier = other.lastDay().isBefore(period.lastDay());
            return Trend.between(otherIsEarlier ? otherResult : result, otherIsEarlier ? result : otherResult,
                    indicator.direction(), policy.confidenceLevel());
        });
        List<IndicatorResult> history = periodsUpTo(strategyPeriod.firstYear(), period).stream().map(resultIn).toList();
        return IndicatorLine.of(result, trend, Trend.latest(history));
    }

    /** The strategy's periods of the same kind as this one, from its first year up to and including it. */
    private static List<ReportingPeriod> periodsUpTo(int first, ReportingPeriod period) {
        List<ReportingPeriod> periods = new ArrayList<>();
        if (period instanceof CalendarYear year) {
            for (int y = first; y <= year.year(); y++) {
                periods.add(CalendarYear.of(y));
            }
        } else if (period instanceof Term term) {
            for (int y = first; y <= term.year(); y++) {
                for (TermHalf half : TermHalf.values()) {
                    Term candidate = Term.of(half, y);
                    if (!candidate.lastDay().isAfter(term.lastDay())) {
                        periods.add(candidate);
                    }
                }
            }
        }
        return periods;
    }

    private static void requireWithin(StrategyPeriod strategyPeriod, String path, ReportingPeriod period) {
        if (!strategyPeriod.contains(Objects.requireNonNull(period, path))) {
            throw InvalidInputException.of(path, "must be within the strategy period " + strategyPeriod, period);
        }
    }
}
