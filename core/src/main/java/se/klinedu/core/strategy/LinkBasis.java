package se.klinedu.core.strategy;

import se.klinedu.core.json.JsonEnum;

/**
 * Whether a link between two items of reference data is stated by the source document or is
 * klinedu's interpretation.
 *
 * @since 0.1
 */
public enum LinkBasis implements JsonEnum {
    /** The document states the link in words. */
    STATED,
    /** The document implies a link without stating it; klinedu decided it (see the module README's "Interpretations"). */
    INTERPRETED
}
