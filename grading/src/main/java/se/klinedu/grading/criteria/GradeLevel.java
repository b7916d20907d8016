package se.klinedu.grading.criteria;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.immutables.value.Value;
import se.klinedu.core.LocalizedText;
import se.klinedu.core.internal.KlineduStyle;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * One step of an area's grade scale: a grade and what it means in that area's words.
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @since 0.1
 */
@Value.Immutable
@KlineduStyle
@JsonDeserialize(builder = ImmutableGradeLevel.Builder.class)
public abstract class GradeLevel {

    GradeLevel() {
    }

    /**
     * {@return the grade}
     */
    @JsonProperty(value = "grade", required = true)
    @Value.Parameter
    public abstract Grade grade();

    /**
     * {@return the report's wording of the grade in this area, verbatim, with an English translation}
     */
    @JsonProperty(value = "wording", required = true)
    @Value.Parameter
    public abstract LocalizedText wording();

    /**
     * Obtains a level.
     *
     * @param grade the grade, not null
     * @param wording its wording, not null
     * @return the level
     */
    public static GradeLevel of(Grade grade, LocalizedText wording) {
        return ImmutableGradeLevel.of(grade, wording);
    }
}
