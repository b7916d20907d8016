package se.klinedu.core.internal;

import java.util.List;
import se.klinedu.core.LocalizedText;
import se.klinedu.core.Provenance;
import se.klinedu.core.Threshold;
import se.klinedu.core.period.StrategyPeriod;
import se.klinedu.core.strategy.ResponsibleRole;
import se.klinedu.core.strategy.StrategyOutline;
import se.klinedu.core.testkit.ReferenceReaderContract;

/**
 * The readers of the kernel types that several packages' documents hold, each on a sample with every field it
 * has, read on the cursor exactly as by the codec, mutated or not (core's own documents hold no threshold nor
 * strategy outline: indicators' catalogue does).
 */
class CoreReadersTest extends ReferenceReaderContract {

    private static final String TEXT = "{\"language\":\"sv\",\"original\":\"Kvalitet\",\"english\":\"Quality\"}";

    @Override
    protected List<Document> documents() {
        return List.of(
                new Document("text", LocalizedText.class, TEXT, in -> JsonCursor.read(in, CoreReaders::localizedText)),
                new Document("provenance", Provenance.class, "{\"title\":" + TEXT + ",\"publisher\":\"Region Örebro län\","
                        + "\"published\":\"2021-03-01\",\"lastReviewed\":\"2023-01-15\",\"lastUpdated\":\"2024-06-30\"}",
                        in -> JsonCursor.read(in, CoreReaders::provenance)),
                new Document("period", StrategyPeriod.class, "{\"firstYear\":2021,\"lastYear\":2030}",
                        in -> JsonCursor.read(in, CoreReaders::strategyPeriod)),
                new Document("threshold", Threshold.class, "{\"comparison\":\"more-than\",\"percent\":90.5}",
                        in -> JsonCursor.read(in, CoreReaders::threshold)),
                new Document("role", ResponsibleRole.class, "{\"responsibility\":\"heads-of-administration\","
                        + "\"statement\":" + TEXT + "}", in -> JsonCursor.read(in, CoreReaders::responsibleRole)),
                new Document("outline", StrategyOutline.class, "{\"period\":{\"firstYear\":2021,\"lastYear\":2030},"
                        + "\"goals\":[{\"overallGoal\":\"1\",\"effectGoals\":[\"1.1\",\"1.2\"]},"
                        + "{\"overallGoal\":\"2\",\"effectGoals\":[\"2.1\"]}],"
                        + "\"responsibilities\":[\"heads-of-administration\",\"education-councils\"]}",
                        in -> JsonCursor.read(in, CoreReaders::strategyOutline)));
    }
}
