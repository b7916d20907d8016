package se.klinedu.core.organisation;

import static se.klinedu.core.internal.CoreReaders.localizedText;

import se.klinedu.core.internal.CoreReaders;
import se.klinedu.core.internal.JsonCursor;

/**
 * Reads the reference document of the organisation levels, {@code learning-environment-levels.json}, on a
 * {@link JsonCursor} into the builders, as strictly as the codec reads {@link LearningEnvironmentLevels}.
 */
final class LevelsReader {

    private LevelsReader() {
    }

    static LearningEnvironmentLevels levels(JsonCursor in) {
        ImmutableLearningEnvironmentLevels.Builder levels = ImmutableLearningEnvironmentLevels.builder();
        in.beginObject();
        for (String field = in.nextField(); field != null; field = in.nextField()) {
            switch (field) {
                case "provenance" -> levels.provenance(CoreReaders.provenance(in));
                case "levels" -> levels.addAllLevels(in.list(LevelsReader::guidance));
                default -> throw in.unknownField();
            }
        }
        return in.requiring(levels.build(), "provenance", "levels");
    }

    private static LevelGuidance guidance(JsonCursor in) {
        ImmutableLevelGuidance.Builder level = ImmutableLevelGuidance.builder();
        in.beginObject();
        for (String field = in.nextField(); field != null; field = in.nextField()) {
            switch (field) {
                case "level" -> level.level(in.code(OrganisationLevel.class));
                case "heading" -> level.heading(localizedText(in));
                case "questions" -> level.addAllQuestions(in.list(CoreReaders::localizedText));
                default -> throw in.unknownField();
            }
        }
        return in.requiring(level.build(), "level", "heading", "questions");
    }
}
