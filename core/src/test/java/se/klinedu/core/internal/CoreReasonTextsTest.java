package se.klinedu.core.internal;

import se.klinedu.core.testkit.ReasonTextsContract;

class CoreReasonTextsTest extends ReasonTextsContract {

    CoreReasonTextsTest() {
        super(new CoreReasonTexts());
    }
}
