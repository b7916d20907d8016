package se.klinedu.core.supervision;

import java.util.List;
import se.klinedu.core.internal.JsonCursor;
import se.klinedu.core.testkit.ReferenceReaderContract;

/**
 * Both training catalogues are read on the cursor exactly as by the codec, mutated or not.
 */
class TrainingCatalogueReaderTest extends ReferenceReaderContract {

    @Override
    protected List<Document> documents() {
        return List.of(
                Document.of(SupervisorTrainingCatalogue.class, "stockholm-supervisor-training.json",
                        SupervisorTrainingCatalogue.class, in -> JsonCursor.read(in, TrainingCatalogueReader::catalogue)),
                Document.of(SupervisorTrainingCatalogue.class, "vo-college-steps.json",
                        SupervisorTrainingCatalogue.class, in -> JsonCursor.read(in, TrainingCatalogueReader::catalogue)));
    }
}
