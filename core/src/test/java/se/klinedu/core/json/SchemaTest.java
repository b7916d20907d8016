package se.klinedu.core.json;

import static java.util.Map.entry;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static se.klinedu.core.testkit.SchemaCheck.assertBothReject;
import static se.klinedu.core.testkit.SchemaCheck.assertInvalid;
import static se.klinedu.core.testkit.SchemaCheck.assertValid;
import static se.klinedu.core.testkit.SchemaCheck.definition;
import static se.klinedu.core.testkit.SchemaCheck.id;
import static se.klinedu.core.testkit.SchemaCheck.withField;
import static se.klinedu.core.testkit.SchemaCheck.withFieldAt;

import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import se.klinedu.core.Comparison;
import se.klinedu.core.Counts;
import se.klinedu.core.Glossary;
import se.klinedu.core.GlossaryTerm;
import se.klinedu.core.Identifier;
import se.klinedu.core.Language;
import se.klinedu.core.LocalizedText;
import se.klinedu.core.Provenance;
import se.klinedu.core.Threshold;
import se.klinedu.core.crosswalk.CrosswalkLink;
import se.klinedu.core.crosswalk.CrosswalkTheme;
import se.klinedu.core.crosswalk.NordicCrosswalk;
import se.klinedu.core.explain.Reason;
import se.klinedu.core.explain.ReasonCode;
import se.klinedu.core.generators.CoreGenerators;
import se.klinedu.core.measure.AreaProgress;
import se.klinedu.core.measure.Due;
import se.klinedu.core.measure.FollowUpStatus;
import se.klinedu.core.measure.MeasureArea;
import se.klinedu.core.measure.MeasureAreaId;
import se.klinedu.core.measure.MeasureFollowUp;
import se.klinedu.core.measure.MeasureId;
import se.klinedu.core.measure.MeasurePlan;
import se.klinedu.core.measure.MeasureProgress;
import se.klinedu.core.measure.MeasureReason;
import se.klinedu.core.measure.MeasureReport;
import se.klinedu.core.measure.MeasureStatus;
import se.klinedu.core.measure.PlanProgress;
import se.klinedu.core.measure.PlannedMeasure;
import se.klinedu.core.organisation.LearningEnvironmentLevels;
import se.klinedu.core.organisation.LevelGuidance;
import se.klinedu.core.organisation.OrganisationLevel;
import se.klinedu.core.organisation.OrganisationTree;
import se.klinedu.core.organisation.OrganisationUnit;
import se.klinedu.core.organisation.OrganisationUnitId;
import se.klinedu.core.period.CalendarYear;
import se.klinedu.core.period.ReportingPeriod;
import se.klinedu.core.period.StrategyPeriod;
import se.klinedu.core.period.Term;
import se.klinedu.core.strategy.AnnualVolume;
import se.klinedu.core.strategy.EffectGoal;
import se.klinedu.core.strategy.EffectGoalId;
import se.klinedu.core.strategy.EffectGoalLink;
import se.klinedu.core.strategy.GoalOutline;
import se.klinedu.core.strategy.IdentifiedNeed;
import se.klinedu.core.strategy.IdentifiedNeedId;
import se.klinedu.core.strategy.ImplementationRule;
import se.klinedu.core.strategy.ImplementationRuleId;
import se.klinedu.core.strategy.LinkBasis;
import se.klinedu.core.strategy.OrebroStrategy;
import se.klinedu.core.strategy.OverallGoal;
import se.klinedu.core.strategy.OverallGoalId;
import se.klinedu.core.strategy.PriorityArea;
import se.klinedu.core.strategy.PriorityAreaId;
import se.klinedu.core.strategy.RecurringReview;
import se.klinedu.core.strategy.RecurringReviewId;
import se.klinedu.core.strategy.Responsibility;
import se.klinedu.core.strategy.ResponsibilityId;
import se.klinedu.core.strategy.ResponsibleRole;
import se.klinedu.core.strategy.StrategyOutline;
import se.klinedu.core.strategy.StrategyScope;
import se.klinedu.core.substrategy.DesiredOutcome;
import se.klinedu.core.substrategy.DesiredOutcomeId;
import se.klinedu.core.substrategy.FocusArea;
import se.klinedu.core.substrategy.FocusAreaId;
import se.klinedu.core.substrategy.HelseSorOstSubStrategy;
import se.klinedu.core.substrategy.RegionalMeasure;
import se.klinedu.core.substrategy.RegionalMeasureId;
import se.klinedu.core.substrategy.TextBasis;
import se.klinedu.core.supervision.CoverageStatus;
import se.klinedu.core.supervision.HoursEstimate;
import se.klinedu.core.supervision.HoursPolicy;
import se.klinedu.core.supervision.Qualification;
import se.klinedu.core.supervision.Roster;
import se.klinedu.core.supervision.ScopeUnit;
import se.klinedu.core.supervision.StaffId;
import se.klinedu.core.supervision.StaffMember;
import se.klinedu.core.supervision.SupervisionRole;
import se.klinedu.core.supervision.SupervisionRoleId;
import se.klinedu.core.supervision.SupervisorTraining;
import se.klinedu.core.supervision.SupervisorTrainingCatalogue;
import se.klinedu.core.supervision.TrainingCoverage;
import se.klinedu.core.supervision.TrainingId;
import se.klinedu.core.supervision.TrainingReason;
import se.klinedu.core.supervision.TrainingScope;
import se.klinedu.core.testkit.JsonRoundTrip.Case;
import se.klinedu.core.testkit.SchemaCheck;
import se.klinedu.core.testkit.SchemaContract;
import tools.jackson.databind.JsonNode;

