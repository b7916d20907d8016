package se.klinedu.core.organisation;

import java.util.List;
import se.klinedu.core.internal.JsonCursor;
import se.klinedu.core.testkit.ReferenceReaderContract;

/**
 * The document of the organisation levels is read on the cursor exactly as by the codec, mutated or not.
 */
class LevelsReaderTest extends ReferenceReaderContract {

    @Override
    protected List<Document> documents() {
        return List.of(Document.of(LearningEnvironmentLevels.class, "learning-environment-levels.json",
                LearningEnvironmentLevels.class, in -> JsonCursor.read(in, LevelsReader::levels)));
    }
}
