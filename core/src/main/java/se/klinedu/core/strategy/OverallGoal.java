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
 * An overall goal (<i>övergripande mål</i>) of the Örebro strategy, such as "Att erbjuda klinisk
 * utbildning av hög kvalitet", with its effect goals in the document's order.
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @since 0.1
 */
@Value.Immutable
@KlineduStyle
@JsonDeserialize(builder = OverallGoal.Builder.class)
public abstract class OverallGoal {

    OverallGoal() {
    }

    /**
     * {@return the id: {@code 1}, {@code 2} or {@code 3}}
     */
    @JsonProperty(value = "id", required = true)
    public abstract OverallGoalId id();

    /**
     * {@return the column label of the strategy's Figure 1, such as "Kvalitet"}
     */
    @JsonProperty(value = "shortName", required = true)
    public abstract LocalizedText shortName();

    /**
     * {@return the goal as stated under "Övergripande målbild 2030"}
     */
    @JsonProperty(value = "text", required = true)
    public abstract LocalizedText text();

    /**
     * {@return the heading of the goal's page of effect goals and indicators}
     */
    @JsonProperty(value = "heading", required = true)
    public abstract LocalizedText heading();

    /**
     * {@return the paragraph under that heading}
     */
    @JsonProperty(value = "description", required = true)
    public abstract LocalizedText description();

    /**
     * {@return the goal's effect goals, in the document's order, at least one}
     */
    @JsonProperty(value = "effectGoals", required = true)
    public abstract List<EffectGoal> effectGoals();

    /**
     * {@return a builder; every attribute is required}
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Builds a {@link OverallGoal}: {@code build()} checks the value as every other way of making one does.
     */
    public static final class Builder extends ImmutableOverallGoal.Builder {

        Builder() {
        }
    }

    @Value.Check
    void check() {
        Checks.notEmpty("effectGoals", effectGoals());
        Checks.uniqueKeys("effectGoals", effectGoals(), EffectGoal::id);
        for (int i = 0; i < effectGoals().size(); i++) {
            EffectGoalId goal = effectGoals().get(i).id();
            if (!goal.value().startsWith(id().value() + ".")) {
                throw InvalidInputException.of("effectGoals[" + i + "].id", "must start with " + id() + ".", goal);
            }
        }
    }
}
