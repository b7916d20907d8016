package se.klinedu.core.supervision;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import se.klinedu.core.InvalidInputException;
import se.klinedu.core.LocalizedText;
import se.klinedu.core.internal.Checks;
import se.klinedu.core.internal.KlineduStyle;
import tools.jackson.databind.annotation.JsonDeserialize;

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
@JsonDeserialize(builder = SupervisorTraining.Builder.class)
public abstract class SupervisorTraining {

    SupervisorTraining() {
    }

    /**
     * {@return the id}
     */
    @JsonProperty(value = "id", required = true)
    public abstract TrainingId id();

    /**
     * {@return the training as the catalogue names it}
     */
    @JsonProperty(value = "name", required = true)
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
    @JsonProperty(value = "prerequisites", required = true)
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

    @Value.Check
    void check() {
        Checks.uniqueKeys("prerequisites", prerequisites(), prerequisite -> prerequisite);
        if (prerequisites().contains(id())) {
            throw InvalidInputException.of("prerequisites", "must not contain the training itself", id());
        }
    }
}
