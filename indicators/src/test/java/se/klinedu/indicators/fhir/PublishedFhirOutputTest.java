package se.klinedu.indicators.fhir;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.Test;
import se.klinedu.core.Counts;
import se.klinedu.core.Threshold;
import se.klinedu.core.json.KlineduJson;
import se.klinedu.core.measure.MeasureId;
import se.klinedu.core.organisation.OrganisationLevel;
import se.klinedu.core.organisation.OrganisationTree;
import se.klinedu.core.organisation.OrganisationUnit;
import se.klinedu.core.organisation.OrganisationUnitId;
import se.klinedu.core.period.CalendarYear;
import se.klinedu.core.period.ReportingPeriod;
import se.klinedu.core.supervision.StaffId;
import se.klinedu.indicators.evaluation.EvaluationPolicy;
import se.klinedu.indicators.evaluation.Evaluations;
import se.klinedu.indicators.evaluation.IndicatorResult;
import se.klinedu.indicators.target.Indicator;
import se.klinedu.indicators.target.IndicatorCatalogue;
import se.klinedu.indicators.target.IndicatorId;
import tools.jackson.databind.node.ObjectNode;

/**
 * What the FHIR export has published, pinned: ids other systems store, and the whole Bundle of the Örebro catalogue for a small region, byte
 * for byte, against {@code orebro-bundle.json}, which the export wrote before its populations became a typed value.
 * A change of the export's JSON shows here as a diff of that file; when the change is meant, the file changes with
 * it in the same commit.
 */
class PublishedFhirOutputTest {

    private static final KlineduJson JSON = KlineduJson.standard();
    private static final CanonicalBase BASE = CanonicalBase.of("https://fhir.example.org/klinedu");

    /**
     * The Örebro catalogue's 26 Measures, three Organizations (one whose id needs a UUID), and reports of every kind
     * of result: met, suppressed, a non-terminating score, no data, 0 of 0, a qualitative level with and without a
     * local threshold.
     */
    static ObjectNode orebroBundle() {
        IndicatorCatalogue orebro = IndicatorCatalogue.load("orebro");
        OrganisationUnitId region = OrganisationUnitId.of("region");
        OrganisationUnitId clinic = OrganisationUnitId.of("clinic-7");
        OrganisationUnitId local = OrganisationUnitId.of("local_x");
        OrganisationTree tree = OrganisationTree.of(List.of(
                OrganisationUnit.root(region, "Region Örebro län", OrganisationLevel.HOSPITAL_OR_REGION),
                OrganisationUnit.child(clinic, "Kirurgiska kliniken", OrganisationLevel.CLINIC_OR_HEALTH_CENTRE, region),
                OrganisationUnit.child(local, "Vårdcentralen <Åby> & co", OrganisationLevel.CLINIC_OR_HEALTH_CENTRE, region)));
        Indicator supervision = orebro.get(IndicatorId.of("1.1.1"));
        Indicator withLocalThreshold = orebro.get(IndicatorId.of("1.6.3"));
        Indicator withoutLocalThreshold = orebro.get(IndicatorId.of("2.3.1"));
        EvaluationPolicy policy = EvaluationPolicy.builder().putLocalThreshold(withLocalThreshold.id(), Threshold.atLeast(75)).build();
        CalendarYear year = CalendarYear.of(2025);
        List<IndicatorResult> results = List.of(
                Evaluations.evaluateCounts(supervision, clinic, year, Counts.of(46, 50), policy),
                Evaluations.evaluateCounts(supervision, clinic, CalendarYear.of(2023), Counts.of(3, 4), policy),
                Evaluations.evaluateCounts(supervision, local, CalendarYear.of(2024), Counts.of(40, 60), policy),
                Evaluations.noData(supervision, local, ReportingPeriod.parse("HT2024")),
                Evaluations.evaluateCounts(supervision, region, year, Counts.of(0, 0), policy),
                Evaluations.evaluateCounts(withLocalThreshold, clinic, year, Counts.of(8, 10), policy),
                Evaluations.evaluateCounts(withoutLocalThreshold, clinic, year, Counts.of(8, 10), policy));
        return FhirResources.bundle(orebro, tree, results, policy, BASE);
    }

    @Test
    void ids_are_the_ids_published_before() {
        // the ids the export published before id kinds were a fixed table (computed then, from the id types' names):
        // stored ids must never change
        assertAll(
                () -> assertEquals("-6c810a52-e857-3483-972b-4b6164883c58", FhirResources.resourceId(IndicatorId.of("local_x"))),
                () -> assertEquals("-5967ed21-320e-39c2-a982-a87fa51a3107", FhirResources.resourceId(OrganisationUnitId.of("local_x"))),
                () -> assertEquals("-a4e5af29-810a-3d3b-9e8b-151ec4e7a0ba",
                        FhirResources.resourceId(OrganisationUnitId.of("SE:2321000164:7381"))),
                () -> assertEquals("-705a7e7f-18e3-38fe-a228-100454f3f5ae", FhirResources.resourceId(StaffId.of("emp_0042"))),
                () -> assertEquals("-8945ca50-306f-3eba-b4ea-7e25d04362dc",
                        FhirResources.resourceId(MeasureId.of("HSO1.M3-" + "a".repeat(60)))),
                () -> assertEquals("96b49f9a-a1d9-3d88-9c30-76fed26a3f1d",
                        FhirResources.goalId(IndicatorId.of("1.1.1"), OrganisationUnitId.of("clinic-7"))),
                () -> assertEquals("8e008488-f65f-3441-a167-64de3cd61792",
                        FhirResources.measureReportId(IndicatorId.of("1.1.1"), OrganisationUnitId.of("clinic-7"), CalendarYear.of(2025))),
                () -> assertEquals("7a52849a-0a0d-39e4-8e6a-b99bca6d929b", FhirResources.measureReportId(IndicatorId.of("1.1.1"),
                        OrganisationUnitId.of("local_x"), ReportingPeriod.parse("HT2024"))));
    }

    @Test
    void the_orebro_bundle_is_the_json_published_before() throws IOException {
        String published;
        try (InputStream in = Objects.requireNonNull(getClass().getResourceAsStream("orebro-bundle.json"), "orebro-bundle.json")) {
            published = new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("\r\n", "\n");
        }

        // the pretty printer ends lines as the platform does; the file has '\n'
        assertEquals(published, JSON.writePretty(orebroBundle()).replace(System.lineSeparator(), "\n") + "\n");
    }
}
