package se.klinedu.grading.actionplan;

import java.util.List;
import se.klinedu.core.internal.JsonCursor;
import se.klinedu.core.testkit.ReferenceReaderContract;

/**
 * The worked example is read on the cursor exactly as by the codec, mutated or not.
 */
class InspectionReportReaderTest extends ReferenceReaderContract {

    @Override
    protected List<Document> documents() {
        return List.of(Document.of(InspectionReport.class, "worked-example-003.json", InspectionReport.class,
                in -> JsonCursor.read(in, InspectionReportReader::report)));
    }
}
