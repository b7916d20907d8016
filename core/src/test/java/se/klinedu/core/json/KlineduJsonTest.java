package se.klinedu.core.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import se.klinedu.core.Comparison;
import se.klinedu.core.Counts;
import se.klinedu.core.InvalidInputException;
import se.klinedu.core.Language;
import se.klinedu.core.LocalizedText;
import se.klinedu.core.Provenance;
import se.klinedu.core.Threshold;
import se.klinedu.core.measure.Due;
import se.klinedu.core.organisation.LearningEnvironmentLevels;
import se.klinedu.core.organisation.OrganisationTree;
import se.klinedu.core.period.CalendarYear;
import se.klinedu.core.period.ReportingPeriod;
import se.klinedu.core.period.Term;
import se.klinedu.core.period.TermHalf;
import se.klinedu.core.strategy.PriorityArea;
import se.klinedu.core.supervision.Roster;
import se.klinedu.core.supervision.StaffId;
import se.klinedu.core.supervision.StaffMember;
import se.klinedu.core.supervision.TrainingCoverage;

class KlineduJsonTest {

    private static final KlineduJson JSON = KlineduJson.standard();

    private static final String SWEDISH_TEXT = "{\"language\":\"sv\",\"original\":\"Utbildningsstrategi 2021–2030\","
            + "\"english\":\"Education strategy 2021–2030\"}";
    /** The reasons of a training coverage in JSON: one, whose text is not read back. */
    private static final String REASONS = "[{\"code\":\"training.roster-empty\",\"args\":{},\"text\":\"t\"}]";
    private static final LocalizedText TITLE =
            LocalizedText.swedish("Utbildningsstrategi 2021–2030", "Education strategy 2021–2030");

    /** A priority area whose second identified need is given by {@code secondNeed}. */
    private static String priorityArea(String secondNeed) {
        return "{\"id\":\"PA1\",\"name\":" + SWEDISH_TEXT + ","
                + "\"identifiedNeeds\":[{\"id\":\"PA1.1\",\"text\":" + SWEDISH_TEXT + "}," + secondNeed + "],"
                + "\"effectGoalLinks\":[]}";
    }

    /** An organisation tree of a region and one work team, whose id is given. */
    private static String organisationTree(String teamId) {
        return "{\"units\":["
                + "{\"id\":\"region\",\"name\":\"Region\",\"level\":\"hospital-or-region\"},"
                + "{\"id\":\"" + teamId + "\",\"name\":\"Team\",\"level\":\"work-team\",\"parent\":\"region\"}]}";
    }

    @Nested
    class Read {

        @Test
        void reads_counts() {
            String document = "{\"numerator\":46,\"denominator\":50}";

            assertEquals(Counts.of(46, 50), JSON.read(document, Counts.class));
        }

        @Test
        void reads_a_priority_area_with_nested_lists() {
            String document = priorityArea("{\"id\":\"PA1.2\",\"text\":" + SWEDISH_TEXT + "}");

            PriorityArea area = JSON.read(document, PriorityArea.class);

            assertEquals(2, area.identifiedNeeds().size());
            assertEquals("PA1.2", area.identifiedNeeds().get(1).id().value());
        }

        @Test
        void rejects_an_unknown_field_at_the_root_at_the_fields_path() {
            String document = "{\"numerator\":1,\"denominator\":2,\"extra\":0}";

            InvalidInputException e = assertThrows(InvalidInputException.class, () -> JSON.read(document, Counts.class));

            assertEquals("$.extra", e.path());
            assertTrue(e.reason().startsWith("unknown field"), e.reason());
        }

        @Test
        void rejects_an_unknown_field_inside_a_list_element_at_a_path_naming_the_index() {
            String document = priorityArea("{\"id\":\"PA1.2\",\"text\":" + SWEDISH_TEXT + ",\"extra\":1}");

            InvalidInputException e = assertThrows(InvalidInputException.class, () -> JSON.read(document, PriorityArea.class));

            assertEquals("$.identifiedNeeds[1].extra", e.path());
            assertTrue(e.reason().startsWith("unknown field"), e.reason());
        }

        @Test
        void rejects_a_missing_required_field_at_the_fields_path() {
            String document = "{\"numerator\":1}";

            InvalidInputException e = assertThrows(InvalidInputException.class, () -> JSON.read(document, Counts.class));

            assertEquals("$.denominator", e.path());
            assertEquals("is required", e.reason());
        }

