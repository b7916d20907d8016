package se.klinedu.core;

import java.util.List;
import se.klinedu.core.internal.JsonCursor;
import se.klinedu.core.testkit.ReferenceReaderContract;

/**
 * The glossary is read on the cursor exactly as by the codec, mutated or not.
 */
class GlossaryReaderTest extends ReferenceReaderContract {

    @Override
    protected List<Document> documents() {
        return List.of(Document.of(Glossary.class, "glossary.json", Glossary.class, in -> JsonCursor.read(in, GlossaryReader::glossary)));
    }
}
