package se.klinedu.indicators.fhir;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.MeasureReport;
import org.hl7.fhir.r4.model.MeasureReport.MeasureReportGroupComponent;
import org.hl7.fhir.r4.model.MeasureReport.MeasureReportGroupPopulationComponent;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import se.klinedu.core.Counts;
import se.klinedu.core.Language;
import se.klinedu.core.explain.Reason;
import se.klinedu.core.explain.Renderer;
import se.klinedu.core.generators.CoreGenerators;
import se.klinedu.core.generators.Seeds;
import se.klinedu.core.json.KlineduJson;
import se.klinedu.core.organisation.OrganisationLevel;
import se.klinedu.core.organisation.OrganisationTree;
import se.klinedu.core.organisation.OrganisationUnit;
import se.klinedu.core.organisation.OrganisationUnitId;
import se.klinedu.core.period.ReportingPeriod;
import se.klinedu.core.strategy.OrebroStrategy;
import se.klinedu.indicators.evaluation.EvaluationPolicy;
import se.klinedu.indicators.evaluation.EvaluationReason;
import se.klinedu.indicators.evaluation.Evaluations;
import se.klinedu.indicators.evaluation.IndicatorResult;
import se.klinedu.indicators.generators.IndicatorsGenerators;
import se.klinedu.indicators.observation.ObservationSet;
import se.klinedu.indicators.rollup.TreeRollUp;
import se.klinedu.indicators.target.Direction;
import se.klinedu.indicators.target.Indicator;
import se.klinedu.indicators.target.IndicatorCatalogue;
import se.klinedu.indicators.target.IndicatorId;
import se.klinedu.indicators.target.Reporter;
import se.klinedu.indicators.target.Target;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Laws of the FHIR export over generated indicators and results: HAPI FHIR's strict parser reads every exported
 * resource (see {@link R4Parser}) with the library's counts and score, and a suppressed report holds no number.
 * {@link FhirHapiValidationTest} validates generated resources against the base R4 profiles.
 */
class FhirExportLaws {

    private static final KlineduJson JSON = KlineduJson.standard();

    static LongStream seeds() {
        return Seeds.seeds();
    }

    static LongStream someSeeds() {
        return Seeds.seeds().limit(20);
    }

    private static Indicator countsIndicator(Random random) {
        Indicator indicator = IndicatorsGenerators.indicator(random);
        while (!indicator.target().kind().isObservedAsCounts()) {
            indicator = IndicatorsGenerators.indicator(random);
        }
        return indicator;
    }

