/**
 * klinedu grading: the SPUR inspection model for specialist training, with criteria, grades per
 * regulation, action plans and the inspection interval.
 */
module se.klinedu.grading {
    requires transitive se.klinedu.core;
    requires static org.immutables.value.annotations;

    exports se.klinedu.grading.criteria;
}
