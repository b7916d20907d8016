package se.klinedu.core.organisation;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import org.immutables.value.Value;
import se.klinedu.core.LocalizedText;
import se.klinedu.core.internal.Checks;
import se.klinedu.core.internal.KlineduStyle;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * What the page <i>Kontinuerligt utvärdera, förbättra och utveckla</i> asks at one organisation
 * level: its heading and its questions.
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @since 0.1
 */
@Value.Immutable
@KlineduStyle
@JsonDeserialize(builder = ImmutableLevelGuidance.Builder.class)
public abstract class LevelGuidance {

    LevelGuidance() {
    }

    /**
     * {@return the level}
     */
    @JsonProperty(value = "level", required = true)
    @Value.Parameter
    public abstract OrganisationLevel level();

    /**
     * {@return the page's heading for the level}
     */
    @JsonProperty(value = "heading", required = true)
    @Value.Parameter
    public abstract LocalizedText heading();

    /**
     * {@return the questions the page asks at this level, at least one}
     */
    @JsonProperty(value = "questions", required = true)
    @Value.Parameter
    public abstract List<LocalizedText> questions();

    /**
     * Obtains guidance for a level.
     *
     * @param level the level, not null
     * @param heading the heading, not null
     * @param questions the questions, at least one
     * @return the guidance
     * @throws se.klinedu.core.InvalidInputException if there is no question
     */
    public static LevelGuidance of(OrganisationLevel level, LocalizedText heading, List<LocalizedText> questions) {
        return ImmutableLevelGuidance.of(level, heading, questions);
    }

    @Value.Check
    void check() {
        Checks.notEmpty("questions", questions());
    }
}
