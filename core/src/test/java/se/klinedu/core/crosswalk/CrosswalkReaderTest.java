package se.klinedu.core.crosswalk;

import java.util.List;
import se.klinedu.core.internal.JsonCursor;
import se.klinedu.core.testkit.ReferenceReaderContract;

/**
 * The cross-walk document is read on the cursor exactly as by the codec, mutated or not.
 */
class CrosswalkReaderTest extends ReferenceReaderContract {

    @Override
    protected List<Document> documents() {
        return List.of(Document.of(NordicCrosswalk.class, "nordic-crosswalk.json", NordicCrosswalk.class,
                in -> JsonCursor.read(in, CrosswalkReader::crosswalk)));
    }
}