        @Test
        void rejects_a_missing_array_at_the_fields_path_though_a_builder_would_take_it_for_empty() {
            InvalidInputException e = assertThrows(InvalidInputException.class,
                    () -> JSON.read("{\"id\":\"staff-1\"}", StaffMember.class));

            assertEquals("$.completedTrainings", e.path());
            assertEquals("is required", e.reason());
            assertEquals(StaffMember.of(StaffId.of("staff-1"), Set.of()),
                    JSON.read("{\"id\":\"staff-1\",\"completedTrainings\":[]}", StaffMember.class));
        }

        @Test
        void rejects_a_missing_array_of_a_nested_value_at_its_path() {
            InvalidInputException e = assertThrows(InvalidInputException.class,
                    () -> JSON.read("{\"staff\":[{\"id\":\"staff-1\",\"completedTrainings\":[]},{\"id\":\"staff-2\"}]}",
                            Roster.class));

            assertEquals("$.staff[1].completedTrainings", e.path());
            assertEquals("is required", e.reason());
        }

        @Test
        void rejects_a_set_that_lists_an_element_twice_at_the_repeat() {
            InvalidInputException e = assertThrows(InvalidInputException.class, () -> JSON.read(
                    "{\"id\":\"staff-1\",\"completedTrainings\":[\"intro\",\"basic\",\"intro\"]}", StaffMember.class));

            assertEquals("$.completedTrainings[2]", e.path());
            assertTrue(e.reason().startsWith("duplicate element, was intro"), e.reason());
        }

        @Test
        void rejects_null_for_a_primitive_at_the_fields_path() {
            String document = "{\"numerator\":null,\"denominator\":2}";

            InvalidInputException e = assertThrows(InvalidInputException.class, () -> JSON.read(document, Counts.class));

            assertEquals("$.numerator", e.path());
            assertTrue(e.reason().contains("Invalid `null` value"), e.reason());
        }

        @Test
        void rejects_a_threshold_above_one_hundred_percent_at_the_percent() {
            String document = "{\"comparison\":\"more-than\",\"percent\":101}";

            InvalidInputException e = assertThrows(InvalidInputException.class, () -> JSON.read(document, Threshold.class));

            assertEquals("$.percent", e.path());
            assertTrue(e.reason().contains("must be 0..100"), e.reason());
            assertTrue(e.reason().contains("was 101"), e.reason());
        }

        @Test
        void rejects_counts_above_their_denominator_nested_in_a_training_coverage_at_the_nested_path() {
            String document = "{\"training\":\"introduction-to-supervision\","
                    + "\"threshold\":{\"comparison\":\"more-than\",\"percent\":90},"
                    + "\"counts\":{\"numerator\":11,\"denominator\":10},"
                    + "\"status\":\"passed\",\"additionalToTrain\":0,\"reasons\":" + REASONS + "}";

            InvalidInputException e = assertThrows(InvalidInputException.class,
                    () -> JSON.read(document, TrainingCoverage.class));

            assertEquals("$.counts.numerator", e.path());
            assertTrue(e.reason().contains("must be 0..10, was 11"), e.reason());
        }

        @Test
        void rejects_a_blank_text_deep_inside_a_list_element_at_the_full_path() {
            String document = priorityArea("{\"id\":\"PA1.2\",\"text\":"
                    + "{\"language\":\"sv\",\"original\":\" \",\"english\":\"need\"}}");

            InvalidInputException e = assertThrows(InvalidInputException.class, () -> JSON.read(document, PriorityArea.class));

            assertEquals("$.identifiedNeeds[1].text.original", e.path());
            assertTrue(e.reason().contains("must not be blank"), e.reason());
        }

        @Test
        void rejects_an_id_of_the_wrong_format_inside_a_list_at_a_path_naming_the_index() {
            String document = organisationTree("!!");

            InvalidInputException e = assertThrows(InvalidInputException.class,
                    () -> JSON.read(document, OrganisationTree.class));

            assertEquals("$.units[1].id", e.path());
            assertTrue(e.reason().contains("must be 1 to 64 letters, digits or . _ : -"), e.reason());
            assertTrue(e.reason().endsWith("was !!"), e.reason());
        }