/**
 * core's JSON Schemas, under the laws of {@link SchemaContract}; here also the reference resources
 * validate, and documents the library rejects for a rule one of core's schemas can state are rejected by
 * the schema too.
 */
class SchemaTest extends SchemaContract {

    private static final String M = "core";
    private static final KlineduJson JSON = KlineduJson.standard();
    private static final OrebroStrategy STRATEGY = OrebroStrategy.load();
    private static final SupervisorTrainingCatalogue STOCKHOLM = SupervisorTrainingCatalogue.load("stockholm");

    private static final List<String> DOCUMENTS = List.of("kernel", "orebro-strategy", "learning-environment-levels",
            "supervisor-training-catalogue", "helse-sor-ost-sub-strategy", "nordic-crosswalk", "organisation-tree",
            "measure-plan", "measure-report", "measure-reports", "plan-progress", "planned-measure", "roster",
            "training-coverage", "qualification", "hours-policy", "hours-estimate", "glossary", "reasons");

    private static final Map<Class<?>, String> SCHEMAS = Map.ofEntries(
            entry(LocalizedText.class, kernel("localizedText")),
            entry(Reason.class, definition(M, "reasons", "reason")),
            entry(Provenance.class, kernel("provenance")),
            entry(Counts.class, kernel("counts")),
            entry(Threshold.class, kernel("threshold")),
            entry(CalendarYear.class, kernel("calendarYear")),
            entry(Term.class, kernel("term")),
            entry(ReportingPeriod.class, kernel("reportingPeriod")),
            entry(StrategyPeriod.class, kernel("strategyPeriod")),
            entry(Due.class, kernel("due")),
            entry(OrganisationUnitId.class, kernel("organisationUnitId")),
            entry(StaffId.class, kernel("staffId")),
            entry(OverallGoalId.class, kernel("overallGoalId")),
            entry(EffectGoalId.class, kernel("effectGoalId")),
            entry(PriorityAreaId.class, kernel("priorityAreaId")),
            entry(IdentifiedNeedId.class, kernel("identifiedNeedId")),
            entry(ImplementationRuleId.class, kernel("implementationRuleId")),
            entry(RecurringReviewId.class, kernel("recurringReviewId")),
            entry(ResponsibilityId.class, kernel("responsibilityId")),
            entry(FocusAreaId.class, kernel("focusAreaId")),
            entry(DesiredOutcomeId.class, kernel("desiredOutcomeId")),
            entry(RegionalMeasureId.class, kernel("regionalMeasureId")),
            entry(MeasureId.class, kernel("measureId")),
            entry(MeasureAreaId.class, kernel("measureAreaId")),
            entry(TrainingId.class, kernel("trainingId")),
            entry(SupervisionRoleId.class, kernel("supervisionRoleId")),
            entry(OrebroStrategy.class, id(M, "orebro-strategy")),
            entry(OverallGoal.class, definition(M, "orebro-strategy", "overallGoal")),
            entry(EffectGoal.class, definition(M, "orebro-strategy", "effectGoal")),
            entry(PriorityArea.class, definition(M, "orebro-strategy", "priorityArea")),
            entry(IdentifiedNeed.class, definition(M, "orebro-strategy", "identifiedNeed")),
            entry(EffectGoalLink.class, definition(M, "orebro-strategy", "effectGoalLink")),
            entry(ImplementationRule.class, definition(M, "orebro-strategy", "implementationRule")),
            entry(RecurringReview.class, definition(M, "orebro-strategy", "recurringReview")),
            entry(Responsibility.class, definition(M, "orebro-strategy", "responsibility")),
            entry(ResponsibleRole.class, definition(M, "orebro-strategy", "responsibleRole")),
            entry(StrategyScope.class, definition(M, "orebro-strategy", "strategyScope")),
            entry(AnnualVolume.class, definition(M, "orebro-strategy", "annualVolume")),
            entry(StrategyOutline.class, definition(M, "kernel", "strategyOutline")),
            entry(GoalOutline.class, definition(M, "kernel", "goalOutline")),
            entry(LearningEnvironmentLevels.class, id(M, "learning-environment-levels")),
            entry(LevelGuidance.class, definition(M, "learning-environment-levels", "levelGuidance")),
            entry(SupervisorTrainingCatalogue.class, id(M, "supervisor-training-catalogue")),
            entry(SupervisorTraining.class, definition(M, "supervisor-training-catalogue", "supervisorTraining")),
            entry(TrainingScope.class, definition(M, "supervisor-training-catalogue", "trainingScope")),
            entry(SupervisionRole.class, definition(M, "supervisor-training-catalogue", "supervisionRole")),
            entry(HelseSorOstSubStrategy.class, id(M, "helse-sor-ost-sub-strategy")),
            entry(Glossary.class, id(M, "glossary")),
            entry(GlossaryTerm.class, definition(M, "glossary", "glossaryTerm")),
            entry(FocusArea.class, definition(M, "helse-sor-ost-sub-strategy", "focusArea")),
            entry(DesiredOutcome.class, definition(M, "helse-sor-ost-sub-strategy", "desiredOutcome")),
            entry(RegionalMeasure.class, definition(M, "helse-sor-ost-sub-strategy", "regionalMeasure")),
            entry(NordicCrosswalk.class, id(M, "nordic-crosswalk")),
            entry(CrosswalkLink.class, definition(M, "nordic-crosswalk", "crosswalkLink")),
            entry(OrganisationTree.class, id(M, "organisation-tree")),
            entry(OrganisationUnit.class, definition(M, "organisation-tree", "organisationUnit")),
            entry(MeasurePlan.class, id(M, "measure-plan")),
            entry(MeasureArea.class, definition(M, "measure-plan", "measureArea")),
            entry(MeasureReport.class, id(M, "measure-report")),
            entry(PlanProgress.class, id(M, "plan-progress")),
            entry(AreaProgress.class, definition(M, "plan-progress", "areaProgress")),
            entry(MeasureProgress.class, definition(M, "plan-progress", "measureProgress")),
            entry(PlannedMeasure.class, id(M, "planned-measure")),
            entry(MeasureFollowUp.class, definition(M, "planned-measure", "measureFollowUp")),
            entry(Roster.class, id(M, "roster")),
            entry(StaffMember.class, definition(M, "roster", "staffMember")),
            entry(TrainingCoverage.class, id(M, "training-coverage")),
            entry(Qualification.class, id(M, "qualification")),
            entry(HoursPolicy.class, id(M, "hours-policy")),
            entry(HoursEstimate.class, id(M, "hours-estimate")));

