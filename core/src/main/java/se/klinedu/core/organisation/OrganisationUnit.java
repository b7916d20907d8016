package se.klinedu.core.organisation;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Optional;
import org.immutables.value.Value;
import se.klinedu.core.InvalidInputException;
import se.klinedu.core.internal.Checks;
import se.klinedu.core.internal.KlineduStyle;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * A unit of a user's organisation (a region, a hospital, a clinic, a work team) at one
 * {@link OrganisationLevel}, with its parent unless it is the root of an {@link OrganisationTree}.
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @since 0.1
 */
@Value.Immutable
@KlineduStyle
@JsonDeserialize(builder = ImmutableOrganisationUnit.Builder.class)
public abstract class OrganisationUnit {

    OrganisationUnit() {
    }

    /**
     * {@return the unit's id}
     */
    @JsonProperty(value = "id", required = true)
    public abstract OrganisationUnitId id();

    /**
     * {@return the unit's name, not blank}
     */
    @JsonProperty(value = "name", required = true)
    public abstract String name();

    /**
     * {@return the level the unit is at}
     */
    @JsonProperty(value = "level", required = true)
    public abstract OrganisationLevel level();

    /**
     * {@return the parent unit's id, empty for the root}
     */
    @JsonProperty("parent")
    public abstract Optional<OrganisationUnitId> parent();

    /**
     * Obtains a unit.
     *
     * @param id the id, not null
     * @param name the name, not blank
     * @param level the level, not null
     * @param parent the parent's id, or empty for a root
     * @return the unit
     * @throws InvalidInputException if the name is blank or the unit is its own parent
     */
    public static OrganisationUnit of(OrganisationUnitId id, String name, OrganisationLevel level,
            Optional<OrganisationUnitId> parent) {
        return ImmutableOrganisationUnit.builder().id(id).name(name).level(level).parent(parent).build();
    }

    /**
     * Obtains a root unit, with no parent.
     *
     * @param id the id, not null
     * @param name the name, not blank
     * @param level the level, not null
     * @return the unit
     * @throws InvalidInputException if the name is blank
     */
    public static OrganisationUnit root(OrganisationUnitId id, String name, OrganisationLevel level) {
        return of(id, name, level, Optional.empty());
    }

    /**
     * Obtains a unit under a parent.
     *
     * @param id the id, not null
     * @param name the name, not blank
     * @param level the level, not null
     * @param parent the parent's id, not null
     * @return the unit
     * @throws InvalidInputException if the name is blank or the unit is its own parent
     */
    public static OrganisationUnit child(OrganisationUnitId id, String name, OrganisationLevel level,
            OrganisationUnitId parent) {
        return of(id, name, level, Optional.of(parent));
    }

    @Value.Check
    void check() {
        Checks.notBlank("name", name());
        if (parent().filter(id()::equals).isPresent()) {
            throw InvalidInputException.of("parent", "must not be the unit itself", id());
        }
    }
}