        @Test
        void rejects_malformed_json_at_the_root_naming_line_and_column() {
            String document = "{\"numerator\":1,\n\"denominator\":}";

            InvalidInputException e = assertThrows(InvalidInputException.class, () -> JSON.read(document, Counts.class));

            assertEquals("$", e.path());
            assertTrue(e.reason().contains("(line 2, column 15)"), e.reason());
        }

        @Test
        void rejects_a_second_value_after_the_document() {
            String document = "{\"numerator\":1,\"denominator\":2} {}";

            InvalidInputException e = assertThrows(InvalidInputException.class, () -> JSON.read(document, Counts.class));

            assertEquals("$", e.path());
            assertTrue(e.reason().contains("Trailing token"), e.reason());
        }

        @Test
        void reads_nesting_exactly_as_deep_as_the_limit() {
            int depth = KlineduJson.MAX_NESTING_DEPTH;
            String document = "[".repeat(depth) + "]".repeat(depth);

            Object value = JSON.read(document, Object.class);

            assertTrue(value instanceof List, String.valueOf(value));
        }

        @Test
        void rejects_nesting_deeper_than_the_limit() {
            // a typed read fails on the first unexpected token, so the untyped read shows the parser's limit
            int depth = KlineduJson.MAX_NESTING_DEPTH + 1;
            String document = "[".repeat(depth) + "]".repeat(depth);

            InvalidInputException e = assertThrows(InvalidInputException.class, () -> JSON.read(document, Object.class));

            assertEquals("$", e.path());
            assertTrue(e.reason().contains("read limit"), e.reason());
            assertTrue(e.reason().contains("nesting depth (" + depth + ")"), e.reason());
        }

        @Test
        void reads_a_string_exactly_as_long_as_the_limit() {
            String original = "x".repeat(KlineduJson.MAX_STRING_LENGTH);
            String document = "{\"language\":\"sv\",\"original\":\"" + original + "\",\"english\":\"long\"}";

            LocalizedText text = JSON.read(document, LocalizedText.class);

            assertEquals(original, text.original());
        }

        @Test
        void rejects_a_string_longer_than_the_limit_at_its_path() {
            String original = "x".repeat(KlineduJson.MAX_STRING_LENGTH + 1);
            String document = "{\"language\":\"sv\",\"original\":\"" + original + "\",\"english\":\"long\"}";

            InvalidInputException e = assertThrows(InvalidInputException.class, () -> JSON.read(document, LocalizedText.class));

            assertEquals("$.original", e.path());
            assertTrue(e.reason().contains("read limit"), e.reason());
            assertTrue(e.reason().contains("String value length (" + (KlineduJson.MAX_STRING_LENGTH + 1) + ")"), e.reason());
        }

        @Test
        void reads_a_reporting_period_from_its_code() {
            String document = "\"HT2024\"";

            assertEquals(Term.of(TermHalf.AUTUMN, 2024), JSON.read(document, ReportingPeriod.class));
        }
    }

    @Nested
    class ReadFromStream {

        @Test
        void reads_utf_8_bytes() {
            byte[] document = SWEDISH_TEXT.getBytes(StandardCharsets.UTF_8);

            assertEquals(TITLE, JSON.read(new ByteArrayInputStream(document), LocalizedText.class));
        }

        @Test
        void rejects_an_unknown_field_as_reading_a_string_does() {
            byte[] document = "{\"numerator\":1,\"denominator\":2,\"extra\":0}".getBytes(StandardCharsets.UTF_8);

            InvalidInputException e = assertThrows(InvalidInputException.class,
                    () -> JSON.read(new ByteArrayInputStream(document), Counts.class));

            assertEquals("$.extra", e.path());
            assertTrue(e.reason().startsWith("unknown field"), e.reason());
        }
    }

    @Nested
    class ReadList {

        @Test
        void reads_an_array_of_counts_in_document_order() {
            String document = "[{\"numerator\":5,\"denominator\":5},{\"numerator\":0,\"denominator\":0},"
                    + "{\"numerator\":1,\"denominator\":2}]";

            List<Counts> counts = JSON.readList(document, Counts.class);

            assertEquals(List.of(Counts.of(5, 5), Counts.of(0, 0), Counts.of(1, 2)), counts);
        }

        @Test
        void reads_an_empty_array() {
            String document = "[]";

            assertEquals(List.of(), JSON.readList(document, Counts.class));
        }

        @Test
        void returns_an_unmodifiable_list() {
            List<Counts> counts = JSON.readList("[{\"numerator\":1,\"denominator\":2}]", Counts.class);

            assertThrows(UnsupportedOperationException.class, () -> counts.add(Counts.of(0, 0)));
        }

