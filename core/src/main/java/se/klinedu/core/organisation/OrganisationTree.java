package se.klinedu.core.organisation;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.immutables.value.Value;
import se.klinedu.core.InvalidInputException;
import se.klinedu.core.internal.Checks;
import se.klinedu.core.internal.Index;
import se.klinedu.core.internal.KlineduStyle;
import se.klinedu.core.internal.Memo;
import se.klinedu.core.internal.Names;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * A user's organisation as a tree of {@link OrganisationUnit}s, validated on construction.
 *
 * <p>The rules: unit ids are unique; exactly one unit has no parent (the root); every parent id names
 * a unit of the tree; following parents never returns to a unit (no cycles); and a child's level is
 * never above its parent's (a clinic under a hospital, a work team under a clinic; a level may be
 * skipped, and a hospital may sit under the region, since the document's level "Sjukhuset /
 * primärvårdsområdet och övergripande regionnivå" holds both). A tree holds at most {@value #MAX_UNITS}
 * units, none more than {@value #MAX_DEPTH} steps below the root. Validation takes time linear in the
 * number of units, and no operation recurses, whatever the tree's shape. Instances are immutable and
 * thread-safe.
 *
 * @since 0.1
 */
@Value.Immutable
@KlineduStyle
@JsonDeserialize(builder = ImmutableOrganisationTree.Builder.class)
public abstract class OrganisationTree {

    /** The most units a tree may hold. */
    public static final int MAX_UNITS = 100_000;
    /** The most steps from the root down to a unit: far more than any region's levels, equal levels repeated. */
    public static final int MAX_DEPTH = 50;

    /** The depth of a unit whose parents lead round in a circle rather than up to the root. */
    private static final int IN_CYCLE = -1;
    /** The mark of a unit on the walk in progress. */
    private static final int ON_WALK = -2;
    /** The mark of a unit not yet walked. */
    private static final int UNKNOWN = -3;

    private final Index<OrganisationUnitId, OrganisationUnit> byId = Index.of(this::units, OrganisationUnit::id);

    private final Memo<Map<OrganisationUnitId, List<OrganisationUnit>>> childrenById = new Memo<>(this::computeChildrenById);

    private final Memo<Positions> positions = new Memo<>(this::computePositions);

    private final Memo<Map<String, List<OrganisationUnit>>> unitsByName = new Memo<>(() -> units().stream()
            .collect(Collectors.groupingBy(unit -> Names.compared(unit.name()), Collectors.toUnmodifiableList())));

    OrganisationTree() {
    }

    /**
     * {@return the units, in the order given}
     */
    @JsonProperty(value = "units", required = true)
    @Value.Parameter
    public abstract List<OrganisationUnit> units();

    /**
     * Obtains a tree.
     *
     * @param units the units in any order, not null
     * @return the tree
     * @throws InvalidInputException naming the first unit that breaks a rule, and the rule; or if the tree has
     *     more than {@value #MAX_UNITS} units or a unit more than {@value #MAX_DEPTH} steps below the root
     */
    public static OrganisationTree of(List<OrganisationUnit> units) {
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
     * Finds the units of a name, as a person or a survey tool writes it: names are compared in Unicode normal
     * form C, without case, surrounding white space or repeated inner white space, so "Åby vårdcentral",
     * "ÅBY  VÅRDCENTRAL" and the same with "Å" typed as "A" and a ring are one name.
     *
     * @param name the name, not null
     * @return the units of that name in the order given: none, one, or more when the name is ambiguous
     */
    public List<OrganisationUnit> unitsNamed(String name) {
        return unitsByName.get().getOrDefault(Names.compared(Objects.requireNonNull(name, "name")), List.of());
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
            path.add(unit.get());
        }
        Collections.reverse(path);
        return List.copyOf(path);
    }

    /**
     * {@return every unit, depth first from the root: each after its parent, children in the order given;
     *     a unit's place in this list is its {@linkplain #positionOf(OrganisationUnitId) position}}
     */
    public List<OrganisationUnit> depthFirst() {
        return positions.get().units;
    }

    /**
     * Returns a unit's position in {@link #depthFirst()}, for code that keeps a value per unit in an array.
     *
     * @param id the unit's id, not null
     * @return the position, 0 for the root
     * @throws InvalidInputException if the tree has no unit with this id
     */
    public int positionOf(OrganisationUnitId id) {
        Integer position = positions.get().byId.get(Objects.requireNonNull(id, "id"));
        if (position == null) {
            throw InvalidInputException.of("id", "is not a unit of the tree", id);
        }
        return position;
    }

    /**
     * Returns the position of every unit, in the order of {@link #units()}: for code that keeps a value per unit
     * in an array and gives the values back in the tree's order without a lookup by id per unit.
     *
     * @return {@code positionOf(units().get(i).id())} at index {@code i}, a new array
     */
    public int[] positionsOfUnits() {
        return positions.get().ofUnits.clone();
    }

    /**
     * Returns the position of a unit's parent.
     *
     * @param position a unit's position in {@link #depthFirst()}
     * @return the parent's position, or −1 for the root
     * @throws InvalidInputException if the position is outside the tree
     */
    public int parentPosition(int position) {
        return positions.get().parents[checked(position)];
    }

    /**
     * Returns the positions of a unit's children, in the order of their ids.
     *
     * @param position a unit's position in {@link #depthFirst()}
     * @return the children's positions, a new array, empty for a leaf
     * @throws InvalidInputException if the position is outside the tree
     */
    public int[] childPositions(int position) {
        return positions.get().childrenById[checked(position)].clone();
    }

    private int checked(int position) {
        if (position < 0 || position >= units().size()) {
            throw InvalidInputException.of("position", "must be 0.." + (units().size() - 1), position);
        }
        return position;
    }

    /** The tree as arrays, depth first: computed once, then shared by every array-minded caller. */
    private static final class Positions {
        private final List<OrganisationUnit> units;
        private final Map<OrganisationUnitId, Integer> byId;
        private final int[] parents;
        private final int[][] childrenById;
        private final int[] ofUnits;

        private Positions(List<OrganisationUnit> units, Map<OrganisationUnitId, Integer> byId, int[] parents,
                int[][] childrenById, int[] ofUnits) {
            this.units = units;
            this.byId = byId;
            this.parents = parents;
            this.childrenById = childrenById;
            this.ofUnits = ofUnits;
        }
    }

    private Positions computePositions() {
        List<OrganisationUnit> units = subtree(root().id());
        Map<OrganisationUnitId, Integer> byId = new HashMap<>();
        for (int i = 0; i < units.size(); i++) {
            byId.put(units.get(i).id(), i);
        }
        int[] parents = new int[units.size()];
        int[][] children = new int[units.size()][];
        for (int i = 0; i < units.size(); i++) {
            parents[i] = units.get(i).parent().map(byId::get).orElse(-1);
            children[i] = childrenById.get().get(units.get(i).id()).stream().map(OrganisationUnit::id)
                    .sorted(Comparator.comparing(OrganisationUnitId::value)).mapToInt(byId::get).toArray();
        }
        int[] ofUnits = units().stream().mapToInt(unit -> byId.get(unit.id())).toArray();
        return new Positions(units, byId, parents, children, ofUnits);
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
        Deque<OrganisationUnit> pending = new ArrayDeque<>();
        pending.push(get(id));
        while (!pending.isEmpty()) {
            OrganisationUnit unit = pending.pop();
            result.add(unit);
            List<OrganisationUnit> children = childrenById.get().get(unit.id());
            // pushed last child first, so that the first child is taken next: depth first, in the order given
            for (int i = children.size() - 1; i >= 0; i--) {
                pending.push(children.get(i));
            }
        }
        return List.copyOf(result);
    }

    @Value.Check
    void check() {
        Checks.notEmpty("units", units());
        if (units().size() > MAX_UNITS) {
            throw InvalidInputException.of("units", "must hold at most " + MAX_UNITS + " units", units().size());
        }
        Map<OrganisationUnitId, Integer> indexById = new HashMap<>();
        for (int i = 0; i < units().size(); i++) {
            Integer first = indexById.putIfAbsent(units().get(i).id(), i);
            if (first != null) {
                throw InvalidInputException.of("units[" + i + "].id", "duplicate id", units().get(i).id());
            }
        }
        List<OrganisationUnitId> roots = units().stream().filter(u -> u.parent().isEmpty()).map(OrganisationUnit::id).toList();
        if (roots.size() != 1) {
            throw InvalidInputException.of("units", "must have exactly one root, had " + roots.size(), roots);
        }
        int[] depths = depths(indexById);
        for (int i = 0; i < units().size(); i++) {
            OrganisationUnit unit = units().get(i);
            if (unit.parent().isEmpty()) {
                continue;
            }
            Integer parent = indexById.get(unit.parent().get());
            if (parent == null) {
                throw InvalidInputException.of("units[" + i + "].parent", "is not a unit of the tree", unit.parent().get());
            }
            if (depths[i] == IN_CYCLE) {
                throw InvalidInputException.of("units[" + i + "].parent", "forms a cycle", unit.id());
            }
            OrganisationUnit parentUnit = units().get(parent);
            if (parentUnit.level().isBelow(unit.level())) {
                throw InvalidInputException.of("units[" + i + "].level",
                        "must not be above its parent " + parentUnit.id() + "'s level " + parentUnit.level(), unit.level());
            }
            if (depths[i] > MAX_DEPTH) {
                throw InvalidInputException.of("units[" + i + "]", "must be at most " + MAX_DEPTH
                        + " steps below the root", depths[i]);
            }
        }
    }

    /**
     * Each unit's steps from the top of its chain of parents (the root, or a unit whose parent is missing),
     * or {@link #IN_CYCLE}: every unit is walked once, so the whole takes linear time.
     */
    private int[] depths(Map<OrganisationUnitId, Integer> indexById) {
        int[] depths = new int[units().size()];
        Arrays.fill(depths, UNKNOWN);
        List<Integer> walk = new ArrayList<>();
        for (int start = 0; start < depths.length; start++) {
            // up from the unit to one of known depth, to the top of a chain, or back onto this walk
            walk.clear();
            int current = start;
            while (depths[current] == UNKNOWN) {
                Integer parent = units().get(current).parent().map(indexById::get).orElse(null);
                if (parent == null) {
                    // the root, or a unit whose parent is missing (which check() reports)
                    depths[current] = 0;
                    break;
                }
                depths[current] = ON_WALK;
                walk.add(current);
                current = parent;
            }
            int depth = depths[current] == ON_WALK ? IN_CYCLE : depths[current];
            for (int w = walk.size() - 1; w >= 0; w--) {
                depth = depth == IN_CYCLE ? IN_CYCLE : depth + 1;
                depths[walk.get(w)] = depth;
            }
        }
        return depths;
    }
}
