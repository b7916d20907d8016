package se.klinedu.core.supervision;

import se.klinedu.core.json.JsonEnum;

/**
 * The unit a training's scope (<i>omfattning</i>) is given in.
 *
 * @since 0.1
 */
public enum ScopeUnit implements JsonEnum {
    /** Hours (<i>timmar</i>, "tim."). */
    HOURS,
    /** Days (<i>dagar</i>). */
    DAYS,
    /** Weeks of full-time study (<i>veckors heltidsstudier</i>). */
    WEEKS_FULL_TIME,
    /** Higher-education credits (<i>högskolepoäng</i>, hp): 1.5 hp is one week of full-time study. */
    CREDITS
}
