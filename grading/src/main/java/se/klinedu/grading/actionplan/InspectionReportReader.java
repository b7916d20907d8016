package se.klinedu.grading.actionplan;

import java.util.Optional;
import se.klinedu.core.internal.CoreReaders;
import se.klinedu.core.internal.JsonCursor;
import se.klinedu.core.measure.Due;
import se.klinedu.core.organisation.OrganisationUnitId;
import se.klinedu.grading.assessment.Assessment;
import se.klinedu.grading.assessment.CriterionAssessment;
import se.klinedu.grading.assessment.CriterionOutcome;
import se.klinedu.grading.assessment.InspectionFinding;
import se.klinedu.grading.criteria.CriterionId;
import se.klinedu.grading.criteria.Grade;
import se.klinedu.grading.criteria.SpurArea;
import se.klinedu.grading.internal.GradingReaders;

/**
 * Reads the worked example's reference document, {@code worked-example-003.json}, on a {@link JsonCursor}
 * into the builders, as strictly as the codec reads {@link InspectionReport}. The assessment's outcomes and
 * findings, whose builders are another package's, are made by their public factories after the checks a builder
 * makes first.
 */
final class InspectionReportReader {

    private static final String[] CRITERION_ASSESSMENT = {"criterion", "outcome"};
    private static final String[] INSPECTION_FINDING = {"area", "number", "text"};

    private InspectionReportReader() {
    }

    static InspectionReport report(JsonCursor in) {
        ImmutableInspectionReport.Builder report = ImmutableInspectionReport.builder();
        in.beginObject();
        for (String field = in.nextField(); field != null; field = in.nextField()) {
            switch (field) {
                case "assessment" -> report.assessment(assessment(in));
                case "actionPlan" -> report.actionPlan(actionPlan(in));
                case "statedGrades" -> report.addAllStatedGrades(in.list(InspectionReportReader::statedGrade));
                default -> throw in.unknownField();
            }
        }
        return in.requiring(report.build(), "assessment", "actionPlan");
    }

    private static Assessment assessment(JsonCursor in) {
        Assessment.Builder assessment = Assessment.builder();
        in.beginObject();
        for (String field = in.nextField(); field != null; field = in.nextField()) {
            switch (field) {
                case "unit" -> assessment.unit(OrganisationUnitId.of(in.string()));
                case "specialty" -> assessment.specialty(in.string());
                case "inspectionDate" -> assessment.inspectionDate(CoreReaders.optionalDate(in));
                case "regulations" -> assessment.addAllRegulations(GradingReaders.regulations(in));
                case "outcomes" -> assessment.addAllOutcomes(in.list(InspectionReportReader::criterionAssessment));
                case "findings" -> assessment.addAllFindings(in.list(InspectionReportReader::finding));
                case "strengths" -> assessment.addAllStrengths(in.strings());
                case "weaknesses" -> assessment.addAllWeaknesses(in.strings());
                case "improvementSuggestions" -> assessment.addAllImprovementSuggestions(in.strings());
                default -> throw in.unknownField();
            }
        }
        return in.requiring(assessment.build(), "unit", "specialty", "regulations", "outcomes", "findings",
                "strengths", "weaknesses", "improvementSuggestions");
    }

    private static CriterionAssessment criterionAssessment(JsonCursor in) {
        in.beginObject();
        CriterionId criterion = null;
        CriterionOutcome outcome = null;
        Optional<String> note = Optional.empty();
        for (String field = in.nextField(); field != null; field = in.nextField()) {
            switch (field) {
                case "criterion" -> criterion = CriterionId.of(in.string());
                case "outcome" -> outcome = in.code(CriterionOutcome.class);
                case "note" -> note = CoreReaders.optionalString(in);
                default -> throw in.unknownField();
            }
        }
        in.required(CRITERION_ASSESSMENT, criterion, outcome);
        return note.isPresent() ? CriterionAssessment.of(criterion, outcome, note.get())
                : CriterionAssessment.of(criterion, outcome);
    }

    private static InspectionFinding finding(JsonCursor in) {
        in.beginObject();
        SpurArea area = null;
        Integer number = null;
        String text = null;
        for (String field = in.nextField(); field != null; field = in.nextField()) {
            switch (field) {
                case "area" -> area = in.code(SpurArea.class);
                case "number" -> number = in.integer();
                case "text" -> text = in.string();
                default -> throw in.unknownField();
            }
        }
        in.required(INSPECTION_FINDING, area, number, text);
        return InspectionFinding.of(area, number, text);
    }

    private static ActionPlan actionPlan(JsonCursor in) {
        ImmutableActionPlan.Builder plan = ImmutableActionPlan.builder();
        in.beginObject();
        for (String field = in.nextField(); field != null; field = in.nextField()) {
            if (field.equals("items")) {
                plan.addAllItems(in.list(InspectionReportReader::item));
            } else {
                throw in.unknownField();
            }
        }
        return in.requiring(plan.build(), "items");
    }

    private static ActionItem item(JsonCursor in) {
        ActionItem.Builder item = ActionItem.builder();
        in.beginObject();
        for (String field = in.nextField(); field != null; field = in.nextField()) {
            switch (field) {
                case "area" -> item.area(in.code(SpurArea.class));
                case "criterion" -> item.criterion(CriterionId.of(in.string()));
                case "measure" -> item.measure(CoreReaders.optionalString(in));
                case "due" -> item.due(in.isNull() ? Optional.empty() : Optional.of(Due.parse(in.string())));
                case "dueAsWritten" -> item.dueAsWritten(CoreReaders.optionalString(in));
                case "responsible" -> item.responsible(CoreReaders.optionalString(in));
                case "followUpDate" -> item.followUpDate(CoreReaders.optionalDate(in));
                case "followUpDateAsWritten" -> item.followUpDateAsWritten(CoreReaders.optionalString(in));
                case "followUpResponsible" -> item.followUpResponsible(CoreReaders.optionalString(in));
                case "alsoAddresses" -> item.addAllAlsoAddresses(in.list(InspectionReportReader::criterionId));
                case "followedUpOn" -> item.followedUpOn(CoreReaders.optionalDate(in));
                default -> throw in.unknownField();
            }
        }
        return in.requiring(item.build(), "area", "criterion");
    }

    private static CriterionId criterionId(JsonCursor in) {
        return CriterionId.of(in.string());
    }

    private static StatedGrade statedGrade(JsonCursor in) {
        ImmutableStatedGrade.Builder grade = ImmutableStatedGrade.builder();
        in.beginObject();
        for (String field = in.nextField(); field != null; field = in.nextField()) {
            switch (field) {
                case "area" -> grade.area(in.code(SpurArea.class));
                case "grade" -> grade.grade(in.code(Grade.class));
                case "statement" -> grade.statement(in.string());
                default -> throw in.unknownField();
            }
        }
        return in.requiring(grade.build(), "area", "grade", "statement");
    }
}
