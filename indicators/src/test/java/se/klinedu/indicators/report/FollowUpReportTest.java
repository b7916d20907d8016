package se.klinedu.indicators.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import se.klinedu.core.Counts;
import se.klinedu.core.InvalidInputException;
import se.klinedu.core.json.KlineduJson;
import se.klinedu.core.organisation.OrganisationLevel;
import se.klinedu.core.organisation.OrganisationTree;
import se.klinedu.core.organisation.OrganisationUnit;
import se.klinedu.core.organisation.OrganisationUnitId;
import se.klinedu.core.period.CalendarYear;
import se.klinedu.indicators.evaluation.IndicatorResult;
import se.klinedu.indicators.evaluation.Status;
import se.klinedu.indicators.observation.Milestone;
import se.klinedu.indicators.observation.Observation;
import se.klinedu.indicators.observation.ObservationSet;
import se.klinedu.indicators.target.IndicatorCatalogue;
import se.klinedu.indicators.target.IndicatorId;
import se.klinedu.indicators.trend.Change;

class FollowUpReportTest {

    private static final IndicatorCatalogue OREBRO = IndicatorCatalogue.load("orebro");
    private static final OrganisationUnitId REGION = OrganisationUnitId.of("region");
    private static final OrganisationUnitId SURGERY = OrganisationUnitId.of("kirurgi");
    private static final OrganisationUnitId MEDICINE = OrganisationUnitId.of("medicin");
    private static final OrganisationUnitId TINY = OrganisationUnitId.of("tiny");
    private static final OrganisationTree TREE = OrganisationTree.of(List.of(
            OrganisationUnit.root(REGION, "Region", OrganisationLevel.HOSPITAL_OR_REGION),
            OrganisationUnit.child(SURGERY, "Kirurgi", OrganisationLevel.CLINIC_OR_HEALTH_CENTRE, REGION),
            OrganisationUnit.child(MEDICINE, "Medicin", OrganisationLevel.CLINIC_OR_HEALTH_CENTRE, REGION),
            OrganisationUnit.child(TINY, "Liten", OrganisationLevel.CLINIC_OR_HEALTH_CENTRE, REGION)));
    private static final IndicatorId LEARNING_GOALS = IndicatorId.of("1.6.1");

    private static ObservationSet observations() {
        List<Observation> observations = new ArrayList<>();
        observations.add(Observation.ofCounts(LEARNING_GOALS, SURGERY, CalendarYear.of(2024), Counts.of(80, 100)));
        observations.add(Observation.ofCounts(LEARNING_GOALS, SURGERY, CalendarYear.of(2025), Counts.of(97, 100)));
        observations.add(Observation.ofCounts(LEARNING_GOALS, MEDICINE, CalendarYear.of(2025), Counts.of(190, 200)));
        observations.add(Observation.ofCounts(LEARNING_GOALS, TINY, CalendarYear.of(2025), Counts.of(2, 3)));
        observations.add(Observation.ofMilestone(IndicatorId.of("2.4.1"), REGION, CalendarYear.of(2022),
                Milestone.doneOn(LocalDate.of(2022, 5, 1))));
        return ObservationSet.of(OREBRO, observations);
    }

    private static FollowUpReport report(OrganisationUnitId unit) {
        return FollowUpReport.of(OREBRO, TREE, observations(), FollowUpRequest.of(unit, CalendarYear.of(2025)).comparingWith(CalendarYear.of(2024)));
    }

    private static IndicatorLine line(FollowUpReport report, String indicator) {
        return report.overallGoals().stream().flatMap(goal -> goal.effectGoals().stream())
                .flatMap(goal -> goal.indicators().stream())
                .filter(line -> line.result().indicator().equals(IndicatorId.of(indicator))).findFirst().orElseThrow();
    }

    @Test
    void the_report_groups_every_indicator_under_its_goals() {
        FollowUpReport report = report(REGION);

        assertEquals(3, report.overallGoals().size());
        assertEquals(15, report.overallGoals().stream().mapToLong(goal -> goal.effectGoals().size()).sum());
        assertEquals(26, report.overallGoals().stream().flatMap(goal -> goal.effectGoals().stream())
                .mapToLong(goal -> goal.indicators().size()).sum());
    }

