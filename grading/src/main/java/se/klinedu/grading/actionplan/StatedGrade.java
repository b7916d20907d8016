package se.klinedu.grading.actionplan;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Objects;
import org.immutables.value.Value;
import se.klinedu.core.InvalidInputException;
import se.klinedu.core.internal.KlineduStyle;
import se.klinedu.grading.criteria.Grade;
import se.klinedu.grading.criteria.SpurArea;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * A grade an inspection report states for an area after the action plan — the inspectors' decision, such
 * as "Graderingen är ändrad till C." — with the report's sentence verbatim. An area the report states no
 * grade for has none.
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @since 0.1
 */
@Value.Immutable
@KlineduStyle
@JsonDeserialize(builder = ImmutableStatedGrade.Builder.class)
public abstract class StatedGrade {

    StatedGrade() {
    }

    /**
     * {@return the area}
     */
    @JsonProperty(value = "area", required = true)
    @Value.Parameter
    public abstract SpurArea area();

    /**
     * {@return the grade the report states}
     */
    @JsonProperty(value = "grade", required = true)
    @Value.Parameter
    public abstract Grade grade();

    /**
     * {@return the report's sentence, verbatim}
     */
    @JsonProperty(value = "statement", required = true)
    @Value.Parameter
    public abstract String statement();

    /**
     * Obtains a stated grade.
     *
     * @param area the area, not null
     * @param grade the grade, not null
     * @param statement the report's sentence, not blank
     * @return the stated grade
     */
    public static StatedGrade of(SpurArea area, Grade grade, String statement) {
        return ImmutableStatedGrade.of(area, grade, statement);
    }

    @Value.Check
    void check() {
        if (Objects.requireNonNull(statement(), "statement").isBlank()) {
            throw InvalidInputException.of("statement", "must not be blank", statement());
        }
    }
}
