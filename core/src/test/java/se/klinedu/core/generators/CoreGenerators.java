package se.klinedu.core.generators;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import se.klinedu.core.Comparison;
import se.klinedu.core.Counts;
import se.klinedu.core.Language;
import se.klinedu.core.LocalizedText;
import se.klinedu.core.Provenance;
import se.klinedu.core.Threshold;
import se.klinedu.core.explain.Reason;
import se.klinedu.core.measure.Due;
import se.klinedu.core.measure.MeasureArea;
import se.klinedu.core.measure.MeasureAreaId;
import se.klinedu.core.measure.MeasureId;
import se.klinedu.core.measure.MeasurePlan;
import se.klinedu.core.measure.MeasureProgress;
import se.klinedu.core.measure.MeasureReport;
import se.klinedu.core.measure.MeasureStatus;
import se.klinedu.core.measure.PlanProgress;
import se.klinedu.core.measure.PlannedMeasure;
import se.klinedu.core.organisation.OrganisationLevel;
import se.klinedu.core.organisation.OrganisationTree;
import se.klinedu.core.organisation.OrganisationUnit;
import se.klinedu.core.organisation.OrganisationUnitId;
import se.klinedu.core.period.CalendarYear;
import se.klinedu.core.period.ReportingPeriod;
import se.klinedu.core.period.StrategyPeriod;
import se.klinedu.core.period.Term;
import se.klinedu.core.period.TermHalf;
import se.klinedu.core.strategy.OrebroStrategy;
import se.klinedu.core.strategy.Responsibility;
import se.klinedu.core.strategy.ResponsibilityId;
import se.klinedu.core.strategy.ResponsibleRole;
import se.klinedu.core.strategy.StrategyScope;
import se.klinedu.core.strategy.StrategyOutline;
import se.klinedu.core.strategy.GoalOutline;
import se.klinedu.core.strategy.EffectGoalId;
import se.klinedu.core.strategy.OverallGoalId;
import se.klinedu.core.supervision.HoursPolicy;
import se.klinedu.core.supervision.Roster;
import se.klinedu.core.supervision.ScopeUnit;
import se.klinedu.core.supervision.StaffId;
import se.klinedu.core.supervision.StaffMember;
import se.klinedu.core.supervision.SupervisorTrainingCatalogue;
import se.klinedu.core.supervision.TrainingId;
import se.klinedu.core.supervision.TrainingScope;

/**
 * Generators of valid (and named invalid) values of core's types, as plain functions of a
 * {@link Random}, for property tests: the same seed gives the same value.
 *
 * <p>Published in core's test-jar. Values are built through the public factories only, so that a
 * generated value is one a user could build. Wrap a generator in one line for another tool, for
 * instance jqwik's {@code Arbitraries.randomValue(CoreGenerators::counts)}.
 */
public final class CoreGenerators {

    private static final String[] WORDS = {"handledning", "klinisk", "utbildning", "kvalitet", "lärandemiljö",
        "studenter", "verksamhet", "samverkan", "utvärdering", "uppföljning", "ö", "å", "ä"};

    private CoreGenerators() {
    }

