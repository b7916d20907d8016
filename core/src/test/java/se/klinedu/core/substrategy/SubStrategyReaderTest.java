package se.klinedu.core.substrategy;

import java.util.List;
import se.klinedu.core.internal.JsonCursor;
import se.klinedu.core.testkit.ReferenceReaderContract;

/**
 * The sub-strategy document is read on the cursor exactly as by the codec, mutated or not.
 */
class SubStrategyReaderTest extends ReferenceReaderContract {

    @Override
    protected List<Document> documents() {
        return List.of(Document.of(HelseSorOstSubStrategy.class, "helse-sor-ost-sub-strategy.json",
                HelseSorOstSubStrategy.class, in -> JsonCursor.read(in, SubStrategyReader::subStrategy)));
    }
}
