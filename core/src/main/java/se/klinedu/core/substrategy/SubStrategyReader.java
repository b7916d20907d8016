package se.klinedu.core.substrategy;

import static se.klinedu.core.internal.CoreReaders.localizedText;

import java.util.ArrayList;
import java.util.List;
import se.klinedu.core.internal.CoreReaders;
import se.klinedu.core.internal.JsonCursor;

/**
 * Reads the sub-strategy's reference document, {@code helse-sor-ost-sub-strategy.json}, on a
 * {@link JsonCursor} into the builders, as strictly as the codec reads {@link HelseSorOstSubStrategy}.
 */
final class SubStrategyReader {

    private SubStrategyReader() {
    }

    static HelseSorOstSubStrategy subStrategy(JsonCursor in) {
        HelseSorOstSubStrategy.Builder subStrategy = HelseSorOstSubStrategy.builder();
        in.beginObject();
        for (String field = in.nextField(); field != null; field = in.nextField()) {
            switch (field) {
                case "provenance" -> subStrategy.provenance(CoreReaders.provenance(in));
                case "purpose" -> subStrategy.purpose(localizedText(in));
                case "focusAreas" -> subStrategy.addAllFocusAreas(focusAreas(in));
                default -> throw in.unknownField();
            }
        }
        return in.requiring(subStrategy.build(), "provenance", "purpose", "focusAreas");
    }

    private static List<FocusArea> focusAreas(JsonCursor in) {
        List<FocusArea> areas = new ArrayList<>();
        in.beginArray();
        while (in.nextElement()) {
            FocusArea.Builder area = FocusArea.builder();
            in.beginObject();
            for (String field = in.nextField(); field != null; field = in.nextField()) {
                switch (field) {
                    case "id" -> area.id(FocusAreaId.of(in.string()));
                    case "name" -> area.name(localizedText(in));
                    case "nameBasis" -> area.nameBasis(in.code(TextBasis.class));
                    case "desiredOutcomes" -> area.addAllDesiredOutcomes(desiredOutcomes(in));
                    case "measures" -> area.addAllMeasures(measures(in));
                    default -> throw in.unknownField();
                }
            }
            areas.add(in.requiring(area.build(), "id", "name", "nameBasis", "desiredOutcomes", "measures"));
        }
        return areas;
    }

    private static List<DesiredOutcome> desiredOutcomes(JsonCursor in) {
        List<DesiredOutcome> outcomes = new ArrayList<>();
        in.beginArray();
        while (in.nextElement()) {
            ImmutableDesiredOutcome.Builder outcome = ImmutableDesiredOutcome.builder();
            in.beginObject();
            for (String field = in.nextField(); field != null; field = in.nextField()) {
                switch (field) {
                    case "id" -> outcome.id(DesiredOutcomeId.of(in.string()));
                    case "text" -> outcome.text(localizedText(in));
                    default -> throw in.unknownField();
                }
            }
            outcomes.add(in.requiring(outcome.build(), "id", "text"));
        }
        return outcomes;
    }

    private static List<RegionalMeasure> measures(JsonCursor in) {
        List<RegionalMeasure> measures = new ArrayList<>();
        in.beginArray();
        while (in.nextElement()) {
            ImmutableRegionalMeasure.Builder measure = ImmutableRegionalMeasure.builder();
            in.beginObject();
            for (String field = in.nextField(); field != null; field = in.nextField()) {
                switch (field) {
                    case "id" -> measure.id(RegionalMeasureId.of(in.string()));
                    case "text" -> measure.text(localizedText(in));
                    default -> throw in.unknownField();
                }
            }
            measures.add(in.requiring(measure.build(), "id", "text"));
        }
        return measures;
    }
}
