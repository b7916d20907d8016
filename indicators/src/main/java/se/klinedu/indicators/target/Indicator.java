package se.klinedu.indicators.target;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Optional;
import org.immutables.value.Value;
import se.klinedu.core.LocalizedText;
import se.klinedu.core.internal.KlineduStyle;
import se.klinedu.core.strategy.EffectGoalId;

/**
 * An indicator (<i>indikator</i>) of an effect goal: its text, its target, the direction in which it
 * improves and who reports it.
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @since 0.1
 */
@Value.Immutable
@KlineduStyle
public abstract class Indicator {

    Indicator() {
    }

    /**
     * {@return the indicator's id}
     */
    @JsonProperty("id")
    public abstract IndicatorId id();

    /**
     * {@return the effect goal the indicator measures}
     */
    @JsonProperty("effectGoal")
    public abstract EffectGoalId effectGoal();

    /**
     * {@return the indicator's text, verbatim}
     */
    @JsonProperty("text")
    public abstract LocalizedText text();

    /**
     * {@return the sub-heading the document places the indicator under ("Studenter och elever utvärderar"), if any}
     */
    @JsonProperty("heading")
    public abstract Optional<LocalizedText> heading();

    /**
     * {@return the target}
     */
    @JsonProperty("target")
    public abstract Target target();

    /**
     * {@return the direction in which the indicator improves}
     */
    @JsonProperty("direction")
    public abstract Direction direction();

    /**
     * {@return who reports the observation}
     */
    @JsonProperty("reporter")
    public abstract Reporter reporter();

    /**
     * {@return a builder; every attribute but the heading is required}
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Builds a {@link Indicator}: {@code build()} checks the value as every other way of making one does.
     */
    public static final class Builder extends ImmutableIndicator.Builder {

        Builder() {
        }
    }

    @JsonCreator
    static Indicator fromJson(
            @JsonProperty(value = "id", required = true) IndicatorId id,
            @JsonProperty(value = "effectGoal", required = true) EffectGoalId effectGoal,
            @JsonProperty(value = "text", required = true) LocalizedText text,
            @JsonProperty("heading") Optional<LocalizedText> heading,
            @JsonProperty(value = "target", required = true) Target target,
            @JsonProperty(value = "direction", required = true) Direction direction,
            @JsonProperty(value = "reporter", required = true) Reporter reporter) {
        return builder().id(id).effectGoal(effectGoal).text(text).heading(heading).target(target)
                .direction(direction).reporter(reporter).build();
    }
}
