package se.klinedu.indicators.json;

import static java.util.Map.entry;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static se.klinedu.core.testkit.SchemaCheck.assertBothReject;
import static se.klinedu.core.testkit.SchemaCheck.assertValid;
import static se.klinedu.core.testkit.SchemaCheck.definition;
import static se.klinedu.core.testkit.SchemaCheck.id;
import static se.klinedu.core.testkit.SchemaCheck.withField;

import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import se.klinedu.core.LocalizedText;
import se.klinedu.core.json.KlineduJson;
import se.klinedu.core.testkit.SchemaCheck;
import se.klinedu.core.testkit.SchemaContract;
import se.klinedu.indicators.evaluation.Certainty;
import se.klinedu.indicators.evaluation.EvaluationPolicy;
import se.klinedu.indicators.evaluation.IndicatorResult;
import se.klinedu.indicators.evaluation.RollUpRule;
import se.klinedu.indicators.evaluation.Status;
import se.klinedu.indicators.generators.IndicatorsGenerators;
import se.klinedu.indicators.observation.CsvColumn;
import se.klinedu.indicators.observation.CsvEncoding;
import se.klinedu.indicators.observation.AnswerScale;
import se.klinedu.indicators.observation.CsvFormat;
import se.klinedu.indicators.observation.Milestone;
import se.klinedu.indicators.observation.Observation;
import se.klinedu.indicators.observation.ObservationBatch;
import se.klinedu.indicators.observation.ObservationKey;
import se.klinedu.indicators.observation.ObservationProblem;
import se.klinedu.indicators.observation.ObservationReader;
import se.klinedu.indicators.observation.ObservationSet;
import se.klinedu.indicators.observation.ReviewOutcome;
import se.klinedu.indicators.report.EffectGoalSection;
import se.klinedu.indicators.report.FollowUpReport;
import se.klinedu.indicators.report.IndicatorLine;
import se.klinedu.indicators.report.OverallGoalSection;
import se.klinedu.indicators.rollup.CellBounds;
import se.klinedu.indicators.rollup.DisclosureAudit;
import se.klinedu.indicators.rollup.RollUp;
import se.klinedu.indicators.rollup.StatusCounts;
import se.klinedu.indicators.statistics.ConfidenceLevel;
import se.klinedu.indicators.statistics.Interval;
import se.klinedu.indicators.target.Direction;
import se.klinedu.indicators.target.ExternalReview;
import se.klinedu.indicators.target.Indicator;
import se.klinedu.indicators.target.IndicatorCatalogue;
import se.klinedu.indicators.target.IndicatorId;
import se.klinedu.indicators.target.Reporter;
import se.klinedu.indicators.target.ReporterBasis;
import se.klinedu.indicators.target.Target;
import se.klinedu.indicators.target.TargetKind;
import se.klinedu.indicators.trend.Change;
import se.klinedu.indicators.trend.Trend;
import se.klinedu.indicators.fhir.CanonicalBase;

/**
 * indicators' JSON Schemas, under the laws of {@link SchemaContract}; here also the indicator catalogue
 * validates, and documents the library rejects for a rule one of indicators' schemas can state are
 * rejected by the schema too.
 */
class SchemaTest extends SchemaContract {

    private static final String M = "indicators";
    private static final KlineduJson JSON = KlineduJson.standard();

    private static final List<String> DOCUMENTS = List.of("indicator-catalogue", "observation", "observations",
            "observation-batch", "evaluation-policy", "indicator-result", "roll-up", "disclosure-audit", "trend", "follow-up-report", "canonical-base", "csv-format",
            "reasons");

    private static final Map<Class<?>, String> SCHEMAS = Map.ofEntries(
            entry(IndicatorCatalogue.class, id(M, "indicator-catalogue")),
            entry(Indicator.class, definition(M, "indicator-catalogue", "indicator")),
            entry(IndicatorId.class, definition(M, "indicator-catalogue", "indicatorId")),
            entry(Target.class, definition(M, "indicator-catalogue", "target")),
            entry(ReporterBasis.class, definition(M, "indicator-catalogue", "reporterBasis")),
            entry(Observation.class, id(M, "observation")),
            entry(Milestone.class, definition(M, "observation", "milestone")),
            entry(ObservationKey.class, definition(M, "observation", "observationKey")),
            entry(ObservationSet.class, id(M, "observations")),
            entry(ObservationBatch.class, id(M, "observation-batch")),
            entry(ObservationProblem.class, definition(M, "observation-batch", "observationProblem")),
            entry(CsvFormat.class, id(M, "csv-format")),
            entry(AnswerScale.class, definition(M, "csv-format", "answerScale")),
            entry(EvaluationPolicy.class, id(M, "evaluation-policy")),
            entry(ConfidenceLevel.class, definition(M, "evaluation-policy", "confidenceLevel")),
            entry(IndicatorResult.class, id(M, "indicator-result")),
            entry(Interval.class, definition(M, "indicator-result", "interval")),
            entry(RollUp.class, id(M, "roll-up")),
            entry(StatusCounts.class, definition(M, "roll-up", "statusCounts")),
            entry(DisclosureAudit.class, id(M, "disclosure-audit")),
            entry(CellBounds.class, definition(M, "disclosure-audit", "cellBounds")),
            entry(Trend.class, id(M, "trend")),
            entry(CanonicalBase.class, id(M, "canonical-base")),
            entry(FollowUpReport.class, id(M, "follow-up-report")),
            entry(OverallGoalSection.class, definition(M, "follow-up-report", "overallGoalSection")),
            entry(EffectGoalSection.class, definition(M, "follow-up-report", "effectGoalSection")),
            entry(IndicatorLine.class, definition(M, "follow-up-report", "indicatorLine")));

