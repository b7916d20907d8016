package se.klinedu.examples.quick;

import java.io.PrintStream;
import java.util.Locale;
import se.klinedu.core.Counts;
import se.klinedu.core.Language;
import se.klinedu.core.explain.Renderer;
import se.klinedu.core.organisation.OrganisationUnitId;
import se.klinedu.core.period.CalendarYear;
import se.klinedu.indicators.evaluation.EvaluationPolicy;
import se.klinedu.indicators.evaluation.Evaluations;
import se.klinedu.indicators.evaluation.IndicatorResult;
import se.klinedu.indicators.target.Indicator;
import se.klinedu.indicators.target.IndicatorCatalogue;
import se.klinedu.indicators.target.IndicatorId;

/**
 * Evaluates one share indicator of the Örebro strategy for one unit and one year, and prints the status,
 * the Wilson interval, the certainty and the reasons.
 *
 * <p>Run: {@code java -cp examples/target/klinedu-examples.jar se.klinedu.examples.quick.EvaluateOneIndicator}
 */
public final class EvaluateOneIndicator {

    /** The indicator: the share of students who find the learning environment positive, "&gt;85 procent". */
    static final IndicatorId INDICATOR = IndicatorId.of("1.3.2");
    /** The unit the survey answers come from. */
    static final OrganisationUnitId UNIT = OrganisationUnitId.of("medicinkliniken-orebro");
    /** The year of the survey. */
    static final CalendarYear YEAR = CalendarYear.of(2025);
    /** 118 of 134 students answered that the learning environment was positive (88.1 %). */
    static final Counts ANSWERS = Counts.of(118, 134);

    private EvaluateOneIndicator() {
    }

    /**
     * Prints the evaluation.
     *
     * @param args ignored
     */
    public static void main(String[] args) {
        print(System.out);
    }

    /**
     * {@return the result the example prints, computed by the library}
     */
    static IndicatorResult evaluate() {
        Indicator indicator = IndicatorCatalogue.load("orebro").get(INDICATOR);
        return Evaluations.evaluateCounts(indicator, UNIT, YEAR, ANSWERS, EvaluationPolicy.standard());
    }

    static void print(PrintStream out) {
        Indicator indicator = IndicatorCatalogue.load("orebro").get(INDICATOR);
        IndicatorResult result = evaluate();
        out.println("Indicator " + indicator.id() + ": " + indicator.text().original());
        out.println("  (" + indicator.text().english() + ")");
        out.println("Unit " + UNIT + ", " + YEAR + ": " + ANSWERS.numerator() + " of " + ANSWERS.denominator()
                + " students answered yes");
        out.println("Status:    " + result.status() + "  (the counts are compared with the threshold exactly)");
        out.println("Estimate:  " + percent(result.estimate().orElseThrow()));
        out.println("Interval:  " + interval(result) + "  (95 % Wilson score interval)");
        out.println("Certainty: " + result.certainty().orElseThrow()
                + "  (CLEAR when the whole interval lies on one side of the threshold, UNCERTAIN when it straddles it)");
        out.println("Reasons (data rendered in English; Renderer.of(\"sv\") or \"nb\" gives Swedish or Norwegian):");
        Renderer english = Renderer.of(Language.ENGLISH);
        result.reasons().forEach(reason -> out.println("  - " + english.render(reason) + "   [" + reason.code().code() + "]"));
    }

    static String interval(IndicatorResult result) {
        return percent(result.interval().orElseThrow().lower()) + " – " + percent(result.interval().orElseThrow().upper());
    }

    private static String percent(double share) {
        return String.format(Locale.ROOT, "%.1f %%", share * 100);
    }
}
