package se.klinedu.grading.json;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import se.klinedu.core.explain.ReasonCode;
import se.klinedu.core.testkit.JsonEnumRule;

/**
 * Every public enum of grading is written as a lower-case code with hyphens ({@link se.klinedu.core.json.JsonEnum}),
 * but for the enums of reason codes, whose constants JSON writes as a reason's dotted code and which
 * {@code GradingReasonTextsTest} checks.
 */
class JsonEnumTest {

    @TestFactory
    Stream<DynamicTest> every_public_enum_of_grading_follows_the_rule() {
        List<Class<?>> enums = JsonEnumRule.publicEnums("se.klinedu.grading").stream()
                .filter(type -> !ReasonCode.class.isAssignableFrom(type)).toList();
        assertTrue(enums.size() >= 9, "found only " + enums);
        return enums.stream().map(type -> dynamicTest(type.getName(), () -> JsonEnumRule.assertFollowsTheRule(type)));
    }
}
