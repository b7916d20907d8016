package se.klinedu.examples.sample;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import se.klinedu.core.Counts;
import se.klinedu.core.json.KlineduJson;
import se.klinedu.core.measure.Due;
import se.klinedu.core.organisation.OrganisationLevel;
import se.klinedu.core.organisation.OrganisationTree;
import se.klinedu.core.organisation.OrganisationUnit;
import se.klinedu.core.organisation.OrganisationUnitId;
import se.klinedu.core.supervision.Roster;
import se.klinedu.core.supervision.StaffId;
import se.klinedu.core.supervision.StaffMember;
import se.klinedu.core.supervision.SupervisorTrainingCatalogue;
import se.klinedu.core.supervision.TrainingId;
import se.klinedu.grading.actionplan.ActionItem;
import se.klinedu.grading.actionplan.ActionPlan;
import se.klinedu.grading.actionplan.InspectionReport;
import se.klinedu.grading.assessment.Assessment;
import se.klinedu.grading.assessment.CriterionAssessment;
import se.klinedu.grading.assessment.CriterionOutcome;
import se.klinedu.grading.criteria.Criterion;
import se.klinedu.grading.criteria.CriterionId;
import se.klinedu.grading.criteria.Regulation;
import se.klinedu.grading.criteria.SpurArea;
import se.klinedu.grading.criteria.SpurModel;
import se.klinedu.grading.interval.InspectionIntervalPolicy;
import se.klinedu.grading.interval.IntervalCompliance;
import se.klinedu.grading.interval.UnitInspections;
import se.klinedu.indicators.observation.ObservationReader;
import se.klinedu.indicators.target.Indicator;
import se.klinedu.indicators.target.IndicatorCatalogue;
import se.klinedu.indicators.target.Reporter;
import se.klinedu.indicators.target.TargetKind;

/**
 * The sample data of a fictional region, Region Västmyra, made deterministically from a seed: the
 * organisation tree, survey and HR counts 2021–2025 with milestones and reviews, a roster of supervising
 * staff, and SPUR inspections of the specialist-training units. {@link #main} writes the folder
 * {@code examples/sample-data}; the same seed always gives the same bytes.
 */
public final class SampleRegion {

    /** The seed of the committed sample data. */
    public static final long DEFAULT_SEED = 2026L;

    static final String ORGANISATION = "organisation.json";
    static final String OBSERVATIONS = "observations.csv";
    static final String ROSTER = "roster.json";
    static final String INTERVALS = "spur/inspections.json";
    static final String REPORTS = "spur/reports/";

    private static final int FIRST_YEAR = 2021;
    private static final int LAST_YEAR = 2025;
    private static final KlineduJson JSON = KlineduJson.standard();
    private static final String ROOT = "vastmyra";

    /** One unit of the sample region: its place and size. */
    private record Unit(String id, String name, OrganisationLevel level, String parent, int students, int trainees,
            int staff) {
    }

    private static final List<Unit> UNITS = units();

    private SampleRegion() {
    }

    /**
     * Writes the sample data.
     *
     * @param args the folder to write (default {@code examples/sample-data}) and optionally the seed
     * @throws IOException when a file cannot be written
     */
    public static void main(String[] args) throws IOException {
        Path folder = Path.of(args.length > 0 ? args[0] : "examples/sample-data");
        long seed = args.length > 1 ? Long.parseLong(args[1]) : DEFAULT_SEED;
        SortedMap<String, String> files = generate(seed);
        write(files, folder);
        System.out.println("wrote " + files.size() + " files to " + folder);
    }

    /**
     * Writes generated files into a folder, creating sub-folders as needed.
     *
     * @param files the files by path relative to the folder, with {@code /} as separator
     * @param folder the folder
     * @throws IOException when a file cannot be written
     */
    static void write(SortedMap<String, String> files, Path folder) throws IOException {
        for (Map.Entry<String, String> file : files.entrySet()) {
            Path path = folder.resolve(file.getKey());
            Files.createDirectories(path.getParent());
            Files.writeString(path, file.getValue(), StandardCharsets.UTF_8);
        }
    }

