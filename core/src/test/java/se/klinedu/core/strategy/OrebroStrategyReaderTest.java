package se.klinedu.core.strategy;

import java.util.List;
import se.klinedu.core.internal.JsonCursor;
import se.klinedu.core.testkit.ReferenceReaderContract;

/**
 * The strategy document is read on the cursor exactly as by the codec, mutated or not.
 */
class OrebroStrategyReaderTest extends ReferenceReaderContract {

    @Override
    protected List<Document> documents() {
        return List.of(Document.of(OrebroStrategy.class, "orebro-strategy.json", OrebroStrategy.class,
                in -> JsonCursor.read(in, OrebroStrategyReader::strategy)));
    }
}
