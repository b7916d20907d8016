package se.klinedu.indicators.fhir;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Stream;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Goal;
import org.hl7.fhir.r4.model.Measure;
import org.hl7.fhir.r4.model.MeasureReport;
import org.hl7.fhir.r4.model.MeasureReport.MeasureReportGroupComponent;
import org.hl7.fhir.r4.model.Quantity;
import org.hl7.fhir.r4.model.StringType;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import se.klinedu.core.Counts;
import se.klinedu.core.InvalidInputException;
import se.klinedu.core.Language;
import se.klinedu.core.LocalizedText;
import se.klinedu.core.Threshold;
import se.klinedu.core.json.KlineduJson;
import se.klinedu.core.organisation.OrganisationLevel;
import se.klinedu.core.organisation.OrganisationTree;
import se.klinedu.core.organisation.OrganisationUnit;
import se.klinedu.core.organisation.OrganisationUnitId;
import se.klinedu.core.period.CalendarYear;
import se.klinedu.core.period.ReportingPeriod;
import se.klinedu.indicators.evaluation.EvaluationPolicy;
import se.klinedu.indicators.evaluation.Evaluations;
import se.klinedu.indicators.evaluation.IndicatorResult;
import se.klinedu.indicators.target.Direction;
import se.klinedu.indicators.target.IndicatorCopies;
import se.klinedu.indicators.target.Indicator;
import se.klinedu.indicators.target.IndicatorCatalogue;
import se.klinedu.indicators.target.IndicatorId;
import se.klinedu.indicators.target.Target;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The FHIR R4 export, read back by HAPI FHIR's strict parser (see {@link R4Parser}); {@link FhirHapiValidationTest}
 * validates the same resources against the base R4 profiles.
 */
class FhirResourcesTest {

    private static final KlineduJson JSON = KlineduJson.standard();
    private static final CanonicalBase BASE = CanonicalBase.of("https://fhir.example.org/klinedu");
    private static final IndicatorCatalogue OREBRO = IndicatorCatalogue.load("orebro");
    private static final Indicator SUPERVISION = OREBRO.get(IndicatorId.of("1.1.1"));
    private static final OrganisationUnit CLINIC = OrganisationUnit.root(OrganisationUnitId.of("clinic-7"), "Kirurgiska kliniken",
            OrganisationLevel.CLINIC_OR_HEALTH_CENTRE);
    private static final CalendarYear YEAR = CalendarYear.of(2025);
    private static final EvaluationPolicy POLICY = EvaluationPolicy.standard();

    static Stream<Indicator> orebro() {
        return OREBRO.indicators().stream();
    }

    private static void assertConforms(ObjectNode resource) {
        assertEquals(resource.get("resourceType").asString(), R4Parser.parse(JSON.write(resource)).fhirType());
    }

    private static IndicatorResult evaluate(long numerator, long denominator) {
        return Evaluations.evaluateCounts(SUPERVISION, CLINIC.id(), YEAR, Counts.of(numerator, denominator), POLICY);
    }

    private static MeasureReport report(IndicatorResult result) {
        return R4Parser.parse(JSON.write(FhirResources.measureReport(result, SUPERVISION, CLINIC, BASE)), MeasureReport.class);
    }

    @Nested
    class Measures {

        @ParameterizedTest(name = "{0}")
        @MethodSource("se.klinedu.indicators.fhir.FhirResourcesTest#orebro")
        void every_orebro_indicator_is_a_measure_hapi_reads_and_finds_without_errors(Indicator indicator) {
            ObjectNode measure = FhirResources.measure(indicator, BASE);

            assertConforms(measure);
            Measure read = R4Parser.parse(JSON.write(measure), Measure.class);
            assertAll(
                    () -> assertEquals("https://fhir.example.org/klinedu/Measure/" + indicator.id(), read.getUrl()),
                    () -> assertEquals(indicator.id().value(), read.getIdElement().getIdPart()),
                    () -> assertEquals("active", read.getStatus().toCode()),
                    () -> assertEquals(indicator.target().kind().isObservedAsCounts(), read.hasScoring()),
                    () -> assertEquals(indicator.target().kind().isObservedAsCounts(), read.hasGroup()));
        }