    private static void assertReportMatches(IndicatorResult result, MeasureReport read) {
        MeasureReportGroupComponent group = read.getGroupFirstRep();
        List<MeasureReportGroupPopulationComponent> populations = group.getPopulation();
        assertEquals(List.of("initial-population", "denominator", "numerator"),
                populations.stream().map(population -> population.getCode().getCodingFirstRep().getCode()).toList());
        if (result.isSuppressed() || result.counts().isEmpty()) {
            assertTrue(populations.stream().noneMatch(population -> population.getCountElement().hasValue()));
            assertFalse(group.getMeasureScore().hasValue());
            return;
        }
        Counts counts = result.counts().get();
        assertEquals(List.of(counts.denominator(), counts.denominator(), counts.numerator()),
                populations.stream().map(population -> (long) population.getCount()).toList());
        if (counts.isEmpty()) {
            assertFalse(group.getMeasureScore().hasValue());
            return;
        }
        BigDecimal score = group.getMeasureScore().getValue();
        BigDecimal exact = BigDecimal.valueOf(counts.numerator()).divide(BigDecimal.valueOf(counts.denominator()), MathContext.DECIMAL128);
        assertAll(
                () -> assertEquals(0, FhirResources.score(counts).compareTo(score), score + " for " + counts),
                () -> assertTrue(exact.subtract(score).abs().compareTo(new BigDecimal("1E-18")) <= 0, score + " for " + counts));
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void every_generated_share_result_is_a_report_hapi_reads_with_the_librarys_counts_and_score(long seed) {
        Random random = new Random(seed);
        Indicator indicator = countsIndicator(random);
        OrganisationUnit unit = OrganisationUnit.root(IndicatorsGenerators.unitId(random), CoreGenerators.text(random),
                OrganisationLevel.CLINIC_OR_HEALTH_CENTRE);
        ReportingPeriod period = CoreGenerators.reportingPeriod(random);
        EvaluationPolicy policy = IndicatorsGenerators.evaluationPolicy(random,
                IndicatorCatalogue.of(OrebroStrategy.load().outline(), CoreGenerators.provenance(random), List.of(indicator)));
        IndicatorResult result = IndicatorsGenerators.indicatorResult(random, indicator, unit.id(), period, policy);
        CanonicalBase base = IndicatorsGenerators.canonicalBase(random);

        String report = JSON.write(FhirResources.measureReport(result, indicator, unit, base));
        String goal = JSON.write(FhirResources.goal(indicator, unit, policy, base));
        String measure = JSON.write(FhirResources.measure(indicator, base));

        assertEquals("Goal", R4Parser.parse(goal).fhirType());
        assertEquals("Measure", R4Parser.parse(measure).fhirType());
        assertReportMatches(result, R4Parser.parse(report, MeasureReport.class));
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("someSeeds")
    void a_generated_regions_bundle_is_read_by_hapi_and_each_report_holds_its_results_counts(long seed) {
        Random random = new Random(seed);
        IndicatorCatalogue catalogue = IndicatorsGenerators.catalogue(random);
        OrganisationTree tree = CoreGenerators.organisationTree(random, 6);
        List<ReportingPeriod> periods = IndicatorsGenerators.periods(random);
        ObservationSet observations = IndicatorsGenerators.observationSet(random, catalogue, tree, periods);
        EvaluationPolicy policy = IndicatorsGenerators.evaluationPolicy(random, catalogue);
        List<IndicatorResult> results = new ArrayList<>();
        for (Indicator indicator : catalogue.indicators()) {
            if (indicator.target().kind().isObservedAsCounts()) {
                periods.forEach(period -> results.addAll(TreeRollUp.resultsByUnit(indicator, period, tree, observations, policy).values()));
            }
        }
        CanonicalBase base = IndicatorsGenerators.canonicalBase(random);

        String bundle = JSON.write(FhirResources.bundle(catalogue, tree, CoreGenerators.shuffled(random, results), policy, base));

        Map<String, IndicatorResult> byId = results.stream().collect(Collectors.toMap(
                result -> FhirResources.measureReportId(result.indicator(), result.unit(), result.period()), Function.identity()));
        List<MeasureReport> reports = R4Parser.parse(bundle, Bundle.class).getEntry().stream()
                .map(Bundle.BundleEntryComponent::getResource)
                .filter(MeasureReport.class::isInstance).map(MeasureReport.class::cast).toList();
        assertEquals(results.size(), reports.size());
        reports.forEach(report -> assertReportMatches(byId.get(report.getIdElement().getIdPart()), report));
    }

    /**
     * Counts of 1 to 4 respondents are suppressed under the default minimum group size 5. Once the fields that name
     * the indicator, unit, period and Goal are taken out, the report holds no digit at all (but the 7 of "hl7" in the
     * code systems' URLs), and its narrative no digit but those of the threshold and the minimum group size.
     */
    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void a_suppressed_report_leaks_no_number(long seed) {
        Random random = new Random(seed);
        Indicator indicator = Indicator.builder().id(IndicatorsGenerators.indicatorId(random))
                .effectGoal(IndicatorsGenerators.EFFECT_GOALS.get(random.nextInt(IndicatorsGenerators.EFFECT_GOALS.size())))
                .text(CoreGenerators.localizedText(random)).target(Target.share(CoreGenerators.threshold(random)))
                .direction(Direction.HIGHER_IS_BETTER).reporter(Reporter.STUDENTS_AND_PUPILS).build();
        long denominator = 1 + random.nextInt(4);
        Counts counts = Counts.of(random.nextInt((int) denominator + 1), denominator);
        OrganisationUnit unit = OrganisationUnit.root(OrganisationUnitId.of("team-" + random.nextInt(100)), "Team",
                OrganisationLevel.WORK_TEAM);
        ReportingPeriod period = CoreGenerators.reportingPeriod(random);
        IndicatorResult result = Evaluations.evaluateCounts(indicator, unit.id(), period, counts, EvaluationPolicy.standard());

        ObjectNode report = FhirResources.measureReport(result, indicator, unit, IndicatorsGenerators.canonicalBase(random));
        String json = JSON.write(report);

        ObjectNode rest = report.deepCopy();
        rest.remove(List.of("id", "measure", "reporter", "period", "evaluatedResource", "text"));
        // the narrative's only numbers are the indicator, the period, the target and the rule, the same whatever the counts
        Renderer swedish = Renderer.of(Language.SWEDISH);
        String narrative = report.get("text").get("div").asString().replace("http://www.w3.org/1999/xhtml", "")
                .replace(indicator.id().value(), "").replace("Team", "").replace(period.code(), "")
                .replace(swedish.render(Reason.of(EvaluationReason.TARGET_SHARE, indicator.target().threshold().orElseThrow())), "")
                .replace(swedish.render(Reason.of(EvaluationReason.SUPPRESSED, EvaluationPolicy.DEFAULT_MINIMUM_GROUP_SIZE)), "");
        assertAll(
                () -> assertTrue(result.isSuppressed()),
                () -> assertEquals("MeasureReport", R4Parser.parse(json).fhirType()),
                () -> assertFalse(json.contains("\"count\""), json),
                () -> assertFalse(json.contains("\"value\""), json),
                () -> assertFalse(json.contains(counts.numerator() + "/" + counts.denominator()), json),
                () -> assertFalse(json.contains(counts.numerator() + " of " + counts.denominator()), json),
                () -> assertEquals("", digits(rest.toString().replace("hl7", "")), rest.toString()),
                () -> assertEquals("", digits(narrative), narrative));
    }

    private static String digits(String text) {
        return text.codePoints().filter(Character::isDigit)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void the_export_does_not_depend_on_the_order_of_the_results(long seed) {
        Random random = new Random(seed);
        IndicatorCatalogue catalogue = IndicatorsGenerators.catalogue(random);
        OrganisationTree tree = CoreGenerators.organisationTree(random, 6);
        List<ReportingPeriod> periods = IndicatorsGenerators.periods(random);
        ObservationSet observations = IndicatorsGenerators.observationSet(random, catalogue, tree, periods);
        EvaluationPolicy policy = IndicatorsGenerators.evaluationPolicy(random, catalogue);
        List<IndicatorResult> results = new ArrayList<>();
        catalogue.indicators().stream().filter(indicator -> indicator.target().kind().isObservedAsCounts())
                .forEach(indicator -> periods.forEach(period ->
                        results.addAll(TreeRollUp.resultsByUnit(indicator, period, tree, observations, policy).values())));
        CanonicalBase base = IndicatorsGenerators.canonicalBase(random);

        JsonNode one = FhirResources.bundle(catalogue, tree, results, policy, base);
        JsonNode other = FhirResources.bundle(catalogue, tree, CoreGenerators.shuffled(random, results), policy, base);

        assertEquals(one, other);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void an_indicator_id_keeps_its_measure_url_and_gets_a_valid_fhir_id(long seed) {
        Random random = new Random(seed);
        IndicatorId id = IndicatorsGenerators.indicatorId(random);
        CanonicalBase base = IndicatorsGenerators.canonicalBase(random);

        assertAll(
                () -> assertEquals(base.value() + "/Measure/" + id.value(), FhirResources.measureUrl(id, base)),
                () -> assertTrue(FhirResources.resourceId(id).matches("[A-Za-z0-9.-]{1,64}"), FhirResources.resourceId(id)));
    }
}
