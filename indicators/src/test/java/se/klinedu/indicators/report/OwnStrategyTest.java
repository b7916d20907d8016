package se.klinedu.indicators.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.klinedu.core.Counts;
import se.klinedu.core.InvalidInputException;
import se.klinedu.core.LocalizedText;
import se.klinedu.core.Provenance;
import se.klinedu.core.Threshold;
import se.klinedu.core.json.KlineduJson;
import se.klinedu.core.organisation.OrganisationLevel;
import se.klinedu.core.organisation.OrganisationTree;
import se.klinedu.core.organisation.OrganisationUnit;
import se.klinedu.core.organisation.OrganisationUnitId;
import se.klinedu.core.period.CalendarYear;
import se.klinedu.core.period.StrategyPeriod;
import se.klinedu.core.strategy.EffectGoalId;
import se.klinedu.core.strategy.GoalOutline;
import se.klinedu.core.strategy.OverallGoalId;
import se.klinedu.core.strategy.StrategyOutline;
import se.klinedu.indicators.evaluation.Status;
import se.klinedu.indicators.observation.Milestone;
import se.klinedu.indicators.observation.Observation;
import se.klinedu.indicators.observation.ObservationSet;
import se.klinedu.indicators.target.Direction;
import se.klinedu.indicators.target.Indicator;
import se.klinedu.indicators.target.IndicatorCatalogue;
import se.klinedu.indicators.target.IndicatorId;
import se.klinedu.indicators.target.Reporter;
import se.klinedu.indicators.target.Target;

/**
 * A made-up region with a strategy of its own — two overall goals over 2024–2027, one effect goal each, three
 * indicators — evaluated end to end: nothing on the way assumes the Örebro strategy.
 */
class OwnStrategyTest {

    private static final StrategyOutline STRATEGY = StrategyOutline.of(StrategyPeriod.of(2024, 2027), List.of(
            GoalOutline.of(OverallGoalId.of("1"), List.of(EffectGoalId.of("1.1"))),
            GoalOutline.of(OverallGoalId.of("2"), List.of(EffectGoalId.of("2.1")))), List.of());
    private static final IndicatorId SUPERVISED = IndicatorId.of("1.1.1");
    private static final IndicatorId PLAN = IndicatorId.of("1.1.2");
    private static final IndicatorId WELCOMED = IndicatorId.of("2.1.1");
    private static final IndicatorCatalogue CATALOGUE = IndicatorCatalogue.of(STRATEGY,
            Provenance.of(LocalizedText.swedish("Utbildningsplan 2024–2027", "Education plan 2024–2027"), "Region Påhittad"),
            List.of(indicator(SUPERVISED, "1.1", Target.share(Threshold.moreThan(80))),
                    indicator(PLAN, "1.1", Target.milestone()),
                    indicator(WELCOMED, "2.1", Target.share(Threshold.atLeast(50)))));

    private static final OrganisationUnitId REGION = OrganisationUnitId.of("region");
    private static final OrganisationUnitId NORTH = OrganisationUnitId.of("north");
    private static final OrganisationUnitId SOUTH = OrganisationUnitId.of("south");
    private static final OrganisationTree TREE = OrganisationTree.of(List.of(
            OrganisationUnit.root(REGION, "Region", OrganisationLevel.HOSPITAL_OR_REGION),
            OrganisationUnit.child(NORTH, "Norr", OrganisationLevel.CLINIC_OR_HEALTH_CENTRE, REGION),
            OrganisationUnit.child(SOUTH, "Söder", OrganisationLevel.CLINIC_OR_HEALTH_CENTRE, REGION)));

    private static Indicator indicator(IndicatorId id, String effectGoal, Target target) {
        return Indicator.builder().id(id).effectGoal(EffectGoalId.of(effectGoal))
                .text(LocalizedText.swedish("Indikator " + id, "Indicator " + id)).target(target)
                .direction(Direction.HIGHER_IS_BETTER).reporter(Reporter.UNITS).build();
    }