        @ParameterizedTest(name = "{0}")
        @MethodSource("se.klinedu.indicators.fhir.FhirResourcesTest#orebro")
        void the_swedish_text_and_its_english_translation_read_back_as_the_indicators_text(Indicator indicator) {
            Measure read = R4Parser.parse(JSON.write(FhirResources.measure(indicator, BASE)), Measure.class);

            LocalizedText readBack = LocalizedText.of(Language.of(read.getLanguage()), read.getDescription(),
                    translation(read.getDescriptionElement().getExtensionByUrl(FhirResources.TRANSLATION), "en"));
            assertEquals(indicator.text(), readBack);
        }

        private static String translation(org.hl7.fhir.r4.model.Extension translation, String language) {
            assertEquals(language, translation.getExtensionByUrl("lang").getValue().primitiveValue());
            return ((StringType) translation.getExtensionByUrl("content").getValue()).getValue();
        }

        @Test
        void a_share_scores_as_a_proportion_that_improves_as_it_increases_with_three_populations() {
            Measure read = R4Parser.parse(JSON.write(FhirResources.measure(SUPERVISION, BASE)), Measure.class);

            assertAll(
                    () -> assertEquals("proportion", read.getScoring().getCodingFirstRep().getCode()),
                    () -> assertEquals(FhirResources.MEASURE_SCORING, read.getScoring().getCodingFirstRep().getSystem()),
                    () -> assertEquals("increase", read.getImprovementNotation().getCodingFirstRep().getCode()),
                    () -> assertEquals(List.of("initial-population", "denominator", "numerator"),
                            read.getGroupFirstRep().getPopulation().stream()
                                    .map(population -> population.getCode().getCodingFirstRep().getCode()).toList()),
                    () -> assertEquals("Indicator_1_1_1", read.getName()),
                    () -> assertEquals("Indikator 1.1.1", read.getTitle()));
        }

        @Test
        void lower_is_better_improves_as_the_score_decreases() {
            Indicator lower = IndicatorCopies.withDirection(SUPERVISION, Direction.LOWER_IS_BETTER);

            Measure read = R4Parser.parse(JSON.write(FhirResources.measure(lower, BASE)), Measure.class);

            assertEquals("decrease", read.getImprovementNotation().getCodingFirstRep().getCode());
        }

        @Test
        void the_heading_is_the_subtitle_with_its_translation() {
            Indicator withHeading = OREBRO.get(IndicatorId.of("1.6.1"));

            Measure read = R4Parser.parse(JSON.write(FhirResources.measure(withHeading, BASE)), Measure.class);

            assertEquals(withHeading.heading().orElseThrow().original(), read.getSubtitle());
        }
    }

    @Nested
    class Reports {

        @Test
        void a_met_share_reports_its_counts_and_the_exact_score() {
            MeasureReport read = report(evaluate(46, 50));

            MeasureReportGroupComponent group = read.getGroupFirstRep();
            assertAll(
                    () -> assertEquals("complete", read.getStatus().toCode()),
                    () -> assertEquals("summary", read.getType().toCode()),
                    () -> assertEquals("https://fhir.example.org/klinedu/Measure/1.1.1", read.getMeasure()),
                    () -> assertEquals("Organization/clinic-7", read.getReporter().getReference()),
                    () -> assertEquals("Kirurgiska kliniken", read.getReporter().getDisplay()),
                    () -> assertEquals("2025-01-01", read.getPeriod().getStartElement().getValueAsString()),
                    () -> assertEquals("2025-12-31", read.getPeriod().getEndElement().getValueAsString()),
                    () -> assertEquals(List.of(50, 50, 46), group.getPopulation().stream()
                            .map(MeasureReport.MeasureReportGroupPopulationComponent::getCount).toList()),
                    () -> assertEquals(new BigDecimal("0.92"), group.getMeasureScore().getValue()),
                    () -> assertEquals("Goal/" + FhirResources.goalId(SUPERVISION.id(), CLINIC.id()),
                            read.getEvaluatedResourceFirstRep().getReference()));
        }