    /**
     * Generates the sample data.
     *
     * @param seed the seed of every random choice; the same seed gives the same files
     * @return the files' contents by path relative to the data folder, with {@code /} as separator
     */
    public static SortedMap<String, String> generate(long seed) {
        Random random = new Random(seed);
        SortedMap<String, String> files = new TreeMap<>();
        OrganisationTree tree = tree();
        files.put(ORGANISATION, JSON.writePretty(tree) + "\n");

        Roster roster = roster(random);
        files.put(ROSTER, JSON.writePretty(roster) + "\n");

        List<UnitInspections> inspections = inspections();
        files.put(INTERVALS, JSON.writePretty(inspections) + "\n");
        SpurModel model = SpurModel.load();
        Map<String, InspectionReport> reports = reports(model);
        reports.forEach((unit, report) -> files.put(REPORTS + unit + ".json", JSON.writePretty(report) + "\n"));

        files.put(OBSERVATIONS, observations(random, roster, inspections));
        return Collections.unmodifiableSortedMap(files);
    }

    private static List<Unit> units() {
        List<Unit> units = new ArrayList<>();
        units.add(new Unit(ROOT, "Region Västmyra", OrganisationLevel.HOSPITAL_OR_REGION, null, 0, 0, 0));
        String vus = "Västmyra universitetssjukhus, ";
        hospital(units, "vus", "Västmyra universitetssjukhus");
        hospital(units, "norrby", "Norrby lasarett");
        hospital(units, "sodera", "Söderå sjukhus");
        hospital(units, "pv-norr", "Primärvård Norr");
        hospital(units, "pv-soder", "Primärvård Söder");
        clinic(units, "vus-kirurgi", "vus", vus + "Kirurgkliniken", 0, 46, 34);
        team(units, "vus-kirurgi-avd31", "Kirurgkliniken, avdelning 31", "vus-kirurgi", 120, 18);
        team(units, "vus-kirurgi-avd32", "Kirurgkliniken, avdelning 32", "vus-kirurgi", 95, 16);
        team(units, "vus-kirurgi-mott", "Kirurgmottagningen", "vus-kirurgi", 40, 9);
        clinic(units, "vus-medicin", "vus", vus + "Medicinkliniken", 0, 58, 30);
        team(units, "vus-medicin-avd12", "Medicinkliniken, avdelning 12", "vus-medicin", 130, 20);
        team(units, "vus-medicin-avd14", "Medicinkliniken, avdelning 14", "vus-medicin", 105, 17);
        team(units, "vus-medicin-ava", "Akutvårdsavdelningen", "vus-medicin", 70, 14);
        clinic(units, "vus-kvinno", "vus", vus + "Kvinnokliniken", 0, 31, 12);
        team(units, "vus-kvinno-forlossning", "Förlossningen", "vus-kvinno", 110, 22);
        team(units, "vus-kvinno-gyn", "Gynekologiska avdelningen", "vus-kvinno", 60, 12);
        clinic(units, "vus-barn", "vus", vus + "Barn- och ungdomskliniken", 0, 27, 10);
        team(units, "vus-barn-avd", "Barnavdelningen", "vus-barn", 75, 15);
        team(units, "vus-barn-neo", "Neonatalavdelningen", "vus-barn", 45, 11);
        clinic(units, "vus-ortopedi", "vus", vus + "Ortopedkliniken", 90, 24, 21);
        clinic(units, "vus-anestesi", "vus", vus + "Anestesi- och intensivvårdskliniken", 0, 35, 12);
        team(units, "vus-anestesi-iva", "Intensivvårdsavdelningen", "vus-anestesi", 65, 16);
        team(units, "vus-anestesi-op", "Centraloperation", "vus-anestesi", 85, 19);
        clinic(units, "vus-psykiatri", "vus", vus + "Psykiatriska kliniken", 80, 22, 20);
        clinic(units, "norrby-medicin", "norrby", "Norrby lasarett, Medicinkliniken", 0, 16, 8);
        team(units, "norrby-medicin-avd2", "Medicinkliniken Norrby, avdelning 2", "norrby-medicin", 70, 15);
        clinic(units, "norrby-kirurgi", "norrby", "Norrby lasarett, Kirurgkliniken", 65, 14, 17);
        clinic(units, "norrby-akut", "norrby", "Norrby lasarett, Akutmottagningen", 55, 6, 14);
        clinic(units, "sodera-medicin", "sodera", "Söderå sjukhus, Medicinkliniken", 75, 15, 18);
        clinic(units, "sodera-geriatrik", "sodera", "Söderå sjukhus, Geriatriska kliniken", 0, 10, 6);
        team(units, "sodera-geriatrik-avd", "Geriatriska avdelningen", "sodera-geriatrik", 60, 13);
        clinic(units, "sodera-rehab", "sodera", "Söderå sjukhus, Rehabiliteringskliniken", 8, 2, 6);
        clinic(units, "vc-alby", "pv-norr", "Primärvård Norr, Alby vårdcentral", 45, 12, 11);
        clinic(units, "vc-norrby", "pv-norr", "Primärvård Norr, Norrby vårdcentral", 40, 10, 10);
        clinic(units, "vc-lindas", "pv-norr", "Primärvård Norr, Lindås vårdcentral", 30, 8, 8);
        clinic(units, "vc-bergvik", "pv-norr", "Primärvård Norr, Bergviks vårdcentral", 6, 3, 5);
        clinic(units, "vc-hagby", "pv-norr", "Primärvård Norr, Hagby vårdcentral", 28, 7, 8);
        clinic(units, "vc-sodera", "pv-soder", "Primärvård Söder, Söderå vårdcentral", 42, 11, 11);
        clinic(units, "vc-strand", "pv-soder", "Primärvård Söder, Strandens vårdcentral", 32, 8, 9);
        clinic(units, "vc-tallmo", "pv-soder", "Primärvård Söder, Tallmons vårdcentral", 3, 2, 4);
        clinic(units, "vc-ekby", "pv-soder", "Primärvård Söder, Ekby vårdcentral", 26, 6, 7);
        clinic(units, "vc-moas", "pv-soder", "Primärvård Söder, Moås vårdcentral", 24, 7, 7);
        clinic(units, "ambulans", ROOT, "Ambulanssjukvården", 35, 4, 12);
        clinic(units, "habilitering", ROOT, "Habiliteringen", 4, 2, 5);
        return List.copyOf(units);
    }