    private static final Map<Class<? extends Enum<?>>, String> ENUMS = Map.ofEntries(
            entry(Language.class, kernel("language")),
            entry(Comparison.class, kernel("comparison")),
            entry(OrganisationLevel.class, kernel("organisationLevel")),
            entry(LinkBasis.class, definition(M, "orebro-strategy", "linkBasis")),
            entry(TextBasis.class, definition(M, "helse-sor-ost-sub-strategy", "textBasis")),
            entry(CrosswalkTheme.class, definition(M, "nordic-crosswalk", "crosswalkTheme")),
            entry(MeasureStatus.class, definition(M, "measure-report", "measureStatus")),
            entry(FollowUpStatus.class, definition(M, "planned-measure", "followUpStatus")),
            entry(ScopeUnit.class, definition(M, "supervisor-training-catalogue", "scopeUnit")),
            entry(CoverageStatus.class, definition(M, "training-coverage", "coverageStatus")),
            entry(MeasureReason.class, definition(M, "reasons", "measureReasonCode")),
            entry(TrainingReason.class, definition(M, "reasons", "trainingReasonCode")));

    SchemaTest() {
        super(M, DOCUMENTS, SCHEMAS, ENUMS, JsonRoundTripLaws.CASES);
    }

    private static String kernel(String name) {
        return definition(M, "kernel", name);
    }

    /** The ids share the kernel's id schemas, one a kind; a Term's half is JSON only inside the Term's code. */
    @Override
    protected boolean needsNoSchema(Class<?> type) {
        return type == Identifier.class || type.getSimpleName().equals("TermHalf");
    }