        @Test
        void every_status_of_a_share_gives_a_report_without_errors() {
            IndicatorResult noData = Evaluations.noData(SUPERVISION, CLINIC.id(), YEAR);
            Indicator qualitative = OREBRO.get(IndicatorId.of("1.6.3"));
            IndicatorResult notEvaluable = Evaluations.evaluateCounts(qualitative, CLINIC.id(), YEAR, Counts.of(8, 10), POLICY);

            assertAll(Stream.of(evaluate(46, 50), evaluate(45, 50), evaluate(3, 4), evaluate(0, 0), noData)
                    .map(result -> () -> assertConforms(FhirResources.measureReport(result, SUPERVISION, CLINIC, BASE))));
            assertConforms(FhirResources.measureReport(notEvaluable, qualitative, CLINIC, BASE));
        }

        @Test
        void a_suppressed_report_has_no_count_and_no_score_and_says_they_are_masked() {
            ObjectNode exported = FhirResources.measureReport(evaluate(3, 4), SUPERVISION, CLINIC, BASE);
            MeasureReport read = R4Parser.parse(JSON.write(exported), MeasureReport.class);

            MeasureReportGroupComponent group = read.getGroupFirstRep();
            assertAll(
                    () -> assertTrue(group.getPopulation().stream().noneMatch(population -> population.getCountElement().hasValue())),
                    () -> assertTrue(group.getPopulation().stream().allMatch(population -> "masked".equals(
                            population.getCountElement().getExtensionByUrl(FhirResources.DATA_ABSENT_REASON).getValue()
                                    .primitiveValue()))),
                    () -> assertFalse(group.getMeasureScore().hasValue()),
                    () -> assertEquals("masked", group.getMeasureScore().getExtensionByUrl(FhirResources.DATA_ABSENT_REASON)
                            .getValue().primitiveValue()),
                    () -> assertTrue(read.getText().getDivAsString().contains("Undertryckt för att skydda små grupper (minsta gruppstorlek 5): inget redovisas"), read.getText().getDivAsString()));
        }

        @Test
        void no_respondents_are_no_data_counted_as_zero_whose_score_is_not_applicable() {
            MeasureReport read = report(evaluate(0, 0));

            MeasureReportGroupComponent group = read.getGroupFirstRep();
            assertAll(
                    () -> assertTrue(group.getPopulation().stream().allMatch(population -> population.getCount() == 0)),
                    () -> assertEquals("not-applicable", group.getMeasureScore().getExtensionByUrl(FhirResources.DATA_ABSENT_REASON)
                            .getValue().primitiveValue()));
        }

        @Test
        void a_milestone_result_is_not_a_measure_report() {
            Indicator milestone = OREBRO.get(IndicatorId.of("1.2.1"));
            IndicatorResult result = Evaluations.noData(milestone, CLINIC.id(), YEAR);

            InvalidInputException e = assertThrows(InvalidInputException.class,
                    () -> FhirResources.measureReport(result, milestone, CLINIC, BASE));
            assertEquals("indicator", e.path());
        }

        @Test
        void a_result_of_another_unit_or_indicator_is_rejected() {
            OrganisationUnit other = OrganisationUnit.root(OrganisationUnitId.of("clinic-8"), "Annan", OrganisationLevel.CLINIC_OR_HEALTH_CENTRE);

            assertEquals("unit", assertThrows(InvalidInputException.class,
                    () -> FhirResources.measureReport(evaluate(46, 50), SUPERVISION, other, BASE)).path());
            assertEquals("indicator", assertThrows(InvalidInputException.class,
                    () -> FhirResources.measureReport(evaluate(46, 50), OREBRO.get(IndicatorId.of("1.3.2")), CLINIC, BASE)).path());
        }
    }

    @Nested
    class Goals {

        private Quantity detail(Indicator indicator, EvaluationPolicy policy) {
            ObjectNode goal = FhirResources.goal(indicator, CLINIC, policy, BASE);
            assertConforms(goal);
            return R4Parser.parse(JSON.write(goal), Goal.class).getTargetFirstRep().getDetailQuantity();
        }

