package se.klinedu.indicators.target;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;
import se.klinedu.core.LocalizedText;
import se.klinedu.core.internal.KlineduStyle;
import se.klinedu.core.strategy.EffectGoalId;
import se.klinedu.core.strategy.ResponsibleRole;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * An indicator (<i>indikator</i>) of an effect goal: its text, its target, the direction in which it
 * improves, who reports it and on what basis, and the role that answers for it where one is named.
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @since 0.1
 */
@Value.Immutable
@KlineduStyle
@JsonDeserialize(builder = Indicator.Builder.class)
public abstract class Indicator {

    Indicator() {
    }

    /**
     * {@return the indicator's id}
     */
    @JsonProperty(value = "id", required = true)
    public abstract IndicatorId id();

    /**
     * {@return the effect goal the indicator measures}
     */
    @JsonProperty(value = "effectGoal", required = true)
    public abstract EffectGoalId effectGoal();

    /**
     * {@return the indicator's text, verbatim}
     */
    @JsonProperty(value = "text", required = true)
    public abstract LocalizedText text();

    /**
     * {@return the sub-heading the document places the indicator under ("Studenter och elever utvärderar"), if any}
     */
    @JsonProperty("heading")
    public abstract Optional<LocalizedText> heading();

    /**
     * {@return the target}
     */
    @JsonProperty(value = "target", required = true)
    public abstract Target target();

    /**
     * {@return the direction in which the indicator improves}
     */
    @JsonProperty(value = "direction", required = true)
    public abstract Direction direction();

    /**
     * {@return who reports the observation}
     */
    @JsonProperty(value = "reporter", required = true)
    public abstract Reporter reporter();

    /**
     * {@return whether the document states the reporter (with its words) or klinedu inferred it (with a reason);
     *     every indicator of {@link IndicatorCatalogue#load(String) IndicatorCatalogue.load("orebro")} has one, a region's own may leave it out}
     */
    @JsonProperty("reporterBasis")
    public abstract Optional<ReporterBasis> reporterBasis();

    /**
     * {@return the role of the strategy's responsibilities that answers for the indicator: the one the document
     *     assigns, with its sentence, or one a region names; empty where neither does. The catalogue checks that
     *     it is one of the strategy's}
     */
    @JsonProperty("responsible")
    public abstract Optional<ResponsibleRole> responsible();

    /**
     * Returns a copy of this indicator with a responsible role, such as one a region names where the document
     * names none.
     *
     * @param role the role, not null
     * @return the copy; this instance is unaffected
     */
    public Indicator withResponsibleRole(ResponsibleRole role) {
        return ((ImmutableIndicator) this).withResponsible(Objects.requireNonNull(role, "role"));
    }

    /**
     * {@return a builder; every attribute but the heading, the reporter's basis and the responsible role is required}
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
}