        @Test
        void rejects_a_bad_element_at_a_path_naming_its_index() {
            String document = "[{\"numerator\":1,\"denominator\":2},{\"numerator\":3,\"denominator\":0}]";

            InvalidInputException e = assertThrows(InvalidInputException.class, () -> JSON.readList(document, Counts.class));

            assertEquals("$[1].numerator", e.path());
            assertTrue(e.reason().contains("must be 0..0, was 3"), e.reason());
        }
    }

    @Nested
    class Write {

        @Test
        void omits_empty_optionals() {
            Provenance provenance = Provenance.of(TITLE, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());

            String written = JSON.write(provenance);

            assertEquals("{\"title\":" + SWEDISH_TEXT + "}", written);
            assertFalse(written.contains("\"publisher\""), written);
        }

        @Test
        void writes_present_optionals_with_dates_as_iso_strings() {
            Provenance provenance = Provenance.of(TITLE, Optional.of("Region Örebro län"),
                    Optional.of(LocalDate.of(2021, 6, 1)), Optional.empty(), Optional.empty());

            String written = JSON.write(provenance);

            assertEquals("{\"title\":" + SWEDISH_TEXT + ",\"publisher\":\"Region Örebro län\",\"published\":\"2021-06-01\"}",
                    written);
        }

        @Test
        void writes_reporting_periods_as_their_codes() {
            List<ReportingPeriod> periods = List.of(Term.of(TermHalf.SPRING, 2024), Term.of(TermHalf.AUTUMN, 2024),
                    CalendarYear.of(2025));

            assertEquals("[\"VT2024\",\"HT2024\",\"2025\"]", JSON.write(periods));
        }

        @Test
        void writes_due_as_ongoing_or_an_iso_date() {
            Due ongoing = Due.ongoing();
            Due dated = Due.on(LocalDate.of(2026, 10, 1));

            assertEquals("\"ongoing\"", JSON.write(ongoing));
            assertEquals("\"2026-10-01\"", JSON.write(dated));
        }

        @Test
        void writes_the_threshold_comparison_as_its_operator() {
            Threshold strict = Threshold.moreThan(90);
            Threshold inclusive = Threshold.atLeast(85);

            assertEquals("{\"comparison\":\"more-than\",\"percent\":90}", JSON.write(strict));
            assertEquals("{\"comparison\":\"at-least\",\"percent\":85}", JSON.write(inclusive));
        }

        @Test
        void writes_no_derived_properties() {
            Counts counts = Counts.of(0, 0);

            assertEquals("{\"numerator\":0,\"denominator\":0}", JSON.write(counts));
        }

        @Test
        void writes_values_that_read_back_equal() {
            Provenance provenance = Provenance.of(TITLE, Optional.of("Region Örebro län"), Optional.empty(),
                    Optional.of(LocalDate.of(2023, 12, 18)), Optional.empty());
            Threshold threshold = Threshold.of(Comparison.AT_LEAST, new BigDecimal("87.5"));
            LocalizedText norwegian = LocalizedText.of(Language.NORWEGIAN_BOKMAL, "Sist oppdatert", "Last updated");

            assertEquals(provenance, JSON.read(JSON.write(provenance), Provenance.class));
            assertEquals(threshold, JSON.read(JSON.write(threshold), Threshold.class));
            assertEquals(norwegian, JSON.read(JSON.write(norwegian), LocalizedText.class));
            assertEquals(Due.ongoing(), JSON.read(JSON.write(Due.ongoing()), Due.class));
        }
    }

    @Nested
    class WritePretty {

        @Test
        void indents_one_property_per_line_and_reads_back_equal() {
            Counts counts = Counts.of(46, 50);

            String written = JSON.writePretty(counts);

            assertEquals(4, written.lines().count(), written);
            assertEquals(counts, JSON.read(written, Counts.class));
        }
    }

    @Nested
    class ReadResource {

        @Test
        void reads_a_resource_of_the_owners_package() {
            LearningEnvironmentLevels levels = JSON.readResource(LearningEnvironmentLevels.class,
                    "learning-environment-levels.json", LearningEnvironmentLevels.class);

            assertEquals(LearningEnvironmentLevels.load(), levels);
        }

