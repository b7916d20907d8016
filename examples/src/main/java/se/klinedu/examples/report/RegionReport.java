package se.klinedu.examples.report;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import se.klinedu.core.Language;
import se.klinedu.core.Threshold;
import se.klinedu.core.organisation.OrganisationUnitId;
import se.klinedu.core.period.CalendarYear;
import se.klinedu.core.period.ReportingPeriod;
import se.klinedu.core.period.StrategyPeriod;
import se.klinedu.core.strategy.OrebroStrategy;
import se.klinedu.core.supervision.Roster;
import se.klinedu.core.supervision.SupervisorTrainingCatalogue;
import se.klinedu.core.supervision.TrainingCoverage;
import se.klinedu.grading.actionplan.ActionItem;
import se.klinedu.grading.actionplan.InspectionReport;
import se.klinedu.grading.actionplan.ItemFollowUp;
import se.klinedu.grading.actionplan.PlanCoverage;
import se.klinedu.grading.assessment.Grades;
import se.klinedu.grading.assessment.GradingPolicy;
import se.klinedu.grading.assessment.InspectionResult;
import se.klinedu.grading.criteria.Regulation;
import se.klinedu.grading.criteria.SpurModel;
import se.klinedu.grading.interval.InspectionIntervalPolicy;
import se.klinedu.grading.interval.IntervalCompliance;
import se.klinedu.indicators.evaluation.EvaluationPolicy;
import se.klinedu.indicators.evaluation.IndicatorResult;
import se.klinedu.indicators.report.FollowUpReport;
import se.klinedu.indicators.report.FollowUpRequest;
import se.klinedu.indicators.rollup.TreeRollUp;
import se.klinedu.indicators.target.Indicator;
import se.klinedu.indicators.target.IndicatorCatalogue;
import se.klinedu.indicators.target.IndicatorId;
import se.klinedu.indicators.target.TargetKind;

/**
 * The follow-up of one unit (the region by default) at a reference date, composed from the library's
 * results: the indicators' {@link FollowUpReport}, each share indicator's yearly results, the SPUR
 * inspections graded before and after their action plans with the items' follow-up, the inspection
 * interval and the supervisor-training coverage. It is what {@code report.json} holds and what the terminal
 * summary and {@code report.html} show.
 *
 * @param language the language of the texts in {@code report.json}: the reasons' {@code text}
 * @param unit the unit reported on
 * @param unitName the unit's name
 * @param referenceDate the reference date
 * @param period the reported year: the last calendar year that ended on or before the reference date
 * @param comparedWith the year before it, for the trend, when it lies within the strategy period
 * @param indicators the indicators' follow-up report at the unit
 * @param shareHistories the share indicators' results at the unit, year by year from 2021
 * @param inspections the SPUR inspection reports of the unit's subtree
 * @param inspectionInterval the specialist-training units of the subtree against the 5-year interval
 * @param supervisorTraining the share of the subtree's supervising staff with the minimum-level training; empty
 *     when suppressed, as indicator 1.1.1 (the same population) is at the unit, or when fewer staff than the
 *     minimum group size supervise there
 */
