package se.klinedu.grading.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import se.klinedu.core.explain.ReasonCode;
import se.klinedu.core.testkit.JsonEnumRule;
import se.klinedu.core.testkit.ReasonTextsContract;

/** Grading's reason texts under the contract every module's texts meet, and every reason code of grading among them. */
class GradingReasonTextsTest extends ReasonTextsContract {

    GradingReasonTextsTest() {
        super(new GradingReasonTexts());
    }

    @Test
    void every_public_reason_code_enum_of_grading_is_in_the_texts() {
        List<Class<?>> enums = JsonEnumRule.publicEnums("se.klinedu.grading").stream()
                .filter(ReasonCode.class::isAssignableFrom).toList();
        List<ReasonCode> codes = new GradingReasonTexts().codes();

        assertEquals(3, enums.size(), enums.toString());
        for (Class<?> type : enums) {
            for (Object constant : type.getEnumConstants()) {
                assertEquals(true, codes.contains(constant), constant + " of " + type.getName());
            }
        }
        assertEquals(codes.size(), codes.stream().distinct().count());
    }
}
