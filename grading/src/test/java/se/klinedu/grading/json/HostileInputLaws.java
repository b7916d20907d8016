package se.klinedu.grading.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static se.klinedu.core.testkit.HostileInput.accepted;
import static se.klinedu.core.testkit.HostileInput.read;
import static se.klinedu.core.testkit.HostileInput.rejected;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import se.klinedu.core.json.KlineduJson;
import se.klinedu.core.testkit.HostileInput;
import se.klinedu.grading.actionplan.InspectionReport;
import se.klinedu.grading.assessment.Grades;
import se.klinedu.grading.assessment.GradingPolicy;
import se.klinedu.grading.criteria.SpurModel;
import se.klinedu.grading.interval.InspectionIntervalPolicy;
import se.klinedu.grading.interval.IntervalCompliance;
import se.klinedu.grading.interval.UnitInspections;

/**
 * Hostile input to grading's documents (run by surefire's {@code hostile-input} execution, in a JVM of its
 * own with a 256 MiB heap): extreme numbers, free texts and due-date texts at the codec's limits, and
 * arrays as long as a document can hold, each rejected with a short message or accepted in bounded work.
 */
class HostileInputLaws {

    private static final KlineduJson JSON = KlineduJson.standard();
    /** The outcomes, printed when the class ends as the rows of the bad-input table in the module's README. */
    @RegisterExtension
    static final HostileInput.Table TABLE = new HostileInput.Table();
    private static final String REPORT = JSON.write(InspectionReport.load());

    @ParameterizedTest
    @ValueSource(strings = {"1e999999999", "1e-999999999", "9e2147483647", "1000000000000000000000000000000000000000"})
    void an_extreme_interval_is_rejected_briefly(String number) {
        rejected(TABLE.add(read("intervalYears " + number, "{\"intervalYears\":" + number + "}",
                json -> JSON.read(json, InspectionIntervalPolicy.class))), "$.intervalYears");
    }

    @Test
    void a_note_at_the_string_limit_is_read_and_graded() {
        String note = "n".repeat(KlineduJson.MAX_STRING_LENGTH);
        String report = REPORT.replaceFirst("\"note\":\"[^\"]*\"", "\"note\":\"" + note + "\"");
        accepted(TABLE.add(read("outcome note of 1,000,000 characters", report, json -> {
            InspectionReport read = JSON.read(json, InspectionReport.class);
            return Grades.inspect(SpurModel.load(), read.assessment(), GradingPolicy.standard());
        })));
    }

    @ParameterizedTest
    @ValueSource(strings = {"1 ", "12 april ", "2026.10."})
    void a_due_date_as_written_at_the_string_limit_is_rejected_briefly(String prefix) {
        String due = prefix + "x".repeat(KlineduJson.MAX_STRING_LENGTH - prefix.length());
        String report = REPORT.replaceFirst("(\"dueAsWritten\":)\"[^\"]*\"", "$1\"" + due + "\"");
        rejected(TABLE.add(read("due date as written of 1,000,000 characters starting '" + prefix + "'", report,
                json -> JSON.read(json, InspectionReport.class))), "characters)");
    }

    @ParameterizedTest
    @ValueSource(strings = {"2026-10-", "ongoing"})
    void a_typed_due_date_at_the_string_limit_is_rejected_briefly(String prefix) {
        String due = prefix + "x".repeat(KlineduJson.MAX_STRING_LENGTH - prefix.length());
        String report = REPORT.replaceFirst("(\"due\":)\"[^\"]*\"", "$1\"" + due + "\"");
        rejected(TABLE.add(read("typed due date of 1,000,000 characters starting '" + prefix + "'", report,
                json -> JSON.read(json, InspectionReport.class))), "characters)");
    }

    @Test
    void an_assessment_with_every_criterion_repeated_to_the_document_limit_is_rejected_at_the_first_repeat() {
        String outcome = "{\"criterion\":\"A-01\",\"outcome\":\"met\"},";
        int copies = (int) (KlineduJson.MAX_DOCUMENT_LENGTH - REPORT.length()) / outcome.length() - 1;
        String report = REPORT.replaceFirst("\"outcomes\":\\[", "\"outcomes\":[" + outcome.repeat(copies));
        rejected(TABLE.add(read("outcomes repeated to 16 MiB", report, json -> JSON.read(json, InspectionReport.class))),
                "$.assessment.outcomes[");
    }

    @Test
    void a_unit_inspected_on_every_day_a_document_can_hold_is_judged_in_bounded_work() {
        LocalDate first = LocalDate.of(2000, 1, 1);
        String dates = IntStream.range(0, 600_000).mapToObj(i -> "\"" + first.plusDays(i) + "\"")
                .collect(Collectors.joining(","));
        String document = "[{\"unit\":\"u1\",\"inspections\":[" + dates + "]}]";
        accepted(TABLE.add(read("600,000 inspection dates of one unit", document, json -> {
            List<UnitInspections> units = JSON.readList(json, UnitInspections.class);
            IntervalCompliance compliance = IntervalCompliance.at(units, LocalDate.of(2026, 12, 5),
                    InspectionIntervalPolicy.of(5));
            assertEquals(1, compliance.units().size());
            return compliance;
        })));
    }
}
