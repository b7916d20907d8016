package se.klinedu.core.crosswalk;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.immutables.value.Value;
import se.klinedu.core.InvalidInputException;
import se.klinedu.core.internal.Checks;
import se.klinedu.core.internal.KlineduStyle;
import se.klinedu.core.strategy.EffectGoalId;
import se.klinedu.core.substrategy.DesiredOutcomeId;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * A link of the {@link NordicCrosswalk}: a desired outcome of Helse Sør-Øst's sub-strategy and an
 * effect goal of the Örebro strategy that speak of the same thing, with the theme and a one-line
 * justification.
 *
 * <p>Neither document refers to the other: every link is klinedu's interpretation (see the module
 * README's "Interpretations"). Instances are immutable and thread-safe.
 *
 * @since 0.1
 */
@Value.Immutable
@KlineduStyle
@JsonDeserialize(builder = CrosswalkLink.Builder.class)
public abstract class CrosswalkLink {

    CrosswalkLink() {
    }

    /**
     * {@return the Helse Sør-Øst desired outcome}
     */
    @JsonProperty(value = "desiredOutcome", required = true)
    public abstract DesiredOutcomeId desiredOutcome();

    /**
     * {@return the Örebro effect goal}
     */
    @JsonProperty(value = "effectGoal", required = true)
    public abstract EffectGoalId effectGoal();

    /**
     * {@return the subject both speak of}
     */
    @JsonProperty(value = "theme", required = true)
    public abstract CrosswalkTheme theme();

    /**
     * {@return why the two are linked, one line in English}
     */
    @JsonProperty(value = "justification", required = true)
    public abstract String justification();

    /**
     * {@return a builder; every attribute is required}
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Builds a {@link CrosswalkLink}: {@code build()} checks the value as every other way of making one does.
     */
    public static final class Builder extends ImmutableCrosswalkLink.Builder {

        Builder() {
        }
    }

    @Value.Check
    void check() {
        Checks.notBlank("justification", justification());
        if (justification().contains("\n") || justification().contains("\r")) {
            throw InvalidInputException.of("justification", "must be one line");
        }
    }
}
