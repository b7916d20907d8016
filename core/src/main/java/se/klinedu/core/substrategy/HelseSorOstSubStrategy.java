package se.klinedu.core.substrategy;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import se.klinedu.core.InvalidInputException;
import se.klinedu.core.LocalizedText;
import se.klinedu.core.Provenance;
import se.klinedu.core.internal.Checks;
import se.klinedu.core.internal.Index;
import se.klinedu.core.internal.JsonCursor;
import se.klinedu.core.internal.KlineduStyle;
import se.klinedu.core.measure.MeasurePlan;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * Helse Sør-Øst's <i>Regional delstrategi for utdanning og kompetanse</i> (Norway, last updated
 * 26 October 2022): seven focus areas (<i>satsingsområder</i>), each with its desired outcomes and
 * numbered measures.
 *
 * <p>Reference data: {@link #load()} reads it from the module's resources. A region follows the
 * measures up through {@link #measurePlan()}. Instances are immutable and thread-safe.
 *
 * @since 0.1
 */
@Value.Immutable
@KlineduStyle
@JsonDeserialize(builder = HelseSorOstSubStrategy.Builder.class)
public abstract class HelseSorOstSubStrategy {

    private final Index<FocusAreaId, FocusArea> focusAreasById = Index.of(this::focusAreas, FocusArea::id);

    private final Index<DesiredOutcomeId, DesiredOutcome> outcomesById = Index.of(this::desiredOutcomes, DesiredOutcome::id);

    private final Index<RegionalMeasureId, RegionalMeasure> measuresById = Index.of(this::measures, RegionalMeasure::id);

    HelseSorOstSubStrategy() {
    }

    /**
     * {@return the document's provenance}
     */
    @JsonProperty(value = "provenance", required = true)
    public abstract Provenance provenance();

    /**
     * {@return the document's statement of what the sub-strategy is to contribute to}
     */
    @JsonProperty(value = "purpose", required = true)
    public abstract LocalizedText purpose();

    /**
     * {@return the focus areas, in the document's order}
     */
    @JsonProperty(value = "focusAreas", required = true)
    public abstract List<FocusArea> focusAreas();

    /**
     * {@return a builder; every attribute is required}
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Builds a {@link HelseSorOstSubStrategy}: {@code build()} checks the value as every other way of making one does.
     */
    public static final class Builder extends ImmutableHelseSorOstSubStrategy.Builder {

        Builder() {
        }
    }

    /**
     * {@return the sub-strategy, read once from the module's resources}
     */
    public static HelseSorOstSubStrategy load() {
        return Holder.SUB_STRATEGY;
    }

    /**
     * {@return every desired outcome, area by area, in the document's order}
     */
    public List<DesiredOutcome> desiredOutcomes() {
        return focusAreas().stream().flatMap(area -> area.desiredOutcomes().stream()).toList();
    }

    /**
     * {@return every measure, area by area, in the document's order}
     */
    public List<RegionalMeasure> measures() {
        return focusAreas().stream().flatMap(area -> area.measures().stream()).toList();
    }

    /**
     * Finds a focus area.
     *
     * @param id the id, not null
     * @return the area, or empty if the sub-strategy has none with this id
     */
    public Optional<FocusArea> find(FocusAreaId id) {
        return focusAreasById.find(id, "id");
    }

    /**
     * Gets a focus area.
     *
     * @param id the id, not null
     * @return the area
     * @throws InvalidInputException if the sub-strategy has no focus area with this id
     */
    public FocusArea get(FocusAreaId id) {
        return focusAreasById.get(id, "id", "is not a focus area of the sub-strategy");
    }

    /**
     * Finds a desired outcome.
     *
     * @param id the id, not null
     * @return the outcome, or empty if the sub-strategy has none with this id
     */
    public Optional<DesiredOutcome> find(DesiredOutcomeId id) {
        return outcomesById.find(id, "id");
    }

    /**
     * Gets a desired outcome.
     *
     * @param id the id, not null
     * @return the outcome
     * @throws InvalidInputException if the sub-strategy has no desired outcome with this id
     */
    public DesiredOutcome get(DesiredOutcomeId id) {
        return outcomesById.get(id, "id", "is not a desired outcome of the sub-strategy");
    }

    /**
     * Finds a measure.
     *
     * @param id the id, not null
     * @return the measure, or empty if the sub-strategy has none with this id
     */
    public Optional<RegionalMeasure> find(RegionalMeasureId id) {
        return measuresById.find(id, "id");
    }

    /**
     * Gets a measure.
     *
     * @param id the id, not null
     * @return the measure
     * @throws InvalidInputException if the sub-strategy has no measure with this id
     */
    public RegionalMeasure get(RegionalMeasureId id) {
        return measuresById.get(id, "id", "is not a measure of the sub-strategy");
    }

    /**
     * Returns the focus area a desired outcome belongs to.
     *
     * @param id the outcome's id, not null
     * @return its focus area
     * @throws InvalidInputException if the sub-strategy has no desired outcome with this id
     */
    public FocusArea focusAreaOf(DesiredOutcomeId id) {
        get(id);
        return focusAreas().stream()
                .filter(area -> area.desiredOutcomes().stream().anyMatch(outcome -> outcome.id().equals(id)))
                .findFirst().orElseThrow();
    }

    /**
     * {@return the measures to follow up, focus area by focus area, under their own ids ({@code HSO1} with
     * {@code HSO1.M1}, …)}
     */
    public MeasurePlan measurePlan() {
        return MeasurePlan.of(focusAreas().stream().map(FocusArea::measureArea).toList());
    }

    @Value.Check
    void check() {
        Checks.notEmpty("focusAreas", focusAreas());
        Checks.uniqueKeys("focusAreas", focusAreas(), FocusArea::id);
    }

    private static final class Holder {
        static final HelseSorOstSubStrategy SUB_STRATEGY = JsonCursor.readResource(
                HelseSorOstSubStrategy.class, "helse-sor-ost-sub-strategy.json", SubStrategyReader::subStrategy);
    }
}