    private static void hospital(List<Unit> units, String id, String name) {
        units.add(new Unit(id, name, OrganisationLevel.HOSPITAL_OR_REGION, ROOT, 0, 0, 0));
    }

    private static void clinic(List<Unit> units, String id, String parent, String name, int students, int trainees,
            int staff) {
        units.add(new Unit(id, name, OrganisationLevel.CLINIC_OR_HEALTH_CENTRE, parent, students, trainees, staff));
    }

    private static void team(List<Unit> units, String id, String name, String parent, int students, int staff) {
        units.add(new Unit(id, name, OrganisationLevel.WORK_TEAM, parent, students, 0, staff));
    }

    private static OrganisationTree tree() {
        List<OrganisationUnit> units = new ArrayList<>();
        for (Unit unit : UNITS) {
            OrganisationUnitId id = OrganisationUnitId.of(unit.id());
            units.add(unit.parent() == null ? OrganisationUnit.root(id, unit.name(), unit.level())
                    : OrganisationUnit.child(id, unit.name(), unit.level(), OrganisationUnitId.of(unit.parent())));
        }
        return OrganisationTree.of(units);
    }

    /** Supervising staff per unit; the share with the minimum-level training varies by unit around 88 %. */
    private static Roster roster(Random random) {
        SupervisorTrainingCatalogue stockholm = SupervisorTrainingCatalogue.load("stockholm");
        TrainingId minimum = stockholm.minimumLevelTraining().orElseThrow();
        TrainingId further = TrainingId.of("stepping-stones");
        TrainingId physicians = TrainingId.of("national-board-recommendation");
        List<StaffMember> staff = new ArrayList<>();
        for (Unit unit : UNITS) {
            double share = trainedShare(unit, LAST_YEAR);
            for (int i = 1; i <= unit.staff(); i++) {
                TreeSet<TrainingId> trainings = new TreeSet<>();
                if (random.nextDouble() < share) {
                    trainings.add(minimum);
                    if (random.nextDouble() < 0.3) {
                        trainings.add(further);
                    }
                    if (unit.trainees() > 0 && random.nextDouble() < 0.25) {
                        trainings.add(physicians);
                    }
                }
                staff.add(StaffMember.of(StaffId.of(unit.id() + ":" + String.format(Locale.ROOT, "%03d", i)), trainings));
            }
        }
        return Roster.of(staff);
    }