    private static ObservationSet observations() {
        CalendarYear y2025 = CalendarYear.of(2025);
        CalendarYear y2026 = CalendarYear.of(2026);
        return ObservationSet.of(CATALOGUE, List.of(
                Observation.ofCounts(SUPERVISED, NORTH, y2025, Counts.of(30, 40)),
                Observation.ofCounts(SUPERVISED, SOUTH, y2025, Counts.of(20, 30)),
                Observation.ofCounts(SUPERVISED, NORTH, y2026, Counts.of(36, 40)),
                Observation.ofCounts(SUPERVISED, SOUTH, y2026, Counts.of(27, 30)),
                Observation.ofCounts(WELCOMED, NORTH, y2026, Counts.of(10, 40)),
                Observation.ofCounts(WELCOMED, SOUTH, y2026, Counts.of(12, 30)),
                Observation.ofMilestone(PLAN, REGION, y2026, Milestone.doneOn(LocalDate.of(2026, 3, 1)))));
    }

    @Test
    void the_report_follows_the_catalogues_strategy_goal_by_goal() {
        FollowUpReport report = FollowUpReport.of(CATALOGUE, TREE, observations(),
                FollowUpRequest.of(REGION, CalendarYear.of(2026)).comparingWith(CalendarYear.of(2025)));

        assertEquals(List.of(OverallGoalId.of("1"), OverallGoalId.of("2")),
                report.overallGoals().stream().map(OverallGoalSection::overallGoal).toList());
        EffectGoalSection first = report.overallGoals().get(0).effectGoals().get(0);
        EffectGoalSection second = report.overallGoals().get(1).effectGoals().get(0);
        assertEquals(EffectGoalId.of("1.1"), first.effectGoal());
        assertEquals(List.of(SUPERVISED, PLAN), first.indicators().stream().map(line -> line.result().indicator()).toList());
        // 63 of 70 = 90 % > 80 %; the plan was done in the year; 22 of 70 = 31 % < 50 %
        assertEquals(List.of(Status.MET, Status.MET), first.indicators().stream().map(line -> line.result().status()).toList());
        assertEquals(Status.NOT_MET, second.indicators().get(0).result().status());
        assertEquals(Counts.of(63, 70), first.indicators().get(0).result().counts().orElseThrow());
        // the trend of 1.1.1 compares 2026 with 2025 (50 of 70)
        assertTrue(first.indicators().get(0).trend().isPresent());
        assertEquals(Status.MET, report.overallGoals().get(0).rollUp().status());
        assertEquals(Status.NOT_MET, report.rollUp().status());
    }

    @Test
    void periods_are_those_of_the_catalogues_strategy_not_oerebros() {
        // 2022 lies within Örebro's 2021–2030 but not within this strategy's 2024–2027
        InvalidInputException observed = assertThrows(InvalidInputException.class, () -> ObservationSet.of(CATALOGUE,
                List.of(Observation.ofCounts(SUPERVISED, NORTH, CalendarYear.of(2022), Counts.of(1, 2)))));
        assertTrue(observed.getMessage().contains("2024–2027"), observed.getMessage());

        InvalidInputException reported = assertThrows(InvalidInputException.class, () -> FollowUpReport.of(CATALOGUE, TREE,
                observations(), FollowUpRequest.of(REGION, CalendarYear.of(2028))));
        assertEquals("period", reported.path());
    }

    @Test
    void an_effect_goal_of_another_strategy_is_rejected() {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> IndicatorCatalogue.of(STRATEGY,
                CATALOGUE.provenance(), List.of(indicator(IndicatorId.of("1.6.1"), "1.6", Target.milestone()))));

        assertEquals("indicators[0].effectGoal", e.path());
    }

    @Test
    void the_catalogue_reads_back_with_its_strategy() {
        KlineduJson json = KlineduJson.standard();

        IndicatorCatalogue read = json.read(json.write(CATALOGUE), IndicatorCatalogue.class);

        assertEquals(CATALOGUE, read);
        assertEquals(STRATEGY, read.strategy());
    }
}
