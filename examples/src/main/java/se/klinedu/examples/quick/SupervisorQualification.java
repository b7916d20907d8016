package se.klinedu.examples.quick;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import se.klinedu.core.Language;
import se.klinedu.core.Threshold;
import se.klinedu.core.explain.Renderer;
import se.klinedu.core.supervision.Qualification;
import se.klinedu.core.supervision.Roster;
import se.klinedu.core.supervision.StaffId;
import se.klinedu.core.supervision.StaffMember;
import se.klinedu.core.supervision.SupervisionRoleId;
import se.klinedu.core.supervision.SupervisorTrainingCatalogue;
import se.klinedu.core.supervision.TrainingCoverage;
import se.klinedu.core.supervision.TrainingId;

/**
 * Checks a supervisor's qualification against Region Stockholm's recommendations, then a unit's roster
 * against "Andel medarbetare med grundutbildning i klinisk handledning ska uppgå till &gt;90 procent", with
 * the fewest people to train so that it passes.
 *
 * <p>Run: {@code java -cp examples/target/klinedu-examples.jar se.klinedu.examples.quick.SupervisorQualification}
 */
public final class SupervisorQualification {

    /** The role: supervisor of ST doctors (specialty trainees). */
    static final SupervisionRoleId ROLE = SupervisionRoleId.of("supervisor-of-specialty-trainees");
    /** What the supervisor has completed: nothing but the Skolverket course. */
    static final Set<TrainingId> COMPLETED = Set.of(TrainingId.of("skolverket-national-supervisor-training"));
    /** The unit's staff. */
    static final int STAFF = 47;
    /** How many of them have the minimum-level training. */
    static final int TRAINED = 38;

    private SupervisorQualification() {
    }

    /**
     * Prints the qualification and the roster's gap.
     *
     * @param args ignored
     */
    public static void main(String[] args) {
        print(System.out);
    }

    /**
     * {@return the qualification the example prints, computed by the library}
     */
    static Qualification qualification() {
        return SupervisorTrainingCatalogue.load("stockholm").qualification(ROLE, COMPLETED);
    }

    /**
     * {@return a roster of {@link #STAFF} people, the first {@link #TRAINED} with the minimum-level training}
     */
    static Roster roster() {
        TrainingId minimum = SupervisorTrainingCatalogue.load("stockholm").minimumLevelTraining().orElseThrow();
        List<StaffMember> staff = new ArrayList<>();
        for (int i = 1; i <= STAFF; i++) {
            staff.add(StaffMember.of(StaffId.of(String.format("staff-%03d", i)), i <= TRAINED ? Set.of(minimum) : Set.of()));
        }
        return Roster.of(staff);
    }

    /**
     * {@return the roster's coverage the example prints, computed by the library}
     */
    static TrainingCoverage coverage() {
        TrainingId minimum = SupervisorTrainingCatalogue.load("stockholm").minimumLevelTraining().orElseThrow();
        return roster().coverage(minimum, Threshold.moreThan(90));
    }

    static void print(PrintStream out) {
        SupervisorTrainingCatalogue stockholm = SupervisorTrainingCatalogue.load("stockholm");
        Qualification qualification = qualification();
        out.println("Role " + ROLE + ": " + stockholm.get(ROLE).targetGroup().original());
        out.println("  requires (prerequisites first): " + qualification.required());
        out.println("  completed:                      " + COMPLETED);
        out.println("  qualified: " + qualification.isQualified() + "; missing " + qualification.missing());
        out.println("  (" + String.join(" ", Renderer.of(Language.ENGLISH).render(qualification.reasons())) + ")");
        for (TrainingId missing : qualification.missing()) {
            out.println("    " + missing + ": " + stockholm.get(missing).name().original());
        }
        TrainingCoverage coverage = coverage();
        out.println("Roster: " + coverage.counts() + " have " + coverage.training() + " (the minimum level for all staff)");
        out.println("  against " + coverage.threshold() + ": " + coverage.status());
        out.println("  fewest people to train: " + coverage.additionalToTrain().orElseThrow()
                + "  (" + String.join(" ", Renderer.of(Language.ENGLISH).render(coverage.reasons())) + ")");
    }
}
