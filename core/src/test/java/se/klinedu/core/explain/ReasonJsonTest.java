package se.klinedu.core.explain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import se.klinedu.core.InvalidInputException;
import se.klinedu.core.Language;
import se.klinedu.core.Threshold;
import se.klinedu.core.json.KlineduJson;
import se.klinedu.core.measure.MeasureReason;
import se.klinedu.core.measure.MeasureStatus;
import se.klinedu.core.supervision.StaffId;
import se.klinedu.core.supervision.StaffMember;
import se.klinedu.core.supervision.Roster;
import se.klinedu.core.supervision.TrainingCoverage;
import se.klinedu.core.supervision.TrainingId;
import se.klinedu.core.supervision.TrainingReason;

/** A reason in JSON, {@code {code, args, text}}, through {@link KlineduJson}, with core's own codes. */
class ReasonJsonTest {

    private static final KlineduJson JSON = KlineduJson.standard();
    private static final Reason SHORT = Reason.of(TrainingReason.COVERAGE_SHORT, 9, 10, Threshold.moreThan(90), 10, 1);

    @Nested
    class Writing {

        @Test
        void writes_code_args_in_the_codes_order_and_the_swedish_text() {
            assertEquals("{\"code\":\"training.coverage-short\",\"args\":{\"trained\":9,\"staff\":10,"
                    + "\"threshold\":\"more-than 90\",\"needed\":10,\"toTrain\":1},\"text\":\"9 av 10 medarbetare har "
                    + "utbildningen; över 90\u00a0% kräver minst 10 av 10: ytterligare 1 behöver utbildningen.\"}",
                    JSON.write(SHORT));
        }

        @Test
        void writes_the_text_in_the_codecs_language() {
            assertTrue(JSON.in(Language.ENGLISH).write(SHORT).endsWith("\"text\":\"9 of 10 staff have the training; "
                    + "more than 90% needs at least 10 of 10: 1 more to train.\"}"));
            assertTrue(JSON.in(Language.NORWEGIAN_BOKMAL).write(Reason.of(MeasureReason.DONE, LocalDate.of(2025, 1, 20)))
                    .endsWith("\"text\":\"Gjennomført 20.01.2025: et gjennomført tiltak er aldri forsinket.\"}"));
        }

        @Test
        void writes_dates_labels_and_figures_as_their_data() {
            assertEquals("{\"status\":\"measure-status.ongoing\",\"due\":\"2025-03-31\",\"referenceDate\":\"2025-06-30\"}",
                    args(JSON.write(Reason.of(MeasureReason.OVERDUE, MeasureStatus.ONGOING, LocalDate.of(2025, 3, 31),
                            LocalDate.of(2025, 6, 30)))));
            assertEquals("{\"hoursPerWeek\":40.0,\"creditsPerWeek\":1.5}",
                    args(JSON.write(Reason.of(TrainingReason.HOURS_FROM_CREDITS, 40.0, 1.5))));
        }

        private static String args(String reason) {
            return reason.substring(reason.indexOf("\"args\":") + 7, reason.indexOf(",\"text\""));
        }
    }

    @Nested
    class RoundTrip {

        @Test
        void a_reason_reads_back_equal_from_its_text_in_any_language() {
            for (Reason reason : List.of(SHORT, Reason.of(MeasureReason.NOT_REPORTED),
                    Reason.of(MeasureReason.DUE, MeasureStatus.NOT_STARTED, LocalDate.of(2025, 6, 30), LocalDate.of(2025, 6, 30)),
                    Reason.of(TrainingReason.HOURS_FROM_DAYS, 37.5, 5.0))) {
                for (Language language : Language.values()) {
                    assertEquals(reason, JSON.read(JSON.in(language).write(reason), Reason.class), language.code());
                }
            }
        }

        @Test
        void a_result_carries_its_reasons_as_code_args_and_text_in_the_codecs_language() {
            TrainingCoverage coverage = roster(9, 1).coverage(TrainingId.of("introduction-to-supervision"),
                    Threshold.moreThan(90));

            String swedish = JSON.write(coverage);
            String english = JSON.in(Language.ENGLISH).write(coverage);

            assertTrue(swedish.endsWith(",\"reasons\":[{\"code\":\"training.coverage-short\",\"args\":{\"trained\":9,"
                    + "\"staff\":10,\"threshold\":\"more-than 90\",\"needed\":10,\"toTrain\":1},\"text\":\"9 av 10 "
                    + "medarbetare har utbildningen; över 90\u00a0% kräver minst 10 av 10: ytterligare 1 behöver "
                    + "utbildningen.\"}]}"), swedish);
            assertTrue(english.endsWith(",\"text\":\"9 of 10 staff have the training; more than 90% needs at least "
                    + "10 of 10: 1 more to train.\"}]}"), english);
            assertEquals(coverage, JSON.read(swedish, TrainingCoverage.class));
            assertEquals(coverage, JSON.read(english, TrainingCoverage.class));
        }