    private static final Map<Class<? extends Enum<?>>, String> ENUMS = Map.ofEntries(
            entry(Direction.class, definition(M, "indicator-catalogue", "direction")),
            entry(Reporter.class, definition(M, "indicator-catalogue", "reporter")),
            entry(TargetKind.class, definition(M, "indicator-catalogue", "targetKind")),
            entry(ExternalReview.class, definition(M, "indicator-catalogue", "externalReview")),
            entry(ReviewOutcome.class, definition(M, "observation", "reviewOutcome")),
            entry(CsvColumn.class, definition(M, "csv-format", "csvColumn")),
            entry(CsvEncoding.class, definition(M, "csv-format", "csvEncoding")),
            entry(RollUpRule.class, definition(M, "evaluation-policy", "rollUpRule")),
            entry(Status.class, definition(M, "indicator-result", "status")),
            entry(Certainty.class, definition(M, "indicator-result", "certainty")),
            entry(Change.class, definition(M, "trend", "change")));

    SchemaTest() {
        super(M, DOCUMENTS, SCHEMAS, ENUMS, JsonRoundTripLaws.CASES);
    }

    @Test
    void the_shipped_indicator_catalogue_validates() {
        assertValid(id(M, "indicator-catalogue"), SchemaCheck.resourceText(IndicatorCatalogue.class
                .getResourceAsStream("/se/klinedu/indicators/target/orebro-indicators.json"), "orebro-indicators.json"));
        assertValid(id(M, "indicator-catalogue"), JSON.write(IndicatorCatalogue.load("orebro")));
    }

    @Test
    void a_canonical_base_with_a_query_user_information_or_another_scheme_is_rejected_by_both() {
        assertValid(id(M, "canonical-base"), "\"https://fhir.example.org/klinedu\"");
        // the library drops trailing slashes, so the schema accepts them
        assertValid(id(M, "canonical-base"), "\"https://fhir.example.org/klinedu/\"");
        assertBothReject(id(M, "canonical-base"), "\"https://fhir.example.org/klinedu?x=1\"", CanonicalBase.class);
        assertBothReject(id(M, "canonical-base"), "\"ftp://fhir.example.org\"", CanonicalBase.class);
        assertBothReject(id(M, "canonical-base"), "\"https://user@fhir.example.org\"", CanonicalBase.class);
    }

    private static final String COUNTS = "{\"indicator\":\"1.1.1\",\"unit\":\"clinic-7\",\"period\":\"2025\","
            + "\"counts\":{\"numerator\":46,\"denominator\":50}}";

    @Test
    void an_observation_needs_exactly_one_of_counts_milestone_and_review() {
        assertValid(id(M, "observation"), COUNTS);
        assertBothReject(id(M, "observation"), withField(COUNTS, "review", "\"good\""), Observation.class);
        assertBothReject(id(M, "observation"), "{\"indicator\":\"1.1.1\",\"unit\":\"clinic-7\",\"period\":\"2025\"}",
                Observation.class);
    }

    @Test
    void bad_counts_periods_ids_and_milestones_are_rejected_by_both() {
        assertBothReject(id(M, "observation"), withField(COUNTS, "counts", "{\"numerator\":-1,\"denominator\":50}"),
                Observation.class);
        assertBothReject(id(M, "observation"), withField(COUNTS, "period", "\"2025-Q1\""), Observation.class);
        assertBothReject(id(M, "observation"), withField(COUNTS, "indicator", "\".1\""), Observation.class);
        assertBothReject(id(M, "observation"), withField(COUNTS, "unit", "\"clinic 7\""), Observation.class);
        assertBothReject(id(M, "observations"), "[" + withField(COUNTS, "unit", "\"\"") + "]", ObservationSet.class);
        String milestone = "{\"indicator\":\"2.1.1\",\"unit\":\"region\",\"period\":\"2025\",\"milestone\":{\"done\":true}}";
        assertBothReject(id(M, "observation"), milestone, Observation.class);
        assertValid(id(M, "observation"),
                withField(milestone, "milestone", "{\"done\":true,\"date\":\"2025-03-01\"}"));
        assertBothReject(id(M, "observation"),
                withField(milestone, "milestone", "{\"done\":false,\"date\":\"2025-03-01\"}"), Observation.class);
    }