        @Test
        void throws_illegal_state_exception_for_a_missing_resource() {
            IllegalStateException e = assertThrows(IllegalStateException.class,
                    () -> JSON.readResource(Counts.class, "no-such-resource.json", Counts.class));

            assertTrue(e.getMessage().contains("missing resource no-such-resource.json"), e.getMessage());
            assertTrue(e.getMessage().contains(Counts.class.getName()), e.getMessage());
        }

        @Test
        void throws_illegal_state_exception_for_an_invalid_resource_keeping_the_cause() {
            // the levels' resource is valid JSON, but not counts
            IllegalStateException e = assertThrows(IllegalStateException.class,
                    () -> JSON.readResource(LearningEnvironmentLevels.class, "learning-environment-levels.json", Counts.class));

            assertTrue(e.getMessage().startsWith("invalid resource learning-environment-levels.json"), e.getMessage());
            assertTrue(e.getCause() instanceof InvalidInputException, String.valueOf(e.getCause()));
        }
    }

    @Nested
    class Strictness {

        @Test
        void rejects_a_duplicate_field() {
            InvalidInputException e = assertThrows(InvalidInputException.class,
                    () -> JSON.read("{\"numerator\":1,\"numerator\":2,\"denominator\":2}", Counts.class));

            assertTrue(e.reason().contains("Duplicate"), e.reason());
        }

        @Test
        void rejects_a_fraction_for_a_count() {
            InvalidInputException e = assertThrows(InvalidInputException.class,
                    () -> JSON.read("{\"numerator\":1.5,\"denominator\":2}", Counts.class));

            assertEquals("$.numerator", e.path());
        }

        @Test
        void rejects_a_string_for_a_number() {
            InvalidInputException e = assertThrows(InvalidInputException.class,
                    () -> JSON.read("{\"numerator\":\"1\",\"denominator\":2}", Counts.class));

            assertEquals("$.numerator", e.path());
        }

        @Test
        void rejects_a_null_document() {
            InvalidInputException e = assertThrows(InvalidInputException.class, () -> JSON.read("null", Counts.class));

            assertEquals("$", e.path());
        }

        @Test
        void rejects_null_for_a_required_object_at_its_path() {
            InvalidInputException e = assertThrows(InvalidInputException.class,
                    () -> JSON.read("{\"units\":null}", OrganisationTree.class));

            assertEquals("$.units", e.path());
        }

        @Test
        void rejects_null_inside_a_list_at_its_index() {
            InvalidInputException e = assertThrows(InvalidInputException.class,
                    () -> JSON.readList("[{\"numerator\":1,\"denominator\":2},null]", Counts.class));

            assertEquals("$[1]", e.path());
        }

        @Test
        void reads_null_for_an_optional_field_as_absent() {
            Provenance provenance = JSON.read("{\"title\":" + SWEDISH_TEXT + ",\"publisher\":null}", Provenance.class);

            assertEquals(Optional.empty(), provenance.publisher());
        }

        @Test
        void reads_null_for_an_optional_count_as_absent_for_the_types_rule_to_judge() {
            String document = "{\"training\":\"introduction-to-supervision\","
                    + "\"threshold\":{\"comparison\":\"more-than\",\"percent\":90},"
                    + "\"counts\":{\"numerator\":10,\"denominator\":10},"
                    + "\"status\":\"passed\",\"additionalToTrain\":null,\"reasons\":" + REASONS + "}";

            InvalidInputException e = assertThrows(InvalidInputException.class,
                    () -> JSON.read(document, TrainingCoverage.class));

            assertEquals("$.additionalToTrain", e.path());
            assertTrue(e.reason().startsWith("must be present exactly when"), e.reason());
        }

        @Test
        void names_the_string_not_a_part_of_it_for_a_bad_period() {
            InvalidInputException e = assertThrows(InvalidInputException.class,
                    () -> JSON.readList("[\"2024\",\"VT24\"]", ReportingPeriod.class));

            assertEquals("$[1]", e.path());
            assertTrue(e.reason().endsWith("was VT24"), e.reason());
        }

        @Test
        void leaves_a_stream_open_for_its_owner() {
            boolean[] closed = {false};
            ByteArrayInputStream in = new ByteArrayInputStream("{\"numerator\":1,\"denominator\":2}"
                    .getBytes(StandardCharsets.UTF_8)) {
                @Override
                public void close() {
                    closed[0] = true;
                }
            };

            JSON.read(in, Counts.class);

            assertFalse(closed[0]);
        }
    }
}
