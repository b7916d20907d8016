package se.klinedu.grading.internal;

import se.klinedu.core.testkit.ReasonTextsContract;

/**
 * Grading's reason texts under the contract every module's texts meet (the README's table of codes among it).
 */
class GradingReasonTextsTest extends ReasonTextsContract {

    GradingReasonTextsTest() {
        super(new GradingReasonTexts(), "https://klinedu.se/schemas/grading/reasons.schema.json#/$defs/reason");
    }
}
