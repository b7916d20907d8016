package se.klinedu.core.strategy;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Optional;
import org.immutables.value.Value;
import se.klinedu.core.LocalizedText;
import se.klinedu.core.internal.KlineduStyle;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * The role of the strategy's structure of responsibility ({@link Responsibility}) that answers for an
 * indicator or a measure: stated by the document, with the sentence that says so, or named by a region
 * for its own follow-up, with no sentence.
 *
 * <p>Whoever holds the item (the strategy for its identified needs, an indicator catalogue for its
 * indicators) checks that the role is one of the strategy's. Instances are immutable and thread-safe.
 *
 * @since 0.1
 */
@Value.Immutable
@KlineduStyle
@JsonDeserialize(builder = ImmutableResponsibleRole.Builder.class)
public abstract class ResponsibleRole {

    ResponsibleRole() {
    }

    /**
     * {@return the id of the responsibility in the strategy, such as {@code heads-of-department-and-unit-managers}}
     */
    @JsonProperty(value = "responsibility", required = true)
    public abstract ResponsibilityId responsibility();

    /**
     * {@return the document's sentence that assigns the role, verbatim, with an English translation; empty
     *     when a region names the role itself}
     */
    @JsonProperty("statement")
    public abstract Optional<LocalizedText> statement();

    /**
     * {@return true when the document states the role (a statement is present)}
     */
    public boolean isStated() {
        return statement().isPresent();
    }

    /**
     * Obtains a role the document assigns, with its sentence.
     *
     * @param responsibility the responsibility's id, not null
     * @param statement the sentence that assigns it, not null
     * @return the role
     */
    public static ResponsibleRole stated(ResponsibilityId responsibility, LocalizedText statement) {
        return ImmutableResponsibleRole.builder().responsibility(responsibility).statement(statement).build();
    }

    /**
     * Obtains a role a region names for its own follow-up, where the document names none.
     *
     * @param responsibility the responsibility's id, not null
     * @return the role, with no statement
     */
    public static ResponsibleRole of(ResponsibilityId responsibility) {
        return ImmutableResponsibleRole.builder().responsibility(responsibility).build();
    }
}
