package se.klinedu.examples.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import se.klinedu.core.Language;
import se.klinedu.core.json.KlineduJson;
import se.klinedu.core.organisation.OrganisationUnit;
import se.klinedu.core.organisation.OrganisationUnitId;
import se.klinedu.core.period.CalendarYear;
import se.klinedu.core.period.ReportingPeriod;
import se.klinedu.indicators.evaluation.EvaluationPolicy;
import se.klinedu.indicators.evaluation.IndicatorResult;
import se.klinedu.indicators.rollup.DisclosureAudit;
import se.klinedu.indicators.rollup.TreeRollUp;
import se.klinedu.indicators.target.Indicator;
import se.klinedu.indicators.target.IndicatorCatalogue;
import tools.jackson.databind.JsonNode;

/**
 * The bundled sample region, read as an attacker would: every table of counts it publishes passes its
 * disclosure audit, and every indicator result in every unit's report is the audited roll-up's.
 */
class SampleRegionDisclosureTest {

    private static final IndicatorCatalogue OREBRO = IndicatorCatalogue.load("orebro");
    private static final EvaluationPolicy POLICY = EvaluationPolicy.standard();
    private static final KlineduJson JSON = KlineduJson.standard();

    private static DataFolder sample() throws Exception {
        return DataFolder.read(FollowUpCommandTest.SAMPLE, OREBRO);
    }

    private static List<Indicator> counted() {
        return OREBRO.indicators().stream().filter(indicator -> indicator.target().kind().isObservedAsCounts()).toList();
    }

    @Test
    void every_table_of_counts_in_the_sample_region_passes_its_disclosure_audit() throws Exception {
        DataFolder data = sample();
        int suppressed = 0;
        for (Indicator indicator : counted()) {
            for (int year = 2021; year <= 2025; year++) {
                Map<OrganisationUnitId, IndicatorResult> results = TreeRollUp.resultsByUnit(indicator, CalendarYear.of(year), data.tree(),
                        data.observations(), POLICY);
                DisclosureAudit audit = DisclosureAudit.of(data.tree(), data.observations(), results, POLICY);
                assertEquals(List.of(), audit.underProtected(), indicator.id() + " " + year);
                suppressed += (int) results.values().stream().filter(IndicatorResult::isSuppressed).count();
            }
        }
        // the sample has small groups: the audit is not vacuous
        assertTrue(suppressed > 20, suppressed + " suppressed");
    }

    /**
     * Builds the report of every unit of the sample, reads its JSON, and checks that every indicator result in
     * it, wherever it stands (the follow-up, the share histories), is the result of the whole tree's roll-up:
     * a report never computes a figure of its own that the audit did not see.
     */
    @Test
    void every_indicator_result_in_every_units_report_is_the_audited_roll_ups() throws Exception {
        DataFolder data = sample();
        Map<String, Map<OrganisationUnitId, IndicatorResult>> rollUps = new HashMap<>();
        int checked = 0;
        for (OrganisationUnit unit : data.tree().units()) {
            RegionReport report = RegionReport.of(data, OREBRO, unit.id(), LocalDate.of(2026, 6, 30), Language.SWEDISH, Progress.none());
            List<JsonNode> results = new ArrayList<>();
            collectResults(JSON.read(JSON.write(report), JsonNode.class), results);
            for (JsonNode node : results) {
                IndicatorResult result = JSON.read(node.toString(), IndicatorResult.class);
                Indicator indicator = OREBRO.get(result.indicator());
                ReportingPeriod period = result.period();
                Map<OrganisationUnitId, IndicatorResult> rollUp = rollUps.computeIfAbsent(indicator.id() + " " + period,
                        key -> TreeRollUp.resultsByUnit(indicator, period, data.tree(), data.observations(), POLICY));
                assertEquals(rollUp.get(result.unit()), result, unit.id() + ": " + node);
                checked++;
            }
        }
        assertTrue(checked > 1000, checked + " results checked");
    }

    private static void collectResults(JsonNode node, List<JsonNode> results) {
        if (node.isObject() && node.has("indicator") && node.has("unit") && node.has("period") && node.has("status")) {
            results.add(node);
            return;
        }
        node.values().forEach(child -> collectResults(child, results));
    }
}
