package se.klinedu.grading.actionplan;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import org.immutables.value.Value;
import se.klinedu.core.InvalidInputException;
import se.klinedu.core.internal.Checks;
import se.klinedu.core.internal.KlineduStyle;
import se.klinedu.grading.criteria.CriterionId;
import se.klinedu.grading.criteria.SpurArea;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * An action item that lacks parts, named by its position, area and criterion.
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @since 0.1
 */
@Value.Immutable
@KlineduStyle
@JsonDeserialize(builder = ImmutableIncompleteItem.Builder.class)
public abstract class IncompleteItem {

    IncompleteItem() {
    }

    /**
     * {@return the item's index in the plan, from 0}
     */
    @JsonProperty(value = "index", required = true)
    @Value.Parameter
    public abstract int index();

    /**
     * {@return the item's area}
     */
    @JsonProperty(value = "area", required = true)
    @Value.Parameter
    public abstract SpurArea area();

    /**
     * {@return the item's criterion}
     */
    @JsonProperty(value = "criterion", required = true)
    @Value.Parameter
    public abstract CriterionId criterion();

    /**
     * {@return the parts missing, at least one}
     */
    @JsonProperty(value = "missing", required = true)
    @Value.Parameter
    public abstract List<String> missing();

    /**
     * Obtains an incomplete item.
     *
     * @param index its index in the plan, not negative
     * @param area its area, not null
     * @param criterion its criterion, not null
     * @param missing the parts missing, at least one
     * @return the incomplete item
     * @throws InvalidInputException if the index is negative or nothing is missing
     */
    public static IncompleteItem of(int index, SpurArea area, CriterionId criterion, List<String> missing) {
        return ImmutableIncompleteItem.of(index, area, criterion, missing);
    }

    @Value.Check
    void check() {
        if (index() < 0) {
            throw InvalidInputException.of("index", "must not be negative", index());
        }
        Checks.notEmpty("missing", missing());
    }

    @Override
    public String toString() {
        return "item " + index() + " (" + criterion() + ") lacks " + String.join(", ", missing());
    }
}