    @Test
    void an_array_the_observation_reader_reads_without_problems_validates_and_one_it_flags_does_not() {
        IndicatorCatalogue orebro = IndicatorCatalogue.load("orebro");
        String good = "[" + COUNTS + "]";
        assertEquals(List.of(), ObservationReader.of(orebro).readJson(good).problems());
        assertValid(id(M, "observations"), good);
        for (String bad : List.of("[" + withField(COUNTS, "extra", "1") + "]",
                "[" + withField(COUNTS, "counts", "{\"numerator\":1}") + "]",
                "[" + withField(COUNTS, "period", "\"VT25\"") + "]", "{}")) {
            assertFalse(ObservationReader.of(orebro).readJson(bad).problems().isEmpty(), bad);
            SchemaCheck.assertInvalid(id(M, "observations"), bad);
        }
    }

    @Test
    void a_policy_out_of_range_is_rejected_by_both() {
        assertValid(id(M, "evaluation-policy"), "{}");
        assertBothReject(id(M, "evaluation-policy"), "{\"minimumGroupSize\":0}", EvaluationPolicy.class);
        assertBothReject(id(M, "evaluation-policy"), "{\"confidenceLevel\":1.5}", EvaluationPolicy.class);
        assertBothReject(id(M, "evaluation-policy"), "{\"confidenceLevel\":0.4}", EvaluationPolicy.class);
        assertBothReject(id(M, "evaluation-policy"), "{\"rollUpRule\":\"BEST_OF\"}", EvaluationPolicy.class);
        assertBothReject(id(M, "evaluation-policy"),
                "{\"localThresholds\":{\"1.1.1\":{\"comparison\":\"more-than\",\"percent\":120}}}", EvaluationPolicy.class);
    }

    @Test
    void a_suppressed_result_that_discloses_counts_is_rejected_by_both() {
        String suppressed = "{\"indicator\":\"1.1.1\",\"unit\":\"clinic-7\",\"period\":\"2025\",\"status\":\"suppressed\","
                + "\"target\":{\"kind\":\"share\",\"threshold\":{\"comparison\":\"more-than\",\"percent\":90}},"
                + "\"minimumGroupSize\":5}";
        assertValid(id(M, "indicator-result"), suppressed);
        assertBothReject(id(M, "indicator-result"), withField(suppressed, "counts", "{\"numerator\":1,\"denominator\":3}"),
                IndicatorResult.class);
        assertBothReject(id(M, "indicator-result"), withField(suppressed, "minimumGroupSize", "0"), IndicatorResult.class);
        assertBothReject(id(M, "indicator-result"), withField(withField(suppressed, "status", "\"no-data\""), "minimumGroupSize", "5"),
                IndicatorResult.class);
        String met = withField(withField(suppressed, "status", "\"met\""), "estimate", "0.92");
        assertBothReject(id(M, "indicator-result"), met, IndicatorResult.class);
        assertBothReject(id(M, "indicator-result"), withField(met, "estimate", "1.2"), IndicatorResult.class);
    }

    @Test
    void a_reporter_basis_with_both_or_neither_quote_and_reason_is_rejected_by_both() {
        String quote = JSON.write(ReporterBasis.stated(LocalizedText.swedish("Verksamheterna utvärderar", "The units evaluate")));
        assertBothReject(definition(M, "indicator-catalogue", "reporterBasis"), "{}", ReporterBasis.class);
        assertBothReject(definition(M, "indicator-catalogue", "reporterBasis"),
                quote.substring(0, quote.length() - 1) + ",\"reason\":\"both\"}", ReporterBasis.class);
        assertBothReject(definition(M, "indicator-catalogue", "reporterBasis"), "{\"reason\":\" \"}", ReporterBasis.class);
    }

    @Test
    void a_target_without_the_part_its_kind_needs_is_rejected_by_both() {
        assertBothReject(definition(M, "indicator-catalogue", "target"), "{\"kind\":\"share\"}", Target.class);
        assertBothReject(definition(M, "indicator-catalogue", "target"),
                "{\"kind\":\"milestone\",\"review\":\"alf\"}", Target.class);
        assertBothReject(definition(M, "roll-up", "statusCounts"),
                "{\"met\":-1,\"notMet\":0,\"noData\":0,\"suppressed\":0,\"notEvaluable\":0}", StatusCounts.class);
    }

    @Test
    void a_trend_is_comparable_exactly_when_it_has_a_difference() {
        String trend = JSON.write(IndicatorsGenerators.trend(new Random(5)));
        String notComparable = withField(trend, "change", "\"not-comparable\"");
        if (trend.contains("\"difference\"")) {
            assertBothReject(id(M, "trend"), notComparable, Trend.class);
        } else {
            assertBothReject(id(M, "trend"), withField(trend, "change", "\"improved\""), Trend.class);
        }
    }
}
