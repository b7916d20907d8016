package se.klinedu.core.crosswalk;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Objects;
import org.immutables.value.Value;
import se.klinedu.core.internal.Checks;
import se.klinedu.core.internal.JsonCursor;
import se.klinedu.core.internal.KlineduStyle;
import se.klinedu.core.strategy.EffectGoalId;
import se.klinedu.core.substrategy.DesiredOutcomeId;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * A cross-walk between Helse Sør-Øst's sub-strategy (Norway) and Region Örebro län's education
 * strategy (Sweden): links between desired outcomes and effect goals that speak of the same thing,
 * looked up either way.
 *
 * <p>Reference data written by klinedu: {@link #load()} reads it from the module's resources. Each
 * pair of outcome and goal is linked at most once. Instances are immutable and thread-safe.
 *
 * @since 0.1
 */
@Value.Immutable
@KlineduStyle
@JsonDeserialize(builder = ImmutableNordicCrosswalk.Builder.class)
public abstract class NordicCrosswalk {

    NordicCrosswalk() {
    }

    /**
     * {@return the links, in the data's order}
     */
    @JsonProperty(value = "links", required = true)
    @Value.Parameter
    public abstract List<CrosswalkLink> links();

    /**
     * Obtains a cross-walk.
     *
     * @param links the links, each pair of outcome and goal once
     * @return the cross-walk
     * @throws se.klinedu.core.InvalidInputException if a pair repeats
     */
    public static NordicCrosswalk of(List<CrosswalkLink> links) {
        return ImmutableNordicCrosswalk.of(links);
    }

    /**
     * {@return the cross-walk, read once from the module's resources}
     */
    public static NordicCrosswalk load() {
        return Holder.CROSSWALK;
    }

    /**
     * Returns the links of a Helse Sør-Øst desired outcome to Örebro effect goals.
     *
     * @param outcome the outcome, not null
     * @return its links, in the data's order, empty if it has none
     */
    public List<CrosswalkLink> linksOf(DesiredOutcomeId outcome) {
        Objects.requireNonNull(outcome, "outcome");
        return links().stream().filter(link -> link.desiredOutcome().equals(outcome)).toList();
    }

    /**
     * Returns the links of an Örebro effect goal to Helse Sør-Øst desired outcomes.
     *
     * @param goal the effect goal, not null
     * @return its links, in the data's order, empty if it has none
     */
    public List<CrosswalkLink> linksOf(EffectGoalId goal) {
        Objects.requireNonNull(goal, "goal");
        return links().stream().filter(link -> link.effectGoal().equals(goal)).toList();
    }

    /**
     * Returns the links under a theme.
     *
     * @param theme the theme, not null
     * @return its links, in the data's order, empty if it has none
     */
    public List<CrosswalkLink> linksOf(CrosswalkTheme theme) {
        Objects.requireNonNull(theme, "theme");
        return links().stream().filter(link -> link.theme() == theme).toList();
    }

    /**
     * Returns the Örebro effect goals linked to a Helse Sør-Øst desired outcome.
     *
     * @param outcome the outcome, not null
     * @return the goals, in the data's order, each once, empty if none
     */
    public List<EffectGoalId> effectGoalsFor(DesiredOutcomeId outcome) {
        return linksOf(outcome).stream().map(CrosswalkLink::effectGoal).distinct().toList();
    }

    /**
     * Returns the Helse Sør-Øst desired outcomes linked to an Örebro effect goal.
     *
     * @param goal the effect goal, not null
     * @return the outcomes, in the data's order, each once, empty if none
     */
    public List<DesiredOutcomeId> desiredOutcomesFor(EffectGoalId goal) {
        return linksOf(goal).stream().map(CrosswalkLink::desiredOutcome).distinct().toList();
    }

    @Value.Check
    void check() {
        Checks.uniqueKeys("links", links(), link -> link.desiredOutcome() + " ~ " + link.effectGoal());
    }

    private static final class Holder {
        static final NordicCrosswalk CROSSWALK =
                JsonCursor.readResource(NordicCrosswalk.class, "nordic-crosswalk.json", CrosswalkReader::crosswalk);
    }
}
