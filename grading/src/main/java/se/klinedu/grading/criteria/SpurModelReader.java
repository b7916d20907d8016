package se.klinedu.grading.criteria;

import static se.klinedu.core.internal.CoreReaders.localizedText;

import se.klinedu.core.internal.CoreReaders;
import se.klinedu.core.internal.JsonCursor;
import se.klinedu.grading.internal.GradingReaders;

/**
 * Reads the SPUR model's reference document, {@code spur-model.json}, on a {@link JsonCursor} into the
 * builders, as strictly as the codec reads {@link SpurModel}.
 */
final class SpurModelReader {

    private SpurModelReader() {
    }

    static SpurModel model(JsonCursor in) {
        SpurModel.Builder model = SpurModel.builder();
        in.beginObject();
        for (String field = in.nextField(); field != null; field = in.nextField()) {
            switch (field) {
                case "provenance" -> model.provenance(CoreReaders.provenance(in));
                case "criteria" -> model.addAllCriteria(in.list(SpurModelReader::criterion));
                case "scales" -> model.addAllScales(in.list(SpurModelReader::scale));
                default -> throw in.unknownField();
            }
        }
        return in.requiring(model.build(), "provenance", "criteria", "scales");
    }

    private static Criterion criterion(JsonCursor in) {
        Criterion.Builder criterion = Criterion.builder();
        in.beginObject();
        for (String field = in.nextField(); field != null; field = in.nextField()) {
            switch (field) {
                case "id" -> criterion.id(CriterionId.of(in.string()));
                case "area" -> criterion.area(in.code(SpurArea.class));
                case "kind" -> criterion.kind(in.code(CriterionKind.class));
                case "regulations" -> criterion.addAllRegulations(GradingReaders.regulations(in));
                case "text" -> criterion.text(localizedText(in));
                default -> throw in.unknownField();
            }
        }
        return in.requiring(criterion.build(), "id", "area", "kind", "regulations", "text");
    }

    private static GradeScale scale(JsonCursor in) {
        ImmutableGradeScale.Builder scale = ImmutableGradeScale.builder();
        in.beginObject();
        for (String field = in.nextField(); field != null; field = in.nextField()) {
            switch (field) {
                case "area" -> scale.area(in.code(SpurArea.class));
                case "levels" -> scale.addAllLevels(in.list(SpurModelReader::level));
                default -> throw in.unknownField();
            }
        }
        return in.requiring(scale.build(), "area", "levels");
    }

    private static GradeLevel level(JsonCursor in) {
        ImmutableGradeLevel.Builder level = ImmutableGradeLevel.builder();
        in.beginObject();
        for (String field = in.nextField(); field != null; field = in.nextField()) {
            switch (field) {
                case "grade" -> level.grade(in.code(Grade.class));
                case "wording" -> level.wording(localizedText(in));
                default -> throw in.unknownField();
            }
        }
        return in.requiring(level.build(), "grade", "wording");
    }
}
