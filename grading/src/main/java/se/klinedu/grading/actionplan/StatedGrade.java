package se.klinedu.grading.actionplan;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Objects;
import org.immutables.value.Value;
import se.klinedu.core.InvalidInputException;
import se.klinedu.core.internal.KlineduStyle;
import se.klinedu.grading.criteria.Grade;
import se.klinedu.grading.criteria.SpurArea;

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
public abstract class StatedGrade {

    StatedGrade() {
    }

    /**
     * {@return the area}
     */
    @JsonProperty("area")
    @Value.Parameter
    public abstract SpurArea area();

    /**
     * {@return the grade the report states}
     */
    @JsonProperty("grade")
    @Value.Parameter
    public abstract Grade grade();

    /**
     * {@return the report's sentence, verbatim}
     */
    @JsonProperty("statement")
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
    @JsonCreator
    public static StatedGrade of(
            @JsonProperty(value = "area", required = true) SpurArea area,
            @JsonProperty(value = "grade", required = true) Grade grade,
            @JsonProperty(value = "statement", required = true) String statement) {
        return ImmutableStatedGrade.of(area, grade, statement);
    }

    @Value.Check
    void check() {
        if (Objects.requireNonNull(statement(), "statement").isBlank()) {
            throw InvalidInputException.of("statement", "must not be blank", statement());
        }
    }
}
