package se.klinedu.grading.criteria;

import static se.klinedu.core.internal.CoreReaders.localizedText;

import java.util.ArrayList;
import java.util.List;
import se.klinedu.core.internal.CoreReaders;
import se.klinedu.core.internal.JsonCursor;

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
                case "criteria" -> model.addAllCriteria(criteria(in));
                case "scales" -> model.addAllScales(scales(in));
                default -> throw in.unknownField();
            }
        }
        return in.requiring(model.build(), "provenance", "criteria", "scales");
    }

    private static List<Criterion> criteria(JsonCursor in) {
        List<Criterion> criteria = new ArrayList<>();
        in.beginArray();
        while (in.nextElement()) {
            Criterion.Builder criterion = Criterion.builder();
            in.beginObject();
            for (String field = in.nextField(); field != null; field = in.nextField()) {
                switch (field) {
                    case "id" -> criterion.id(CriterionId.of(in.string()));
                    case "area" -> criterion.area(in.code(SpurArea.class));
                    case "kind" -> criterion.kind(in.code(CriterionKind.class));
                    case "regulations" -> criterion.addAllRegulations(regulations(in));
                    case "text" -> criterion.text(localizedText(in));
                    default -> throw in.unknownField();
                }
            }
            criteria.add(in.requiring(criterion.build(), "id", "area", "kind", "regulations", "text"));
        }
        return criteria;
    }

    private static List<Regulation> regulations(JsonCursor in) {
        List<Regulation> regulations = new ArrayList<>();
        in.beginArray();
        while (in.nextElement()) {
            regulations.add(in.code(Regulation.class));
        }
        return in.distinct(regulations);
    }

    private static List<GradeScale> scales(JsonCursor in) {
        List<GradeScale> scales = new ArrayList<>();
        in.beginArray();
        while (in.nextElement()) {
            ImmutableGradeScale.Builder scale = ImmutableGradeScale.builder();
            in.beginObject();
            for (String field = in.nextField(); field != null; field = in.nextField()) {
                switch (field) {
                    case "area" -> scale.area(in.code(SpurArea.class));
                    case "levels" -> scale.addAllLevels(levels(in));
                    default -> throw in.unknownField();
                }
            }
            scales.add(in.requiring(scale.build(), "area", "levels"));
        }
        return scales;
    }

    private static List<GradeLevel> levels(JsonCursor in) {
        List<GradeLevel> levels = new ArrayList<>();
        in.beginArray();
        while (in.nextElement()) {
            ImmutableGradeLevel.Builder level = ImmutableGradeLevel.builder();
            in.beginObject();
            for (String field = in.nextField(); field != null; field = in.nextField()) {
                switch (field) {
                    case "grade" -> level.grade(in.code(Grade.class));
                    case "wording" -> level.wording(localizedText(in));
                    default -> throw in.unknownField();
                }
            }
            levels.add(in.requiring(level.build(), "grade", "wording"));
        }
        return levels;
    }
}
