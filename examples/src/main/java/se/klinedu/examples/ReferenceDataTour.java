package se.klinedu.examples;

import java.io.PrintStream;
import java.util.stream.Collectors;
import se.klinedu.core.LocalizedText;
import se.klinedu.core.strategy.EffectGoal;
import se.klinedu.core.strategy.IdentifiedNeed;
import se.klinedu.core.strategy.OrebroStrategy;
import se.klinedu.core.strategy.OverallGoal;
import se.klinedu.core.strategy.PriorityArea;
import se.klinedu.core.supervision.SupervisionRole;
import se.klinedu.core.supervision.SupervisorTraining;
import se.klinedu.core.supervision.SupervisorTrainingCatalogue;

/**
 * Prints the Örebro strategy as a tree and the supervisor-training catalogues, in Swedish with
 * English below each line.
 */
public final class ReferenceDataTour {

    private ReferenceDataTour() {
    }

    /**
     * Runs the tour on standard output.
     *
     * @param args ignored
     */
    public static void main(String[] args) {
        PrintStream out = System.out;
        printStrategy(OrebroStrategy.load(), out);
        out.println();
        printCatalogue(SupervisorTrainingCatalogue.load("stockholm"), out);
        out.println();
        printCatalogue(SupervisorTrainingCatalogue.load("vo-college"), out);
    }

    static void printStrategy(OrebroStrategy strategy, PrintStream out) {
        out.println(strategy.provenance().title().original() + " (" + strategy.provenance().publisher().orElse("") + ")");
        line(out, "Vision", strategy.vision(), 0);
        for (OverallGoal goal : strategy.overallGoals()) {
            line(out, goal.id().value(), goal.text(), 1);
            for (EffectGoal effect : goal.effectGoals()) {
                line(out, effect.id().value(), effect.text(), 2);
            }
        }
        for (PriorityArea area : strategy.priorityAreas()) {
            String links = area.effectGoalLinks().stream().map(link -> link.effectGoal().value())
                    .collect(Collectors.joining(", "));
            line(out, area.id().value(), area.name(), 1);
            out.println("      linked to effect goals " + links + " (interpreted)");
            for (IdentifiedNeed need : area.identifiedNeeds()) {
                line(out, need.id().value(), need.text(), 2);
            }
        }
        strategy.recurringReviews().forEach(review ->
                out.println("  " + review.name().original() + ": every " + review.intervalYears() + " years"));
    }

    static void printCatalogue(SupervisorTrainingCatalogue catalogue, PrintStream out) {
        out.println(catalogue.provenance().title().original()
                + catalogue.provenance().lastReviewed().map(date -> " (last reviewed " + date + ")").orElse(""));
        for (SupervisionRole role : catalogue.roles()) {
            line(out, role.id().value(), role.targetGroup(), 1);
            for (SupervisorTraining training : catalogue.recommendedTrainings(role.id())) {
                String scope = training.scope().map(s -> " [" + s.text().original() + "]").orElse("");
                out.println("      → " + training.name().original() + scope);
            }
        }
    }

    private static void line(PrintStream out, String label, LocalizedText text, int depth) {
        String indent = "  ".repeat(depth);
        out.println(indent + label + "  " + text.original());
        out.println(indent + " ".repeat(label.length() + 2) + text.english());
    }
}
