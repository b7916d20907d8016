package se.klinedu.core.substrategy;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import org.immutables.value.Value;
import se.klinedu.core.InvalidInputException;
import se.klinedu.core.LocalizedText;
import se.klinedu.core.internal.Checks;
import se.klinedu.core.internal.KlineduStyle;
import se.klinedu.core.measure.MeasureArea;
import se.klinedu.core.measure.MeasureAreaId;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * A focus area (<i>satsingsområde</i>) of Helse Sør-Øst's sub-strategy: its desired outcomes and the
 * numbered measures ("Helse Sør-Øst vil: …") that pursue them.
 *
 * <p>The document's text does not carry the areas' names (they stood in an illustration), so each
 * name is klinedu's, {@linkplain TextBasis#DERIVED derived} from the area's outcomes and measures.
 * Instances are immutable and thread-safe.
 *
 * @since 0.1
 */
@Value.Immutable
@KlineduStyle
@JsonDeserialize(builder = FocusArea.Builder.class)
public abstract class FocusArea {

    FocusArea() {
    }

    /**
     * {@return the id, {@code HSO1} to {@code HSO7}}
     */
    @JsonProperty(value = "id", required = true)
    public abstract FocusAreaId id();

    /**
     * {@return the area's short name in Norwegian bokmål and English}
     */
    @JsonProperty(value = "name", required = true)
    public abstract LocalizedText name();

    /**
     * {@return whether the name is quoted from the document or derived by klinedu}
     */
    @JsonProperty(value = "nameBasis", required = true)
    public abstract TextBasis nameBasis();

    /**
     * {@return the desired outcomes, in the document's order, at least one}
     */
    @JsonProperty(value = "desiredOutcomes", required = true)
    public abstract List<DesiredOutcome> desiredOutcomes();

    /**
     * {@return the measures, in the document's order, at least one}
     */
    @JsonProperty(value = "measures", required = true)
    public abstract List<RegionalMeasure> measures();

    /**
     * {@return a builder; every attribute is required}
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Builds a {@link FocusArea}: {@code build()} checks the value as every other way of making one does.
     */
    public static final class Builder extends ImmutableFocusArea.Builder {

        Builder() {
        }
    }

    /**
     * {@return the area as followed up: its id and its measures' ids}
     */
    public MeasureArea measureArea() {
        return MeasureArea.of(MeasureAreaId.from(id()), measures().stream().map(RegionalMeasure::measureId).toList());
    }

    @Value.Check
    void check() {
        Checks.notEmpty("desiredOutcomes", desiredOutcomes());
        Checks.notEmpty("measures", measures());
        Checks.uniqueKeys("desiredOutcomes", desiredOutcomes(), DesiredOutcome::id);
        Checks.uniqueKeys("measures", measures(), RegionalMeasure::id);
        String prefix = id().value() + ".";
        for (int i = 0; i < desiredOutcomes().size(); i++) {
            requirePrefix("desiredOutcomes[" + i + "].id", desiredOutcomes().get(i).id().value(), prefix);
        }
        for (int i = 0; i < measures().size(); i++) {
            requirePrefix("measures[" + i + "].id", measures().get(i).id().value(), prefix);
        }
    }

    private static void requirePrefix(String path, String id, String prefix) {
        if (!id.startsWith(prefix)) {
            throw InvalidInputException.of(path, "must start with " + prefix, id);
        }
    }
}
