package se.klinedu.indicators.observation;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;
import se.klinedu.core.InvalidInputException;
import se.klinedu.core.internal.Checks;
import se.klinedu.core.internal.KlineduStyle;
import se.klinedu.core.internal.Index;
import se.klinedu.core.internal.Memo;
import se.klinedu.core.organisation.OrganisationUnitId;
import se.klinedu.core.period.ReportingPeriod;
import se.klinedu.indicators.target.IndicatorCatalogue;
import se.klinedu.indicators.target.IndicatorId;

/**
 * A set of observations with at most one per indicator, unit and period, each of the kind its
 * indicator needs.
 *
 * <p>Build one from a list with {@link #of(IndicatorCatalogue, List)}, which reports every problem at
 * once, or from CSV and JSON with {@link ObservationReader}. Instances are immutable and thread-safe.
 *
 * @since 0.1
 */
@Value.Immutable
@KlineduStyle
public abstract class ObservationSet {

    private final Index<ObservationKey, Observation> byKey = Index.of(this::observations, Observation::key);
    private final Memo<Map<IndicatorId, Map<ReportingPeriod, Map<OrganisationUnitId, Observation>>>> byIndicatorAndPeriod =
            new Memo<>(this::groupByIndicatorAndPeriod);

    ObservationSet() {
    }

    /**
     * {@return the observations, in the order given}
     */
    @JsonValue
    @Value.Parameter
    public abstract List<Observation> observations();

    /**
     * Checks a list of observations against a catalogue and gathers them into a set.
     *
     * @param catalogue the indicators the observations are of, not null
     * @param observations the observations, not null
     * @return the set
     * @throws se.klinedu.core.InvalidInputException naming every problem (unknown indicator, a value of the
     *     wrong kind, a period outside the strategy period, two observations with the same key) if there is any
     */
    public static ObservationSet of(IndicatorCatalogue catalogue, List<Observation> observations) {
        return ObservationReader.of(catalogue).check(observations).toSet();
    }

    /**
     * Reads a set from JSON, with the check that needs no catalogue: one observation per key. Paths are
     * relative to the JSON array, such as {@code [3].indicator}. The checks against a catalogue (its
     * indicators, their kinds of target, its strategy's period) are {@link #of(IndicatorCatalogue, List)}'s.
     */
    // JSON: the set is the one array of its observations; of its checks, only one observation per key needs no catalogue
    @JsonCreator
    static ObservationSet fromJson(List<Observation> observations) {
        Checks.uniqueKeys("", observations, Observation::key);
        return ImmutableObservationSet.of(observations);
    }

    static ObservationSet ofChecked(List<Observation> observations) {
        return ImmutableObservationSet.of(observations);
    }

    /**
     * Finds the observation of an indicator, unit and period.
     *
     * @param key the key, not null
     * @return the observation, or empty if there is none
     */
    public Optional<Observation> find(ObservationKey key) {
        return byKey.find(key, "key");
    }

    /**
     * Returns the observations of one indicator in one period, across units.
     *
     * @param indicator the indicator, not null
     * @param period the period, not null
     * @return the observations by unit id; empty if there are none
     */
    public Map<OrganisationUnitId, Observation> byUnit(IndicatorId indicator, ReportingPeriod period) {
        Objects.requireNonNull(indicator, "indicator");
        Objects.requireNonNull(period, "period");
        return byIndicatorAndPeriod.get().getOrDefault(indicator, Map.of()).getOrDefault(period, Map.of());
    }

    /** The observations grouped once, so that a roll-up over many indicators and periods does not scan them all each time. */
    private Map<IndicatorId, Map<ReportingPeriod, Map<OrganisationUnitId, Observation>>> groupByIndicatorAndPeriod() {
        Map<IndicatorId, Map<ReportingPeriod, Map<OrganisationUnitId, Observation>>> grouped = new HashMap<>();
        for (Observation observation : observations()) {
            grouped.computeIfAbsent(observation.indicator(), indicator -> new HashMap<>())
                    .computeIfAbsent(observation.period(), period -> new HashMap<>())
                    .put(observation.unit(), observation);
        }
        grouped.replaceAll((indicator, byPeriod) -> {
            byPeriod.replaceAll((period, byUnit) -> Collections.unmodifiableMap(byUnit));
            return Collections.unmodifiableMap(byPeriod);
        });
        return Collections.unmodifiableMap(grouped);
    }

    /**
     * Returns the periods in which a unit observed an indicator.
     *
     * @param indicator the indicator, not null
     * @param unit the unit, not null
     * @return the periods, ordered by their last day, then their first day (a spring term before its calendar year, the year before its autumn term);
     *     empty if the set has no observation of the indicator for the unit (or either is unknown)
     */
    public List<ReportingPeriod> periods(IndicatorId indicator, OrganisationUnitId unit) {
        Objects.requireNonNull(indicator, "indicator");
        Objects.requireNonNull(unit, "unit");
        return observations().stream()
                .filter(observation -> observation.indicator().equals(indicator) && observation.unit().equals(unit))
                .map(Observation::period)
                .sorted(Comparator.comparing(ReportingPeriod::lastDay).thenComparing(ReportingPeriod::firstDay))
                .toList();
    }

    @Value.Check
    void check() {
        Checks.uniqueKeys("observations", observations(), Observation::key);
    }
}
