package se.klinedu.examples.quick;

import java.io.PrintStream;
import java.util.Map;
import se.klinedu.core.Language;
import se.klinedu.core.explain.Renderer;
import se.klinedu.core.organisation.OrganisationUnitId;
import se.klinedu.grading.assessment.AreaGrade;
import se.klinedu.grading.assessment.Assessment;
import se.klinedu.grading.assessment.CriterionAssessment;
import se.klinedu.grading.assessment.CriterionOutcome;
import se.klinedu.grading.assessment.Grades;
import se.klinedu.grading.assessment.GradingPolicy;
import se.klinedu.grading.criteria.Criterion;
import se.klinedu.grading.criteria.CriterionId;
import se.klinedu.grading.criteria.Regulation;
import se.klinedu.grading.criteria.SpurArea;
import se.klinedu.grading.criteria.SpurModel;

/**
 * Grades one SPUR area under one regulation from criterion outcomes, and prints the grade with the rule
 * and the criteria that decided it.
 *
 * <p>Run: {@code java -cp examples/target/klinedu-examples.jar se.klinedu.examples.quick.GradeOneSpurArea}
 */
public final class GradeOneSpurArea {

    /** Area E, supervision and assessment of competence. */
    static final SpurArea AREA = SpurArea.E;
    /** The regulation of the ST doctors on the unit. */
    static final Regulation REGULATION = Regulation.HSLF_FS_2021_8;
    /** The outcomes that are not "met"; every other criterion of the area is met. */
    static final Map<CriterionId, CriterionOutcome> NOT_MET = Map.of(
            CriterionId.of("E-08"), CriterionOutcome.PARTLY_MET,
            CriterionId.of("E-14"), CriterionOutcome.NOT_MET);

    private GradeOneSpurArea() {
    }

    /**
     * Prints the grading.
     *
     * @param args ignored
     */
    public static void main(String[] args) {
        print(System.out);
    }

    /**
     * {@return the inspectors' outcomes for area E: met, except those in {@link #NOT_MET}}
     */
    static Assessment assessment() {
        SpurModel model = SpurModel.load();
        var assessment = Assessment.builder().unit(OrganisationUnitId.of("uso-kirurgi"))
                .specialty("Kirurgi").addRegulations(REGULATION);
        for (Criterion criterion : model.criteria(AREA, REGULATION)) {
            assessment.addOutcomes(CriterionAssessment.of(criterion.id(),
                    NOT_MET.getOrDefault(criterion.id(), CriterionOutcome.MET)));
        }
        return assessment.build();
    }

    /**
     * {@return the grade the example prints, computed by the library}
     */
    static AreaGrade grade() {
        return Grades.grade(SpurModel.load(), assessment(), AREA, REGULATION, GradingPolicy.standard());
    }

    static void print(PrintStream out) {
        SpurModel model = SpurModel.load();
        Assessment assessment = assessment();
        out.println("Area " + AREA.letter() + " " + AREA.title().original() + " (" + AREA.title().english() + ")"
                + " under " + REGULATION.designation() + ", " + assessment.outcomes().size() + " criteria apply:");
        for (CriterionAssessment outcome : assessment.outcomes()) {
            Criterion criterion = model.get(outcome.criterion());
            out.println("  " + criterion.id() + "  " + pad(criterion.kind().code()) + "  " + outcome.outcome().code());
        }
        AreaGrade grade = grade();
        out.println("Grade:    " + grade.grade().map(Object::toString).orElse("none") + " (" + grade.status() + ")");
        out.println("Rule:     " + grade.rule()
                + "  (a regulation not fully met gives D; general advice not fully met gives C; quality indicators decide A or B)");
        out.println("Deciding criteria:");
        for (CriterionId id : grade.criteria()) {
            out.println("  " + id + "  " + assessment.outcome(id).code() + "  " + model.get(id).text().original());
        }
        out.println("Reasons (code, then the text in English):");
        Renderer english = Renderer.of(Language.ENGLISH);
        grade.reasons().forEach(reason -> out.println("  " + reason.code().code() + "  " + english.render(reason)));
    }

    private static String pad(String text) {
        return String.format("%-17s", text);
    }
}
