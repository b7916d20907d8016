package se.klinedu.indicators.report;

import java.util.Objects;
import java.util.Optional;
import se.klinedu.core.InvalidInputException;
import se.klinedu.core.organisation.OrganisationUnitId;
import se.klinedu.core.period.ReportingPeriod;
import se.klinedu.indicators.evaluation.EvaluationPolicy;

/**
 * What a {@link FollowUpReport} is asked for: the unit, the period, optionally a period to compare with, and
 * the policy ({@link EvaluationPolicy#standard()} unless another is given). It reads at the call site:
 * {@code FollowUpRequest.of(unit, CalendarYear.of(2025)).comparingWith(CalendarYear.of(2024))}.
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @since 0.1
 */
public final class FollowUpRequest {

    private final OrganisationUnitId unit;
    private final ReportingPeriod period;
    private final Optional<ReportingPeriod> comparedWith;
    private final EvaluationPolicy policy;

    private FollowUpRequest(OrganisationUnitId unit, ReportingPeriod period, Optional<ReportingPeriod> comparedWith,
            EvaluationPolicy policy) {
        this.unit = unit;
        this.period = period;
        this.comparedWith = comparedWith;
        this.policy = policy;
    }

    /**
     * Asks for a report on a unit in a period, with the standard policy and no comparison.
     *
     * @param unit the unit to report on, not null
     * @param period the period to report on, not null
     * @return the request
     */
    public static FollowUpRequest of(OrganisationUnitId unit, ReportingPeriod period) {
        return new FollowUpRequest(Objects.requireNonNull(unit, "unit"), Objects.requireNonNull(period, "period"),
                Optional.empty(), EvaluationPolicy.standard());
    }

    /**
     * Asks for trends since, or until, another period as well.
     *
     * @param other the period to compare with, not the reported one, not null
     * @return a copy of this request that compares with {@code other}
     * @throws InvalidInputException if {@code other} is the reported period
     */
    public FollowUpRequest comparingWith(ReportingPeriod other) {
        if (Objects.requireNonNull(other, "other").equals(period)) {
            throw InvalidInputException.of("comparedWith", "must differ from the reported period", other);
        }
        return new FollowUpRequest(unit, period, Optional.of(other), policy);
    }

    /**
     * Asks for the report under another policy.
     *
     * @param policy the policy, not null
     * @return a copy of this request with {@code policy}
     */
    public FollowUpRequest withPolicy(EvaluationPolicy policy) {
        return new FollowUpRequest(unit, period, comparedWith, Objects.requireNonNull(policy, "policy"));
    }

    /**
     * {@return the unit to report on}
     */
    public OrganisationUnitId unit() {
        return unit;
    }

    /**
     * {@return the period to report on}
     */
    public ReportingPeriod period() {
        return period;
    }

    /**
     * {@return the period the trends compare with, if any}
     */
    public Optional<ReportingPeriod> comparedWith() {
        return comparedWith;
    }

    /**
     * {@return the policy}
     */
    public EvaluationPolicy policy() {
        return policy;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof FollowUpRequest that && unit.equals(that.unit) && period.equals(that.period)
                && comparedWith.equals(that.comparedWith) && policy.equals(that.policy);
    }

    @Override
    public int hashCode() {
        return Objects.hash(unit, period, comparedWith, policy);
    }

    @Override
    public String toString() {
        return "FollowUpRequest{unit=" + unit + ", period=" + period
                + comparedWith.map(other -> ", comparedWith=" + other).orElse("") + ", policy=" + policy + "}";
    }
}
