package se.klinedu.indicators.observation;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Optional;
import java.util.stream.Stream;
import org.immutables.value.Value;
import se.klinedu.core.Counts;
import se.klinedu.core.InvalidInputException;
import se.klinedu.core.internal.KlineduStyle;
import se.klinedu.core.organisation.OrganisationUnitId;
import se.klinedu.core.period.ReportingPeriod;
import se.klinedu.indicators.target.IndicatorId;
import se.klinedu.indicators.target.TargetKind;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * One observation of an indicator, for an organisation unit and a reporting period: counts (for share
 * and qualitative targets), a milestone's state, or a review's outcome.
 *
 * <p>Exactly one of the three values is present. Whether it is the kind the indicator needs is checked
 * against a catalogue when observations are gathered into an {@link ObservationSet}. Instances are
 * immutable and thread-safe.
 *
 * @since 0.1
 */
@Value.Immutable
@KlineduStyle
@JsonDeserialize(builder = Observation.Builder.class)
public abstract class Observation {

    Observation() {
    }

    /**
     * {@return the indicator observed}
     */
    @JsonProperty(value = "indicator", required = true)
    public abstract IndicatorId indicator();

    /**
     * {@return the organisation unit the observation is of}
     */
    @JsonProperty(value = "unit", required = true)
    public abstract OrganisationUnitId unit();

    /**
     * {@return the reporting period}
     */
    @JsonProperty(value = "period", required = true)
    public abstract ReportingPeriod period();

    /**
     * {@return the counts: respondents who answered yes of all respondents; for share and qualitative targets}
     */
    @JsonProperty("counts")
    public abstract Optional<Counts> counts();

    /**
     * {@return the milestone's state, for milestone targets}
     */
    @JsonProperty("milestone")
    public abstract Optional<Milestone> milestone();

    /**
     * {@return the review's outcome, for review targets}
     */
    @JsonProperty("review")
    public abstract Optional<ReviewOutcome> review();

    /**
     * {@return a builder; indicator, unit, period and exactly one of counts, milestone and review are required}
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Builds a {@link Observation}: {@code build()} checks the value as every other way of making one does.
     */
    public static final class Builder extends ImmutableObservation.Builder {

        Builder() {
        }
    }

    /**
     * Obtains an observation of counts.
     *
     * @param indicator the indicator, not null
     * @param unit the unit, not null
     * @param period the period, not null
     * @param counts the counts, not null
     * @return the observation
     */
    public static Observation ofCounts(IndicatorId indicator, OrganisationUnitId unit, ReportingPeriod period, Counts counts) {
        return builder().indicator(indicator).unit(unit).period(period).counts(counts).build();
    }

    /**
     * Obtains an observation of a milestone.
     *
     * @param indicator the indicator, not null
     * @param unit the unit, not null
     * @param period the period, not null
     * @param milestone the milestone's state, not null
     * @return the observation
     */
    public static Observation ofMilestone(IndicatorId indicator, OrganisationUnitId unit, ReportingPeriod period,
            Milestone milestone) {
        return builder().indicator(indicator).unit(unit).period(period).milestone(milestone).build();
    }

    /**
     * Obtains an observation of a review's outcome.
     *
     * @param indicator the indicator, not null
     * @param unit the unit, not null
     * @param period the period, not null
     * @param outcome the outcome, not null
     * @return the observation
     */
    public static Observation ofReview(IndicatorId indicator, OrganisationUnitId unit, ReportingPeriod period,
            ReviewOutcome outcome) {
        return builder().indicator(indicator).unit(unit).period(period).review(outcome).build();
    }

    /**
     * {@return true when the value is of the kind a target of this kind needs}
     *
     * @param kind the target's kind, not null
     */
    public boolean fits(TargetKind kind) {
        return switch (kind) {
            case SHARE, QUALITATIVE -> counts().isPresent();
            case MILESTONE -> milestone().isPresent();
            // a recurring obligation is done in the period observed, or not at all
            case RECURRING -> milestone().filter(done -> done.date().map(period()::contains).orElse(true)).isPresent();
            case REVIEW -> review().isPresent();
        };
    }

    /**
     * {@return the key of the observation: indicator, unit and period}
     */
    public ObservationKey key() {
        return ObservationKey.of(indicator(), unit(), period());
    }

    @Value.Check
    void check() {
        long values = Stream.of(counts(), milestone(), review()).filter(Optional::isPresent).count();
        if (values != 1) {
            throw InvalidInputException.of("counts", "exactly one of counts, milestone and review is required", values + " given");
        }
    }
}
