package se.klinedu.examples;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.parser.IParser;
import ca.uhn.fhir.parser.StrictErrorHandler;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Measure;
import org.hl7.fhir.r4.model.MeasureReport;
import org.hl7.fhir.r4.model.Resource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.klinedu.core.generators.CoreGenerators;
import se.klinedu.core.json.KlineduJson;
import se.klinedu.core.organisation.OrganisationTree;
import se.klinedu.core.period.CalendarYear;
import se.klinedu.core.period.ReportingPeriod;
import se.klinedu.indicators.evaluation.EvaluationPolicy;
import se.klinedu.indicators.evaluation.IndicatorResult;
import se.klinedu.indicators.fhir.FhirResources;
import se.klinedu.indicators.generators.IndicatorsGenerators;
import se.klinedu.indicators.observation.Observation;
import se.klinedu.indicators.observation.ObservationSet;
import se.klinedu.indicators.rollup.TreeRollUp;
import se.klinedu.indicators.target.Indicator;
import se.klinedu.indicators.target.IndicatorCatalogue;
import se.klinedu.indicators.target.TargetKind;

/**
 * Runs {@link FhirBundleExport#main} on a generated region written in the two files of a data folder, and reads the
 * Bundle back with HAPI FHIR.
 */
class FhirBundleExportTest {

    private static IParser parser;

    @BeforeAll
    static void hapi() {
        FhirContext context = FhirContext.forR4();
        context.setParserErrorHandler(new StrictErrorHandler());
        parser = context.newJsonParser();
    }

    @Test
    void writes_a_bundle_hapi_reads_with_every_measure_and_every_share_result(@TempDir Path folder) throws IOException {
        Random random = new Random(20251123L);
        IndicatorCatalogue orebro = IndicatorCatalogue.load("orebro");
        OrganisationTree tree = CoreGenerators.organisationTree(random, 8);
        List<ReportingPeriod> periods = List.of(CalendarYear.of(2024), CalendarYear.of(2025));
        List<Observation> observations = IndicatorsGenerators.observations(random, orebro, tree, periods);
        Files.writeString(folder.resolve("organisation.json"), KlineduJson.standard().write(tree), StandardCharsets.UTF_8);
        Files.writeString(folder.resolve("observations.csv"), IndicatorsGenerators.csvOf(observations), StandardCharsets.UTF_8);
        Path output = folder.resolve("bundle.json");

        FhirBundleExport.main(new String[] {folder.toString(), output.toString(), "https://fhir.example.org/klinedu/"});

        Bundle bundle = parser.parseResource(Bundle.class, Files.readString(output, StandardCharsets.UTF_8));
        List<Resource> resources = bundle.getEntry().stream().map(Bundle.BundleEntryComponent::getResource).toList();
        List<MeasureReport> reports = resources.stream().filter(MeasureReport.class::isInstance).map(MeasureReport.class::cast).toList();
        List<Indicator> shares = orebro.indicators().stream().filter(indicator -> indicator.target().kind() == TargetKind.SHARE).toList();
        ObservationSet set = ObservationSet.of(orebro, observations);
        Map<String, IndicatorResult> expected = shares.stream()
                .flatMap(indicator -> periods.stream().flatMap(period ->
                        TreeRollUp.resultsByUnit(indicator, period, tree, set, EvaluationPolicy.standard()).values().stream()))
                .collect(Collectors.toMap(result -> FhirResources.measureReportId(result.indicator(), result.unit(), result.period()),
                        Function.identity()));
        assertAll(
                () -> assertEquals(Bundle.BundleType.COLLECTION, bundle.getType()),
                () -> assertEquals(26, resources.stream().filter(Measure.class::isInstance).count()),
                () -> assertEquals(shares.size() * periods.size() * tree.units().size(), reports.size()),
                () -> assertTrue(bundle.getEntry().stream().allMatch(entry -> entry.getFullUrl().startsWith("https://fhir.example.org/klinedu/"
                        + entry.getResource().fhirType() + "/"))),
                () -> assertTrue(reports.stream().anyMatch(report -> report.getGroupFirstRep().getPopulationFirstRep().hasCount())),
                () -> assertTrue(reports.stream().anyMatch(report -> !report.getGroupFirstRep().getMeasureScore().hasValue())));
        for (MeasureReport report : reports) {
            IndicatorResult result = expected.get(report.getIdElement().getIdPart());
            List<Integer> counts = report.getGroupFirstRep().getPopulation().stream()
                    .filter(population -> population.getCountElement().hasValue()).map(population -> population.getCount()).toList();
            if (result.isSuppressed() || result.counts().isEmpty()) {
                assertEquals(List.of(), counts, result.toString());
                assertFalse(report.getGroupFirstRep().getMeasureScore().hasValue(), result.toString());
            } else {
                assertEquals(List.of((int) result.counts().get().denominator(), (int) result.counts().get().denominator(),
                        (int) result.counts().get().numerator()), counts, result.toString());
            }
        }
    }

    @Test
    void the_readme_command_exports_the_bundled_sample_region(@TempDir Path folder) throws IOException {
        Path output = folder.resolve("fhir-bundle.json");

        FhirBundleExport.main(new String[] {"sample-data", output.toString(), "https://fhir.example.org/klinedu"});

        Bundle bundle = parser.parseResource(Bundle.class, Files.readString(output, StandardCharsets.UTF_8));
        OrganisationTree tree = KlineduJson.standard().read(
                Files.readString(Path.of("sample-data", "organisation.json"), StandardCharsets.UTF_8), OrganisationTree.class);
        Map<String, Long> byType = bundle.getEntry().stream()
                .collect(Collectors.groupingBy(entry -> entry.getResource().fhirType(), Collectors.counting()));
        long shares = IndicatorCatalogue.load("orebro").indicators().stream()
                .filter(indicator -> indicator.target().kind() == TargetKind.SHARE).count();
        assertEquals(26L, byType.get("Measure"));
        assertEquals((long) tree.units().size(), byType.get("Organization"));
        // every share indicator for every unit in each of the sample's five years, 2021-2025
        assertEquals(shares * tree.units().size() * 5, byType.get("MeasureReport"));
    }
}
