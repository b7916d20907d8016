package se.klinedu.core.organisation;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;
import se.klinedu.core.InvalidInputException;
import se.klinedu.core.internal.Checks;
import se.klinedu.core.internal.KlineduStyle;
import se.klinedu.core.internal.Index;
import se.klinedu.core.internal.Memo;

/**
 * A user's organisation as a tree of {@link OrganisationUnit}s, validated on construction.
 *
 * <p>The rules: unit ids are unique; exactly one unit has no parent (the root); every parent id names
 * a unit of the tree; following parents never returns to a unit (no cycles); and a child's level is
 * never above its parent's (a clinic under a hospital, a work team under a clinic; a level may be
 * skipped, and a hospital may sit under the region, since the document's level "Sjukhuset /
 * primärvårdsområdet och övergripande regionnivå" holds both). Instances are immutable and thread-safe.
 *
 * @since 0.1
 */
@Value.Immutable
@KlineduStyle
public abstract class OrganisationTree {

    private final Index<OrganisationUnitId, OrganisationUnit> byId = Index.of(this::units, OrganisationUnit::id);

    private final Memo<Map<OrganisationUnitId, List<OrganisationUnit>>> childrenById = new Memo<>(this::computeChildrenById);

    OrganisationTree() {
    }

    /**
     * {@return the units, in the order given}
     */
    @JsonProperty("units")
    @Value.Parameter
    public abstract List<OrganisationUnit> units();

    /**
     * Obtains a tree.
     *
     * @param units the units in any order, not null
     * @return the tree
     * @throws InvalidInputException naming the first unit that breaks a rule, and the rule
     */
    @JsonCreator
    public static OrganisationTree of(@JsonProperty(value = "units", required = true) List<OrganisationUnit> units) {
        return ImmutableOrganisationTree.of(units);
    }

    private Map<OrganisationUnitId, List<OrganisationUnit>> computeChildrenById() {
        Map<OrganisationUnitId, List<OrganisationUnit>> children = new LinkedHashMap<>();
        units().forEach(unit -> children.put(unit.id(), new ArrayList<>()));
        units().forEach(unit -> unit.parent().ifPresent(parent -> children.get(parent).add(unit)));
        children.replaceAll((id, list) -> List.copyOf(list));
        return children;
    }

    /**
     * {@return the unit with no parent}
     */
    public OrganisationUnit root() {
        return units().stream().filter(unit -> unit.parent().isEmpty()).findFirst().orElseThrow();
    }

    /**
     * Finds a unit.
     *
     * @param id the id, not null
     * @return the unit, or empty if the tree has none with this id
     */
    public Optional<OrganisationUnit> find(OrganisationUnitId id) {
        return byId.find(id, "id");
    }

    /**
     * Gets a unit.
     *
     * @param id the id, not null
     * @return the unit
     * @throws InvalidInputException if the tree has no unit with this id
     */
    public OrganisationUnit get(OrganisationUnitId id) {
        return byId.get(id, "id", "is not a unit of the tree");
    }

    /**
     * Returns a unit's children.
     *
     * @param id the parent's id, not null
     * @return its direct children, in the order given, possibly empty
     * @throws InvalidInputException if the tree has no unit with this id
     */
    public List<OrganisationUnit> children(OrganisationUnitId id) {
        get(id);
        return childrenById.get().get(id);
    }

    /**
     * Returns the path from the root down to a unit.
     *
     * @param id the unit's id, not null
     * @return the root first, the unit last
     * @throws InvalidInputException if the tree has no unit with this id
     */
    public List<OrganisationUnit> pathFromRoot(OrganisationUnitId id) {
        List<OrganisationUnit> path = new ArrayList<>();
        for (Optional<OrganisationUnit> unit = Optional.of(get(id)); unit.isPresent();
                unit = unit.get().parent().flatMap(parent -> byId.find(parent, "parent"))) {
            path.add(0, unit.get());
        }
        return List.copyOf(path);
    }

    /**
     * Returns a unit and every unit below it.
     *
     * @param id the unit's id, not null
     * @return the unit first, then its descendants depth first in the order given
     * @throws InvalidInputException if the tree has no unit with this id
     */
    public List<OrganisationUnit> subtree(OrganisationUnitId id) {
        List<OrganisationUnit> result = new ArrayList<>();
        addSubtree(get(id), result);
        return List.copyOf(result);
    }

    private void addSubtree(OrganisationUnit unit, List<OrganisationUnit> result) {
        result.add(unit);
        childrenById.get().get(unit.id()).forEach(child -> addSubtree(child, result));
    }

    @Value.Check
    void check() {
        Checks.notEmpty("units", units());
        Map<OrganisationUnitId, OrganisationUnit> checked = new LinkedHashMap<>();
        for (int i = 0; i < units().size(); i++) {
            OrganisationUnit unit = units().get(i);
            if (checked.put(unit.id(), unit) != null) {
                throw InvalidInputException.of("units[" + i + "].id", "duplicate id", unit.id());
            }
        }
        List<OrganisationUnitId> roots = units().stream().filter(u -> u.parent().isEmpty()).map(OrganisationUnit::id).toList();
        if (roots.size() != 1) {
            throw InvalidInputException.of("units", "must have exactly one root, had " + roots.size(), roots);
        }
        for (int i = 0; i < units().size(); i++) {
            OrganisationUnit unit = units().get(i);
            if (unit.parent().isEmpty()) {
                continue;
            }
            OrganisationUnit parent = checked.get(unit.parent().get());
            if (parent == null) {
                throw InvalidInputException.of("units[" + i + "].parent", "is not a unit of the tree", unit.parent().get());
            }
            checkNoCycle(i, unit, checked);
            if (parent.level().isBelow(unit.level())) {
                throw InvalidInputException.of("units[" + i + "].level",
                        "must not be above its parent " + parent.id() + "'s level " + parent.level(), unit.level());
            }
        }
    }

    private static void checkNoCycle(int index, OrganisationUnit unit, Map<OrganisationUnitId, OrganisationUnit> byId) {
        OrganisationUnit current = unit;
        for (int steps = 0; current.parent().isPresent(); steps++) {
            if (steps > byId.size()) {
                throw InvalidInputException.of("units[" + index + "].parent", "forms a cycle", unit.id());
            }
            current = byId.get(current.parent().get());
            if (current == null) {
                return;
            }
        }
    }
}
