package se.klinedu.core.substrategy;

import static se.klinedu.core.internal.CoreReaders.localizedText;

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
                case "focusAreas" -> subStrategy.addAllFocusAreas(in.list(SubStrategyReader::focusArea));
                default -> throw in.unknownField();
            }
        }
        return in.requiring(subStrategy.build(), "provenance", "purpose", "focusAreas");
    }

    private static FocusArea focusArea(JsonCursor in) {
        FocusArea.Builder area = FocusArea.builder();
        in.beginObject();
        for (String field = in.nextField(); field != null; field = in.nextField()) {
            switch (field) {
                case "id" -> area.id(FocusAreaId.of(in.string()));
                case "name" -> area.name(localizedText(in));
                case "nameBasis" -> area.nameBasis(in.code(TextBasis.class));
                case "desiredOutcomes" -> area.addAllDesiredOutcomes(in.list(SubStrategyReader::desiredOutcome));
                case "measures" -> area.addAllMeasures(in.list(SubStrategyReader::measure));
                default -> throw in.unknownField();
            }
        }
        return in.requiring(area.build(), "id", "name", "nameBasis", "desiredOutcomes", "measures");
    }

    private static DesiredOutcome desiredOutcome(JsonCursor in) {
        ImmutableDesiredOutcome.Builder outcome = ImmutableDesiredOutcome.builder();
        in.beginObject();
        for (String field = in.nextField(); field != null; field = in.nextField()) {
            switch (field) {
                case "id" -> outcome.id(DesiredOutcomeId.of(in.string()));
                case "text" -> outcome.text(localizedText(in));
                default -> throw in.unknownField();
            }
        }
        return in.requiring(outcome.build(), "id", "text");
    }

    private static RegionalMeasure measure(JsonCursor in) {
        ImmutableRegionalMeasure.Builder measure = ImmutableRegionalMeasure.builder();
        in.beginObject();
        for (String field = in.nextField(); field != null; field = in.nextField()) {
            switch (field) {
                case "id" -> measure.id(RegionalMeasureId.of(in.string()));
                case "text" -> measure.text(localizedText(in));
                default -> throw in.unknownField();
            }
        }
        return in.requiring(measure.build(), "id", "text");
    }
}
