package se.klinedu.core.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import se.klinedu.core.testkit.JsonRoundTrip.Case;

/**
 * The JSON round-trip laws every module keeps, over the data the module gives: every public value type
 * has a {@link Case}; a generated value of each case, written and read back, equals itself (over
 * {@value JsonRoundTrip#SEEDS_PER_CASE} seeds); and the module's reference data survives the same law.
 *
 * <p>A module's {@code JsonRoundTripLaws} extends this class, gives its package and cases to the constructor and
 * its reference data by {@link #referenceData()}, and adds laws of its own. The test instance lives for the class
 * ({@link TestInstance.Lifecycle#PER_CLASS}), so the argument sources here are instance methods that read the
 * subclass's data.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class JsonRoundTripContract {

    private final String modulePackage;
    private final List<Case> cases;

    /**
     * For subclasses, with the module's data.
     *
     * @param modulePackage the package every package of the module starts with, such as {@code se.klinedu.core}
     * @param cases the module's round-trip cases
     */
    protected JsonRoundTripContract(String modulePackage, List<Case> cases) {
        this.modulePackage = modulePackage;
        this.cases = cases;
    }

    /**
     * One value of a module's reference data, loaded from its resources, with the type it is read back as.
     *
     * @param name the value's name in the test report
     * @param value the value
     * @param type the type its JSON is read back as
     */
    public record ReferenceValue(String name, Object value, Class<?> type) {
    }

    /** {@return the module's reference data (loaded from its resources), each value once} */
    protected abstract List<ReferenceValue> referenceData();

    /**
     * {@return whether a public value type of the module needs a case of its own (every one, unless a module
     * overrides this and says which types other laws cover)}
     *
     * @param type a value type found by {@link JsonRoundTrip#valueTypes(String)}
     */
    protected boolean needsACase(Class<?> type) {
        return true;
    }

    @Test
    void every_public_value_type_has_a_case() {
        List<Class<?>> needingACase = JsonRoundTrip.valueTypes(modulePackage).stream().filter(this::needsACase).toList();

        assertEquals(List.of(), JsonRoundTrip.typesWithoutACase(needingACase, cases));
    }

    final Stream<Arguments> roundTripCases() {
        return JsonRoundTrip.arguments(cases);
    }

    @ParameterizedTest(name = "{0}, seed {1}")
    @MethodSource("roundTripCases")
    void writing_and_reading_gives_an_equal_value(String name, long seed, Case c) {
        JsonRoundTrip.assertRoundTrip(c, seed);
    }

    final Stream<Arguments> roundTripReferenceData() {
        return referenceData().stream().map(data -> Arguments.of(data.name(), data.value(), data.type()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("roundTripReferenceData")
    void reference_data_survives_a_round_trip(String name, Object value, Class<?> type) {
        JsonRoundTrip.assertRoundTrip(value, type);
    }
}