record RegionReport(
        @JsonProperty("language") Language language,
        @JsonProperty("unit") OrganisationUnitId unit,
        @JsonProperty("unitName") String unitName,
        @JsonProperty("referenceDate") LocalDate referenceDate,
        @JsonProperty("period") ReportingPeriod period,
        @JsonProperty("comparedWith") Optional<ReportingPeriod> comparedWith,
        @JsonProperty("indicators") FollowUpReport indicators,
        @JsonProperty("shareHistories") List<ShareHistory> shareHistories,
        @JsonProperty("inspections") List<Inspection> inspections,
        @JsonProperty("inspectionInterval") IntervalCompliance inspectionInterval,
        @JsonProperty("supervisorTraining") Optional<TrainingCoverage> supervisorTraining) {

    /**
     * A share indicator's results at the unit, one per year.
     *
     * @param indicator the indicator
     * @param threshold its target's threshold
     * @param years the results, 2021 first
     */
    record ShareHistory(
            @JsonProperty("indicator") IndicatorId indicator,
            @JsonProperty("threshold") Threshold threshold,
            @JsonProperty("years") List<IndicatorResult> years) {
    }

    /**
     * One SPUR inspection report, graded.
     *
     * @param file the report's file in the data folder
     * @param unit the unit inspected
     * @param specialty the specialty
     * @param inspectionDate the inspection date, when the report gives it
     * @param regulations the regulations in scope, in their order
     * @param before the grades of the inspection
     * @param after the grades after the action plan
     * @param coverage which criteria requiring action the plan covers
     * @param items the action plan's items
     * @param followUps each item's follow-up at the reference date, in the items' order
     */
    record Inspection(
            @JsonProperty("file") String file,
            @JsonProperty("unit") OrganisationUnitId unit,
            @JsonProperty("specialty") String specialty,
            @JsonProperty("inspectionDate") Optional<LocalDate> inspectionDate,
            @JsonProperty("regulations") List<Regulation> regulations,
            @JsonProperty("before") InspectionResult before,
            @JsonProperty("after") InspectionResult after,
            @JsonProperty("coverage") PlanCoverage coverage,
            @JsonProperty("items") List<ActionItem> items,
            @JsonProperty("followUps") List<ItemFollowUp> followUps) {
    }

    /** Thrown when the reference date or the unit does not fit the data. */
    static final class BadArgumentException extends Exception {
        private static final long serialVersionUID = 1L;

        BadArgumentException(String message) {
            super(message);
        }
    }

    /**
     * Computes the follow-up.
     *
     * @param data the data folder's content
     * @param catalogue the indicator catalogue
     * @param unit the unit reported on
     * @param referenceDate the reference date
     * @param language the language of the report's texts
     * @param progress told of each step
     * @return the follow-up
     * @throws BadArgumentException when no year of the strategy period has ended by the reference date
     */
    static RegionReport of(DataFolder data, IndicatorCatalogue catalogue, OrganisationUnitId unit, LocalDate referenceDate,
            Language language, Progress progress) throws BadArgumentException {
        StrategyPeriod strategy = OrebroStrategy.load().period();
        int year = referenceDate.getMonth() == Month.DECEMBER && referenceDate.getDayOfMonth() == 31
                ? referenceDate.getYear() : referenceDate.getYear() - 1;
        if (year < strategy.firstYear()) {
            throw new BadArgumentException("--date: no year of the strategy period " + strategy + " has ended by "
                    + referenceDate);
        }
        year = Math.min(year, strategy.lastYear());
        CalendarYear period = CalendarYear.of(year);
        EvaluationPolicy policy = EvaluationPolicy.standard();
        FollowUpRequest request = FollowUpRequest.of(unit, period).withPolicy(policy);
        if (year > strategy.firstYear()) {
            request = request.comparingWith(CalendarYear.of(year - 1));
        }

        progress.step("progress.evaluating", catalogue.indicators().size());
        FollowUpReport indicators = FollowUpReport.of(catalogue, data.tree(), data.observations(), request);
        List<ShareHistory> histories = new ArrayList<>();
        for (Indicator indicator : catalogue.indicators()) {
            if (indicator.target().kind() != TargetKind.SHARE) {
                continue;
            }
            List<IndicatorResult> years = new ArrayList<>();
            for (int y = strategy.firstYear(); y <= year; y++) {
                years.add(TreeRollUp.resultsByUnit(indicator, CalendarYear.of(y), data.tree(), data.observations(), policy).get(unit));
            }
            histories.add(new ShareHistory(indicator.id(), indicator.target().threshold().orElseThrow(), years));
        }

        progress.step("progress.grading", data.reports().size());
        Set<OrganisationUnitId> subtree = Set.copyOf(data.subtree(unit));
        SpurModel model = SpurModel.load();
        List<Inspection> inspections = new ArrayList<>();
        for (Map.Entry<String, InspectionReport> entry : data.reports().entrySet().stream()
                .sorted(Map.Entry.comparingByKey()).toList()) {
            InspectionReport report = entry.getValue();
            OrganisationUnitId inspected = report.assessment().unit();
            if (!subtree.contains(inspected)) {
                continue;
            }
            InspectionResult before = Grades.inspect(model, report.assessment(), GradingPolicy.standard());
            InspectionResult after = report.actionPlan().regrade(before, model);
            List<Regulation> regulations = report.assessment().regulations().stream()
                    .sorted((a, b) -> Integer.compare(a.order(), b.order())).toList();
            inspections.add(new Inspection(entry.getKey(), inspected, report.assessment().specialty(),
                    report.assessment().inspectionDate(), regulations, before, after,
                    report.actionPlan().coverage(before), report.actionPlan().items(),
                    report.actionPlan().followUpAt(referenceDate)));
        }
        IntervalCompliance interval = IntervalCompliance.at(
                data.inspections().stream().filter(u -> subtree.contains(u.unit())).toList(), referenceDate,
                InspectionIntervalPolicy.standard());

        Roster staff = Roster.of(data.roster().staff().stream()
                .filter(member -> subtree.contains(DataFolder.unitOf(member.id().value()))).toList());
        Indicator supervision = catalogue.get(IndicatorId.of("1.1.1"));
        TrainingCoverage roster = staff.coverage(SupervisorTrainingCatalogue.load("stockholm").minimumLevelTraining().orElseThrow(),
                supervision.target().threshold().orElseThrow());
        // the roster's coverage is indicator 1.1.1's population: it is shown only where 1.1.1 is, in the reported
        // year (the last of 1.1.1's history, rolled up above)
        List<IndicatorResult> supervisionYears = histories.stream()
                .filter(history -> history.indicator().equals(supervision.id())).findFirst().orElseThrow().years();
        boolean suppressed = supervisionYears.get(supervisionYears.size() - 1).isSuppressed()
                || roster.counts().denominator() > 0 && roster.counts().denominator() < policy.minimumGroupSize();
        Optional<TrainingCoverage> coverage = suppressed ? Optional.empty() : Optional.of(roster);

        return new RegionReport(language, unit, data.tree().get(unit).name(), referenceDate, period, request.comparedWith(), indicators,
                List.copyOf(histories), List.copyOf(inspections), interval, coverage);
    }
}
