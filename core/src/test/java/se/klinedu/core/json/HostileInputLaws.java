package se.klinedu.core.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static se.klinedu.core.testkit.HostileInput.accepted;
import static se.klinedu.core.testkit.HostileInput.read;
import static se.klinedu.core.testkit.HostileInput.rejected;

import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import se.klinedu.core.Counts;
import se.klinedu.core.Threshold;
import se.klinedu.core.organisation.OrganisationTree;
import se.klinedu.core.organisation.OrganisationUnitId;
import se.klinedu.core.supervision.HoursEstimate;
import se.klinedu.core.supervision.HoursPolicy;
import se.klinedu.core.supervision.SupervisionRoleId;
import se.klinedu.core.supervision.SupervisorTrainingCatalogue;
import se.klinedu.core.supervision.TrainingScope;
import se.klinedu.core.testkit.HostileInput;
import se.klinedu.core.testkit.HostileInput.Outcome;

/**
 * Hostile documents read through core's codec and factories (run by surefire's {@code hostile-input}
 * execution, in a JVM of its own with a 256 MiB heap): each is rejected with a short message or accepted,
 * within allocation bounded by its size, and what is accepted writes back as a short document.
 */
class HostileInputLaws {

    private static final KlineduJson JSON = KlineduJson.standard();
    /** The outcomes, printed when the class ends as the rows of the bad-input table in the module's README. */
    @RegisterExtension
    static final HostileInput.Table TABLE = new HostileInput.Table();

    /** Number literals of 12 to 110 characters whose plain digits would be billions, or a hundred. */
    static final List<String> EXTREME_NUMBERS = List.of("1e999999999", "1e-999999999", "-1e999999999", "9e2147483647",
            "100E+2147483647", "1e-2147483647", "0E-999999999", "0E+999999999", "1" + "0".repeat(99),
            "0." + "0".repeat(98) + "1", "5.000000000000000000000000000000000000000000000000");

