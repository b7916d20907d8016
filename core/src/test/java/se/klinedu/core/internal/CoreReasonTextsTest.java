package se.klinedu.core.internal;

import se.klinedu.core.testkit.ReasonTextsContract;

class CoreReasonTextsTest extends ReasonTextsContract {

    CoreReasonTextsTest() {
        super(new CoreReasonTexts(), "https://klinedu.se/schemas/core/reasons.schema.json#/$defs/measureReason",
                "https://klinedu.se/schemas/core/reasons.schema.json#/$defs/trainingReason");
    }
}
