package se.klinedu.core.supervision;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;
import se.klinedu.core.InvalidInputException;
import se.klinedu.core.Provenance;
import se.klinedu.core.internal.Checks;
import se.klinedu.core.internal.Index;
import se.klinedu.core.internal.JsonCursor;
import se.klinedu.core.internal.KlineduStyle;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * A catalogue of supervisor trainings and the supervision roles they are recommended for.
 *
 * <p>Two catalogues are reference data: Region Stockholm's <i>Rekommenderad handledarutbildning</i>
 * ({@link #load(String) load("stockholm")}) and the Vård- och omsorgscollege steps 1–3 of the Örebro strategy
 * ({@link #load(String) load("vo-college")}). Validated on construction: ids are unique, every reference
 * names a training of the catalogue, and prerequisites form no cycle. Instances are immutable and
 * thread-safe.
 *
 * @since 0.1
 */
@Value.Immutable
@KlineduStyle
@JsonDeserialize(builder = SupervisorTrainingCatalogue.Builder.class)
public abstract class SupervisorTrainingCatalogue {

    private final Index<TrainingId, SupervisorTraining> trainingsById = Index.of(this::trainings, SupervisorTraining::id);

    private final Index<SupervisionRoleId, SupervisionRole> rolesById = Index.of(this::roles, SupervisionRole::id);

    SupervisorTrainingCatalogue() {
    }

    /**
     * {@return the source document}
     */
    @JsonProperty(value = "provenance", required = true)
    public abstract Provenance provenance();

    /**
     * {@return the training every employee of a unit that trains students should have
     * (<i>miniminivå</i>), where the catalogue names one}
     */
    @JsonProperty("minimumLevelTraining")
    public abstract Optional<TrainingId> minimumLevelTraining();

    /**
     * {@return the trainings, in the catalogue's order}
     */
    @JsonProperty(value = "trainings", required = true)
    public abstract List<SupervisorTraining> trainings();

    /**
     * {@return the roles, in the catalogue's order}
     */
    @JsonProperty(value = "roles", required = true)
    public abstract List<SupervisionRole> roles();

    /**
     * {@return a builder; {@code provenance} is required}
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Builds a {@link SupervisorTrainingCatalogue}: {@code build()} checks the value as every other way of making one does.
     */
    public static final class Builder extends ImmutableSupervisorTrainingCatalogue.Builder {

        Builder() {
        }
    }

    /** The names of the catalogues the library ships, for {@link #load(String)}. */
    public static final List<String> NAMES = List.of("stockholm", "vo-college");

    /**
     * Loads a catalogue the library ships, read once from the module's resources: {@code "stockholm"}, Region
     * Stockholm's recommended supervisor training; {@code "vo-college"}, the Vård- och omsorgscollege (health and
     * social care college) supervisor steps 1–3 of the Örebro strategy.
     *
     * @param name the catalogue's name, one of {@link #NAMES}
     * @return the catalogue
     * @throws InvalidInputException if the library ships no catalogue of this name
     */
    public static SupervisorTrainingCatalogue load(String name) {
        return switch (Objects.requireNonNull(name, "name")) {
            case "stockholm" -> Stockholm.CATALOGUE;
            case "vo-college" -> VoCollege.CATALOGUE;
            default -> throw InvalidInputException.of("name", "must be stockholm or vo-college", name);
        };
    }

    /**
     * Finds a training.
     *
     * @param id the id, not null
     * @return the training, or empty if the catalogue has none with this id
     */
    public Optional<SupervisorTraining> find(TrainingId id) {
        return trainingsById.find(id, "id");
    }

    /**
     * Gets a training.
     *
     * @param id the id, not null
     * @return the training
     * @throws InvalidInputException if the catalogue has no training with this id
     */
    public SupervisorTraining get(TrainingId id) {
        return find(id).orElseThrow(() -> InvalidInputException.of("training", "is not a training of the catalogue", id));
    }

    /**
     * Finds a role.
     *
     * @param id the id, not null
     * @return the role, or empty if the catalogue has none with this id
     */
    public Optional<SupervisionRole> find(SupervisionRoleId id) {
        return rolesById.find(id, "id");
    }

    /**
     * Gets a role.
     *
     * @param id the id, not null
     * @return the role
     * @throws InvalidInputException if the catalogue has no role with this id
     */
    public SupervisionRole get(SupervisionRoleId id) {
        return find(id).orElseThrow(() -> InvalidInputException.of("role", "is not a role of the catalogue", id));
    }

    /**
     * Returns the trainings recommended for a role, as the catalogue lists them.
     *
     * @param role the role's id, not null
     * @return the trainings, at least one
     * @throws InvalidInputException if the catalogue has no role with this id
     */
    public List<SupervisorTraining> recommendedTrainings(SupervisionRoleId role) {
        return get(role).trainings().stream().map(this::get).toList();
    }

    /**
     * Returns every training a role requires: its recommended trainings and, transitively, their
     * prerequisites, each prerequisite before the trainings that need it.
     *
     * @param role the role's id, not null
     * @return the trainings in an order that can be followed
     * @throws InvalidInputException if the catalogue has no role with this id
     */
    public List<TrainingId> requiredTrainings(SupervisionRoleId role) {
        return inPrerequisiteOrder(get(role).trainings());
    }

    /**
     * Orders trainings and, transitively, their prerequisites so that each comes after its prerequisites,
     * depth first from the given ones in their order. Iterative, so a long chain of prerequisites cannot
     * exhaust the stack; each training is entered once.
     *
     * @throws InvalidInputException if prerequisites form a cycle, naming the path round it
     */
    private List<TrainingId> inPrerequisiteOrder(List<TrainingId> from) {
        Set<TrainingId> ordered = new LinkedHashSet<>();
        for (TrainingId start : from) {
            if (ordered.contains(start)) {
                continue;
            }
            List<TrainingId> path = new ArrayList<>(List.of(start));
            Set<TrainingId> onPath = new HashSet<>(path);
            Deque<Iterator<TrainingId>> pending = new ArrayDeque<>();
            pending.push(get(start).prerequisites().iterator());
            while (!pending.isEmpty()) {
                if (!pending.peek().hasNext()) {
                    pending.pop();
                    TrainingId finished = path.remove(path.size() - 1);
                    onPath.remove(finished);
                    ordered.add(finished);
                    continue;
                }
                TrainingId prerequisite = pending.peek().next();
                if (ordered.contains(prerequisite)) {
                    continue;
                }
                path.add(prerequisite);
                if (!onPath.add(prerequisite)) {
                    throw InvalidInputException.of("trainings", "prerequisites must not form a cycle", path);
                }
                pending.push(get(prerequisite).prerequisites().iterator());
            }
        }
        return List.copyOf(ordered);
    }

    /**
     * Tells whether a person's completed trainings qualify them for a role, and what is missing.
     *
     * @param role the role's id, not null
     * @param completed the trainings the person has completed, in any order; ids this catalogue does
     *     not know are allowed and play no part
     * @return the result, naming the missing trainings, prerequisites included
     * @throws InvalidInputException if the catalogue has no role with this id
     */
    public Qualification qualification(SupervisionRoleId role, Set<TrainingId> completed) {
        Objects.requireNonNull(completed, "completed");
        List<TrainingId> required = requiredTrainings(role);
        List<TrainingId> missing = required.stream().filter(training -> !completed.contains(training)).toList();
        return Qualification.of(role, required, missing);
    }

    @Value.Check
    void check() {
        Set<TrainingId> known = Checks.uniqueKeys("trainings", trainings(), SupervisorTraining::id);
        Set<SupervisionRoleId> roleIds = Checks.uniqueKeys("roles", roles(), SupervisionRole::id);
        minimumLevelTraining().ifPresent(training -> requireKnown("minimumLevelTraining", training, known));
        for (int t = 0; t < trainings().size(); t++) {
            List<TrainingId> prerequisites = trainings().get(t).prerequisites();
            for (int p = 0; p < prerequisites.size(); p++) {
                requireKnown("trainings[" + t + "].prerequisites[" + p + "]", prerequisites.get(p), known);
            }
        }
        for (int r = 0; r < roles().size(); r++) {
            List<TrainingId> recommended = roles().get(r).trainings();
            for (int t = 0; t < recommended.size(); t++) {
                requireKnown("roles[" + r + "].trainings[" + t + "]", recommended.get(t), known);
            }
            Optional<SupervisionRoleId> follows = roles().get(r).physiciansFollow();
            if (follows.isPresent() && !roleIds.contains(follows.get())) {
                throw InvalidInputException.of("roles[" + r + "].physiciansFollow", "is not a role of the catalogue", follows.get());
            }
        }
        inPrerequisiteOrder(trainings().stream().map(SupervisorTraining::id).toList());
    }

    private static void requireKnown(String path, TrainingId training, Set<TrainingId> known) {
        if (!known.contains(training)) {
            throw InvalidInputException.of(path, "is not a training of the catalogue", training);
        }
    }

    /** Region Stockholm's catalogue, read on its first use only. */
    private static final class Stockholm {
        static final SupervisorTrainingCatalogue CATALOGUE = read("stockholm-supervisor-training.json");
    }

    /** Vård- och omsorgscollege's steps, read on their first use only. */
    private static final class VoCollege {
        static final SupervisorTrainingCatalogue CATALOGUE = read("vo-college-steps.json");
    }

    private static SupervisorTrainingCatalogue read(String resource) {
        return JsonCursor.readResource(SupervisorTrainingCatalogue.class, resource, TrainingCatalogueReader::catalogue);
    }
}
