package se.klinedu.grading.actionplan;

import se.klinedu.core.json.JsonEnum;

/**
 * A part of an action item that an item may lack, named as the report's action plan heads its columns; each
 * has a label in Swedish, Norwegian and English for the reasons that name it ({@code item-part.follow-up-date}).
 *
 * @since 0.2
 */
public enum ItemPart implements JsonEnum {
    /** <i>Planerad åtgärd</i>: {@link ActionItem#measure()}. */
    MEASURE("measure"),
    /** <i>Ansvarig för genomförandet</i>: {@link ActionItem#responsible()}. */
    RESPONSIBLE("responsible"),
    /** <i>Datum när åtgärden ska vara genomförd</i>: {@link ActionItem#due()}. */
    DUE("due"),
    /** <i>Datum för uppföljning</i>: {@link ActionItem#followUpDate()}. */
    FOLLOW_UP_DATE("followUpDate"),
    /** <i>Ansvarig för uppföljningen</i>: {@link ActionItem#followUpResponsible()}. */
    FOLLOW_UP_RESPONSIBLE("followUpResponsible");

    private final String attribute;

    ItemPart(String attribute) {
        this.attribute = attribute;
    }

    /**
     * {@return the name of the item's attribute that holds the part, as {@link ActionItem#missingParts()} and
     * JSON name it, such as {@code followUpDate}}
     */
    public String attribute() {
        return attribute;
    }

    /**
     * Obtains a part from its code.
     *
     * @param code {@code measure}, {@code responsible}, {@code due}, {@code follow-up-date} or
     *     {@code follow-up-responsible}, not null
     * @return the part
     * @throws se.klinedu.core.InvalidInputException for any other code
     */
    public static ItemPart of(String code) {
        return JsonEnum.of(ItemPart.class, "part", code);
    }
}
