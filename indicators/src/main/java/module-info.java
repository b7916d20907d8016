/**
 * klinedu indicators: the Örebro strategy's indicators as typed targets, with evaluation against
 * observations, statistics, suppression of small groups, roll-up and trends.
 */
module se.klinedu.indicators {
    requires transitive se.klinedu.core;
    requires static org.immutables.value.annotations;

    exports se.klinedu.indicators.target;
}
