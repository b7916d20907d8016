package se.klinedu.indicators.target;

import se.klinedu.core.json.JsonEnum;

/**
 * Which way an indicator improves.
 *
 * <p>Every indicator of the Örebro strategy improves as its share rises; the other direction is kept
 * so that a region can add indicators of its own where a lower share is better. A share is never
 * inverted to fit a direction.
 *
 * @since 0.1
 */
public enum Direction implements JsonEnum {
    /** A higher share is better, as with "Andel ... ska uppgå till &gt;90 procent". */
    HIGHER_IS_BETTER,
    /** A lower share is better. */
    LOWER_IS_BETTER
}