        @Test
        void more_than_ninety_percent_is_a_strict_comparator_in_ucum_percent() {
            Quantity detail = detail(SUPERVISION, POLICY);

            assertAll(
                    () -> assertEquals(">", detail.getComparator().toCode()),
                    () -> assertEquals(0, new BigDecimal("90").compareTo(detail.getValue())),
                    () -> assertEquals("http://unitsofmeasure.org", detail.getSystem()),
                    () -> assertEquals("%", detail.getCode()));
        }

        @Test
        void the_comparator_follows_the_thresholds_strictness_and_the_direction() {
            Indicator atLeast = IndicatorCopies.withTarget(SUPERVISION, Target.share(Threshold.atLeast(85)));
            Indicator lowerStrict = IndicatorCopies.withDirection(SUPERVISION, Direction.LOWER_IS_BETTER);
            Indicator lowerAtMost = IndicatorCopies.withDirection(atLeast, Direction.LOWER_IS_BETTER);

            assertAll(
                    () -> assertEquals(">=", detail(atLeast, POLICY).getComparator().toCode()),
                    () -> assertEquals("<", detail(lowerStrict, POLICY).getComparator().toCode()),
                    () -> assertEquals("<=", detail(lowerAtMost, POLICY).getComparator().toCode()));
        }

        @Test
        void a_qualitative_level_takes_the_local_threshold_or_has_no_detail() {
            Indicator qualitative = OREBRO.get(IndicatorId.of("1.6.3"));
            EvaluationPolicy local = EvaluationPolicy.builder().putLocalThreshold(qualitative.id(), Threshold.atLeast(75)).build();

            assertAll(
                    () -> assertEquals(0, new BigDecimal("75").compareTo(detail(qualitative, local).getValue())),
                    () -> assertFalse(detail(qualitative, POLICY).hasValue()));
        }

        @Test
        void the_goal_is_the_units_and_active() {
            Goal read = R4Parser.parse(JSON.write(FhirResources.goal(SUPERVISION, CLINIC, POLICY, BASE)), Goal.class);

            assertAll(
                    () -> assertEquals("active", read.getLifecycleStatus().toCode()),
                    () -> assertEquals("Organization/clinic-7", read.getSubject().getReference()),
                    () -> assertEquals(SUPERVISION.text().original(), read.getDescription().getText()),
                    () -> assertEquals(FhirResources.goalId(SUPERVISION.id(), CLINIC.id()), read.getIdElement().getIdPart()));
        }

        @ParameterizedTest(name = "{0}")
        @MethodSource("se.klinedu.indicators.fhir.FhirResourcesTest#orebro")
        void every_orebro_indicator_has_a_goal_without_errors(Indicator indicator) {
            assertConforms(FhirResources.goal(indicator, CLINIC, POLICY, BASE));
        }
    }

    @Nested
    class Bundles {

        @Test
        void the_bundle_is_a_collection_with_a_full_url_per_entry() {
            OrganisationTree tree = OrganisationTree.of(List.of(
                    OrganisationUnit.root(OrganisationUnitId.of("region"), "Region Örebro län", OrganisationLevel.HOSPITAL_OR_REGION),
                    OrganisationUnit.child(CLINIC.id(), CLINIC.name(), CLINIC.level(), OrganisationUnitId.of("region"))));
            List<IndicatorResult> results = List.of(evaluate(46, 50),
                    Evaluations.evaluateCounts(SUPERVISION, CLINIC.id(), CalendarYear.of(2023), Counts.of(3, 4), POLICY),
                    Evaluations.evaluateCounts(SUPERVISION, CLINIC.id(), CalendarYear.of(2024), Counts.of(40, 50), POLICY));

            ObjectNode bundle = FhirResources.bundle(OREBRO, tree, results, POLICY, BASE);

            assertConforms(bundle);
            Bundle read = R4Parser.parse(JSON.write(bundle), Bundle.class);
            assertAll(
                    () -> assertEquals("collection", read.getType().toCode()),
                    () -> assertEquals(2 + 26 + 1 + 3, read.getEntry().size()),
                    () -> assertTrue(read.getEntry().stream().allMatch(entry -> entry.getFullUrl().equals(
                            BASE.url(entry.getResource().fhirType(), entry.getResource().getIdElement().getIdPart())))));
        }

