package se.klinedu.core.generators;

import java.util.stream.LongStream;

/**
 * The fixed seeds that laws run over, so that every run checks the same cases and a failure names
 * the seed that reproduces it ({@code @ParameterizedTest(name = "seed {0}") @MethodSource(...)}).
 *
 * <p>The normal test run uses {@value #DEFAULT_COUNT} seeds. The system property
 * {@code klinedu.seeds} takes the first N of the same sequence instead; mutation testing sets it
 * low because PIT re-runs every covering law for every mutant.
 */
public final class Seeds {

    /** The number of seeds when {@code klinedu.seeds} is not set. */
    public static final int DEFAULT_COUNT = 200;

    private Seeds() {
    }

    /**
     * {@return the first {@code klinedu.seeds} (default {@value #DEFAULT_COUNT}) fixed seeds}
     */
    public static LongStream seeds() {
        int count = Integer.getInteger("klinedu.seeds", DEFAULT_COUNT);
        if (count < 1) {
            throw new IllegalArgumentException("klinedu.seeds must be at least 1, was " + count);
        }
        return LongStream.range(0, count).map(i -> 0x5DEECE66DL * i + 11);
    }
}
