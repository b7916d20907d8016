package se.klinedu.indicators.json;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import se.klinedu.core.Counts;
import se.klinedu.core.explain.Reason;
import se.klinedu.core.generators.CoreGenerators;
import se.klinedu.core.generators.Seeds;
import se.klinedu.core.json.KlineduJson;
import se.klinedu.core.organisation.OrganisationUnitId;
import se.klinedu.core.period.ReportingPeriod;
import se.klinedu.core.testkit.JsonRoundTrip;
import se.klinedu.core.testkit.JsonRoundTrip.Case;
import se.klinedu.core.testkit.JsonRoundTripContract;
import se.klinedu.indicators.evaluation.EvaluationPolicy;
import se.klinedu.indicators.evaluation.EvaluationReason;
import se.klinedu.indicators.evaluation.Evaluations;
import se.klinedu.indicators.evaluation.IndicatorResult;
import se.klinedu.indicators.fhir.CanonicalBase;
import se.klinedu.indicators.generators.IndicatorsGenerators;
import se.klinedu.indicators.observation.AnswerScale;
import se.klinedu.indicators.observation.CsvFormat;
import se.klinedu.indicators.observation.Milestone;
import se.klinedu.indicators.observation.Observation;
import se.klinedu.indicators.observation.ObservationBatch;
import se.klinedu.indicators.observation.ObservationKey;
import se.klinedu.indicators.observation.ObservationProblem;
import se.klinedu.indicators.observation.ObservationSet;
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
import se.klinedu.indicators.target.Indicator;
import se.klinedu.indicators.target.IndicatorCatalogue;
import se.klinedu.indicators.target.IndicatorId;
import se.klinedu.indicators.target.ReporterBasis;
import se.klinedu.indicators.target.Target;
import se.klinedu.indicators.target.TargetKind;
import se.klinedu.indicators.trend.Trend;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** Every public value type of the module survives a trip to JSON and back, unchanged; a suppressed result discloses nothing. */
class JsonRoundTripLaws extends JsonRoundTripContract {

    private static final KlineduJson JSON = KlineduJson.standard();

    static final List<Case> CASES = List.of(
            new Case("IndicatorId", IndicatorId.class, IndicatorsGenerators::indicatorId),
            new Case("Target", Target.class, IndicatorsGenerators::target),
            new Case("Indicator", Indicator.class, IndicatorsGenerators::indicator),
            new Case("ReporterBasis", ReporterBasis.class, IndicatorsGenerators::reporterBasis),
            new Case("IndicatorCatalogue", IndicatorCatalogue.class, IndicatorsGenerators::catalogue),
            new Case("Milestone", Milestone.class, IndicatorsGenerators::milestone),
            new Case("Observation", Observation.class, random -> IndicatorsGenerators.observation(random,
                    IndicatorsGenerators.indicator(random), IndicatorsGenerators.unitId(random),
                    CoreGenerators.reportingPeriod(random))),
            new Case("ObservationKey", ObservationKey.class, IndicatorsGenerators::observationKey),
            new Case("CsvFormat", CsvFormat.class, IndicatorsGenerators::csvFormat),
            new Case("AnswerScale", AnswerScale.class, IndicatorsGenerators::answerScale),
            new Case("ObservationProblem", ObservationProblem.class, IndicatorsGenerators::observationProblem),
            new Case("ObservationBatch", ObservationBatch.class, IndicatorsGenerators::observationBatch),
            new Case("ObservationSet", ObservationSet.class, random -> IndicatorsGenerators.observationSet(random,
                    IndicatorsGenerators.catalogue(random), CoreGenerators.organisationTree(random, 4),
                    IndicatorsGenerators.periods(random))),
            new Case("Interval", Interval.class, IndicatorsGenerators::interval),
            new Case("ConfidenceLevel", ConfidenceLevel.class, IndicatorsGenerators::confidenceLevel),
            new Case("EvaluationPolicy", EvaluationPolicy.class, IndicatorsGenerators::evaluationPolicy),
            new Case("IndicatorResult", IndicatorResult.class, IndicatorsGenerators::indicatorResult),
            new Case("StatusCounts", StatusCounts.class, IndicatorsGenerators::statusCounts),
            new Case("RollUp", RollUp.class, IndicatorsGenerators::rollUp),
            new Case("CellBounds", CellBounds.class, IndicatorsGenerators::cellBounds),
            new Case("DisclosureAudit", DisclosureAudit.class, IndicatorsGenerators::disclosureAudit),
            new Case("Trend", Trend.class, IndicatorsGenerators::trend),
            new Case("IndicatorLine", IndicatorLine.class, random -> pick(random, lines(IndicatorsGenerators.followUpReport(random)))),
            new Case("EffectGoalSection", EffectGoalSection.class,
                    random -> pick(random, effectGoals(IndicatorsGenerators.followUpReport(random)))),
            new Case("OverallGoalSection", OverallGoalSection.class,
                    random -> pick(random, IndicatorsGenerators.followUpReport(random).overallGoals())),
            new Case("FollowUpReport", FollowUpReport.class, IndicatorsGenerators::followUpReport),
            new Case("CanonicalBase", CanonicalBase.class, IndicatorsGenerators::canonicalBase));

