package se.klinedu.indicators.target;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;
import se.klinedu.core.InvalidInputException;
import se.klinedu.core.Provenance;
import se.klinedu.core.internal.Checks;
import se.klinedu.core.internal.Index;
import se.klinedu.core.internal.JsonCursor;
import se.klinedu.core.internal.KlineduStyle;
import se.klinedu.core.strategy.EffectGoalId;
import se.klinedu.core.strategy.OverallGoalId;
import se.klinedu.core.strategy.ResponsibleRole;
import se.klinedu.core.strategy.StrategyOutline;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * A catalogue of indicators of one strategy's effect goals. It carries the strategy's {@link StrategyOutline}
 * (its period and goals by id), so that everything built on a catalogue — observations, roll-ups, reports —
 * takes the strategy from it and from nowhere else. {@link #load(String) load("orebro")} holds the 26 indicators of Region Örebro
 * län's strategy; a region with a strategy of its own builds a catalogue with that strategy's outline.
 *
 * <p>Every indicator's effect goal is one of the strategy's, and ids are unique. Instances are immutable
 * and thread-safe.
 *
 * @since 0.1
 */
@Value.Immutable
@KlineduStyle
@JsonDeserialize(builder = ImmutableIndicatorCatalogue.Builder.class)
public abstract class IndicatorCatalogue {

    private final Index<IndicatorId, Indicator> byId = Index.of(this::indicators, Indicator::id);

    IndicatorCatalogue() {
    }

    /**
     * {@return the strategy the indicators follow up: its period and goals}
     */
    @JsonProperty(value = "strategy", required = true)
    public abstract StrategyOutline strategy();

    /**
     * {@return where the indicators come from}
     */
    @JsonProperty(value = "provenance", required = true)
    public abstract Provenance provenance();

    /**
     * {@return the indicators, grouped by effect goal in the strategy's order}
     */
    @JsonProperty(value = "indicators", required = true)
    public abstract List<Indicator> indicators();

    /**
     * Obtains a catalogue.
     *
     * @param strategy the strategy the indicators follow up, not null
     * @param provenance where the indicators come from, not null
     * @param indicators at least one indicator, ids unique, each of an effect goal of the strategy, not null
     * @return the catalogue
     * @throws InvalidInputException if the list is empty, an id repeats or an effect goal is unknown
     */
    public static IndicatorCatalogue of(StrategyOutline strategy, Provenance provenance, List<Indicator> indicators) {
        return ImmutableIndicatorCatalogue.builder().strategy(strategy).provenance(provenance).addAllIndicators(indicators)
                .build();
    }

    /** The names of the catalogues the library ships, for {@link #load(String)}. */
    public static final List<String> NAMES = List.of("orebro");

    /**
     * Loads a catalogue the library ships, read once from the module's resources: {@code "orebro"}, the 26
     * indicators of Region Örebro län's Utbildningsstrategi 2021–2030.
     *
     * @param name the catalogue's name, one of {@link #NAMES}
     * @return the catalogue
     * @throws InvalidInputException if the library ships no catalogue of this name
     */
    public static IndicatorCatalogue load(String name) {
        if (!Objects.requireNonNull(name, "name").equals("orebro")) {
            throw InvalidInputException.of("name", "must be orebro", name);
        }
        return Holder.OREBRO;
    }

    /**
     * Finds an indicator.
     *
     * @param id the id, not null
     * @return the indicator, or empty if the catalogue has none with this id
     */
    public Optional<Indicator> find(IndicatorId id) {
        return byId.find(id, "id");
    }

    /**
     * Gets an indicator.
     *
     * @param id the id, not null
     * @return the indicator
     * @throws InvalidInputException if the catalogue has no indicator with this id
     */
    public Indicator get(IndicatorId id) {
        return byId.find(id, "id")
                .orElseThrow(() -> InvalidInputException.of("indicator", "is not an indicator of the catalogue", id));
    }

    /**
     * Returns the indicators of an effect goal.
     *
     * @param effectGoal the effect goal's id, not null
     * @return its indicators in the catalogue's order; empty if it has none
     * @throws InvalidInputException if the strategy has no such effect goal
     */
    public List<Indicator> ofEffectGoal(EffectGoalId effectGoal) {
        requireInStrategy("effectGoal", effectGoal);
        return indicators().stream().filter(indicator -> indicator.effectGoal().equals(effectGoal)).toList();
    }

    /**
     * Returns the indicators of an overall goal's effect goals.
     *
     * @param overallGoal the overall goal's id, not null
     * @return its indicators, by effect goal in the strategy's order
     * @throws InvalidInputException if the strategy has no such overall goal
     */
    public List<Indicator> ofOverallGoal(OverallGoalId overallGoal) {
        return strategy().effectGoalsOf(overallGoal).stream().flatMap(effectGoal -> ofEffectGoal(effectGoal).stream()).toList();
    }

    @Value.Check
    void check() {
        Checks.notEmpty("indicators", indicators());
        Checks.uniqueKeys("indicators", indicators(), Indicator::id);
        for (int i = 0; i < indicators().size(); i++) {
            requireInStrategy("indicators[" + i + "].effectGoal", indicators().get(i).effectGoal());
        }
        checkResponsibleRoles();
    }

    private void requireInStrategy(String path, EffectGoalId effectGoal) {
        if (strategy().findOverallGoalOf(effectGoal).isEmpty()) {
            throw InvalidInputException.of(path, "is not an effect goal of the strategy", effectGoal);
        }
    }

    // an indicator's responsible role is one of the strategy's responsibilities
    private void checkResponsibleRoles() {
        for (int i = 0; i < indicators().size(); i++) {
            Optional<ResponsibleRole> role = indicators().get(i).responsible();
            if (role.isPresent() && !strategy().responsibilities().contains(role.get().responsibility())) {
                throw InvalidInputException.of("indicators[" + i + "].responsible.responsibility",
                        "is not a responsibility of the strategy", role.get().responsibility());
            }
        }
    }

    private static final class Holder {
        static final IndicatorCatalogue OREBRO = JsonCursor
                .readResource(IndicatorCatalogue.class, "orebro-indicators.json", IndicatorCatalogueReader::catalogue);
    }
}
