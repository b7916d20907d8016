package se.klinedu.grading.generators;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.function.Supplier;
import se.klinedu.core.measure.Due;
import se.klinedu.core.organisation.OrganisationUnitId;
import se.klinedu.grading.actionplan.ActionItem;
import se.klinedu.grading.actionplan.ActionPlan;
import se.klinedu.grading.actionplan.InspectionReport;
import se.klinedu.grading.actionplan.RegradeDecision;
import se.klinedu.grading.actionplan.StatedGrade;
import se.klinedu.grading.assessment.Assessment;
import se.klinedu.grading.assessment.CriterionAssessment;
import se.klinedu.grading.assessment.CriterionOutcome;
import se.klinedu.grading.assessment.Grades;
import se.klinedu.grading.assessment.GradingPolicy;
import se.klinedu.grading.assessment.InspectionResult;
import se.klinedu.grading.assessment.InspectionFinding;
import se.klinedu.grading.criteria.Criterion;
import se.klinedu.grading.criteria.Grade;
import se.klinedu.grading.criteria.Regulation;
import se.klinedu.grading.criteria.SpurArea;
import se.klinedu.grading.criteria.SpurModel;
import se.klinedu.grading.interval.InspectionIntervalPolicy;
import se.klinedu.grading.interval.IntervalCompliance;
import se.klinedu.grading.interval.UnitInspections;

/**
 * Generators of valid (and named invalid) values of the grading module's types, as plain functions of
 * a {@link Random}, for property tests: the same seed gives the same value.
 *
 * <p>Published in grading's test-jar. Values are built through the public factories only. Wrap a
 * generator in one line for another tool, for instance jqwik's
 * {@code Arbitraries.randomValue(r -> GradingGenerators.assessment(r, SpurModel.load()))}.
 */
public final class GradingGenerators {

    private static final String[] WORDS = {"handledning", "IUP", "målbeskrivning", "studierektor", "bedömning",
        "återkoppling", "schema", "kurs", "ö", "å", "ä"};
    private static final String[] ROLES = {"Verksamhetschef", "Studierektorer", "ST-chef", "Huvudhandledare"};

    /** Date texts that {@code ReportDates} rejects, each for a different reason. */
    public static final List<String> INVALID_DATE_TEXTS = List.of("", "2026.13.01", "2026.02.30", "31 februari 2026",
            "1 aprill 2026", "01/04/2026", "april 2026", "2026.4.1", "nästa vår");

    private static final List<String> MONTHS = List.of("januari", "februari", "mars", "april", "maj", "juni", "juli",
            "augusti", "september", "oktober", "november", "december");

    private GradingGenerators() {
    }