    private static <T> T pick(Random random, List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    private static List<EffectGoalSection> effectGoals(FollowUpReport report) {
        return report.overallGoals().stream().flatMap(goal -> goal.effectGoals().stream()).toList();
    }

    private static List<IndicatorLine> lines(FollowUpReport report) {
        return effectGoals(report).stream().flatMap(goal -> goal.indicators().stream()).toList();
    }

    static LongStream seeds() {
        return Seeds.seeds();
    }

    JsonRoundTripLaws() {
        super("se.klinedu.indicators", CASES);
    }

    @Override
    protected List<ReferenceValue> referenceData() {
        return List.of(new ReferenceValue("Örebro catalogue", IndicatorCatalogue.load("orebro"), IndicatorCatalogue.class));
    }

    @Test
    void the_completeness_check_finds_the_value_types_of_every_package() {
        List<Class<?>> types = valueTypes();

        assertTrue(types.containsAll(List.of(IndicatorId.class, Target.class, Observation.class, ConfidenceLevel.class,
                IndicatorResult.class, RollUp.class, Trend.class, FollowUpReport.class)), types.toString());
        assertFalse(types.stream().anyMatch(type -> type.isEnum() || type.getSimpleName().startsWith("Immutable")),
                types.toString());
        assertFalse(types.contains(Evaluations.class), types.toString());
    }

    /** The module's public value types, as the test kit finds them (see {@link JsonRoundTrip#valueTypes(String)}). */
    private static List<Class<?>> valueTypes() {
        return JsonRoundTrip.valueTypes("se.klinedu.indicators");
    }

    /**
     * Counts of 1 to 4 respondents are suppressed under the default minimum group size 5; their numerator and
     * denominator are chosen so that "n/d" and "n of d" would show if anything leaked.
     */
    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void a_suppressed_result_discloses_no_count_in_json_or_text(long seed) {
        Random random = new Random(seed);
        Indicator indicator = Indicator.builder().id(IndicatorId.of("q.7")).effectGoal(IndicatorsGenerators.EFFECT_GOALS.get(5))
                .text(CoreGenerators.localizedText(random)).target(Target.share(CoreGenerators.threshold(random)))
                .direction(se.klinedu.indicators.target.Direction.HIGHER_IS_BETTER)
                .reporter(se.klinedu.indicators.target.Reporter.STUDENTS_AND_PUPILS).build();
        long denominator = 1 + random.nextInt(4);
        Counts counts = Counts.of(random.nextInt((int) denominator + 1), denominator);
        OrganisationUnitId unit = OrganisationUnitId.of("team-" + random.nextInt(100));
        ReportingPeriod period = CoreGenerators.reportingPeriod(random);

        IndicatorResult result = Evaluations.evaluateCounts(indicator, unit, period, counts, EvaluationPolicy.standard());
        String json = JSON.write(result);
        JsonNode tree = JSON.read(json, JsonNode.class);

        String pair = counts.numerator() + "/" + counts.denominator();
        String spelled = counts.numerator() + " of " + counts.denominator();
        assertAll(
                () -> assertTrue(result.isSuppressed(), json),
                () -> assertEquals(result, JSON.read(json, IndicatorResult.class)),
                () -> assertFalse(tree.has("counts"), json),
                () -> assertFalse(tree.has("estimate"), json),
                () -> assertFalse(tree.has("interval"), json),
                () -> assertFalse(tree.has("certainty"), json),
                () -> assertFalse(json.contains("\"numerator\""), json),
                () -> assertFalse(json.contains("\"denominator\""), json),
                () -> assertFalse(json.contains(pair), json),
                () -> assertFalse(json.contains(spelled), json),
                () -> assertFalse(result.toString().contains(pair), result.toString()),
                () -> assertFalse(result.toString().contains(spelled), result.toString()),
                () -> assertEquals(List.of(Reason.of(EvaluationReason.TARGET_SHARE, indicator.target().threshold().orElseThrow()),
                        Reason.of(EvaluationReason.SUPPRESSED, EvaluationPolicy.DEFAULT_MINIMUM_GROUP_SIZE)), result.reasons()),
                () -> assertEquals("", digitsOutsideTheKnownFields(tree, result), json));
    }

    /**
     * The digits of the JSON once the indicator id, unit, period, threshold and the reasons' rule text are taken out:
     * nothing but field names and the status may remain, so a leaked count would show as a digit.
     */
    private static String digitsOutsideTheKnownFields(JsonNode tree, IndicatorResult result) {
        ObjectNode rest = (ObjectNode) tree.deepCopy();
        // the reasons are checked to be the target and the rule alone, the same whatever the counts
        rest.remove(List.of("indicator", "unit", "period", "target", "threshold", "minimumGroupSize", "reasons"));
        return rest.toString().codePoints().filter(Character::isDigit)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
    }

    @Test
    void a_suppressed_results_reasons_give_the_rule_not_the_counts() {
        Indicator indicator = IndicatorCatalogue.load("orebro").get(IndicatorId.of("1.6.1"));

        IndicatorResult result = Evaluations.evaluateCounts(indicator, OrganisationUnitId.of("team-a"),
                ReportingPeriod.parse("HT2024"), Counts.of(3, 4), EvaluationPolicy.standard());

        assertEquals(List.of("Mål: andelen ska vara över 90\u00a0%",
                "Undertryckt för att skydda små grupper (minsta gruppstorlek 5): inget redovisas"), JSON.write(result.reasons())
                        .transform(json -> JSON.read(json, JsonNode.class)).findValuesAsString("text"));
    }

    @Test
    void every_case_generates_values_of_its_type() {
        Random random = new Random(7);
        assertAll(CASES.stream().map(c -> () -> assertTrue(c.type().isInstance(c.generator().apply(random)), c.name())));
        assertEquals(Set.of(TargetKind.values()).size(), IndicatorsGenerators.catalogue(new Random(3)).indicators().stream()
                .map(indicator -> indicator.target().kind()).distinct().count());
    }
}
