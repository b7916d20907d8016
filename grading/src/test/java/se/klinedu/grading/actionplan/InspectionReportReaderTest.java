package se.klinedu.grading.actionplan;

import java.util.List;
import se.klinedu.core.internal.JsonCursor;
import se.klinedu.core.testkit.ReferenceReaderContract;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The worked example is read on the cursor exactly as by the codec, mutated or not; and so is the worked example
 * with an item that also addresses a second criterion, which document 003 has none of.
 */
class InspectionReportReaderTest extends ReferenceReaderContract {

    @Override
    protected List<Document> documents() {
        Document worked = Document.of(InspectionReport.class, "worked-example-003.json", InspectionReport.class,
                in -> JsonCursor.read(in, InspectionReportReader::report));
        JsonMapper trees = JsonMapper.builder().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).build();
        ObjectNode tree = (ObjectNode) trees.readTree(worked.text());
        ((ObjectNode) tree.get("actionPlan").get("items").get(0)).putArray("alsoAddresses").add("A-02").add("A-03");
        return List.of(worked, new Document(worked.name() + " with alsoAddresses", InspectionReport.class,
                trees.writeValueAsString(tree), worked.reader()));
    }
}
