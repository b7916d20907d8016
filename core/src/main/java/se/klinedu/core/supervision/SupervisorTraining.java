package se.klinedu.core.supervision;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import se.klinedu.core.InvalidInputException;
import se.klinedu.core.LocalizedText;
import se.klinedu.core.internal.Checks;
import se.klinedu.core.internal.KlineduStyle;

/**
 * A supervisor training (<i>handledarutbildning</i>) of a catalogue, with its scope, where to find
 * it, and the trainings to complete before it.
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @since 0.1
 */
@Value.Immutable
@KlineduStyle
public abstract class SupervisorTraining {

    SupervisorTraining() {
    }

    /**
     * {@return the id}
     */
    @JsonProperty("id")
    public abstract TrainingId id();

    /**
     * {@return the training as the catalogue names it}
     */
    @JsonProperty("name")
    public abstract LocalizedText name();

    /**
     * {@return the scope, where the catalogue gives one}
     */
    @JsonProperty("scope")
    public abstract Optional<TrainingScope> scope();

    /**
     * {@return where to find or apply for it, where the catalogue says}
     */
    @JsonProperty("whereToFind")
    public abstract Optional<LocalizedText> whereToFind();

    /**
     * {@return the trainings to complete first, possibly none}
     */
    @JsonProperty("prerequisites")
    public abstract List<TrainingId> prerequisites();

    /**
     * {@return a builder; {@code id} and {@code name} are required}
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Builds a {@link SupervisorTraining}: {@code build()} checks the value as every other way of making one does.
     */
    public static final class Builder extends ImmutableSupervisorTraining.Builder {

        Builder() {
        }
    }

    @JsonCreator
    static SupervisorTraining fromJson(
            @JsonProperty(value = "id", required = true) TrainingId id,
            @JsonProperty(value = "name", required = true) LocalizedText name,
            @JsonProperty("scope") Optional<TrainingScope> scope,
            @JsonProperty("whereToFind") Optional<LocalizedText> whereToFind,
            @JsonProperty(value = "prerequisites", required = true) List<TrainingId> prerequisites) {
        return builder().id(id).name(name).scope(scope).whereToFind(whereToFind).addAllPrerequisites(prerequisites)
                .build();
    }

    @Value.Check
    void check() {
        Checks.uniqueKeys("prerequisites", prerequisites(), prerequisite -> prerequisite);
        if (prerequisites().contains(id())) {
            throw InvalidInputException.of("prerequisites", "must not contain the training itself", id());
        }
    }
}
