package se.klinedu.indicators.generators;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.StringJoiner;
import java.util.function.Supplier;
import se.klinedu.core.Counts;
import se.klinedu.core.explain.Reason;
import se.klinedu.core.generators.CoreGenerators;
import se.klinedu.core.organisation.OrganisationTree;
import se.klinedu.core.organisation.OrganisationUnit;
import se.klinedu.core.organisation.OrganisationUnitId;
import se.klinedu.core.period.CalendarYear;
import se.klinedu.core.period.ReportingPeriod;
import se.klinedu.core.period.Term;
import se.klinedu.core.period.TermHalf;
import se.klinedu.core.strategy.EffectGoalId;
import se.klinedu.core.strategy.OrebroStrategy;
import se.klinedu.indicators.evaluation.EvaluationPolicy;
import se.klinedu.indicators.evaluation.Evaluations;
import se.klinedu.indicators.evaluation.IndicatorResult;
import se.klinedu.indicators.evaluation.RollUpRule;
import se.klinedu.indicators.evaluation.Status;
import se.klinedu.indicators.fhir.CanonicalBase;
import se.klinedu.indicators.observation.AnswerScale;
import se.klinedu.indicators.observation.CsvColumn;
import se.klinedu.indicators.observation.CsvEncoding;
import se.klinedu.indicators.observation.CsvFormat;
import se.klinedu.indicators.observation.Milestone;
import se.klinedu.indicators.observation.Observation;
import se.klinedu.indicators.observation.ObservationBatch;
import se.klinedu.indicators.observation.ObservationKey;
import se.klinedu.indicators.observation.ObservationProblem;
import se.klinedu.indicators.observation.ObservationReader;
import se.klinedu.indicators.observation.ObservationSet;
import se.klinedu.indicators.observation.ReviewOutcome;
import se.klinedu.indicators.report.FollowUpReport;
import se.klinedu.indicators.report.FollowUpRequest;
import se.klinedu.indicators.rollup.AuditReason;
import se.klinedu.indicators.rollup.CellBounds;
import se.klinedu.indicators.rollup.DisclosureAudit;
import se.klinedu.indicators.rollup.RollUp;
import se.klinedu.indicators.rollup.StatusCounts;
import se.klinedu.indicators.rollup.TreeRollUp;
import se.klinedu.indicators.statistics.ConfidenceLevel;
import se.klinedu.indicators.statistics.Interval;
import se.klinedu.indicators.target.Direction;
import se.klinedu.indicators.target.ExternalReview;
import se.klinedu.indicators.target.Indicator;
import se.klinedu.indicators.target.IndicatorCatalogue;
import se.klinedu.indicators.target.IndicatorId;
import se.klinedu.indicators.target.Reporter;
import se.klinedu.indicators.target.ReporterBasis;
import se.klinedu.indicators.target.Target;
import se.klinedu.indicators.target.TargetKind;
import se.klinedu.indicators.trend.Trend;

/**
 * Generators of valid (and named invalid) values of the indicators module's types, as plain functions
 * of a {@link Random}, for property tests: the same seed gives the same value.
 *
 * <p>Published in the module's test-jar. Values are built through the public factories only
 * ({@code builder()}, {@code of(...)}, {@link Evaluations}, {@link Trend#between}, {@link FollowUpReport#of}),
 * so that a generated value is one a user could build. Counts, thresholds, periods and organisation
 * trees come from core's {@link CoreGenerators}.
 */
public final class IndicatorsGenerators {

    /** The effect goals of the Örebro strategy, 1.1–1.7, 2.1–2.4 and 3.1–3.4. */
    public static final List<EffectGoalId> EFFECT_GOALS = List.of("1.1", "1.2", "1.3", "1.4", "1.5", "1.6", "1.7",
            "2.1", "2.2", "2.3", "2.4", "3.1", "3.2", "3.3", "3.4").stream().map(EffectGoalId::of).toList();

    private IndicatorsGenerators() {
    }

    // ---------------------------------------------------------------- targets and indicators