    /** The share of a unit's supervisors with the minimum-level training in a year: rising over the years. */
    private static double trainedShare(Unit unit, int year) {
        int h = Math.floorMod(unit.id().hashCode(), 7);
        return Math.min(0.99, 0.80 + 0.02 * h - 0.025 * (LAST_YEAR - year));
    }

    /** The specialist-training units and their SPUR inspections; some are overdue in 2026. */
    private static List<UnitInspections> inspections() {
        Map<String, List<LocalDate>> dates = new LinkedHashMap<>();
        dates.put("vus-kirurgi", List.of(LocalDate.of(2018, 4, 10), LocalDate.of(2023, 5, 16)));
        dates.put("vus-medicin", List.of(LocalDate.of(2017, 9, 20)));
        dates.put("vus-kvinno", List.of(LocalDate.of(2019, 11, 5), LocalDate.of(2025, 3, 12)));
        dates.put("vus-barn", List.of(LocalDate.of(2016, 3, 1), LocalDate.of(2021, 10, 7)));
        dates.put("vus-ortopedi", List.of(LocalDate.of(2020, 2, 18)));
        dates.put("vus-anestesi", List.of(LocalDate.of(2017, 1, 24), LocalDate.of(2022, 3, 29)));
        dates.put("vus-psykiatri", List.of());
        dates.put("norrby-medicin", List.of(LocalDate.of(2016, 5, 11), LocalDate.of(2024, 11, 19)));
        dates.put("norrby-kirurgi", List.of(LocalDate.of(2019, 6, 4)));
        dates.put("sodera-medicin", List.of(LocalDate.of(2022, 9, 13)));
        dates.put("sodera-geriatrik", List.of(LocalDate.of(2018, 2, 6), LocalDate.of(2023, 2, 7)));
        dates.put("vc-alby", List.of(LocalDate.of(2021, 8, 24)));
        dates.put("vc-sodera", List.of(LocalDate.of(2020, 12, 1)));
        List<UnitInspections> units = new ArrayList<>();
        dates.forEach((unit, on) -> units.add(UnitInspections.of(OrganisationUnitId.of(unit), on)));
        return List.copyOf(units);
    }

