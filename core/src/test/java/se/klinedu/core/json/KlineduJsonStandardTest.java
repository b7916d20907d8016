package se.klinedu.core.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import se.klinedu.core.Counts;
import se.klinedu.core.InvalidInputException;
import se.klinedu.core.organisation.OrganisationTree;

/** The shared codec, and paths that name the first element of a list; each test asks for the codec itself. */
class KlineduJsonStandardTest {

    @Nested
    class Standard {

        @Test
        void is_one_shared_codec() {
            KlineduJson first = KlineduJson.standard();
            KlineduJson second = KlineduJson.standard();

            assertNotNull(first);
            assertSame(first, second);
        }
    }

    @Nested
    class Paths {

        @Test
        void name_the_first_element_of_a_list_by_index_zero() {
            String document = "[{\"numerator\":3,\"denominator\":0},{\"numerator\":1,\"denominator\":2}]";

            InvalidInputException e = assertThrows(InvalidInputException.class,
                    () -> KlineduJson.standard().readList(document, Counts.class));

            assertEquals("$[0].numerator", e.path());
            assertTrue(e.reason().contains("must be 0..0, was 3"), e.reason());
        }

        @Test
        void name_the_first_element_of_a_nested_list_by_index_zero() {
            String document = "{\"units\":[{\"id\":\"region\",\"name\":\" \",\"level\":\"hospital-or-region\"}]}";

            InvalidInputException e = assertThrows(InvalidInputException.class,
                    () -> KlineduJson.standard().read(document, OrganisationTree.class));

            assertEquals("$.units[0].name", e.path());
            assertTrue(e.reason().startsWith("must not be blank"), e.reason());
        }
    }
}