    /** Each decimal the codec reads in core, as a document with {@code %s} where the number goes. */
    static Stream<Arguments> decimalFields() {
        String text = "{\"language\":\"sv\",\"original\":\"Ca 5 dagar\",\"english\":\"About 5 days\"}";
        String scope = "{\"text\":" + text + ",\"unit\":\"days\",\"min\":%s,\"max\":%s,\"approximate\":true,"
                + "\"selfStudy\":%s,\"webBased\":false}";
        String reasons = "\"reasons\":[{\"code\":\"training.hours-as-given\",\"args\":{},\"text\":\"t\"}]";
        List<Arguments> fields = List.of(
                Arguments.of("Threshold.percent", "{\"comparison\":\"more-than\",\"percent\":%s}", Threshold.class),
                Arguments.of("HoursPolicy.hoursPerWeek", "{\"hoursPerWeek\":%s,\"daysPerWeek\":5,\"creditsPerWeek\":1.5}",
                        HoursPolicy.class),
                Arguments.of("HoursPolicy.daysPerWeek", "{\"hoursPerWeek\":40,\"daysPerWeek\":%s,\"creditsPerWeek\":1.5}",
                        HoursPolicy.class),
                Arguments.of("HoursPolicy.creditsPerWeek", "{\"hoursPerWeek\":40,\"daysPerWeek\":5,\"creditsPerWeek\":%s}",
                        HoursPolicy.class),
                Arguments.of("TrainingScope.min", String.format(scope, "%s", "1E+6", "1"), TrainingScope.class),
                Arguments.of("TrainingScope.max", String.format(scope, "0.000001", "%s", "0.000001"), TrainingScope.class),
                Arguments.of("TrainingScope.selfStudy", String.format(scope, "1", "2", "%s"), TrainingScope.class),
                Arguments.of("HoursEstimate.minHours", "{\"minHours\":%s,\"maxHours\":1E+19,\"approximate\":false,"
                        + reasons + "}", HoursEstimate.class),
                Arguments.of("HoursEstimate.maxHours", "{\"minHours\":0,\"maxHours\":%s,\"approximate\":false,"
                        + reasons + "}", HoursEstimate.class));
        return fields.stream().flatMap(field -> EXTREME_NUMBERS.stream().map(number -> Arguments.of(
                field.get()[0] + " = " + number, String.format((String) field.get()[1], number), field.get()[2])));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("decimalFields")
    void an_extreme_decimal_is_rejected_briefly_or_read_as_a_value_that_writes_back_briefly(String name, String document,
            Class<?> type) {
        Outcome outcome = TABLE.add(read(name, document, json -> {
            Object value = JSON.read(json, type);
            // everything a reader does next with the value: write it, print it, compute with it
            String written = JSON.write(value);
            assertTrue(written.length() < 400, name + " writes back as " + written.length() + " characters");
            assertTrue(value.toString().length() < 400, name + " prints as " + value.toString().length() + " characters");
            if (value instanceof Threshold threshold) {
                threshold.isPassedBy(Counts.of(Long.MAX_VALUE - 1, Long.MAX_VALUE));
                threshold.smallestPassingNumerator(Long.MAX_VALUE);
            }
            if (value instanceof TrainingScope scope) {
                scope.estimatedHours(HoursPolicy.of(new java.math.BigDecimal("0.000001"), new java.math.BigDecimal("0.000001"),
                        new java.math.BigDecimal("0.000001")));
            }
            return value;
        }));
        if (name.contains("e9999") || name.contains("e-9999") || name.contains("e21474") || name.contains("E+21474")) {
            assertTrue(!outcome.accepted(), name + " must be rejected");
        }
    }

    @Test
    void a_chain_one_step_too_deep_is_rejected_and_one_at_the_limit_is_read_without_recursion() {
        rejected(TABLE.add(read("chain of " + (OrganisationTree.MAX_DEPTH + 2) + " units", chain(OrganisationTree.MAX_DEPTH + 2),
                json -> JSON.read(json, OrganisationTree.class))), "steps below the root");
        Outcome atLimit = accepted(TABLE.add(read("chain of " + (OrganisationTree.MAX_DEPTH + 1) + " units",
                chain(OrganisationTree.MAX_DEPTH + 1), json -> {
                    OrganisationTree tree = JSON.read(json, OrganisationTree.class);
                    assertEquals(OrganisationTree.MAX_DEPTH + 1, tree.subtree(OrganisationUnitId.of("u0")).size());
                    assertEquals(OrganisationTree.MAX_DEPTH + 1,
                            tree.pathFromRoot(OrganisationUnitId.of("u" + OrganisationTree.MAX_DEPTH)).size());
                    return tree;
                })));
        assertTrue(atLimit.accepted());
    }

    @Test
    void the_longest_chain_a_document_can_hold_is_rejected_in_linear_work() {
        rejected(TABLE.add(read("chain of 99,999 units", chain(99_999), json -> JSON.read(json, OrganisationTree.class))),
                "units[" + (OrganisationTree.MAX_DEPTH + 1) + "]: must be at most");
    }

    @Test
    void a_ring_of_units_under_no_root_is_rejected_as_a_cycle_in_linear_work() {
        // u0 is the root; u1 … u99998 each name the next as parent, and the last names u1
        int size = 99_999;
        String units = IntStream.range(1, size).mapToObj(i -> unit(i, "u" + (i + 1 < size ? i + 1 : 1)))
                .collect(Collectors.joining(","));
        rejected(TABLE.add(read("ring of 99,998 units", "{\"units\":[" + unit(0, null) + "," + units + "]}",
                json -> JSON.read(json, OrganisationTree.class))), "units[1].parent: forms a cycle");
    }

    @Test
    void the_widest_tree_is_read_and_one_unit_more_is_rejected() {
        Function<Integer, String> star = size -> "{\"units\":[" + unit(0, null) + ","
                + IntStream.range(1, size).mapToObj(i -> unit(i, "u0")).collect(Collectors.joining(",")) + "]}";
        accepted(TABLE.add(read("star of 100,000 units", star.apply(OrganisationTree.MAX_UNITS), json -> {
            OrganisationTree tree = JSON.read(json, OrganisationTree.class);
            assertEquals(OrganisationTree.MAX_UNITS, tree.subtree(OrganisationUnitId.of("u0")).size());
            return tree;
        })));
        rejected(TABLE.add(read("star of 100,001 units", star.apply(OrganisationTree.MAX_UNITS + 1),
                json -> JSON.read(json, OrganisationTree.class))), "must hold at most 100000 units");
    }

    @Test
    void strings_at_the_codecs_limit_are_quoted_by_a_prefix() {
        String id = "u" + "x".repeat(KlineduJson.MAX_STRING_LENGTH - 1);
        rejected(TABLE.add(read("unit id of 1,000,000 characters", "{\"units\":[{\"id\":\"" + id
                + "\",\"name\":\"n\",\"level\":\"hospital-or-region\"}]}", json -> JSON.read(json, OrganisationTree.class))),
                "(1000000 characters)");
        String name = "n".repeat(KlineduJson.MAX_STRING_LENGTH);
        accepted(TABLE.add(read("unit name of 1,000,000 characters", "{\"units\":[{\"id\":\"u0\",\"name\":\"" + name
                + "\",\"level\":\"hospital-or-region\"}]}", json -> JSON.read(json, OrganisationTree.class))));
    }

    @Test
    void nesting_and_size_past_the_limits_are_rejected_at_once() {
        rejected(TABLE.add(read("10,000 nested arrays", "{\"units\":" + "[".repeat(10_000) + "]".repeat(10_000) + "}",
                json -> JSON.read(json, OrganisationTree.class))), "$.units[0]");
        String huge = "{\"units\":[" + "0,".repeat((int) (KlineduJson.MAX_DOCUMENT_LENGTH / 2)) + "0]}";
        rejected(TABLE.add(read("16 MiB array of numbers", huge, json -> JSON.read(json, OrganisationTree.class))), "$.units[0]");
    }

    @Test
    void a_chain_of_twenty_thousand_prerequisites_is_read_and_followed_without_recursion() {
        int size = 20_000;
        String trainings = IntStream.range(0, size).mapToObj(i -> training(i, i == 0 ? "" : "\"t" + (i - 1) + "\""))
                .collect(Collectors.joining(","));
        accepted(TABLE.add(read("prerequisite chain of 20,000 trainings", catalogue(trainings, size - 1), json -> {
            SupervisorTrainingCatalogue catalogue = JSON.read(json, SupervisorTrainingCatalogue.class);
            List<?> required = catalogue.requiredTrainings(SupervisionRoleId.of("r"));
            assertEquals(size, required.size());
            assertEquals("t0", required.get(0).toString());
            return catalogue;
        })));
        String cyclic = IntStream.range(0, size).mapToObj(i -> training(i, "\"t" + ((i + size - 1) % size) + "\""))
                .collect(Collectors.joining(","));
        rejected(TABLE.add(read("prerequisite cycle of 20,000 trainings", catalogue(cyclic, 0),
                json -> JSON.read(json, SupervisorTrainingCatalogue.class))), "prerequisites must not form a cycle");
    }


    private static String chain(int size) {
        return "{\"units\":[" + IntStream.range(0, size).mapToObj(i -> unit(i, i == 0 ? null : "u" + (i - 1)))
                .collect(Collectors.joining(",")) + "]}";
    }

    private static String unit(int i, String parent) {
        return "{\"id\":\"u" + i + "\",\"name\":\"n\",\"level\":\"hospital-or-region\""
                + (parent == null ? "" : ",\"parent\":\"" + parent + "\"") + "}";
    }

    private static String training(int i, String prerequisites) {
        return "{\"id\":\"t" + i + "\",\"name\":{\"language\":\"sv\",\"original\":\"u\",\"english\":\"t\"},\"scope\":"
                + "{\"text\":{\"language\":\"sv\",\"original\":\"1 tim\",\"english\":\"1 hour\"},\"unit\":\"hours\","
                + "\"min\":1,\"max\":1,\"approximate\":false,\"webBased\":true},\"whereToFind\":{\"language\":\"sv\","
                + "\"original\":\"w\",\"english\":\"w\"},\"prerequisites\":[" + prerequisites + "]}";
    }

    private static String catalogue(String trainings, int roleTraining) {
        String provenance = JSON.write(SupervisorTrainingCatalogue.load("stockholm").provenance());
        return "{\"provenance\":" + provenance + ",\"trainings\":[" + trainings + "],\"roles\":[{\"id\":\"r\","
                + "\"targetGroup\":{\"language\":\"sv\",\"original\":\"g\",\"english\":\"g\"},\"trainings\":[\"t"
                + roleTraining + "\"]}]}";
    }
}