    /**
     * {@return a few words, never blank}
     *
     * @param random the source of randomness
     */
    public static String text(Random random) {
        int words = 1 + random.nextInt(6);
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < words; i++) {
            text.append(i == 0 ? "" : " ").append(WORDS[random.nextInt(WORDS.length)]);
        }
        return text.toString();
    }

    /**
     * {@return a date between 2010 and 2035}
     *
     * @param random the source of randomness
     */
    public static LocalDate date(Random random) {
        return LocalDate.of(2010, 1, 1).plusDays(random.nextInt(365 * 25));
    }

    /**
     * {@return any outcome, met most often}
     *
     * @param random the source of randomness
     */
    public static CriterionOutcome outcome(Random random) {
        int roll = random.nextInt(20);
        if (roll < 13) {
            return CriterionOutcome.MET;
        }
        return switch (roll) {
            case 13, 14 -> CriterionOutcome.PARTLY_MET;
            case 15, 16 -> CriterionOutcome.NOT_MET;
            case 17, 18 -> CriterionOutcome.NOT_ASSESSED;
            default -> CriterionOutcome.NOT_APPLICABLE;
        };
    }

    /**
     * {@return an outcome on the fulfilment order: not met, partly met or met}
     *
     * @param random the source of randomness
     */
    public static CriterionOutcome assessedOutcome(Random random) {
        return List.of(CriterionOutcome.NOT_MET, CriterionOutcome.PARTLY_MET, CriterionOutcome.MET).get(random.nextInt(3));
    }

    /**
     * {@return one or both regulations}
     *
     * @param random the source of randomness
     */
    public static Set<Regulation> regulations(Random random) {
        return switch (random.nextInt(3)) {
            case 0 -> Set.of(Regulation.SOSFS_2015_8);
            case 1 -> Set.of(Regulation.HSLF_FS_2021_8);
            default -> new LinkedHashSet<>(List.of(Regulation.SOSFS_2015_8, Regulation.HSLF_FS_2021_8));
        };
    }

    /**
     * {@return an assessment of a random subset of the model's criteria (the others not assessed), with
     * findings and report texts; an area is often wholly met, so that every grade occurs}
     *
     * @param random the source of randomness
     * @param model the model whose criteria are assessed
     */
    public static Assessment assessment(Random random, SpurModel model) {
        List<CriterionAssessment> outcomes = new ArrayList<>();
        for (SpurArea area : SpurArea.values()) {
            boolean clean = random.nextInt(3) == 0;
            for (Criterion criterion : model.criteria(area)) {
                if (random.nextInt(10) == 0) {
                    continue;
                }
                CriterionOutcome outcome = clean ? CriterionOutcome.MET : outcome(random);
                outcomes.add(random.nextBoolean() ? CriterionAssessment.of(criterion.id(), outcome)
                        : CriterionAssessment.of(criterion.id(), outcome, text(random)));
            }
        }
        Collections.shuffle(outcomes, random);
        List<InspectionFinding> findings = new ArrayList<>();
        for (SpurArea area : SpurArea.values()) {
            int count = random.nextInt(4);
            for (int n = 1; n <= count; n++) {
                findings.add(InspectionFinding.of(area, n, text(random)));
            }
        }
        return Assessment.builder().unit(OrganisationUnitId.of("unit-" + random.nextInt(1000))).specialty(text(random))
                .inspectionDate(maybe(random, () -> date(random))).addAllRegulations(regulations(random))
                .addAllOutcomes(outcomes).addAllFindings(findings).addAllStrengths(texts(random))
                .addAllWeaknesses(texts(random)).addAllImprovementSuggestions(texts(random)).build();
    }

    /**
     * {@return a grading policy: 0 to 3 unmet quality indicators for A, unassessed counted or not}
     *
     * @param random the source of randomness
     */
    public static GradingPolicy gradingPolicy(Random random) {
        GradingPolicy policy = GradingPolicy.standard().withMaxUnmetQualityIndicatorsForA(random.nextInt(4));
        return random.nextBoolean() ? policy.withUnassessedLeftOut() : policy;
    }

    /**
     * {@return the graded result of a generated assessment}
     *
     * @param random the source of randomness
     * @param model the model
     */
    public static InspectionResult inspectionResult(Random random, SpurModel model) {
        return Grades.inspect(model, assessment(random, model), gradingPolicy(random));
    }

    /**
     * {@return an action item for a criterion of the model, each part present or not}
     *
     * @param random the source of randomness
     * @param model the model
     */
    public static ActionItem actionItem(Random random, SpurModel model) {
        Criterion criterion = model.criteria().get(random.nextInt(model.criteria().size()));
        return actionItem(random, model, criterion, random.nextInt(3) > 0);
    }

    /**
     * {@return a date as an inspection report may write it: {@code 2026.10.01}, {@code 2026-10-01} or
     * {@code 1 oktober 2026} (the month name in lower case or capitalised)}
     *
     * @param random the source of randomness
     * @param date the date
     */
    public static String dateAsWritten(Random random, LocalDate date) {
        String month = MONTHS.get(date.getMonthValue() - 1);
        return switch (random.nextInt(3)) {
            case 0 -> String.format(Locale.ROOT, "%d.%02d.%02d", date.getYear(), date.getMonthValue(), date.getDayOfMonth());
            case 1 -> date.toString();
            default -> date.getDayOfMonth() + " " + (random.nextBoolean() ? month
                    : Character.toUpperCase(month.charAt(0)) + month.substring(1)) + " " + date.getYear();
        };
    }

    /**
     * {@return a due date as an inspection report may write it: a date as {@link #dateAsWritten} writes it, or for an
     * ongoing measure {@code Pågående}, {@code Pågående arbete} or {@code ongoing}}
     *
     * @param random the source of randomness
     * @param due the due date
     */
    public static String dueAsWritten(Random random, Due due) {
        return due.date().map(date -> dateAsWritten(random, date))
                .orElseGet(() -> List.of("Pågående", "Pågående arbete", "ongoing").get(random.nextInt(3)));
    }

    /**
     * {@return an action item for a given criterion, complete or with at least one part missing}
     *
     * @param random the source of randomness
     * @param model the model, for cross-references
     * @param criterion the criterion the item answers
     * @param complete whether every part is given
     */
    public static ActionItem actionItem(Random random, SpurModel model, Criterion criterion, boolean complete) {
        Due due = random.nextInt(4) == 0 ? Due.ongoing() : Due.on(date(random));
        LocalDate earliest = due.date().orElse(date(random));
        boolean[] present = {true, true, true, true, true};
        if (!complete) {
            present[random.nextInt(5)] = false;
            for (int i = 0; i < 5; i++) {
                present[i] &= random.nextBoolean();
            }
        }
        List<Criterion> sameArea = model.criteria(criterion.area()).stream().filter(c -> !c.equals(criterion)).toList();
        Optional<Criterion> crossReference = random.nextInt(4) == 0 && !sameArea.isEmpty()
                ? Optional.of(sameArea.get(random.nextInt(sameArea.size()))) : Optional.empty();
        Optional<LocalDate> followUp = present[3] ? Optional.of(earliest.plusDays(random.nextInt(300))) : Optional.empty();
        // an item transcribed from a report keeps its words; one built in code has none
        boolean transcribed = random.nextBoolean();
        ActionItem item = ActionItem.builder().area(criterion.area()).criterion(criterion.id())
                .measure(present[0] ? Optional.of(text(random)) : Optional.empty())
                .responsible(present[1] ? Optional.of(roles(random)) : Optional.empty())
                .due(present[2] ? Optional.of(due) : Optional.empty())
                .dueAsWritten(present[2] && transcribed ? Optional.of(dueAsWritten(random, due)) : Optional.empty())
                .followUpDate(followUp)
                .followUpDateAsWritten(followUp.filter(date -> transcribed).map(date -> dateAsWritten(random, date)))
                .followUpResponsible(present[4] ? Optional.of(roles(random)) : Optional.empty())
                .addAllAlsoAddresses(crossReference.map(c -> List.of(c.id())).orElse(List.of()))
                .followedUpOn(maybe(random, () -> earliest.plusDays(random.nextInt(500) - 100)))
                .build();
        return item;
    }

    /**
     * {@return an action plan of 0 to 12 items}
     *
     * @param random the source of randomness
     * @param model the model
     */
    public static ActionPlan actionPlan(Random random, SpurModel model) {
        List<ActionItem> items = new ArrayList<>();
        int count = random.nextInt(13);
        for (int i = 0; i < count; i++) {
            items.add(actionItem(random, model));
        }
        return ActionPlan.of(items);
    }

    /**
     * {@return a report of a generated assessment and plan}
     *
     * @param random the source of randomness
     * @param model the model
     */
    public static InspectionReport inspectionReport(Random random, SpurModel model) {
        List<StatedGrade> stated = new ArrayList<>();
        for (SpurArea area : SpurArea.values()) {
            if (random.nextInt(3) == 0) {
                stated.add(statedGrade(random, area));
            }
        }
        return InspectionReport.of(assessment(random, model), actionPlan(random, model), stated);
    }

    /**
     * {@return a grade a report states for an area}
     *
     * @param random the source of randomness
     * @param area the area
     */
    public static StatedGrade statedGrade(Random random, SpurArea area) {
        return StatedGrade.of(area, Grade.values()[random.nextInt(Grade.values().length)],
                random.nextBoolean() ? "Graderingen är ändrad till C." : "Bedömningen kvarstår.");
    }

    /**
     * {@return the decisions of a generated report under the standard policy: one per area and regulation}
     *
     * @param random the source of randomness
     * @param model the model
     */
    public static List<RegradeDecision> regradeDecisions(Random random, SpurModel model) {
        return inspectionReport(random, model).decisions(model, GradingPolicy.standard());
    }

    /**
     * {@return an interval of 1 to 8 years}
     *
     * @param random the source of randomness
     */
    public static InspectionIntervalPolicy intervalPolicy(Random random) {
        return InspectionIntervalPolicy.of(1 + random.nextInt(8));
    }

    /**
     * {@return a unit with 0 to 4 inspection dates}
     *
     * @param random the source of randomness
     * @param id the unit's id
     */
    public static UnitInspections unitInspections(Random random, String id) {
        List<LocalDate> dates = new ArrayList<>();
        int count = random.nextInt(5);
        for (int i = 0; i < count; i++) {
            dates.add(date(random));
        }
        return UnitInspections.of(OrganisationUnitId.of(id), dates);
    }

    /**
     * {@return 0 to {@code maxUnits} units with distinct ids}
     *
     * @param random the source of randomness
     * @param maxUnits the most units
     */
    public static List<UnitInspections> units(Random random, int maxUnits) {
        List<UnitInspections> units = new ArrayList<>();
        int count = random.nextInt(maxUnits + 1);
        for (int i = 0; i < count; i++) {
            units.add(unitInspections(random, "unit-" + i));
        }
        return units;
    }

    /**
     * {@return the compliance of generated units at a generated date}
     *
     * @param random the source of randomness
     */
    public static IntervalCompliance intervalCompliance(Random random) {
        return IntervalCompliance.at(units(random, 12), date(random), intervalPolicy(random));
    }

    private static String roles(Random random) {
        int count = 1 + random.nextInt(3);
        List<String> roles = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            roles.add(ROLES[random.nextInt(ROLES.length)]);
        }
        return String.join(random.nextBoolean() ? "+" : " + ", roles);
    }

    private static List<String> texts(Random random) {
        List<String> texts = new ArrayList<>();
        int count = random.nextInt(4);
        for (int i = 0; i < count; i++) {
            texts.add(text(random));
        }
        return texts;
    }

    private static <T> Optional<T> maybe(Random random, Supplier<T> value) {
        return random.nextBoolean() ? Optional.of(value.get()) : Optional.empty();
    }
}