    /** Full inspection reports: document 003's at the women's clinic, and three more. */
    private static Map<String, InspectionReport> reports(SpurModel model) {
        Map<String, InspectionReport> reports = new TreeMap<>();
        reports.put("vus-kvinno", womensClinic());
        reports.put("vus-kirurgi", InspectionReport.of(assessment(model, "vus-kirurgi", "Kirurgi", LocalDate.of(2023, 5, 16),
                Regulation.values(), Map.of(
                        "E-03", CriterionOutcome.PARTLY_MET,
                        "G-05", CriterionOutcome.NOT_MET,
                        "B-08", CriterionOutcome.NOT_MET,
                        "B-09", CriterionOutcome.PARTLY_MET)),
                ActionPlan.of(List.of(item(SpurArea.E, "E-03",
                        "Handledarsamtal schemaläggs var fjärde vecka för samtliga ST-läkare.", "Studierektor",
                        LocalDate.of(2023, 12, 1), LocalDate.of(2024, 2, 1), "Verksamhetschef")
                        .withFollowUp(LocalDate.of(2024, 2, 9))))));
        reports.put("norrby-medicin", InspectionReport.of(assessment(model, "norrby-medicin", "Internmedicin",
                LocalDate.of(2024, 11, 19), new Regulation[] {Regulation.HSLF_FS_2021_8}, Map.of(
                        "D-05", CriterionOutcome.NOT_MET,
                        "H-03", CriterionOutcome.PARTLY_MET,
                        "A-04", CriterionOutcome.NOT_MET)),
                ActionPlan.of(List.of(
                        item(SpurArea.D, "D-05", "Individuella utbildningsprogram upprättas för samtliga ST-läkare.",
                                "Studierektor", LocalDate.of(2025, 9, 1), LocalDate.of(2025, 12, 1), "Verksamhetschef"),
                        ActionItem.builder().area(SpurArea.H).criterion(CriterionId.of("H-03"))
                                .measure("ST-läkarna ges handledd ledarskapsträning under jourtid.").build()))));
        reports.put("sodera-geriatrik", InspectionReport.of(assessment(model, "sodera-geriatrik", "Geriatrik",
                LocalDate.of(2023, 2, 7), Regulation.values(), Map.of("G-09", CriterionOutcome.PARTLY_MET)),
                ActionPlan.of(List.of())));
        return reports;
    }

    private static ActionItem item(SpurArea area, String criterion, String measure, String responsible, LocalDate due,
            LocalDate followUp, String followUpResponsible) {
        return ActionItem.builder().area(area).criterion(CriterionId.of(criterion)).measure(measure)
                .responsible(responsible).due(Due.on(due)).followUpDate(followUp).followUpResponsible(followUpResponsible)
                .build();
    }

    /** Document 003's report (seed 003), placed at the women's clinic, with the follow-ups done by spring 2026. */
    private static InspectionReport womensClinic() {
        InspectionReport example = InspectionReport.load();
        Assessment report = example.assessment();
        Assessment assessment = Assessment.builder().unit(OrganisationUnitId.of("vus-kvinno")).specialty(report.specialty())
                .inspectionDate(LocalDate.of(2025, 3, 12)).addAllRegulations(report.regulations())
                .addAllOutcomes(report.outcomes()).addAllFindings(report.findings())
                .addAllStrengths(report.strengths()).addAllWeaknesses(report.weaknesses())
                .addAllImprovementSuggestions(report.improvementSuggestions()).build();
        List<ActionItem> items = new ArrayList<>();
        for (ActionItem item : example.actionPlan().items()) {
            Optional<LocalDate> followUp = item.followUpDate();
            boolean early = followUp.isPresent() && followUp.get().isBefore(LocalDate.of(2026, 4, 2));
            boolean forgotten = item.criterion().equals(CriterionId.of("E-07")) || item.criterion().equals(CriterionId.of("H-02"));
            items.add(early && !forgotten && item.isComplete() ? item.withFollowUp(followUp.get().plusDays(6)) : item);
        }
        return InspectionReport.of(assessment, ActionPlan.of(items));
    }

