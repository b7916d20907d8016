package se.klinedu.core.organisation;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Arrays;
import java.util.List;
import org.immutables.value.Value;
import se.klinedu.core.InvalidInputException;
import se.klinedu.core.Provenance;
import se.klinedu.core.internal.JsonCursor;
import se.klinedu.core.internal.KlineduStyle;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * The organisation levels at which learning environments are evaluated and improved, with the
 * questions each level asks, from the page <i>Kontinuerligt utvärdera, förbättra och utveckla</i>.
 *
 * <p>Reference data: {@link #load()} reads it from the module's resources. Instances are immutable
 * and thread-safe.
 *
 * @since 0.1
 */
@Value.Immutable
@KlineduStyle
@JsonDeserialize(builder = ImmutableLearningEnvironmentLevels.Builder.class)
public abstract class LearningEnvironmentLevels {

    LearningEnvironmentLevels() {
    }

    /**
     * {@return the page's provenance}
     */
    @JsonProperty(value = "provenance", required = true)
    @Value.Parameter
    public abstract Provenance provenance();

    /**
     * {@return one guidance per level, highest level first}
     */
    @JsonProperty(value = "levels", required = true)
    @Value.Parameter
    public abstract List<LevelGuidance> levels();

    /**
     * Obtains the levels' guidance.
     *
     * @param provenance the source, not null
     * @param levels one guidance for each {@link OrganisationLevel}, in the enum's order
     * @return the guidance
     * @throws InvalidInputException unless every level appears once, highest first
     */
    public static LearningEnvironmentLevels of(Provenance provenance, List<LevelGuidance> levels) {
        return ImmutableLearningEnvironmentLevels.of(provenance, levels);
    }

    /**
     * {@return the reference data, read once from the module's resources}
     */
    public static LearningEnvironmentLevels load() {
        return Holder.LEVELS;
    }

    /**
     * Returns what the page asks at a level.
     *
     * @param level the level, not null
     * @return its guidance
     */
    public LevelGuidance guidance(OrganisationLevel level) {
        return levels().get(List.of(OrganisationLevel.values()).indexOf(level));
    }

    @Value.Check
    void check() {
        List<OrganisationLevel> given = levels().stream().map(LevelGuidance::level).toList();
        if (!given.equals(Arrays.asList(OrganisationLevel.values()))) {
            throw InvalidInputException.of("levels", "must list every organisation level once, highest first", given);
        }
    }

    private static final class Holder {
        static final LearningEnvironmentLevels LEVELS =
                JsonCursor.readResource(LearningEnvironmentLevels.class,
                        "learning-environment-levels.json", LevelsReader::levels);
    }
}
