package se.klinedu.indicators.fhir;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.context.support.DefaultProfileValidationSupport;
import ca.uhn.fhir.validation.FhirValidator;
import ca.uhn.fhir.validation.ResultSeverityEnum;
import ca.uhn.fhir.validation.SingleValidationMessage;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.hl7.fhir.common.hapi.validation.support.CommonCodeSystemsTerminologyService;
import org.hl7.fhir.common.hapi.validation.support.InMemoryTerminologyServerValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.SnapshotGeneratingValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.ValidationSupportChain;
import org.hl7.fhir.common.hapi.validation.validator.FhirInstanceValidator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import se.klinedu.core.strategy.OrebroStrategy;
import se.klinedu.core.Counts;
import se.klinedu.core.generators.CoreGenerators;
import se.klinedu.core.generators.Seeds;
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
import se.klinedu.indicators.generators.IndicatorsGenerators;
import se.klinedu.indicators.observation.ObservationSet;
import se.klinedu.indicators.rollup.TreeRollUp;
import se.klinedu.indicators.target.Indicator;
import se.klinedu.indicators.target.IndicatorCatalogue;
import se.klinedu.indicators.target.IndicatorId;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * HAPI FHIR's instance validator ({@link FhirInstanceValidator} over the base R4 profiles, in-memory terminology, the
 * common code systems and snapshot generation) finds no error in any exported resource, and finds the errors a broken
 * export would make. Starting the validator takes seconds: it is built once for the class, and mutation testing
 * leaves this class out.
 */
class FhirHapiValidationTest {

    private static final FhirContext CONTEXT = FhirContext.forR4();
    private static final FhirValidator VALIDATOR = validator();
    private static final KlineduJson JSON = KlineduJson.standard();
    private static final CanonicalBase BASE = CanonicalBase.of("https://fhir.example.org/klinedu");
    private static final IndicatorCatalogue OREBRO = IndicatorCatalogue.load("orebro");
    private static final Indicator SUPERVISION = OREBRO.get(IndicatorId.of("1.1.1"));
    private static final OrganisationUnit CLINIC = OrganisationUnit.root(OrganisationUnitId.of("clinic-7"), "Kirurgiska kliniken",
            OrganisationLevel.CLINIC_OR_HEALTH_CENTRE);
    private static final CalendarYear YEAR = CalendarYear.of(2025);
    private static final EvaluationPolicy POLICY = EvaluationPolicy.standard();

    private static FhirValidator validator() {
        ValidationSupportChain chain = new ValidationSupportChain(
                new DefaultProfileValidationSupport(CONTEXT),
                new InMemoryTerminologyServerValidationSupport(CONTEXT),
                new CommonCodeSystemsTerminologyService(CONTEXT),
                new SnapshotGeneratingValidationSupport(CONTEXT));
        return CONTEXT.newValidator().registerValidatorModule(new FhirInstanceValidator(chain));
    }

    static LongStream seeds() {
        return Seeds.seeds().limit(120);
    }

    static LongStream someSeeds() {
        return Seeds.seeds().limit(5);
    }

    static Stream<Indicator> orebro() {
        return OREBRO.indicators().stream();
    }

    private static List<SingleValidationMessage> messages(String json) {
        return VALIDATOR.validateWithResult(json).getMessages();
    }

    private static List<String> errors(String json) {
        List<String> errors = new ArrayList<>();
        for (SingleValidationMessage message : messages(json)) {
            if (message.getSeverity() == ResultSeverityEnum.ERROR || message.getSeverity() == ResultSeverityEnum.FATAL) {
                errors.add(message.getLocationString() + ": " + message.getMessage());
            }
        }
        return errors;
    }

    private static List<String> errors(ObjectNode resource) {
        return errors(JSON.write(resource));
    }

    private static void assertValid(ObjectNode resource) {
        String json = JSON.write(resource);
        assertEquals(List.of(), errors(json), () -> JSON.writePretty(resource));
    }