    private static Assessment assessment(SpurModel model, String unit, String specialty, LocalDate date,
            Regulation[] regulations, Map<String, CriterionOutcome> deviations) {
        List<CriterionAssessment> outcomes = new ArrayList<>();
        for (Criterion criterion : model.criteria()) {
            CriterionOutcome outcome = deviations.getOrDefault(criterion.id().value(), CriterionOutcome.MET);
            outcomes.add(outcome == CriterionOutcome.MET ? CriterionAssessment.of(criterion.id(), outcome)
                    : CriterionAssessment.of(criterion.id(), outcome, "Fiktiv brist i exempeldata."));
        }
        return Assessment.builder().unit(OrganisationUnitId.of(unit)).specialty(specialty).inspectionDate(date).addRegulations(regulations)
                .addAllOutcomes(outcomes)
                .addStrengths("Engagerade handledare och en väl fungerande studierektorsfunktion.")
                .addWeaknesses("Fiktiva brister enligt bedömningarna ovan.")
                .addImprovementSuggestions("Följ upp åtgärderna vid nästa arbetsplatsträff.")
                .build();
    }

    /** Survey and HR counts for the share and qualitative indicators, milestones and reviews, 2021–2025. */
    private static String observations(Random random, Roster roster, List<UnitInspections> inspections) {
        IndicatorCatalogue catalogue = IndicatorCatalogue.load("orebro");
        StringBuilder csv = new StringBuilder(ObservationReader.CSV_HEADER).append('\n');
        for (Indicator indicator : catalogue.indicators()) {
            String id = indicator.id().value();
            TargetKind kind = indicator.target().kind();
            if (kind.isObservedAsCounts()) {
                counts(csv, random, indicator, roster, inspections);
            } else if (kind == TargetKind.MILESTONE) {
                milestones(csv, random, indicator);
            } else if (kind == TargetKind.RECURRING) {
                recurring(csv, random, indicator);
            } else {
                // ALF every fourth year, UKÄ once in the period
                int year = id.equals("1.7.1") ? 2022 : 2024;
                row(csv, id, ROOT, year, "", "", "", "", id.equals("1.7.1") ? "good" : "not-good");
            }
        }
        return csv.toString();
    }

    private static void counts(StringBuilder csv, Random random, Indicator indicator, Roster roster,
            List<UnitInspections> inspections) {
        String id = indicator.id().value();
        double threshold = indicator.target().threshold().map(t -> t.percent().doubleValue() / 100).orElse(0.8);
        for (int year = FIRST_YEAR; year <= LAST_YEAR; year++) {
            if (id.equals("1.7.3")) {
                // composed from grading: the share of specialist-training units inspected within the interval at year end
                Counts counts = IntervalCompliance.at(inspections, LocalDate.of(year, Month.DECEMBER, 31),
                        InspectionIntervalPolicy.standard()).counts();
                row(csv, id, ROOT, year, counts.numerator(), counts.denominator());
                continue;
            }
            if (indicator.reporter() == Reporter.UNITS || indicator.reporter() == Reporter.EDUCATION_ORGANISATION) {
                // a qualitative level reported for the region: how many of its units report it (good collaboration,
                // good access to information, the education organisation well represented)
                int units = UNITS.size() - 1;
                row(csv, id, ROOT, year, Math.round(units * (0.6 + 0.05 * (year - FIRST_YEAR))), units);
                continue;
            }
            for (Unit unit : UNITS) {
                int size = sizeFor(indicator.reporter(), unit);
                if (size == 0) {
                    continue;
                }
                if (indicator.reporter() == Reporter.HR && id.equals("1.1.1")) {
                    Counts counts = year == LAST_YEAR ? trainedAt(roster, unit)
                            : binomial(random, unit.staff(), trainedShare(unit, year));
                    row(csv, id, unit.id(), year, counts.numerator(), counts.denominator());
                    continue;
                }
                int n = Math.max(1, (int) Math.round(size * (0.95 + 0.3 * random.nextDouble())));
                Counts counts = binomial(random, n, share(indicator, unit, threshold, year));
                row(csv, id, unit.id(), year, counts.numerator(), counts.denominator());
            }
        }
    }

    private static int sizeFor(Reporter reporter, Unit unit) {
        return switch (reporter) {
            case STUDENTS_AND_PUPILS -> unit.students();
            case EMPLOYEES_IN_TRAINING_POSTS -> unit.trainees() * 6 / 5;
            case HR -> unit.staff();
            default -> 0;
        };
    }