    /**
     * {@return a few words of Swedish-like text, never blank}
     *
     * @param random the source of randomness
     */
    public static String text(Random random) {
        int words = 1 + random.nextInt(5);
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < words; i++) {
            text.append(i == 0 ? "" : " ").append(WORDS[random.nextInt(WORDS.length)]);
        }
        return text.toString();
    }

    /**
     * {@return a localized text in Swedish or Norwegian}
     *
     * @param random the source of randomness
     */
    public static LocalizedText localizedText(Random random) {
        Language language = random.nextBoolean() ? Language.SWEDISH : Language.NORWEGIAN_BOKMAL;
        return LocalizedText.of(language, text(random), "en " + text(random));
    }

    /**
     * {@return a date between 2015 and 2035}
     *
     * @param random the source of randomness
     */
    public static LocalDate date(Random random) {
        return LocalDate.of(2015, 1, 1).plusDays(random.nextInt(365 * 20));
    }

    /**
     * {@return a provenance with some of its optional parts}
     *
     * @param random the source of randomness
     */
    public static Provenance provenance(Random random) {
        return Provenance.of(localizedText(random), maybe(random, () -> "Region " + text(random)),
                maybe(random, () -> date(random)), maybe(random, () -> date(random)), maybe(random, () -> date(random)));
    }

    /**
     * {@return counts with a denominator of 0 to {@code maxDenominator}}
     *
     * @param random the source of randomness
     * @param maxDenominator the largest denominator, not negative
     */
    public static Counts counts(Random random, int maxDenominator) {
        int denominator = random.nextInt(maxDenominator + 1);
        return Counts.of(random.nextInt(denominator + 1), denominator);
    }

    /**
     * {@return counts with a denominator of 0 to 500}
     *
     * @param random the source of randomness
     */
    public static Counts counts(Random random) {
        return counts(random, 500);
    }

    /**
     * {@return a pair of numerator and denominator that {@link Counts#of} rejects: a negative value or a
     * numerator above its denominator}
     *
     * @param random the source of randomness
     */
    public static long[] invalidCounts(Random random) {
        long denominator = random.nextInt(100);
        return switch (random.nextInt(3)) {
            case 0 -> new long[] {denominator + 1 + random.nextInt(10), denominator};
            case 1 -> new long[] {-1 - random.nextInt(10), denominator};
            default -> new long[] {0, -1 - random.nextInt(10)};
        };
    }

    /**
     * {@return a threshold of either comparison, its percentage a whole or half number from 0 to 100}
     *
     * @param random the source of randomness
     */
    public static Threshold threshold(Random random) {
        Comparison comparison = Comparison.values()[random.nextInt(Comparison.values().length)];
        BigDecimal percent = BigDecimal.valueOf(random.nextInt(201)).divide(BigDecimal.valueOf(2));
        return Threshold.of(comparison, percent);
    }

    /**
     * {@return a calendar year of the strategy period 2021–2030}
     *
     * @param random the source of randomness
     */
    public static CalendarYear calendarYear(Random random) {
        return CalendarYear.of(2021 + random.nextInt(10));
    }

    /**
     * {@return a VT or HT term of the strategy period}
     *
     * @param random the source of randomness
     */
    public static Term term(Random random) {
        return Term.of(TermHalf.values()[random.nextInt(2)], 2021 + random.nextInt(10));
    }

    /**
     * {@return a year or a term}
     *
     * @param random the source of randomness
     */
    public static ReportingPeriod reportingPeriod(Random random) {
        return random.nextBoolean() ? calendarYear(random) : term(random);
    }

    /**
     * {@return a strategy period of 1 to 15 years}
     *
     * @param random the source of randomness
     */
    public static StrategyPeriod strategyPeriod(Random random) {
        int first = 2000 + random.nextInt(40);
        return StrategyPeriod.of(first, first + random.nextInt(15));
    }

    /**
     * {@return a strategy outline of one to four overall goals, each with one to four effect goals numbered after it,
     * over a generated period}
     *
     * @param random the source of randomness
     */
    public static StrategyOutline strategyOutline(Random random) {
        int overallGoals = 1 + random.nextInt(4);
        List<GoalOutline> goals = new ArrayList<>();
        for (int goal = 1; goal <= overallGoals; goal++) {
            List<EffectGoalId> effectGoals = new ArrayList<>();
            for (int effect = 1, count = 1 + random.nextInt(4); effect <= count; effect++) {
                effectGoals.add(EffectGoalId.of(goal + "." + effect));
            }
            goals.add(GoalOutline.of(OverallGoalId.of(String.valueOf(goal)), effectGoals));
        }
        List<ResponsibilityId> responsibilities = new ArrayList<>();
        for (int role = 1, count = random.nextInt(4); role <= count; role++) {
            responsibilities.add(ResponsibilityId.of("role-" + role));
        }
        return StrategyOutline.of(strategyPeriod(random), goals, responsibilities);
    }

    /**
     * {@return a strategy's scope: any of the three facts, one to three sentences}
     *
     * @param random the source of randomness
     */
    public static StrategyScope strategyScope(Random random) {
        List<LocalizedText> statements = new ArrayList<>();
        for (int i = 0, n = 1 + random.nextInt(3); i < n; i++) {
            statements.add(localizedText(random));
        }
        return StrategyScope.of(random.nextBoolean(), random.nextBoolean(), random.nextBoolean(), statements);
    }

    /**
     * {@return a responsible role of the Örebro strategy's responsibilities, stated with a sentence or named by a region}
     *
     * @param random the source of randomness
     */
    public static ResponsibleRole responsibleRole(Random random) {
        List<Responsibility> roles = OrebroStrategy.load().responsibilities();
        ResponsibilityId id = roles.get(random.nextInt(roles.size())).id();
        return random.nextBoolean() ? ResponsibleRole.stated(id, localizedText(random)) : ResponsibleRole.of(id);
    }

    /**
     * {@return a valid organisation tree of 1 to {@code maxUnits} units, rooted at a region}
     *
     * @param random the source of randomness
     * @param maxUnits the most units, positive
     */
    public static OrganisationTree organisationTree(Random random, int maxUnits) {
        List<OrganisationUnit> units = new ArrayList<>();
        units.add(OrganisationUnit.root(OrganisationUnitId.of("region"), "Region", OrganisationLevel.HOSPITAL_OR_REGION));
        int size = 1 + random.nextInt(maxUnits);
        for (int i = 1; i < size; i++) {
            List<OrganisationUnit> parents = units.stream()
                    .filter(unit -> unit.level() != OrganisationLevel.WORK_TEAM).toList();
            OrganisationUnit parent = parents.get(random.nextInt(parents.size()));
            // under the region a hospital, a clinic or (skipping a level) a work team; under a hospital
            // a clinic or a work team; under a clinic a work team
            OrganisationLevel level = childLevel(random, parent, units.get(0));
            units.add(OrganisationUnit.child(OrganisationUnitId.of("unit-" + i), "Enhet " + i, level, parent.id()));
        }
        return OrganisationTree.of(shuffled(random, units));
    }

    private static OrganisationLevel childLevel(Random random, OrganisationUnit parent, OrganisationUnit root) {
        if (parent.equals(root) && random.nextInt(3) == 0) {
            return OrganisationLevel.HOSPITAL_OR_REGION;
        }
        return parent.level() == OrganisationLevel.HOSPITAL_OR_REGION && random.nextBoolean()
                ? OrganisationLevel.CLINIC_OR_HEALTH_CENTRE
                : OrganisationLevel.WORK_TEAM;
    }

    /**
     * {@return a due date between 2015 and 2035, or ongoing}
     *
     * @param random the source of randomness
     */
    public static Due due(Random random) {
        return random.nextInt(4) == 0 ? Due.ongoing() : Due.on(date(random));
    }

    /**
     * {@return a planned measure, complete or not, followed up or not}
     *
     * @param random the source of randomness
     */
    public static PlannedMeasure plannedMeasure(Random random) {
        Due due = due(random);
        LocalDate earliest = due.date().orElse(date(random));
        return PlannedMeasure.builder()
                .what(text(random))
                .addResponsible("verksamhetschef")
                .addAllResponsible(random.nextBoolean() ? List.of("studierektor") : List.of())
                .due(due)
                .followUpDate(maybe(random, () -> earliest.plusDays(random.nextInt(400))))
                .followUpResponsible(maybe(random, () -> "huvudhandledare"))
                .followedUpOn(maybe(random, () -> earliest.plusDays(random.nextInt(600) - 100)))
                .build();
    }

    /**
     * {@return any of the four statuses a region reports}
     *
     * @param random the source of randomness
     */
    public static MeasureStatus measureStatus(Random random) {
        return MeasureStatus.values()[random.nextInt(MeasureStatus.values().length)];
    }

    /**
     * {@return a plan of 1 to {@code maxAreas} areas ({@code A1}, {@code A2}, …), each with 1 to
     * {@code maxMeasures} measures ({@code A1.M1}, …)}
     *
     * @param random the source of randomness
     * @param maxAreas the most areas, positive
     * @param maxMeasures the most measures of an area, positive
     */
    public static MeasurePlan measurePlan(Random random, int maxAreas, int maxMeasures) {
        List<MeasureArea> areas = new ArrayList<>();
        int areaCount = 1 + random.nextInt(maxAreas);
        for (int a = 1; a <= areaCount; a++) {
            List<MeasureId> measures = new ArrayList<>();
            int measureCount = 1 + random.nextInt(maxMeasures);
            for (int m = 1; m <= measureCount; m++) {
                measures.add(MeasureId.of("A" + a + ".M" + m));
            }
            areas.add(MeasureArea.of(MeasureAreaId.of("A" + a), measures));
        }
        return MeasurePlan.of(areas);
    }

    /**
     * {@return a plan of 1 to 7 areas with 1 to 9 measures each}
     *
     * @param random the source of randomness
     */
    public static MeasurePlan measurePlan(Random random) {
        return measurePlan(random, 7, 9);
    }

    /**
     * {@return a valid report on a measure, of any status, with dates that fit the status}
     *
     * @param random the source of randomness
     * @param measure the measure reported on
     */
    public static MeasureReport measureReport(Random random, MeasureId measure) {
        MeasureStatus status = measureStatus(random);
        Optional<LocalDate> startedOn = status == MeasureStatus.NOT_STARTED ? Optional.empty() : maybe(random, () -> date(random));
        LocalDate closing = startedOn.map(day -> day.plusDays(random.nextInt(1000))).orElseGet(() -> date(random));
        return MeasureReport.builder()
                .measure(measure)
                .status(status)
                .addResponsible(random.nextBoolean() ? "regional utdanningsdirektør" : "studierektor")
                .addAllResponsible(random.nextBoolean() ? List.of("HR-direktør") : List.of())
                .due(due(random))
                .startedOn(startedOn)
                .doneOn(status == MeasureStatus.DONE ? Optional.of(closing) : Optional.empty())
                .droppedOn(status == MeasureStatus.DROPPED ? Optional.of(closing) : Optional.empty())
                .build();
    }

    /**
     * {@return reports on a random part of a plan's measures, one per reported measure, in random order}
     *
     * @param random the source of randomness
     * @param plan the plan whose measures are reported on
     */
    public static List<MeasureReport> measureReports(Random random, MeasurePlan plan) {
        double reportedRate = random.nextDouble();
        List<MeasureReport> reports = new ArrayList<>();
        for (MeasureId measure : plan.measures()) {
            if (random.nextDouble() < reportedRate) {
                reports.add(measureReport(random, measure));
            }
        }
        return shuffled(random, reports);
    }

    /**
     * {@return the follow-up of a generated plan against generated reports at a date between 2015 and 2035}
     *
     * @param random the source of randomness
     */
    public static PlanProgress planProgress(Random random) {
        MeasurePlan plan = measurePlan(random);
        return plan.progressAt(measureReports(random, plan), date(random));
    }

    /**
     * {@return a training scope in any unit, 0.5 to 100 units}
     *
     * @param random the source of randomness
     */
    public static TrainingScope trainingScope(Random random) {
        BigDecimal min = BigDecimal.valueOf(1 + random.nextInt(200)).divide(BigDecimal.valueOf(2));
        BigDecimal max = min.add(BigDecimal.valueOf(random.nextInt(20)));
        return TrainingScope.builder()
                .text(localizedText(random))
                .unit(ScopeUnit.values()[random.nextInt(ScopeUnit.values().length)])
                .min(min)
                .max(max)
                .approximate(random.nextBoolean())
                .selfStudy(maybe(random, () -> min))
                .credits(maybe(random, () -> BigDecimal.valueOf(1 + random.nextInt(60)).divide(BigDecimal.valueOf(2))))
                .webBased(random.nextBoolean())
                .build();
    }

    /**
     * {@return an hours policy of 30 to 45 hours, 4 to 6 days and 1 to 2 credits per week}
     *
     * @param random the source of randomness
     */
    public static HoursPolicy hoursPolicy(Random random) {
        return HoursPolicy.of(BigDecimal.valueOf(30 + random.nextInt(16)), BigDecimal.valueOf(4 + random.nextInt(3)),
                BigDecimal.valueOf(2 + random.nextInt(3)).divide(BigDecimal.valueOf(2)));
    }

    /**
     * {@return a roster of 0 to {@code maxStaff} people, each with some of the catalogue's trainings}
     *
     * @param random the source of randomness
     * @param catalogue the catalogue whose trainings the staff have completed
     * @param maxStaff the most staff, not negative
     */
    public static Roster roster(Random random, SupervisorTrainingCatalogue catalogue, int maxStaff) {
        int size = random.nextInt(maxStaff + 1);
        double trainedRate = random.nextDouble();
        List<StaffMember> staff = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            staff.add(staffMember(random, StaffId.of("staff-" + i), catalogue, trainedRate));
        }
        return Roster.of(staff);
    }

    /**
     * {@return a staff member who has completed each of the catalogue's trainings with probability 1/2}
     *
     * @param random the source of randomness
     * @param catalogue the catalogue whose trainings the person may have completed
     */
    public static StaffMember staffMember(Random random, SupervisorTrainingCatalogue catalogue) {
        return staffMember(random, StaffId.of("staff-" + random.nextInt(10_000)), catalogue, 0.5);
    }

    private static StaffMember staffMember(Random random, StaffId id, SupervisorTrainingCatalogue catalogue,
            double trainedRate) {
        Set<TrainingId> completed = new LinkedHashSet<>();
        catalogue.trainings().forEach(training -> {
            if (random.nextDouble() < trainedRate) {
                completed.add(training.id());
            }
        });
        return StaffMember.of(id, completed);
    }

    /**
     * {@return a reason of one of core's results, as the library gives it: a measure's progress or follow-up, a
     *     roster's coverage of Region Stockholm's minimum-level training, or an hours estimate}
     *
     * @param random the source of randomness
     */
    public static Reason reason(Random random) {
        List<Reason> reasons = switch (random.nextInt(4)) {
            case 0 -> {
                List<MeasureProgress> measures = planProgress(random).measures();
                yield measures.get(random.nextInt(measures.size())).reasons();
            }
            case 1 -> plannedMeasure(random).followUpAt(date(random)).reasons();
            case 2 -> {
                SupervisorTrainingCatalogue stockholm = SupervisorTrainingCatalogue.load("stockholm");
                yield roster(random, stockholm, 12).coverage(stockholm.minimumLevelTraining().orElseThrow(), threshold(random))
                        .reasons();
            }
            default -> trainingScope(random).estimatedHours(hoursPolicy(random)).reasons();
        };
        return reasons.get(random.nextInt(reasons.size()));
    }

    /**
     * Returns a shuffled copy of a list.
     *
     * @param <T> the element type
     * @param random the source of randomness
     * @param values the list
     * @return a new list with the same elements in random order
     */
    public static <T> List<T> shuffled(Random random, List<T> values) {
        List<T> copy = new ArrayList<>(values);
        java.util.Collections.shuffle(copy, random);
        return copy;
    }

    private static <T> Optional<T> maybe(Random random, java.util.function.Supplier<T> value) {
        return random.nextBoolean() ? Optional.of(value.get()) : Optional.empty();
    }
}
