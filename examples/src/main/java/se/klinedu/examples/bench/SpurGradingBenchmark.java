package se.klinedu.examples.bench;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import se.klinedu.core.organisation.OrganisationUnitId;
import se.klinedu.grading.assessment.AreaGrade;
import se.klinedu.grading.assessment.Assessment;
import se.klinedu.grading.assessment.CriterionAssessment;
import se.klinedu.grading.assessment.CriterionOutcome;
import se.klinedu.grading.assessment.GradeStatus;
import se.klinedu.grading.assessment.Grades;
import se.klinedu.grading.assessment.GradingPolicy;
import se.klinedu.grading.criteria.Criterion;
import se.klinedu.grading.criteria.CriterionKind;
import se.klinedu.grading.criteria.Grade;
import se.klinedu.grading.criteria.Regulation;
import se.klinedu.grading.criteria.SpurArea;
import se.klinedu.grading.criteria.SpurModel;

/**
 * Benchmark (c): SPUR grading of 100 000 generated inspections with {@link Grades#inspect} (every area
 * under every regulation in scope, with rules, deciding criteria and reasons), and, for scale, a
 * hand-written grading of the same outcomes stored as bytes. One operation grades all of them.
 *
 * <p>Fresh assessments are generated before each iteration (not timed), so that every operation grades
 * assessments never graded before, as a program grading inspections it has just read would.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3)
@Measurement(iterations = 5)
@Fork(value = 1, jvmArgsAppend = {"-Xms3g", "-Xmx3g"})
public class SpurGradingBenchmark {

    /** Inspections per operation. */
    public static final int SIZE = 100_000;

    private final Inspections inspections = new Inspections();
    private long seed = 8;

    /** Generates fresh assessments. */
    @Setup(Level.Iteration)
    public void setUp() {
        inspections.generate(SIZE, seed++);
    }

    /**
     * {@return the number of areas × regulations graded A, B, C, D and undeterminable by the library}
     */
    @Benchmark
    public GradeCounts library() {
        return library(inspections);
    }

    /**
     * {@return the same counts from the hand-written grading}
     */
    @Benchmark
    public GradeCounts baseline() {
        return baseline(inspections);
    }

    static GradeCounts library(Inspections inspections) {
        long[] counts = new long[5];
        for (Assessment assessment : inspections.assessments) {
            for (AreaGrade grade : Grades.inspect(inspections.model, assessment, inspections.policy).grades()) {
                counts[grade.status() == GradeStatus.UNDETERMINABLE ? 4 : grade.grade().orElseThrow().rank()]++;
            }
        }
        return new GradeCounts(counts[0], counts[1], counts[2], counts[3], counts[4]);
    }

    static GradeCounts baseline(Inspections inspections) {
        long[] counts = new long[5];
        int allowed = inspections.policy.maxUnmetQualityIndicatorsForA();
        boolean strict = inspections.policy.unassessedCountsAsUnmet();
        byte[][] outcomes = inspections.outcomes;
        for (int a = 0; a < outcomes.length; a++) {
            byte[] outcome = outcomes[a];
            for (int r = 0; r < 2; r++) {
                if ((inspections.regulations[a] & (1 << r)) == 0) {
                    continue;
                }
                for (int area = 0; area < 8; area++) {
                    int regulationDeficient = 0;
                    int regulationUnassessed = 0;
                    int adviceUnmet = 0;
                    int indicatorsUnmet = 0;
                    for (int c : inspections.criteria[r][area]) {
                        byte o = outcome[c];
                        boolean deficient = o == PARTLY_MET || o == NOT_MET;
                        boolean unassessed = o == NOT_ASSESSED;
                        switch (inspections.kind[c]) {
                            case 0 -> {
                                regulationDeficient += deficient ? 1 : 0;
                                regulationUnassessed += unassessed ? 1 : 0;
                            }
                            case 1 -> adviceUnmet += deficient || (strict && unassessed) ? 1 : 0;
                            default -> indicatorsUnmet += deficient || (strict && unassessed) ? 1 : 0;
                        }
                    }
                    int grade;
                    if (regulationDeficient > 0) {
                        grade = 3;
                    } else if (regulationUnassessed > 0) {
                        grade = 4;
                    } else if (adviceUnmet > 0) {
                        grade = inspections.onScale[area][2];
                    } else {
                        grade = inspections.onScale[area][indicatorsUnmet > allowed ? 1 : 0];
                    }
                    counts[grade]++;
                }
            }
        }
        return new GradeCounts(counts[0], counts[1], counts[2], counts[3], counts[4]);
    }

    /**
     * How many area grades came out A, B, C, D or undeterminable.
     *
     * @param a grades A
     * @param b grades B
     * @param c grades C
     * @param d grades D
     * @param undeterminable grades that could not be determined
     */
    public record GradeCounts(long a, long b, long c, long d, long undeterminable) {
    }

    private static final byte MET = 0;
    private static final byte PARTLY_MET = 1;
    private static final byte NOT_MET = 2;
    private static final byte NOT_ASSESSED = 3;
    private static final byte NOT_APPLICABLE = 4;
    private static final CriterionOutcome[] OUTCOMES = {CriterionOutcome.MET, CriterionOutcome.PARTLY_MET,
        CriterionOutcome.NOT_MET, CriterionOutcome.NOT_ASSESSED, CriterionOutcome.NOT_APPLICABLE};

    /** Generated assessments, as the library takes them and as bytes. */
    static final class Inspections {
        final SpurModel model = SpurModel.load();
        final GradingPolicy policy = GradingPolicy.standard();
        final List<Criterion> all = model.criteria();
        /** Per criterion (in the model's order): 0 regulation, 1 general advice, 2 quality indicator. */
        final byte[] kind = new byte[all.size()];
        /** Per regulation (2015:8, 2021:8) and area: the indexes of the criteria that apply. */
        final int[][][] criteria = new int[2][8][];
        /** Per area and computed grade rank: the rank on the area's scale. */
        final int[][] onScale = new int[8][4];
        /** Shared, immutable outcome objects, per criterion and outcome. */
        final CriterionAssessment[][] shared = new CriterionAssessment[all.size()][OUTCOMES.length];
        List<Assessment> assessments;
        byte[][] outcomes;
        /** Per assessment: bit 0 when 2015:8 is in scope, bit 1 when 2021:8 is. */
        byte[] regulations;

        Inspections() {
            Regulation[] order = {Regulation.SOSFS_2015_8, Regulation.HSLF_FS_2021_8};
            for (int c = 0; c < all.size(); c++) {
                CriterionKind k = all.get(c).kind();
                kind[c] = (byte) (k == CriterionKind.REGULATION ? 0 : k == CriterionKind.GENERAL_ADVICE ? 1 : 2);
                for (int o = 0; o < OUTCOMES.length; o++) {
                    shared[c][o] = CriterionAssessment.of(all.get(c).id(), OUTCOMES[o]);
                }
            }
            SpurArea[] areas = SpurArea.values();
            for (int index = 0; index < areas.length; index++) {
                SpurArea area = areas[index];
                for (int r = 0; r < 2; r++) {
                    Regulation regulation = order[r];
                    criteria[r][index] = java.util.stream.IntStream.range(0, all.size())
                            .filter(c -> all.get(c).area() == area && all.get(c).appliesTo(regulation)).toArray();
                }
                for (Grade grade : Grade.values()) {
                    onScale[index][grade.rank()] = model.scale(area).onScale(grade).rank();
                }
            }
        }

        /**
         * Assessments of every criterion: 88 % met, 5 % partly met, 3 % not met, 2 % not assessed, 2 % not
         * applicable; 2015:8, 2021:8 or both in scope.
         */
        void generate(int size, long seed) {
            Random random = new Random(seed);
            assessments = new ArrayList<>(size);
            outcomes = new byte[size][];
            regulations = new byte[size];
            for (int a = 0; a < size; a++) {
                int scope = 1 + random.nextInt(3);
                Set<Regulation> inScope = EnumSet.noneOf(Regulation.class);
                if ((scope & 1) != 0) {
                    inScope.add(Regulation.SOSFS_2015_8);
                }
                if ((scope & 2) != 0) {
                    inScope.add(Regulation.HSLF_FS_2021_8);
                }
                byte[] outcome = new byte[all.size()];
                List<CriterionAssessment> list = new ArrayList<>(all.size());
                for (int c = 0; c < all.size(); c++) {
                    int draw = random.nextInt(100);
                    byte o = draw < 88 ? MET : draw < 93 ? PARTLY_MET : draw < 96 ? NOT_MET : draw < 98 ? NOT_ASSESSED : NOT_APPLICABLE;
                    outcome[c] = o;
                    list.add(shared[c][o]);
                }
                outcomes[a] = outcome;
                regulations[a] = (byte) scope;
                assessments.add(Assessment.builder().unit(OrganisationUnitId.of("unit-" + a)).specialty("Internmedicin")
                        .addAllRegulations(inScope).addAllOutcomes(list).build());
            }
        }
    }
}