    private static IndicatorResult evaluate(long numerator, long denominator) {
        return Evaluations.evaluateCounts(SUPERVISION, CLINIC.id(), YEAR, Counts.of(numerator, denominator), POLICY);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("orebro")
    void every_orebro_indicator_is_a_valid_measure_and_a_valid_goal(Indicator indicator) {
        assertAll(
                () -> assertValid(FhirResources.measure(indicator, BASE)),
                () -> assertValid(FhirResources.goal(indicator, CLINIC, POLICY, BASE)));
    }

    @Test
    void a_report_of_every_status_of_a_share_is_valid() {
        IndicatorResult noData = Evaluations.noData(SUPERVISION, CLINIC.id(), YEAR);
        Indicator qualitative = OREBRO.get(IndicatorId.of("1.6.3"));
        IndicatorResult notEvaluable = Evaluations.evaluateCounts(qualitative, CLINIC.id(), YEAR, Counts.of(8, 10), POLICY);

        assertAll(
                () -> assertValid(FhirResources.measureReport(evaluate(46, 50), SUPERVISION, CLINIC, BASE)),
                () -> assertValid(FhirResources.measureReport(evaluate(45, 50), SUPERVISION, CLINIC, BASE)),
                () -> assertValid(FhirResources.measureReport(evaluate(3, 4), SUPERVISION, CLINIC, BASE)),
                () -> assertValid(FhirResources.measureReport(evaluate(0, 0), SUPERVISION, CLINIC, BASE)),
                () -> assertValid(FhirResources.measureReport(noData, SUPERVISION, CLINIC, BASE)),
                () -> assertValid(FhirResources.measureReport(notEvaluable, qualitative, CLINIC, BASE)));
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void every_generated_share_result_is_a_valid_report(long seed) {
        Random random = new Random(seed);
        Indicator indicator = IndicatorsGenerators.indicator(random);
        while (!indicator.target().kind().isObservedAsCounts()) {
            indicator = IndicatorsGenerators.indicator(random);
        }
        OrganisationUnit unit = OrganisationUnit.root(IndicatorsGenerators.unitId(random), CoreGenerators.text(random),
                OrganisationLevel.CLINIC_OR_HEALTH_CENTRE);
        ReportingPeriod period = CoreGenerators.reportingPeriod(random);
        EvaluationPolicy policy = IndicatorsGenerators.evaluationPolicy(random,
                IndicatorCatalogue.of(OrebroStrategy.load().outline(), CoreGenerators.provenance(random), List.of(indicator)));
        IndicatorResult result = IndicatorsGenerators.indicatorResult(random, indicator, unit.id(), period, policy);
        CanonicalBase base = IndicatorsGenerators.canonicalBase(random);

        assertValid(FhirResources.measureReport(result, indicator, unit, base));
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("someSeeds")
    void a_generated_regions_bundle_is_valid(long seed) {
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

        assertValid(FhirResources.bundle(catalogue, tree, results, policy, IndicatorsGenerators.canonicalBase(random)));
    }

    @Test
    void finds_a_missing_status_and_a_code_outside_its_required_value_set() {
        ObjectNode measure = FhirResources.measure(SUPERVISION, BASE);
        measure.remove("status");
        ObjectNode scored = FhirResources.measure(SUPERVISION, BASE);
        ((ObjectNode) scored.get("scoring").get("coding").get(0)).put("code", "share");
        ObjectNode report = FhirResources.measureReport(evaluate(3, 4), SUPERVISION, CLINIC, BASE);
        report.put("status", "done");

        assertAll(
                () -> assertTrue(errors(measure).stream().anyMatch(error -> error.contains("status")), errors(measure)::toString),
                () -> assertTrue(errors(scored).stream().anyMatch(error -> error.contains("share")), errors(scored)::toString),
                () -> assertTrue(errors(report).stream().anyMatch(error -> error.contains("done")), errors(report)::toString));
    }

    @Test
    void finds_a_unit_code_without_system_a_repeated_full_url_and_an_extension_out_of_its_context() {
        ObjectNode goal = FhirResources.goal(SUPERVISION, CLINIC, POLICY, BASE);
        ((ObjectNode) goal.get("target").get(0).get("detailQuantity")).remove("system");
        ObjectNode bundle = FhirResources.bundle(List.of(FhirResources.measure(SUPERVISION, BASE)), BASE);
        ((ArrayNode) bundle.get("entry")).add(bundle.get("entry").get(0).deepCopy());
        ObjectNode report = FhirResources.measureReport(evaluate(3, 4), SUPERVISION, CLINIC, BASE);
        ((ObjectNode) report.get("group").get(0).get("population").get(0)).set("_count",
                FhirResources.measure(SUPERVISION, BASE).get("_description"));

        assertAll(
                () -> assertTrue(errors(goal).stream().anyMatch(error -> error.contains("qty-3")), errors(goal)::toString),
                () -> assertTrue(errors(bundle).stream().anyMatch(error -> error.contains("bdl-7")), errors(bundle)::toString),
                () -> assertTrue(errors(report).stream().anyMatch(error -> error.contains("translation")), errors(report)::toString));
    }

    /**
     * The validator's only other messages are two warnings about what the export refers to but does not define
     * for the base profiles: the indicator code system (a Goal's target measure) and the Measure of a report.
     */
    @Test
    void the_only_warnings_are_the_unknown_indicator_code_system_and_the_unresolved_measure() {
        List<String> notes = new ArrayList<>();
        for (ObjectNode resource : List.of(FhirResources.measure(SUPERVISION, BASE), FhirResources.goal(SUPERVISION, CLINIC, POLICY, BASE),
                FhirResources.measureReport(evaluate(46, 50), SUPERVISION, CLINIC, BASE),
                FhirResources.measureReport(evaluate(3, 4), SUPERVISION, CLINIC, BASE))) {
            messages(JSON.write(resource)).forEach(message -> notes.add(message.getSeverity() + " " + message.getLocationString()
                    + ": " + message.getMessage()));
        }

        assertEquals(List.of(
                "WARNING Goal.target[0].measure: CodeSystem is unknown and can't be validated: "
                        + "https://fhir.example.org/klinedu/CodeSystem/indicator for 'https://fhir.example.org/klinedu/CodeSystem/indicator#1.1.1'",
                "WARNING MeasureReport: The Measure 'https://fhir.example.org/klinedu/Measure/1.1.1' could not be resolved, "
                        + "so no validation can be performed against the Measure",
                "WARNING MeasureReport: The Measure 'https://fhir.example.org/klinedu/Measure/1.1.1' could not be resolved, "
                        + "so no validation can be performed against the Measure"), notes);
    }
}
