package se.klinedu.core.supervision;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;
import se.klinedu.core.InvalidInputException;
import se.klinedu.core.LocalizedText;
import se.klinedu.core.internal.Checks;
import se.klinedu.core.internal.KlineduStyle;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * A supervision role: a catalogue's target group (<i>målgrupp</i>), such as "Handledare för
 * ST-läkare", with the trainings recommended for it.
 *
 * <p>All the listed trainings are recommended together: a person qualifies once every one of them,
 * and their prerequisites, is completed. Instances are immutable and thread-safe.
 *
 * @since 0.1
 */
@Value.Immutable
@KlineduStyle
@JsonDeserialize(builder = ImmutableSupervisionRole.Builder.class)
public abstract class SupervisionRole {

    SupervisionRole() {
    }

    /**
     * {@return the id}
     */
    @JsonProperty(value = "id", required = true)
    @Value.Parameter
    public abstract SupervisionRoleId id();

    /**
     * {@return the target group as the catalogue states it}
     */
    @JsonProperty(value = "targetGroup", required = true)
    @Value.Parameter
    public abstract LocalizedText targetGroup();

    /**
     * {@return the recommended trainings, at least one}
     */
    @JsonProperty(value = "trainings", required = true)
    @Value.Parameter
    public abstract List<TrainingId> trainings();

    /**
     * {@return the role whose trainings physicians in this role follow instead, where the catalogue says so
     *     ("Läkare: se ovan, samma som vid handledning av ST-läkare")}
     */
    @JsonProperty("physiciansFollow")
    public abstract Optional<SupervisionRoleId> physiciansFollow();

    /**
     * Obtains a role.
     *
     * @param id the id, not null
     * @param targetGroup the target group, not null
     * @param trainings the recommended trainings, at least one, each once
     * @return the role
     * @throws se.klinedu.core.InvalidInputException if there is no training or one repeats
     */
    public static SupervisionRole of(SupervisionRoleId id, LocalizedText targetGroup, List<TrainingId> trainings) {
        return ImmutableSupervisionRole.of(id, targetGroup, trainings);
    }

    /**
     * Obtains a role whose physicians follow another role's trainings.
     *
     * @param id the id, not null
     * @param targetGroup the target group, not null
     * @param trainings the recommended trainings, at least one, each once
     * @param physiciansFollow the role whose trainings physicians in this role follow, if any, not null
     * @return the role
     */
    public static SupervisionRole of(SupervisionRoleId id, LocalizedText targetGroup, List<TrainingId> trainings,
            Optional<SupervisionRoleId> physiciansFollow) {
        Objects.requireNonNull(physiciansFollow, "physiciansFollow");
        return ImmutableSupervisionRole.builder().id(id).targetGroup(targetGroup).addAllTrainings(trainings)
                .physiciansFollow(physiciansFollow).build();
    }

    @Value.Check
    void check() {
        Checks.notEmpty("trainings", trainings());
        Checks.uniqueKeys("trainings", trainings(), training -> training);
        if (physiciansFollow().filter(id()::equals).isPresent()) {
            throw InvalidInputException.of("physiciansFollow", "must name another role", id());
        }
    }
}