    /** A unit's true share for an indicator in a year: clearly above, near or below the threshold, rising or falling. */
    private static double share(Indicator indicator, Unit unit, double threshold, int year) {
        int h = Math.floorMod((indicator.id().value() + "/" + unit.id()).hashCode(), 1000);
        double offset = switch (h % 4) {
            case 0 -> 0.07;
            case 1 -> 0.01;
            case 2 -> -0.02;
            default -> -0.08;
        };
        double slope = ((h / 4) % 5 - 2) * 0.012;
        return Math.max(0.3, Math.min(0.995, threshold + offset + slope * (year - 2023)));
    }

    private static Counts trainedAt(Roster roster, Unit unit) {
        String prefix = unit.id() + ":";
        return Roster.of(roster.staff().stream().filter(member -> member.id().value().startsWith(prefix)).toList())
                .trained(SupervisorTrainingCatalogue.load("stockholm").minimumLevelTraining().orElseThrow());
    }

    private static Counts binomial(Random random, int n, double p) {
        int yes = 0;
        for (int i = 0; i < n; i++) {
            if (random.nextDouble() < p) {
                yes++;
            }
        }
        return Counts.of(yes, n);
    }

    private static void milestones(StringBuilder csv, Random random, Indicator indicator) {
        String id = indicator.id().value();
        if (indicator.reporter() == Reporter.UNITS) {
            for (Unit unit : UNITS) {
                if (unit.level() != OrganisationLevel.CLINIC_OR_HEALTH_CENTRE) {
                    continue;
                }
                LocalDate done = random.nextInt(5) == 0 ? null
                        : LocalDate.of(FIRST_YEAR + random.nextInt(5), 1 + random.nextInt(12), 1 + random.nextInt(28));
                milestoneRows(csv, id, unit.id(), done);
            }
            return;
        }
        LocalDate done = random.nextInt(4) == 0 ? null
                : LocalDate.of(FIRST_YEAR + random.nextInt(5), 1 + random.nextInt(12), 1 + random.nextInt(28));
        milestoneRows(csv, id, ROOT, done);
    }

    /** A recurring obligation: each year done on a day of that year, or not done, for every clinic or the region. */
    private static void recurring(StringBuilder csv, Random random, Indicator indicator) {
        List<String> units = indicator.reporter() == Reporter.UNITS
                ? UNITS.stream().filter(unit -> unit.level() == OrganisationLevel.CLINIC_OR_HEALTH_CENTRE).map(Unit::id).toList()
                : List.of(ROOT);
        for (String unit : units) {
            for (int year = FIRST_YEAR; year <= LAST_YEAR; year++) {
                boolean done = random.nextInt(4) > 0;
                row(csv, indicator.id().value(), unit, year, "", "", String.valueOf(done),
                        done ? LocalDate.of(year, 1 + random.nextInt(12), 1 + random.nextInt(28)).toString() : "", "");
            }
        }
    }

    private static void milestoneRows(StringBuilder csv, String indicator, String unit, LocalDate done) {
        for (int year = FIRST_YEAR; year <= LAST_YEAR; year++) {
            boolean doneBy = done != null && done.getYear() <= year;
            row(csv, indicator, unit, year, "", "", String.valueOf(doneBy), doneBy ? done.toString() : "", "");
        }
    }

    private static void row(StringBuilder csv, String indicator, String unit, int year, long numerator, long denominator) {
        row(csv, indicator, unit, year, String.valueOf(numerator), String.valueOf(denominator), "", "", "");
    }

    private static void row(StringBuilder csv, String indicator, String unit, int year, String numerator,
            String denominator, String done, String date, String review) {
        csv.append(String.join(",", indicator, unit, String.valueOf(year), numerator, denominator, done, date, review))
                .append('\n');
    }
}
