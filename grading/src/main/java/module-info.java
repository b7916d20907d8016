/**
 * klinedu grading: the SPUR inspection model for specialist training, with criteria, grades per
 * regulation, action plans and the inspection interval.
 */
module se.klinedu.grading {
    requires transitive se.klinedu.core;
    requires static org.immutables.value.annotations;

    exports se.klinedu.grading.criteria;
    exports se.klinedu.grading.assessment;
    exports se.klinedu.grading.actionplan;
    exports se.klinedu.grading.interval;
    // JSON is read through each value type's builder, whose constructor the codec reaches here;
    // core's codec also reads the reference data (the model, the worked example) from these two
    opens se.klinedu.grading.criteria to tools.jackson.databind, se.klinedu.core;
    opens se.klinedu.grading.assessment to tools.jackson.databind;
    opens se.klinedu.grading.actionplan to tools.jackson.databind, se.klinedu.core;
    opens se.klinedu.grading.interval to tools.jackson.databind;
    // the module's reason codes and their texts, which core's renderers find as a service
    provides se.klinedu.core.explain.ReasonTexts with se.klinedu.grading.internal.GradingReasonTexts;
}