    /**
     * {@return an indicator id: numbered within an effect goal ({@code 1.6.12}) or a region's own ({@code local_x-7})}
     *
     * @param random the source of randomness
     */
    public static IndicatorId indicatorId(Random random) {
        return random.nextBoolean()
                ? IndicatorId.of(pick(random, EFFECT_GOALS).value() + "." + (1 + random.nextInt(30)))
                : IndicatorId.of("local" + pick(random, List.of("-", "_", ".")) + "x" + random.nextInt(1000));
    }

    /**
     * {@return a target of any of the four kinds}
     *
     * @param random the source of randomness
     */
    public static Target target(Random random) {
        return target(random, pick(random, List.of(TargetKind.values())));
    }

    /**
     * {@return a target of a given kind}
     *
     * @param random the source of randomness
     * @param kind the kind
     */
    public static Target target(Random random, TargetKind kind) {
        return switch (kind) {
            case SHARE -> Target.share(CoreGenerators.threshold(random));
            case QUALITATIVE -> Target.qualitative(CoreGenerators.localizedText(random));
            case MILESTONE -> Target.milestone();
            case RECURRING -> Target.recurring();
            case REVIEW -> Target.review(pick(random, List.of(ExternalReview.values())));
        };
    }

    /**
     * {@return an indicator of a real effect goal, any kind of target, with or without a heading}
     *
     * @param random the source of randomness
     */
    public static Indicator indicator(Random random) {
        return indicator(random, indicatorId(random), target(random));
    }

    private static Indicator indicator(Random random, IndicatorId id, Target target) {
        return Indicator.builder()
                .id(id)
                .effectGoal(pick(random, EFFECT_GOALS))
                .text(CoreGenerators.localizedText(random))
                .heading(maybe(random, () -> CoreGenerators.localizedText(random)))
                .target(target)
                .direction(pick(random, List.of(Direction.values())))
                .reporter(pick(random, List.of(Reporter.values())))
                .reporterBasis(maybe(random, () -> reporterBasis(random)))
                .responsible(maybe(random, () -> CoreGenerators.responsibleRole(random)))
                .build();
    }

    /**
     * {@return the basis of a reporter: stated with a quote or inferred with a reason}
     *
     * @param random the source of randomness
     */
    public static ReporterBasis reporterBasis(Random random) {
        return random.nextBoolean() ? ReporterBasis.stated(CoreGenerators.localizedText(random))
                : ReporterBasis.inferred(CoreGenerators.text(random));
    }

