package se.klinedu.grading.criteria;

import java.util.Objects;
import se.klinedu.core.json.JsonEnum;

/**
 * A SPUR grade (<i>gradering</i>), A best to D worst.
 *
 * <p>Compare grades with {@link #isBetterThan(Grade)} or {@link #rank()}, never with
 * {@code ordinal()}.
 *
 * @since 0.1
 */
public enum Grade implements JsonEnum {
    /** Regulations and general advice followed; quality indicators met but for occasional exceptions. */
    A("A", 0),
    /** Regulations (and, where the area has any, general advice) followed. */
    B("B", 1),
    /** Regulations followed; general advice followed in essential parts; measures recommended. */
    C("C", 2),
    /** Deficiencies in following the regulations; measures required. */
    D("D", 3);

    private final String letter;
    private final int rank;

    Grade(String letter, int rank) {
        this.letter = letter;
        this.rank = rank;
    }

    /**
     * {@return the letter as the report writes it, {@code A} to {@code D}; JSON has the
     * {@linkplain #code() code}, {@code a} to {@code d}}
     */
    public String letter() {
        return letter;
    }

    /**
     * {@return 0 for A, the best, to 3 for D, the worst}
     */
    public int rank() {
        return rank;
    }

    /**
     * Tells whether this grade is better than another.
     *
     * @param other the grade to compare with, not null
     * @return true if this grade is better (A is better than B)
     */
    public boolean isBetterThan(Grade other) {
        return rank < Objects.requireNonNull(other, "other").rank;
    }

    /**
     * Obtains a grade from its code.
     *
     * @param code {@code a}, {@code b}, {@code c} or {@code d}, not null
     * @return the grade
     * @throws se.klinedu.core.InvalidInputException for anything else
     */
    public static Grade of(String code) {
        return JsonEnum.of(Grade.class, "grade", code);
    }
}
