package se.klinedu.core.strategy;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;
import se.klinedu.core.LocalizedText;
import se.klinedu.core.internal.KlineduStyle;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * An identified need (<i>identifierat behov</i>) of a priority area: one bullet after "Det finns
 * inom regionen ett identifierat behov av:".
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @since 0.1
 */
@Value.Immutable
@KlineduStyle
@JsonDeserialize(builder = ImmutableIdentifiedNeed.Builder.class)
public abstract class IdentifiedNeed {

    IdentifiedNeed() {
    }

    /**
     * {@return the id, such as {@code PA2.1}}
     */
    @JsonProperty(value = "id", required = true)
    @Value.Parameter
    public abstract IdentifiedNeedId id();

    /**
     * {@return the bullet's whole text}
     */
    @JsonProperty(value = "text", required = true)
    @Value.Parameter
    public abstract LocalizedText text();

    /**
     * {@return the role that answers for the need: the one the document assigns, with its sentence, or one a
     *     region names; empty where neither does}
     */
    @JsonProperty("responsible")
    public abstract Optional<ResponsibleRole> responsible();

    /**
     * Obtains an identified need with no responsible role.
     *
     * @param id the id, not null
     * @param text the bullet's text, not null
     * @return the need
     */
    public static IdentifiedNeed of(IdentifiedNeedId id, LocalizedText text) {
        return ImmutableIdentifiedNeed.of(id, text);
    }

    /**
     * Returns a copy of this need with a responsible role, such as one a region names.
     *
     * @param role the role, not null; the strategy that holds the need checks that it is one of its own
     * @return the copy; this instance is unaffected
     */
    public IdentifiedNeed withResponsibleRole(ResponsibleRole role) {
        return ((ImmutableIdentifiedNeed) this).withResponsible(Objects.requireNonNull(role, "role"));
    }
}