        @Test
        void a_repeated_resource_is_rejected() {
            ObjectNode measure = FhirResources.measure(SUPERVISION, BASE);

            InvalidInputException e = assertThrows(InvalidInputException.class,
                    () -> FhirResources.bundle(List.of(measure, measure), BASE));
            assertEquals("resources[1]", e.path());
        }

        @Test
        void a_result_of_a_unit_outside_the_tree_is_rejected() {
            OrganisationTree tree = OrganisationTree.of(List.of(OrganisationUnit.root(OrganisationUnitId.of("region"), "Region",
                    OrganisationLevel.HOSPITAL_OR_REGION)));

            InvalidInputException e = assertThrows(InvalidInputException.class,
                    () -> FhirResources.bundle(OREBRO, tree, List.of(evaluate(46, 50)), POLICY, BASE));
            assertEquals("results[0].unit", e.path());
        }
    }

    @Nested
    class Scores {

        @Test
        void a_terminating_share_is_exact_and_another_has_eighteen_significant_digits() {
            assertAll(
                    () -> assertEquals("0.92", FhirResources.score(Counts.of(46, 50)).toPlainString()),
                    () -> assertEquals("0.125", FhirResources.score(Counts.of(1, 8)).toPlainString()),
                    () -> assertEquals("1", FhirResources.score(Counts.of(5, 5)).toPlainString()),
                    () -> assertEquals("0", FhirResources.score(Counts.of(0, 5)).toPlainString()),
                    () -> assertEquals("0.666666666666666667", FhirResources.score(Counts.of(2, 3)).toPlainString()),
                    () -> assertEquals("0.89999", FhirResources.score(Counts.of(89999, 100000)).toPlainString()));
        }

        @Test
        void no_respondents_have_no_score() {
            assertThrows(InvalidInputException.class, () -> FhirResources.score(Counts.of(0, 0)));
        }
    }

    @Nested
    class Bases {

        @ParameterizedTest
        @ValueSource(strings = {"ftp://example.org", "example.org/fhir", "https://", "https://example.org/fhir?x=1",
                "https://example.org/fhir#top", "https://user@example.org", "", "https://exa mple.org"})
        void a_base_that_is_no_absolute_http_url_is_rejected(String value) {
            InvalidInputException e = assertThrows(InvalidInputException.class, () -> CanonicalBase.of(value));
            assertEquals("base", e.path());
        }

        @Test
        void trailing_slashes_are_removed() {
            assertEquals("https://example.org/fhir", CanonicalBase.of("https://example.org/fhir//").value());
        }
    }

    @Nested
    class Ids {

        @Test
        void a_valid_fhir_id_is_kept_and_another_becomes_a_uuid_no_klinedu_id_can_equal() {
            String derived = FhirResources.resourceId(IndicatorId.of("local_x"));

            assertAll(
                    () -> assertEquals("1.6.1", FhirResources.resourceId(IndicatorId.of("1.6.1"))),
                    () -> assertEquals("SE2321000164-7381", FhirResources.resourceId(OrganisationUnitId.of("SE2321000164-7381"))),
                    () -> assertTrue(derived.matches("-[0-9a-f-]{36}"), derived),
                    () -> assertFalse(derived.equals(FhirResources.resourceId(OrganisationUnitId.of("local_x")))));
        }

        @Test
        void report_ids_differ_by_period() {
            ReportingPeriod vt = ReportingPeriod.parse("VT2025");

            assertFalse(FhirResources.measureReportId(SUPERVISION.id(), CLINIC.id(), YEAR)
                    .equals(FhirResources.measureReportId(SUPERVISION.id(), CLINIC.id(), vt)));
        }
    }

    @Test
    void a_node_is_json_the_codec_writes() {
        JsonNode read = JSON.read(JSON.write(FhirResources.measure(SUPERVISION, BASE)), JsonNode.class);

        assertEquals("Measure", read.get("resourceType").asString());
    }
}
