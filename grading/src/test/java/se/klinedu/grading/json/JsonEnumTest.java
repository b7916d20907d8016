package se.klinedu.grading.json;

import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import se.klinedu.core.testkit.JsonEnumRule;

/** Every public enum of grading is written as a lower-case code with hyphens ({@link se.klinedu.core.json.JsonEnum}). */
class JsonEnumTest {

    @TestFactory
    Stream<DynamicTest> every_public_enum_of_grading_follows_the_rule() {
        return JsonEnumRule.tests("se.klinedu.grading", 8);
    }
}
