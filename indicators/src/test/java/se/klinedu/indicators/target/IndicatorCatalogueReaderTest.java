package se.klinedu.indicators.target;

import java.util.List;
import se.klinedu.core.internal.JsonCursor;
import se.klinedu.core.testkit.ReferenceReaderContract;

/**
 * The indicator catalogue is read on the cursor exactly as by the codec, mutated or not.
 */
class IndicatorCatalogueReaderTest extends ReferenceReaderContract {

    @Override
    protected List<Document> documents() {
        return List.of(Document.of(IndicatorCatalogue.class, "orebro-indicators.json", IndicatorCatalogue.class,
                in -> JsonCursor.read(in, IndicatorCatalogueReader::catalogue)));
    }
}
