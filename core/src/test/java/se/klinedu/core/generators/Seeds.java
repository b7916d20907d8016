package se.klinedu.core.generators;

import java.util.stream.LongStream;

/**
 * The fixed seeds that laws run over, so that every run checks the same cases and a failure names
 * the seed that reproduces it ({@code @ParameterizedTest(name = "seed {0}") @MethodSource(...)}).
 */
public final class Seeds {

    private Seeds() {
    }

    /**
     * {@return 200 fixed seeds}
     */
    public static LongStream seeds() {
        return LongStream.range(0, 200).map(i -> 0x5DEECE66DL * i + 11);
    }
}
