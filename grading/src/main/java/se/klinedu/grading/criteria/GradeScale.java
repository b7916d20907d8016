package se.klinedu.grading.criteria;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;
import se.klinedu.core.InvalidInputException;
import se.klinedu.core.internal.KlineduStyle;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * The grade scale of one area: the grades it uses, best first, each with its wording.
 *
 * <p>Most areas use A–D; an area may lack a grade (<i>Lokaler och utrustning</i> has no C, as it has no
 * general advice). Every scale has D. Instances are immutable and thread-safe.
 *
 * @since 0.1
 */
@Value.Immutable
@KlineduStyle
@JsonDeserialize(builder = ImmutableGradeScale.Builder.class)
public abstract class GradeScale {

    GradeScale() {
    }

    /**
     * {@return the area the scale belongs to}
     */
    @JsonProperty(value = "area", required = true)
    @Value.Parameter
    public abstract SpurArea area();

    /**
     * {@return the levels, best grade first, each grade at most once, D always present}
     */
    @JsonProperty(value = "levels", required = true)
    @Value.Parameter
    public abstract List<GradeLevel> levels();

    /**
     * Obtains a scale.
     *
     * @param area the area, not null
     * @param levels the levels, best first, with D, each grade once
     * @return the scale
     * @throws InvalidInputException if the levels are out of order, repeat a grade or lack D
     */
    public static GradeScale of(SpurArea area, List<GradeLevel> levels) {
        return ImmutableGradeScale.of(area, levels);
    }

    /**
     * {@return the grades of the scale, best first}
     */
    public List<Grade> grades() {
        return levels().stream().map(GradeLevel::grade).toList();
    }

    /**
     * Tells whether the scale uses a grade.
     *
     * @param grade the grade, not null
     * @return true if the scale has a level for it
     */
    public boolean has(Grade grade) {
        return level(grade).isPresent();
    }

    /**
     * Finds the level of a grade.
     *
     * @param grade the grade, not null
     * @return its level, or empty if the scale lacks the grade
     */
    public Optional<GradeLevel> level(Grade grade) {
        Objects.requireNonNull(grade, "grade");
        return levels().stream().filter(level -> level.grade() == grade).findFirst();
    }

    /**
     * Maps a grade onto this scale: the grade itself where the scale has it, otherwise the nearest
     * better grade the scale has (or, for a grade better than all of them, the scale's best). A grade the scale lacks claims less than its worse neighbours (C,
     * "regulations followed", is not D, "deficiencies in following the regulations"), so it moves up,
     * never down. D, present on every scale, maps to itself.
     *
     * @param grade the grade computed by the rules, not null
     * @return the grade on this scale
     */
    public Grade onScale(Grade grade) {
        Objects.requireNonNull(grade, "grade");
        Grade mapped = levels().get(0).grade();
        for (GradeLevel level : levels()) {
            if (!grade.isBetterThan(level.grade())) {
                mapped = level.grade();
            }
        }
        return mapped;
    }

    @Value.Check
    void check() {
        List<Grade> grades = grades();
        for (int i = 1; i < grades.size(); i++) {
            if (!grades.get(i - 1).isBetterThan(grades.get(i))) {
                throw InvalidInputException.of("levels[" + i + "].grade", "must be worse than the level before, "
                        + grades.get(i - 1), grades.get(i));
            }
        }
        if (!grades.contains(Grade.D)) {
            throw InvalidInputException.of("levels", "must include grade D");
        }
    }
}
