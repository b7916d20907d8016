package se.klinedu.core.strategy;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import org.immutables.value.Value;
import se.klinedu.core.InvalidInputException;
import se.klinedu.core.LocalizedText;
import se.klinedu.core.internal.Checks;
import se.klinedu.core.internal.KlineduStyle;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * A priority area (<i>prioriterat utvecklingsområde</i>) of the Örebro strategy, such as
 * "Kunskapslyft för kliniska handledare", with its identified needs and the effect goals it serves.
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @since 0.1
 */
@Value.Immutable
@KlineduStyle
@JsonDeserialize(builder = ImmutablePriorityArea.Builder.class)
public abstract class PriorityArea {

    PriorityArea() {
    }

    /**
     * {@return the id, {@code PA1} to {@code PA4}}
     */
    @JsonProperty(value = "id", required = true)
    @Value.Parameter
    public abstract PriorityAreaId id();

    /**
     * {@return the area's name}
     */
    @JsonProperty(value = "name", required = true)
    @Value.Parameter
    public abstract LocalizedText name();

    /**
     * {@return the identified needs, in the document's order, at least one}
     */
    @JsonProperty(value = "identifiedNeeds", required = true)
    @Value.Parameter
    public abstract List<IdentifiedNeed> identifiedNeeds();

    /**
     * {@return the effect goals the area serves}
     */
    @JsonProperty(value = "effectGoalLinks", required = true)
    @Value.Parameter
    public abstract List<EffectGoalLink> effectGoalLinks();

    /**
     * Obtains a priority area.
     *
     * @param id the id, not null
     * @param name the name, not null
     * @param identifiedNeeds the needs, at least one, their ids under this area's
     * @param effectGoalLinks the links to effect goals, each goal once
     * @return the area
     * @throws InvalidInputException if a need's id is not under the area's, or an id repeats
     */
    public static PriorityArea of(PriorityAreaId id, LocalizedText name, List<IdentifiedNeed> identifiedNeeds,
            List<EffectGoalLink> effectGoalLinks) {
        return ImmutablePriorityArea.of(id, name, identifiedNeeds, effectGoalLinks);
    }

    @Value.Check
    void check() {
        Checks.notEmpty("identifiedNeeds", identifiedNeeds());
        Checks.uniqueKeys("identifiedNeeds", identifiedNeeds(), IdentifiedNeed::id);
        Checks.uniqueKeys("effectGoalLinks", effectGoalLinks(), EffectGoalLink::effectGoal);
        for (int i = 0; i < identifiedNeeds().size(); i++) {
            IdentifiedNeedId need = identifiedNeeds().get(i).id();
            if (!need.value().startsWith(id().value() + ".")) {
                throw InvalidInputException.of("identifiedNeeds[" + i + "].id", "must start with " + id() + ".", need);
            }
        }
    }
}