        private static Roster roster(int trained, int untrained) {
            TrainingId introduction = TrainingId.of("introduction-to-supervision");
            List<StaffMember> staff = new java.util.ArrayList<>();
            for (int i = 0; i < trained + untrained; i++) {
                staff.add(StaffMember.of(StaffId.of("staff-" + i), i < trained ? Set.of(introduction) : Set.of()));
            }
            return Roster.of(staff);
        }
    }

    @Nested
    class Rejection {

        // the reason's JSON | the path of the problem | the start of the reason for it
        @ParameterizedTest(name = "{1}: {2}")
        @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
                {"code":"measure.no-such-code","args":{},"text":"t"} | $.code | is no reason code, was measure.no-such-code
                {"code":7,"args":{},"text":"t"} | $.code | must be a string
                {"code":"measure.done","args":{},"text":"t"} | $.args | must be [doneOn] for measure.done, were []
                {"code":"measure.not-reported","args":{"doneOn":"2025-01-20"},"text":"t"} | $.args \
                | must be [] for measure.not-reported, were [doneOn]
                {"code":"measure.done","args":{"droppedOn":"2025-01-20"},"text":"t"} | $.args \
                | must be [doneOn] for measure.done, were [droppedOn]
                {"code":"training.coverage-unreachable","args":{"staff":"ten","threshold":"more-than 100"},"text":"t"} \
                | $.args.staff | does not fit the text of training.coverage-unreachable (count), was ten
                {"code":"training.coverage-unreachable","args":{"staff":10,"threshold":"below 100"},"text":"t"} \
                | $.args.threshold | does not fit the text of training.coverage-unreachable (threshold), was below 100
                {"code":"measure.done","args":{"doneOn":"2025-02-30"},"text":"t"} | $.args.doneOn \
                | does not fit the text of measure.done (date), was 2025-02-30
                {"code":"measure.done","args":{"doneOn":20250120},"text":"t"} | $.args.doneOn \
                | does not fit the text of measure.done (date), was 20250120
                {"code":"measure.ongoing-never-overdue","args":{"status":"measure-status.paused"},"text":"t"} \
                | $.args.status | does not fit the text of measure.ongoing-never-overdue (label), was measure-status.paused
                {"code":"training.hours-from-weeks","args":{"hoursPerWeek":{"h":40}},"text":"t"} | $.args.hoursPerWeek \
                | an object is a document's text (language, original, english)
                {"code":"training.hours-from-weeks","args":{"hoursPerWeek":null},"text":"t"} | $.args.hoursPerWeek \
                | must be a number, string, truth value, list of strings or document text
                {"code":"measure.done","args":{"doneOn":"2025-01-20"}} | $.text | is required
                {"args":{},"text":"t"} | $.code | is required
                {"code":"measure.not-reported","text":"t"} | $.args | is required
                {"code":"measure.not-reported","args":{},"text":"t","note":"x"} | $.note | unknown field
                {"code":"measure.not-reported","args":{},"text":5} | $.text | must be a string
                """)
        void is_rejected_at_the_path_of_the_problem(String json, String path, String reason) {
            InvalidInputException e = assertThrows(InvalidInputException.class, () -> JSON.read(json, Reason.class));

            assertEquals(path, e.path(), e.getMessage());
            assertTrue(e.reason().startsWith(reason), e.getMessage());
        }

        @Test
        void a_problem_inside_a_results_reasons_is_at_its_full_path() {
            String coverage = "{\"training\":\"introduction-to-supervision\","
                    + "\"threshold\":{\"comparison\":\"more-than\",\"percent\":90},"
                    + "\"counts\":{\"numerator\":0,\"denominator\":0},\"status\":\"no-data\",\"reasons\":["
                    + "{\"code\":\"training.roster-empty\",\"args\":{},\"text\":\"t\"},"
                    + "{\"code\":\"training.coverage-unreachable\",\"args\":{\"staff\":\"ten\",\"threshold\":\"more-than 100\"},"
                    + "\"text\":\"t\"}]}";

            InvalidInputException e = assertThrows(InvalidInputException.class,
                    () -> JSON.read(coverage, TrainingCoverage.class));

            assertEquals("$.reasons[1].args.staff", e.path(), e.getMessage());
        }

        @Test
        void a_result_rejects_a_reason_of_another_kind_and_no_reason() {
            String coverage = "{\"training\":\"introduction-to-supervision\","
                    + "\"threshold\":{\"comparison\":\"more-than\",\"percent\":90},"
                    + "\"counts\":{\"numerator\":0,\"denominator\":0},\"status\":\"no-data\",\"reasons\":%s}";

            InvalidInputException other = assertThrows(InvalidInputException.class, () -> JSON.read(String.format(coverage,
                    "[{\"code\":\"measure.not-reported\",\"args\":{},\"text\":\"t\"}]"), TrainingCoverage.class));
            InvalidInputException none = assertThrows(InvalidInputException.class,
                    () -> JSON.read(String.format(coverage, "[]"), TrainingCoverage.class));

            assertEquals("$.reasons[0].code", other.path(), other.getMessage());
            assertEquals("must be a code of TrainingReason, was measure.not-reported", other.reason());
            assertEquals("$.reasons", none.path(), none.getMessage());
            assertEquals("must not be empty", none.reason());
        }
    }
}
