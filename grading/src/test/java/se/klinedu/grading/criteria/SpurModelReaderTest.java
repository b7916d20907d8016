package se.klinedu.grading.criteria;

import java.util.List;
import se.klinedu.core.internal.JsonCursor;
import se.klinedu.core.testkit.ReferenceReaderContract;

/**
 * The SPUR model is read on the cursor exactly as by the codec, mutated or not.
 */
class SpurModelReaderTest extends ReferenceReaderContract {

    @Override
    protected List<Document> documents() {
        return List.of(Document.of(SpurModel.class, "spur-model.json", SpurModel.class, in -> JsonCursor.read(in, SpurModelReader::model)));
    }
}
