package se.klinedu.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class ReadmeExampleTest {

    @Test
    void nine_of_ten_trained_needs_one_more_for_more_than_ninety_percent() {
        String staff = IntStream.range(0, 10)
                .mapToObj(i -> "{\"id\":\"emp-" + i + "\",\"completedTrainings\":["
                        + (i < 9 ? "\"introduction-to-supervision\"" : "") + "]}")
                .collect(Collectors.joining(","));

        String result = ReadmeExample.coverageOf("{\"staff\":[" + staff + "]}");

        assertEquals("1.1 {\"training\":\"introduction-to-supervision\",\"threshold\":{\"comparison\":\">\",\"percent\":90},"
                + "\"counts\":{\"numerator\":9,\"denominator\":10},\"status\":\"NOT_PASSED\",\"additionalToTrain\":1,"
                + "\"reason\":\"9/10 trained; > 90 % needs at least 10 of 10\"}", result);
    }
}
