/**
 * klinedu core: the kernel value types, Region Örebro län's education strategy, Helse Sør-Øst's
 * sub-strategy for education and competence, the follow-up of both strategies' measures, a Nordic
 * cross-walk between them, the organisation levels of learning environments, the supervisor-training
 * catalogues and the JSON codec.
 */
module se.klinedu.core {
    requires transitive tools.jackson.databind;
    requires transitive com.fasterxml.jackson.annotation;
    requires static org.immutables.value.annotations;

    exports se.klinedu.core;
    exports se.klinedu.core.crosswalk;
    exports se.klinedu.core.explain;
    exports se.klinedu.core.json;
    exports se.klinedu.core.measure;
    exports se.klinedu.core.organisation;
    exports se.klinedu.core.period;
    exports se.klinedu.core.strategy;
    exports se.klinedu.core.substrategy;
    exports se.klinedu.core.supervision;
    // JSON is read through each value type's builder, whose constructor the codec reaches here
    opens se.klinedu.core to tools.jackson.databind;
    opens se.klinedu.core.crosswalk to tools.jackson.databind;
    // a reason's writer and reader (ReasonJson), named by Reason's annotations, are made by the codec here
    opens se.klinedu.core.explain to tools.jackson.databind;
    opens se.klinedu.core.measure to tools.jackson.databind;
    opens se.klinedu.core.organisation to tools.jackson.databind;
    opens se.klinedu.core.period to tools.jackson.databind;
    opens se.klinedu.core.strategy to tools.jackson.databind;
    opens se.klinedu.core.substrategy to tools.jackson.databind;
    opens se.klinedu.core.supervision to tools.jackson.databind;
    // the Immutables style and validation helpers, for the sibling modules only
    exports se.klinedu.core.internal to se.klinedu.indicators, se.klinedu.grading;
    // the codec makes the reader of set attributes there (DistinctElements)
    opens se.klinedu.core.internal to tools.jackson.databind;
    // every module's reason codes and texts, which the renderers find as services
    uses se.klinedu.core.explain.ReasonTexts;
    provides se.klinedu.core.explain.ReasonTexts with se.klinedu.core.internal.CoreReasonTexts;
}
