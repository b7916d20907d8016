package se.klinedu.core.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.lang.invoke.MethodHandles;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import se.klinedu.core.Counts;
import se.klinedu.core.InvalidInputException;
import se.klinedu.core.testkit.Jackson2Mirror;

/**
 * The test kit's Jackson 2 mapper is as strict as {@link KlineduJson}: each document below is rejected by both
 * generations, so that the cross-generation laws compare two codecs with the same rules.
 */
class Jackson2MirrorTest {

    private static final KlineduJson JSON = KlineduJson.standard();

    static {
        Jackson2Mirror.openToJackson2(MethodHandles.lookup());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "{\"numerator\":1,\"denominator\":2,\"extra\":0}",
            "{\"numerator\":1,\"numerator\":1,\"denominator\":2}",
            "{\"numerator\":1}",
            "{\"numerator\":null,\"denominator\":2}",
            "{\"numerator\":1.5,\"denominator\":2}",
            "{\"numerator\":\"1\",\"denominator\":2}",
            "{\"numerator\":1,\"denominator\":2} {}",
            "{\"numerator\":3,\"denominator\":2}",
            "{\"numerator\":1,\"denominator\":2"})
    void both_generations_reject_the_same_bad_document(String json) {
        assertThrows(InvalidInputException.class, () -> JSON.read(json, Counts.class));
        assertThrows(JsonProcessingException.class, () -> Jackson2Mirror.read(json, Counts.class));
    }

    @Test
    void both_generations_read_a_valid_document_alike() throws JsonProcessingException {
        String json = "{\"numerator\":46,\"denominator\":50}";

        assertEquals(JSON.read(json, Counts.class), Jackson2Mirror.read(json, Counts.class));
        assertEquals(JSON.write(Counts.of(46, 50)), Jackson2Mirror.write(Counts.of(46, 50)));
    }

    @Test
    void both_generations_reject_nesting_beyond_the_limit() {
        String json = "[".repeat(KlineduJson.MAX_NESTING_DEPTH + 1) + "]".repeat(KlineduJson.MAX_NESTING_DEPTH + 1);

        assertThrows(InvalidInputException.class, () -> JSON.read(json, Object.class));
        assertThrows(JsonProcessingException.class, () -> Jackson2Mirror.read(json, Object.class));
    }
}
