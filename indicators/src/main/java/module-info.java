/**
 * klinedu indicators: the Örebro strategy's indicators as typed targets, with evaluation against
 * observations, statistics, suppression of small groups, roll-up and trends.
 */
module se.klinedu.indicators {
    requires transitive se.klinedu.core;
    requires tools.jackson.dataformat.csv;
    requires static org.immutables.value.annotations;

    exports se.klinedu.indicators.target;
    exports se.klinedu.indicators.observation;
    exports se.klinedu.indicators.statistics;
    exports se.klinedu.indicators.evaluation;
    exports se.klinedu.indicators.rollup;
    exports se.klinedu.indicators.trend;
    exports se.klinedu.indicators.report;
    exports se.klinedu.indicators.fhir;
    // JSON is read through each value type's builder, whose constructor the codec reaches here,
    // and core's codec reads the reference data from this package
    opens se.klinedu.indicators.target to tools.jackson.databind, se.klinedu.core;
    opens se.klinedu.indicators.observation to tools.jackson.databind;
    opens se.klinedu.indicators.statistics to tools.jackson.databind;
    opens se.klinedu.indicators.evaluation to tools.jackson.databind;
    opens se.klinedu.indicators.rollup to tools.jackson.databind;
    opens se.klinedu.indicators.trend to tools.jackson.databind;
    opens se.klinedu.indicators.report to tools.jackson.databind;
    // the reason codes and their texts in Swedish, Norwegian bokmål and English
    provides se.klinedu.core.explain.ReasonTexts with se.klinedu.indicators.internal.IndicatorsReasonTexts;
}
