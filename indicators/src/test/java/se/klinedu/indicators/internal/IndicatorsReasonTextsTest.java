package se.klinedu.indicators.internal;

import se.klinedu.core.testkit.ReasonTextsContract;

class IndicatorsReasonTextsTest extends ReasonTextsContract {

    IndicatorsReasonTextsTest() {
        super(new IndicatorsReasonTexts(), "https://klinedu.se/schemas/indicators/reasons.schema.json#/$defs/reason");
    }
}