    @Test
    void the_meta_schema_check_rejects_a_malformed_schema() {
        assertInvalid(SchemaCheck.META_SCHEMA, "{\"type\":5,\"required\":\"id\"}");
        assertValid(SchemaCheck.META_SCHEMA, "{\"type\":\"object\",\"required\":[\"id\"]}");
    }

    static Stream<Arguments> resources() {
        return Stream.of(
                Arguments.of("strategy/orebro-strategy.json", "orebro-strategy"),
                Arguments.of("organisation/learning-environment-levels.json", "learning-environment-levels"),
                Arguments.of("supervision/stockholm-supervisor-training.json", "supervisor-training-catalogue"),
                Arguments.of("supervision/vo-college-steps.json", "supervisor-training-catalogue"),
                Arguments.of("substrategy/helse-sor-ost-sub-strategy.json", "helse-sor-ost-sub-strategy"),
                Arguments.of("crosswalk/nordic-crosswalk.json", "nordic-crosswalk"),
                Arguments.of("glossary.json", "glossary"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("resources")
    void every_shipped_reference_resource_validates(String resource, String document) {
        String text = SchemaCheck.resourceText(OrebroStrategy.class.getResourceAsStream("/se/klinedu/core/" + resource), resource);

        assertValid(id(M, document), text);
    }

    @Test
    void both_measure_plans_validate() {
        assertValid(id(M, "measure-plan"), JSON.write(STRATEGY.measurePlan()));
        assertValid(id(M, "measure-plan"), JSON.write(HelseSorOstSubStrategy.load().measurePlan()));
    }

    @Test
    void a_negative_count_is_rejected_by_both() {
        assertBothReject(kernel("counts"), "{\"numerator\":-1,\"denominator\":4}", Counts.class);
        assertBothReject(kernel("counts"), "{\"numerator\":1,\"denominator\":-4}", Counts.class);
        assertBothReject(kernel("counts"), "{\"numerator\":1.5,\"denominator\":4}", Counts.class);
    }

    @Test
    void a_training_listed_twice_for_a_staff_member_is_rejected_by_both() {
        assertBothReject(definition(M, "roster", "staffMember"),
                "{\"id\":\"s-1\",\"completedTrainings\":[\"grundutbildning\",\"grundutbildning\"]}", StaffMember.class);
    }

    @Test
    void a_percent_outside_0_to_100_is_rejected_by_both() {
        assertBothReject(kernel("threshold"), "{\"comparison\":\"more-than\",\"percent\":100.5}", Threshold.class);
        assertBothReject(kernel("threshold"), "{\"comparison\":\"more-than\",\"percent\":-1}", Threshold.class);
        assertBothReject(kernel("threshold"), "{\"comparison\":\"=\",\"percent\":50}", Threshold.class);
    }

    @Test
    void bad_ids_periods_and_dates_are_rejected_by_both() {
        String tree = JSON.write(CoreGenerators.organisationTree(new Random(1), 5));
        assertBothReject(id(M, "organisation-tree"), withFieldAt(tree, "/units/0", "id", "\"-starts with a hyphen\""),
                OrganisationTree.class);
        assertBothReject(id(M, "organisation-tree"), withFieldAt(tree, "/units/0", "level", "\"WARD\""),
                OrganisationTree.class);
        assertBothReject(id(M, "organisation-tree"), withFieldAt(tree, "/units/0", "name", "\"  \""),
                OrganisationTree.class);
        assertBothReject(kernel("reportingPeriod"), "\"2025Q1\"", ReportingPeriod.class);
        assertBothReject(kernel("reportingPeriod"), "\"VT0999\"", ReportingPeriod.class);
        assertBothReject(kernel("effectGoalId"), "\"1.0\"", EffectGoalId.class);
        assertBothReject(kernel("trainingId"), "\"Upper-Case\"", TrainingId.class);
        assertBothReject(kernel("due"), "\"2026-13-01\"", Due.class);
        assertBothReject(kernel("due"), "\"soon\"", Due.class);
        String roster = JSON.write(CoreGenerators.roster(new Random(2), STOCKHOLM, 5));
        assertBothReject(id(M, "roster"), withFieldAt(roster, "/staff/0", "id", "\"has space\""), Roster.class);
    }

    @Test
    void a_measure_report_whose_dates_do_not_fit_its_status_is_rejected_by_both() {
        String done = "{\"measure\":\"PA1.1\",\"status\":\"done\",\"responsible\":[\"HR\"],\"due\":\"ongoing\"}";
        assertBothReject(id(M, "measure-report"), done, MeasureReport.class);
        assertValid(id(M, "measure-report"), withField(done, "doneOn", "\"2025-05-01\""));
        String notStarted = "{\"measure\":\"PA1.1\",\"status\":\"not-started\",\"responsible\":[\"HR\"],\"due\":\"ongoing\"}";
        assertValid(id(M, "measure-report"), notStarted);
        assertBothReject(id(M, "measure-report"), withField(notStarted, "startedOn", "\"2025-05-01\""), MeasureReport.class);
        assertBothReject(id(M, "measure-report"), withField(notStarted, "responsible", "[]"), MeasureReport.class);
    }

    @Test
    void the_levels_must_be_every_level_once_highest_first() {
        String levels = JSON.write(LearningEnvironmentLevels.load());
        assertBothReject(id(M, "learning-environment-levels"), withFieldAt(levels, "/levels/0", "level", "\"work-team\""),
                LearningEnvironmentLevels.class);
        assertInvalid(id(M, "learning-environment-levels"), withField(levels, "levels", "[]"));
    }

    @Test
    void a_blank_text_and_an_unknown_language_are_rejected_by_both() {
        assertBothReject(kernel("localizedText"), "{\"language\":\"sv\",\"original\":\" \",\"english\":\"x\"}",
                LocalizedText.class);
        assertBothReject(kernel("localizedText"), "{\"language\":\"en\",\"original\":\"x\",\"english\":\"x\"}",
                LocalizedText.class);
    }

    @Test
    void every_reason_code_takes_exactly_its_parameters_in_the_schema() {
        Map.<String, List<ReasonCode>>of("measureReason", List.of(MeasureReason.values()),
                "trainingReason", List.of(TrainingReason.values())).forEach(this::assertReasonsSchema);
    }

    /** Asserts that a definition of reasons has one alternative per code, in order, whose args are the parameters. */
    private void assertReasonsSchema(String definition, List<ReasonCode> constants) {
        JsonNode alternatives = SchemaCheck.node(definition(M, "reasons", definition)).path("oneOf");

        assertEquals(constants.size(), alternatives.size(), definition);
        for (int i = 0; i < constants.size(); i++) {
            ReasonCode code = constants.get(i);
            JsonNode alternative = alternatives.get(i).path("properties");
            List<String> required = alternative.path("args").path("required").valueStream().map(JsonNode::asString).toList();
            List<String> properties = List.copyOf(alternative.path("args").path("properties").propertyNames());

            assertEquals(code.code(), alternative.path("code").path("const").asString());
            assertEquals(code.parameters(), required, code.code());
            assertEquals(code.parameters(), properties, code.code());
        }
    }

    @Test
    void reasons_that_break_their_code_are_rejected_by_both() {
        String coverage = JSON.write(CoreGenerators.roster(new Random(3), STOCKHOLM, 5)
                .coverage(STOCKHOLM.minimumLevelTraining().orElseThrow(), Threshold.moreThan(90)));
        String schema = id(M, "training-coverage");
        assertValid(schema, coverage);
        assertBothReject(schema, withField(coverage, "reasons", "[]"), TrainingCoverage.class);
        assertBothReject(schema, withField(coverage, "reasons", "[" + reason("training.no-such-code", "{}") + "]"),
                TrainingCoverage.class);
        assertBothReject(schema, withField(coverage, "reasons", "[" + reason("measure.not-reported", "{}") + "]"),
                TrainingCoverage.class);
        assertBothReject(schema, withField(coverage, "reasons", "[" + reason("training.coverage-unreachable",
                "{\"staff\":10}") + "]"), TrainingCoverage.class);
        assertBothReject(schema, withField(coverage, "reasons", "[" + reason("training.coverage-unreachable",
                "{\"staff\":\"ten\",\"threshold\":\"more-than 100\"}") + "]"), TrainingCoverage.class);
        assertBothReject(schema, withField(coverage, "reasons", "[" + reason("training.roster-empty", "{\"staff\":0}")
                + "]"), TrainingCoverage.class);
        assertBothReject(id(M, "plan-progress"), "{\"referenceDate\":\"2025-06-30\",\"areas\":[{\"area\":\"A1\","
                + "\"measures\":[{\"measure\":\"A1.M1\",\"overdue\":false,\"reasons\":["
                + reason("measure.done", "{\"doneOn\":\"2025-13-01\"}") + "]}]}]}", PlanProgress.class);
    }

    private static String reason(String code, String args) {
        return "{\"code\":\"" + code + "\",\"args\":" + args + ",\"text\":\"t\"}";
    }
}
