package se.klinedu.grading.criteria;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.EnumSet;
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
 * The SPUR model of specialist-training inspection: the criteria of the eight areas, with their kinds
 * and regulations, and each area's grade scale.
 *
 * <p>Reference data: {@link #load()} reads the criteria of the LIPUS report (document 003) from the
 * module's resources. Validated on construction: criterion ids are unique, every area has criteria
 * and exactly one scale. Instances are immutable and thread-safe.
 *
 * @since 0.1
 */
@Value.Immutable
@KlineduStyle
@JsonDeserialize(builder = SpurModel.Builder.class)
public abstract class SpurModel {

    private final Index<CriterionId, Criterion> criteriaById = Index.of(this::criteria, Criterion::id);

    private final Index<SpurArea, GradeScale> scalesByArea = Index.of(this::scales, GradeScale::area);

    SpurModel() {
    }

    /**
     * {@return the source document}
     */
    @JsonProperty(value = "provenance", required = true)
    public abstract Provenance provenance();

    /**
     * {@return every criterion, area by area, in the report's order}
     */
    @JsonProperty(value = "criteria", required = true)
    public abstract List<Criterion> criteria();

    /**
     * {@return the grade scale of every area, A to H}
     */
    @JsonProperty(value = "scales", required = true)
    public abstract List<GradeScale> scales();

    /**
     * {@return a builder; {@code provenance} is required, and the checks ask for criteria and a scale for each area}
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Builds a {@link SpurModel}: {@code build()} checks the value as every other way of making one does.
     */
    public static final class Builder extends ImmutableSpurModel.Builder {

        Builder() {
        }
    }

    /**
     * {@return the model of the SPUR report, read once from the module's resources}
     */
    public static SpurModel load() {
        return Holder.MODEL;
    }

    /**
     * Returns the criteria of an area.
     *
     * @param area the area, not null
     * @return its criteria, in the report's order
     */
    public List<Criterion> criteria(SpurArea area) {
        Objects.requireNonNull(area, "area");
        return criteria().stream().filter(criterion -> criterion.area() == area).toList();
    }

    /**
     * Returns the criteria of an area that apply under a regulation.
     *
     * @param area the area, not null
     * @param regulation the regulation, not null
     * @return the applicable criteria, in the report's order; empty if none of the area's applies under the regulation
     */
    public List<Criterion> criteria(SpurArea area, Regulation regulation) {
        Objects.requireNonNull(regulation, "regulation");
        return criteria(area).stream().filter(criterion -> criterion.appliesTo(regulation)).toList();
    }

    /**
     * Finds a criterion.
     *
     * @param id the id, not null
     * @return the criterion, or empty if the model has none with this id
     */
    public Optional<Criterion> find(CriterionId id) {
        return criteriaById.find(id, "id");
    }

    /**
     * Gets a criterion.
     *
     * @param id the id, not null
     * @return the criterion
     * @throws InvalidInputException if the model has no criterion with this id
     */
    public Criterion get(CriterionId id) {
        return criteriaById.get(id, "id", "is not a criterion of the SPUR model");
    }

    /**
     * Returns the grade scale of an area.
     *
     * @param area the area, not null
     * @return its scale
     */
    public GradeScale scale(SpurArea area) {
        // the model's check gives every area a scale
        return scalesByArea.find(area, "area").orElseThrow();
    }

    @Value.Check
    void check() {
        Checks.uniqueKeys("criteria", criteria(), Criterion::id);
        Set<SpurArea> scaled = EnumSet.noneOf(SpurArea.class);
        for (int i = 0; i < scales().size(); i++) {
            if (!scaled.add(scales().get(i).area())) {
                throw InvalidInputException.of("scales[" + i + "].area", "has a scale already", scales().get(i).area());
            }
        }
        for (SpurArea area : SpurArea.values()) {
            if (!scaled.contains(area)) {
                throw InvalidInputException.of("scales", "must have a scale for area " + area.letter());
            }
            if (criteria().stream().noneMatch(criterion -> criterion.area() == area)) {
                throw InvalidInputException.of("criteria", "must have a criterion in area " + area.letter());
            }
        }
    }

    private static final class Holder {
        static final SpurModel MODEL = JsonCursor.readResource(SpurModel.class, "spur-model.json", SpurModelReader::model);
    }
}
