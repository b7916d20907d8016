package se.klinedu.indicators.target;

/**
 * Copies of an indicator with one attribute changed, for tests outside this package: the generated class that
 * makes them is package-private, and its copies are checked like every construction.
 */
public final class IndicatorCopies {

    private IndicatorCopies() {
    }

    /**
     * {@return the indicator with another target}
     *
     * @param indicator the indicator
     * @param target the target
     */
    public static Indicator withTarget(Indicator indicator, Target target) {
        return ((ImmutableIndicator) indicator).withTarget(target);
    }

    /**
     * {@return the indicator with another direction}
     *
     * @param indicator the indicator
     * @param direction the direction
     */
    public static Indicator withDirection(Indicator indicator, Direction direction) {
        return ((ImmutableIndicator) indicator).withDirection(direction);
    }
}