    @Test
    void the_region_pools_its_units_and_hides_the_tiny_one_together_with_its_first_sibling_by_id() {
        FollowUpReport report = report(REGION);
        IndicatorResult region = line(report, "1.6.1").result();

        assertEquals(Optional.of(Counts.of(289, 303)), region.counts());
        assertEquals(Status.MET, region.status());
        FollowUpReport surgery = report(SURGERY);
        FollowUpReport tiny = report(TINY);
        assertEquals(Status.SUPPRESSED, line(tiny, "1.6.1").result().status());
        // kirurgi comes before medicin by id: it is suppressed so that tiny = region − medicin − kirurgi is not shown
        assertEquals(Status.SUPPRESSED, line(surgery, "1.6.1").result().status());
        assertEquals(Status.MET, line(report(MEDICINE), "1.6.1").result().status());
    }

    @Test
    void a_trend_is_not_comparable_where_a_period_is_suppressed() {
        assertEquals(Change.NOT_COMPARABLE, line(report(SURGERY), "1.6.1").trend().orElseThrow().change());
    }

    @Test
    void the_latest_result_of_a_milestone_reaches_back_to_the_year_it_was_done() {
        IndicatorLine council = line(report(REGION), "2.4.1");

        assertEquals(Status.NO_DATA, council.result().status());
        assertEquals(CalendarYear.of(2022), council.latest().orElseThrow().period());
        assertEquals(Status.MET, council.latest().orElseThrow().status());
    }

    @Test
    void goals_roll_up_worst_of_by_default() {
        FollowUpReport report = report(REGION);

        assertEquals(Status.NO_DATA, report.rollUp().status());
        assertTrue(report.overallGoals().get(0).rollUp().parts().total() == 7);
    }

    @Test
    void the_report_survives_json() {
        FollowUpReport report = report(REGION);
        KlineduJson json = KlineduJson.standard();

        assertEquals(report, json.read(json.write(report), FollowUpReport.class));
    }

    @Test
    void a_unit_outside_the_tree_is_rejected() {
        assertThrows(InvalidInputException.class, () -> report(OrganisationUnitId.of("elsewhere")));
    }

    @Test
    void a_period_outside_the_strategy_is_rejected() {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> FollowUpReport.of(OREBRO, TREE, observations(), FollowUpRequest.of(REGION, CalendarYear.of(2031))));
        assertEquals("period", e.path());
    }

    @Test
    void a_period_compared_with_outside_the_strategy_is_rejected() {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> FollowUpReport.of(OREBRO, TREE, observations(), FollowUpRequest.of(REGION, CalendarYear.of(2025)).comparingWith(CalendarYear.of(2020))));
        assertEquals("comparedWith", e.path());
    }

    @Test
    void the_latest_result_is_the_reported_one_when_it_has_data() {
        IndicatorLine line = line(report(MEDICINE), "1.6.1");

        assertEquals(Optional.of(line.result()), line.latest());
    }

    @Test
    void the_latest_result_never_looks_past_the_reported_period() {
        FollowUpReport report2021 = FollowUpReport.of(OREBRO, TREE, observations(), FollowUpRequest.of(REGION, CalendarYear.of(2021)));

        assertEquals(Optional.empty(), line(report2021, "2.4.1").latest());
        assertEquals(Optional.empty(), line(report2021, "1.6.1").trend());
    }

    @Test
    void a_term_report_looks_back_over_the_terms_up_to_its_own() {
        List<Observation> terms = List.of(
                Observation.ofCounts(LEARNING_GOALS, MEDICINE, se.klinedu.core.period.Term.parse("HT2021"), Counts.of(40, 50)),
                Observation.ofCounts(LEARNING_GOALS, MEDICINE, se.klinedu.core.period.Term.parse("VT2023"), Counts.of(45, 50)),
                Observation.ofCounts(LEARNING_GOALS, MEDICINE, se.klinedu.core.period.Term.parse("HT2023"), Counts.of(48, 50)));
        ObservationSet set = ObservationSet.of(OREBRO, terms);

        FollowUpReport spring2023 = FollowUpReport.of(OREBRO, TREE, set, FollowUpRequest.of(MEDICINE, se.klinedu.core.period.Term.parse("VT2023")));
        FollowUpReport spring2022 = FollowUpReport.of(OREBRO, TREE, set, FollowUpRequest.of(MEDICINE, se.klinedu.core.period.Term.parse("VT2022")));
        FollowUpReport autumn2021 = FollowUpReport.of(OREBRO, TREE, set, FollowUpRequest.of(MEDICINE, se.klinedu.core.period.Term.parse("HT2021")));

        assertEquals(se.klinedu.core.period.Term.parse("VT2023"), line(spring2023, "1.6.1").latest().orElseThrow().period());
        assertEquals(se.klinedu.core.period.Term.parse("HT2021"), line(spring2022, "1.6.1").latest().orElseThrow().period());
        assertEquals(se.klinedu.core.period.Term.parse("HT2021"), line(autumn2021, "1.6.1").latest().orElseThrow().period());
    }
}