    /**
     * {@return a small valid catalogue: 4 to 8 indicators with unique ids, of real effect goals, at least one of each kind}
     *
     * @param random the source of randomness
     */
    public static IndicatorCatalogue catalogue(Random random) {
        List<TargetKind> kinds = new ArrayList<>(List.of(TargetKind.values()));
        int size = 4 + random.nextInt(5);
        while (kinds.size() < size) {
            kinds.add(pick(random, List.of(TargetKind.values())));
        }
        List<Indicator> indicators = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            indicators.add(indicator(random, IndicatorId.of("g" + random.nextInt(10) + "." + i), target(random, kinds.get(i))));
        }
        return IndicatorCatalogue.of(OrebroStrategy.load().outline(), CoreGenerators.provenance(random), CoreGenerators.shuffled(random, indicators));
    }

    // ---------------------------------------------------------------- observations

    /**
     * {@return a milestone, done on a date between 2015 and 2035 or not done}
     *
     * @param random the source of randomness
     */
    public static Milestone milestone(Random random) {
        return random.nextBoolean() ? Milestone.doneOn(CoreGenerators.date(random)) : Milestone.notDone();
    }

    /**
     * {@return survey counts as they come: a sixth with no respondents, a quarter of small groups (1 to 4), the rest 5 to 200}
     *
     * @param random the source of randomness
     */
    public static Counts surveyCounts(Random random) {
        int kind = random.nextInt(12);
        if (kind < 2) {
            return Counts.of(0, 0);
        }
        int denominator = kind < 5 ? 1 + random.nextInt(4) : 5 + random.nextInt(196);
        return Counts.of(random.nextInt(denominator + 1), denominator);
    }

    /**
     * {@return counts with at least {@code minimum} respondents (at most {@code minimum + 200}), so an evaluation discloses them}
     *
     * @param random the source of randomness
     * @param minimum the smallest denominator, at least 1
     */
    public static Counts disclosableCounts(Random random, int minimum) {
        int denominator = minimum + random.nextInt(201);
        return Counts.of(random.nextInt(denominator + 1), denominator);
    }

    /**
     * {@return an observation of an indicator with a value of the kind its target needs}
     *
     * @param random the source of randomness
     * @param indicator the indicator
     * @param unit the unit
     * @param period the period
     */
    public static Observation observation(Random random, Indicator indicator, OrganisationUnitId unit, ReportingPeriod period) {
        return switch (indicator.target().kind()) {
            case SHARE, QUALITATIVE -> Observation.ofCounts(indicator.id(), unit, period, surveyCounts(random));
            case MILESTONE -> Observation.ofMilestone(indicator.id(), unit, period, milestone(random));
            case RECURRING -> Observation.ofMilestone(indicator.id(), unit, period, random.nextBoolean()
                    ? Milestone.doneOn(period.firstDay().plusDays(random.nextInt((int) (period.lastDay().toEpochDay()
                            - period.firstDay().toEpochDay()) + 1)))
                    : Milestone.notDone());
            case REVIEW -> Observation.ofReview(indicator.id(), unit, period, pick(random, List.of(ReviewOutcome.values())));
        };
    }

    /**
     * {@return the observations of a valid set: at most one per indicator, unit and period; about a quarter of
     * the keys have none; counts include small groups (1 to 4) and groups without respondents}
     *
     * @param random the source of randomness
     * @param catalogue the indicators
     * @param tree the units
     * @param periods the periods, each within the strategy period 2021–2030, no two equal
     */
    public static List<Observation> observations(Random random, IndicatorCatalogue catalogue, OrganisationTree tree,
            List<ReportingPeriod> periods) {
        List<Observation> observations = new ArrayList<>();
        for (Indicator indicator : catalogue.indicators()) {
            for (ReportingPeriod period : periods) {
                for (OrganisationUnit unit : tree.units()) {
                    if (random.nextInt(4) != 0) {
                        observations.add(observation(random, indicator, unit.id(), period));
                    }
                }
            }
        }
        return CoreGenerators.shuffled(random, observations);
    }

    /**
     * {@return a valid observation set}
     *
     * @param random the source of randomness
     * @param catalogue the indicators
     * @param tree the units
     * @param periods the periods, each within the strategy period 2021–2030, no two equal
     * @see #observations(Random, IndicatorCatalogue, OrganisationTree, List)
     */
    public static ObservationSet observationSet(Random random, IndicatorCatalogue catalogue, OrganisationTree tree,
            List<ReportingPeriod> periods) {
        return ObservationSet.of(catalogue, observations(random, catalogue, tree, periods));
    }

    /**
     * {@return 1 to 3 different periods of the strategy, all years or all terms}
     *
     * @param random the source of randomness
     */
    public static List<ReportingPeriod> periods(Random random) {
        int count = 1 + random.nextInt(3);
        int first = 2021 + random.nextInt(10 - count + 1);
        boolean terms = random.nextBoolean();
        TermHalf half = pick(random, List.of(TermHalf.values()));
        List<ReportingPeriod> periods = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            periods.add(terms ? Term.of(half, first + i) : CalendarYear.of(first + i));
        }
        return periods;
    }

    /**
     * {@return an observation key}
     *
     * @param random the source of randomness
     */
    public static ObservationKey observationKey(Random random) {
        return ObservationKey.of(indicatorId(random), unitId(random), CoreGenerators.reportingPeriod(random));
    }

    /**
     * {@return a problem located as a CSV line and column, a JSON path or a list index}
     *
     * @param random the source of randomness
     */
    public static ObservationProblem observationProblem(Random random) {
        String location = switch (random.nextInt(3)) {
            case 0 -> "line " + (2 + random.nextInt(100)) + ", column 4 (numerator)";
            case 1 -> "$[" + random.nextInt(100) + "].counts.numerator";
            default -> "observations[" + random.nextInt(100) + "]";
        };
        return ObservationProblem.of(location, CoreGenerators.text(random));
    }

    /**
     * {@return the batch a reader makes of a generated set's observations with some bad ones mixed in
     * (unknown indicators, repeated keys, periods outside the strategy)}
     *
     * @param random the source of randomness
     */
    public static ObservationBatch observationBatch(Random random) {
        IndicatorCatalogue catalogue = catalogue(random);
        OrganisationTree tree = CoreGenerators.organisationTree(random, 4);
        List<Observation> observations = new ArrayList<>(observations(random, catalogue, tree, periods(random)));
        int bad = random.nextInt(4);
        for (int i = 0; i < bad; i++) {
            Indicator indicator = pick(random, catalogue.indicators());
            observations.add(random.nextInt(observations.size() + 1), switch (random.nextInt(3)) {
                case 0 -> Observation.ofCounts(IndicatorId.of("unknown-" + i), tree.root().id(), CalendarYear.of(2024),
                        Counts.of(1, 2));
                case 1 -> observation(random, indicator, tree.root().id(), CalendarYear.of(2031));
                default -> observations.isEmpty() ? observation(random, indicator, tree.root().id(), CalendarYear.of(2020))
                        : pick(random, observations);
            });
        }
        return ObservationReader.of(catalogue).check(observations);
    }

    // ---------------------------------------------------------------- statistics and evaluation

    /**
     * {@return a confidence level of 0.80 to 0.99}
     *
     * @param random the source of randomness
     */
    public static ConfidenceLevel confidenceLevel(Random random) {
        return ConfidenceLevel.of((80 + random.nextInt(20)) / 100.0);
    }

    /**
     * {@return an interval within −1..1, a third of them within 0..1, some of them a single point}
     *
     * @param random the source of randomness
     */
    public static Interval interval(Random random) {
        double low = random.nextInt(3) == 0 ? random.nextDouble() : random.nextDouble() * 2 - 1;
        double high = random.nextInt(10) == 0 ? low : low + random.nextDouble() * (1 - low);
        return Interval.of(low, Math.min(1, high));
    }

    /**
     * {@return an answer scale: the five-point preset, or words of agreement split at random into yes, no and no
     * answer, in mixed case}
     *
     * @param random the source of randomness
     */
    public static AnswerScale answerScale(Random random) {
        if (random.nextInt(3) == 0) {
            return AnswerScale.fivePoint();
        }
        List<String> words = new ArrayList<>(List.of("Instämmer helt", "Instämmer till stor del", "Instämmer delvis",
                "Instämmer inte alls", "Vet ej", "Ej aktuellt", ""));
        java.util.Collections.shuffle(words, random);
        int yes = 1 + random.nextInt(3);
        int no = 1 + random.nextInt(3);
        return AnswerScale.of(words.subList(0, yes).stream().map(word -> random.nextBoolean() ? word.toUpperCase(Locale.ROOT)
                : word).toList(), words.subList(yes, yes + no), words.subList(yes + no, words.size()));
    }

    /**
     * {@return a CSV format: one of the presets, or a format with a random separator, encoding and number
     * style, header names (some in Swedish, in mixed case), ignored columns and perhaps a fixed indicator or
     * period}
     *
     * @param random the source of randomness
     */
    public static CsvFormat csvFormat(Random random) {
        switch (random.nextInt(4)) {
            case 0:
                return CsvFormat.standard();
            case 1:
                return CsvFormat.swedishExcel();
            default:
                break;
        }
        CsvFormat.Builder format = CsvFormat.builder()
                .separator(pick(random, List.of(',', ';', '\t')))
                .encoding(pick(random, List.of(CsvEncoding.values())))
                .decimalComma(random.nextBoolean())
                .thousandSeparators(random.nextBoolean())
                .skipBlankLines(random.nextBoolean());
        for (CsvColumn column : CsvColumn.values()) {
            if (random.nextInt(3) > 0) {
                format.putHeaderName(random.nextBoolean() ? column.header() : " Kolumn " + column.ordinal() + "  Ä ", column);
            }
        }
        for (int i = random.nextInt(3); i > 0; i--) {
            format.addIgnoredColumn("Andel " + i);
        }
        if (random.nextBoolean()) {
            format.indicator(indicatorId(random));
        }
        if (random.nextBoolean()) {
            format.period(CoreGenerators.reportingPeriod(random));
        }
        return format.build();
    }

    /**
     * {@return a policy: confidence level 0.80 to 0.99, minimum group size 1 to 10, either roll-up rule, sometimes local thresholds for made-up ids}
     *
     * @param random the source of randomness
     */
    public static EvaluationPolicy evaluationPolicy(Random random) {
        EvaluationPolicy.Builder policy = policyBuilder(random);
        if (random.nextBoolean()) {
            int thresholds = 1 + random.nextInt(3);
            for (int i = 0; i < thresholds; i++) {
                policy.putLocalThreshold(IndicatorId.of("local-" + i), CoreGenerators.threshold(random));
            }
        }
        return policy.build();
    }

    /**
     * {@return a policy as {@link #evaluationPolicy(Random)}, whose local thresholds (when it has some) are for
     * the catalogue's qualitative indicators}
     *
     * @param random the source of randomness
     * @param catalogue the catalogue
     */
    public static EvaluationPolicy evaluationPolicy(Random random, IndicatorCatalogue catalogue) {
        EvaluationPolicy.Builder policy = policyBuilder(random);
        if (random.nextBoolean()) {
            catalogue.indicators().stream().filter(indicator -> indicator.target().kind() == TargetKind.QUALITATIVE)
                    .forEach(indicator -> policy.putLocalThreshold(indicator.id(), CoreGenerators.threshold(random)));
        }
        return policy.build();
    }

    private static EvaluationPolicy.Builder policyBuilder(Random random) {
        EvaluationPolicy.Builder policy = EvaluationPolicy.builder()
                .confidenceLevel(confidenceLevel(random))
                .minimumGroupSize(1 + random.nextInt(10))
                .rollUpRule(pick(random, List.of(RollUpRule.values())));
        int populations = random.nextInt(3);
        if (populations < 2) {
            // none, or one shared by two to four indicators; else the default
            Map<IndicatorId, String> shared = new HashMap<>();
            for (int i = 0; populations == 1 && i < 2 + random.nextInt(3); i++) {
                shared.put(indicatorId(random), "population");
            }
            policy.sharedPopulations(shared.size() == 1 ? Map.of() : shared);
        }
        return policy;
    }

    /**
     * {@return a result of any status, made by {@link Evaluations}, so it is valid}
     *
     * @param random the source of randomness
     */
    public static IndicatorResult indicatorResult(Random random) {
        Indicator indicator = indicator(random);
        return indicatorResult(random, indicator, unitId(random), CoreGenerators.reportingPeriod(random),
                evaluationPolicy(random, catalogueOf(random, indicator)));
    }

    /**
     * {@return a result of an indicator for a unit and period: counts evaluated with {@link Evaluations#evaluateCounts}, other
     * kinds with {@link Evaluations#evaluate}, an eighth of them without an observation}
     *
     * @param random the source of randomness
     * @param indicator the indicator
     * @param unit the unit
     * @param period the period
     * @param policy the policy
     */
    public static IndicatorResult indicatorResult(Random random, Indicator indicator, OrganisationUnitId unit,
            ReportingPeriod period, EvaluationPolicy policy) {
        if (random.nextInt(8) == 0) {
            return Evaluations.noData(indicator, unit, period);
        }
        if (indicator.target().kind().isObservedAsCounts()) {
            return Evaluations.evaluateCounts(indicator, unit, period, surveyCounts(random), policy);
        }
        return Evaluations.evaluate(indicator, observation(random, indicator, unit, period), policy);
    }

    /**
     * {@return a trend of a unit's share between two different periods, made by {@link Trend#between}: mostly comparable}
     *
     * @param random the source of randomness
     */
    public static Trend trend(Random random) {
        Indicator indicator = indicator(random, indicatorId(random), target(random, TargetKind.SHARE));
        EvaluationPolicy policy = evaluationPolicy(random);
        OrganisationUnitId unit = unitId(random);
        int year = 2021 + random.nextInt(9);
        ReportingPeriod earlier = CalendarYear.of(year);
        ReportingPeriod later = CalendarYear.of(year + 1 + random.nextInt(2030 - year));
        IndicatorResult first = random.nextInt(4) == 0 ? indicatorResult(random, indicator, unit, earlier, policy)
                : Evaluations.evaluateCounts(indicator, unit, earlier, disclosableCounts(random, policy.minimumGroupSize()), policy);
        IndicatorResult second = random.nextInt(4) == 0 ? indicatorResult(random, indicator, unit, later, policy)
                : Evaluations.evaluateCounts(indicator, unit, later, disclosableCounts(random, policy.minimumGroupSize()), policy);
        return Trend.between(first, second, indicator.direction(), policy.confidenceLevel());
    }

    // ---------------------------------------------------------------- roll-up and report

    /**
     * {@return 0 to 8 statuses of parts}
     *
     * @param random the source of randomness
     */
    public static List<Status> statuses(Random random) {
        List<Status> statuses = new ArrayList<>();
        int size = random.nextInt(9);
        for (int i = 0; i < size; i++) {
            statuses.add(pick(random, List.of(Status.values())));
        }
        return statuses;
    }

    /**
     * {@return the counts of some parts' statuses}
     *
     * @param random the source of randomness
     */
    public static StatusCounts statusCounts(Random random) {
        return StatusCounts.of(statuses(random));
    }

    /**
     * {@return a roll-up computed from some parts' statuses under either rule}
     *
     * @param random the source of randomness
     */
    public static RollUp rollUp(Random random) {
        return RollUp.of(statuses(random), pick(random, List.of(RollUpRule.values())));
    }

    /**
     * {@return bounds on one hidden group: any consistent values, under-protected or not}
     *
     * @param random the source of randomness
     */
    public static CellBounds cellBounds(Random random) {
        long fewest = random.nextInt(20);
        Optional<Long> most = random.nextInt(4) == 0 ? Optional.empty() : Optional.of(fewest + random.nextInt(20));
        long fewestYes = random.nextInt((int) (most.orElse(fewest + 5L) + 1));
        Optional<Long> mostYes = most.map(m -> fewestYes + random.nextInt((int) (m - fewestYes) + 1));
        long fewestKnowing = fewest + random.nextInt((int) (most.orElse(fewest + 5L) - fewest) + 1);
        Optional<Long> mostKnowing = most.isEmpty() && random.nextBoolean() ? Optional.empty()
                : Optional.of(fewestKnowing + random.nextInt((int) (most.orElse(fewestKnowing + 5L) - fewestKnowing) + 1));
        return CellBounds.builder().unit(unitId(random)).ownRows(random.nextBoolean()).fewest(fewest).most(most)
                .fewestYes(fewestYes).mostYes(mostYes).fewestKnowingWhichAreSmall(fewestKnowing)
                .mostKnowingWhichAreSmall(mostKnowing).shareFixed(random.nextBoolean()).underProtected(random.nextBoolean())
                .addReasons(Reason.of(AuditReason.BOUNDS_SUBTREE, "unit", fewest + "–" + most.orElse(fewest), "≥ " + fewestYes,
                        Long.toString(fewestKnowing)))
                .addReasons(pick(random, List.of(Reason.of(AuditReason.HIDDEN_OPEN),
                        Reason.of(AuditReason.SMALL_GROUP_KNOWN, 1 + random.nextInt(10)))))
                .build();
    }

    /**
     * {@return the audit of a roll-up of 1.6.1 over a tree of up to 12 units: either what {@link TreeRollUp#resultsByUnit}
     * publishes (which holds) or only the primary suppression (which often does not)}
     *
     * @param random the source of randomness
     */
    public static DisclosureAudit disclosureAudit(Random random) {
        IndicatorCatalogue orebro = IndicatorCatalogue.load("orebro");
        Indicator share = orebro.get(IndicatorId.of("1.6.1"));
        ReportingPeriod period = CoreGenerators.reportingPeriod(random);
        OrganisationTree tree = CoreGenerators.organisationTree(random, 12);
        List<Observation> observations = new ArrayList<>();
        for (OrganisationUnit unit : tree.units()) {
            if (random.nextBoolean()) {
                int all = 1 + random.nextInt(random.nextBoolean() ? 4 : 40);
                observations.add(Observation.ofCounts(share.id(), unit.id(), period, Counts.of(random.nextInt(all + 1), all)));
            }
        }
        ObservationSet set = ObservationSet.of(orebro, observations);
        EvaluationPolicy policy = EvaluationPolicy.builder().minimumGroupSize(1 + random.nextInt(8)).build();
        Map<OrganisationUnitId, IndicatorResult> published = TreeRollUp.resultsByUnit(share, period, tree, set, policy);
        if (random.nextBoolean()) {
            Map<OrganisationUnitId, Counts> pooled = new HashMap<>();
            published = new LinkedHashMap<>();
            for (OrganisationUnit unit : tree.units()) {
                Counts counts = tree.subtree(unit.id()).stream().map(u -> set.find(ObservationKey.of(share.id(), u.id(), period)))
                        .flatMap(Optional::stream).map(o -> o.counts().orElseThrow()).reduce(Counts.of(0, 0), Counts::plus);
                published.put(unit.id(), Evaluations.evaluateCounts(share, unit.id(), period, counts, policy));
            }
        }
        return DisclosureAudit.of(tree, set, published, policy);
    }

    /**
     * {@return a follow-up report, made by {@link FollowUpReport#of} on a generated catalogue, a tree of up to 6 units and
     * a generated observation set, for a random unit, sometimes compared with another period}
     *
     * @param random the source of randomness
     */
    public static FollowUpReport followUpReport(Random random) {
        IndicatorCatalogue catalogue = catalogue(random);
        OrganisationTree tree = CoreGenerators.organisationTree(random, 6);
        List<ReportingPeriod> periods = periods(random);
        ObservationSet observations = observationSet(random, catalogue, tree, periods);
        ReportingPeriod period = pick(random, periods);
        FollowUpRequest request = FollowUpRequest.of(pick(random, tree.units()).id(), period)
                .withPolicy(evaluationPolicy(random, catalogue));
        if (periods.size() > 1 && random.nextBoolean()) {
            request = request.comparingWith(pick(random, periods.stream().filter(other -> !other.equals(period)).toList()));
        }
        return FollowUpReport.of(catalogue, tree, observations, request);
    }

    // ---------------------------------------------------------------- FHIR

    /**
     * {@return a canonical base: https or http, with or without a port and a path, sometimes given with trailing slashes}
     *
     * @param random the source of randomness
     */
    public static CanonicalBase canonicalBase(Random random) {
        String scheme = random.nextBoolean() ? "https" : "http";
        String host = pick(random, List.of("fhir.example.org", "region" + random.nextInt(30) + ".example.se", "localhost:8080"));
        String path = pick(random, List.of("", "/fhir", "/klinedu/r4", "/a_b/c-d.e"));
        return CanonicalBase.of(scheme + "://" + host + path + "/".repeat(random.nextInt(3)));
    }

    // ---------------------------------------------------------------- CSV

    /**
     * Writes observations in the CSV format of {@link ObservationReader#CSV_HEADER}: the header line, then one line
     * per observation, empty cells for absent values, cells quoted when they hold a comma, quote or line break.
     *
     * @param observations the observations
     * @return the CSV text, each line ended by a line feed
     */
    public static String csvOf(List<Observation> observations) {
        StringBuilder csv = new StringBuilder(ObservationReader.CSV_HEADER).append('\n');
        observations.forEach(observation -> csv.append(csvRowOf(observation)).append('\n'));
        return csv.toString();
    }

    /**
     * {@return one observation as a CSV row, without a line end}
     *
     * @param observation the observation
     */
    public static String csvRowOf(Observation observation) {
        StringJoiner row = new StringJoiner(",");
        row.add(cell(observation.indicator().value()));
        row.add(cell(observation.unit().value()));
        row.add(cell(observation.period().code()));
        row.add(observation.counts().map(counts -> String.valueOf(counts.numerator())).orElse(""));
        row.add(observation.counts().map(counts -> String.valueOf(counts.denominator())).orElse(""));
        row.add(observation.milestone().map(milestone -> String.valueOf(milestone.done())).orElse(""));
        row.add(observation.milestone().flatMap(Milestone::date).map(LocalDate::toString).orElse(""));
        row.add(observation.review().map(ReviewOutcome::code).orElse(""));
        return row.toString();
    }

    private static String cell(String value) {
        return value.contains(",") || value.contains("\"") || value.contains("\n") || value.contains("\r")
                ? '"' + value.replace("\"", "\"\"") + '"'
                : value;
    }

    /**
     * A CSV row the reader rejects, with the column its problem names.
     *
     * @param row the row, without a line end
     * @param column the column the problem names ({@code numerator}, ...), or empty when the problem is the whole row
     */
    public record InvalidCsvRow(String row, Optional<String> column) {
    }

    /**
     * {@return a row that breaks one cell of a valid observation of counts (a number that is no number, a negative
     * count, a numerator above its denominator, a negative denominator, a missing cell, an unknown period) or the row's shape (a cell too many
     * or too few)}
     *
     * @param random the source of randomness
     * @param indicator the id of an indicator with a share target
     * @param unit the unit
     */
    public static InvalidCsvRow invalidCsvRow(Random random, IndicatorId indicator, OrganisationUnitId unit) {
        String start = indicator.value() + "," + unit.value() + ",";
        return switch (random.nextInt(9)) {
            case 0 -> new InvalidCsvRow(start + "2024,abc,10,,,", Optional.of("numerator"));
            case 1 -> new InvalidCsvRow(start + "2024,3,x" + random.nextInt(10) + ",,,", Optional.of("denominator"));
            case 2 -> new InvalidCsvRow(start + "2024,-" + (1 + random.nextInt(9)) + ",10,,,", Optional.of("numerator"));
            case 3 -> new InvalidCsvRow(start + "2024," + (11 + random.nextInt(9)) + ",10,,,", Optional.of("numerator"));
            case 4 -> new InvalidCsvRow(start + "2024,,10,,,", Optional.of("numerator"));
            case 5 -> new InvalidCsvRow(start + "Q" + random.nextInt(10) + "2024,3,10,,,", Optional.of("period"));
            case 6 -> new InvalidCsvRow(start + "2024,0,-" + (1 + random.nextInt(9)) + ",,,", Optional.of("denominator"));
            case 7 -> new InvalidCsvRow(start + "2024,3,10,,,,", Optional.empty());
            default -> new InvalidCsvRow(start + "2024,3,10,,", Optional.empty());
        };
    }

    // ---------------------------------------------------------------- helpers

    /**
     * {@return an organisation unit id such as {@code unit-12}}
     *
     * @param random the source of randomness
     */
    public static OrganisationUnitId unitId(Random random) {
        return OrganisationUnitId.of(random.nextInt(5) == 0 ? "region" : "unit-" + random.nextInt(100));
    }

    /**
     * {@return a random element}
     *
     * @param <T> the element type
     * @param random the source of randomness
     * @param values the values, not empty
     */
    public static <T> T pick(Random random, List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    private static IndicatorCatalogue catalogueOf(Random random, Indicator indicator) {
        return IndicatorCatalogue.of(OrebroStrategy.load().outline(), CoreGenerators.provenance(random), List.of(indicator));
    }

    private static <T> Optional<T> maybe(Random random, Supplier<T> value) {
        return random.nextBoolean() ? Optional.of(value.get()) : Optional.empty();
    }
}
