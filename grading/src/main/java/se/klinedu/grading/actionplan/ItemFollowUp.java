package se.klinedu.grading.actionplan;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import se.klinedu.core.InvalidInputException;
import se.klinedu.core.internal.KlineduStyle;
import se.klinedu.core.measure.MeasureFollowUp;
import se.klinedu.grading.criteria.CriterionId;
import se.klinedu.grading.criteria.SpurArea;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * Where an action item stands at a reference date: the follow-up status of its planned measure, or,
 * for an incomplete item, the parts it lacks (an incomplete item has no status).
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @since 0.1
 */
@Value.Immutable
@KlineduStyle
@JsonDeserialize(builder = ItemFollowUp.Builder.class)
public abstract class ItemFollowUp {

    ItemFollowUp() {
    }

    /**
     * {@return the item's area}
     */
    @JsonProperty(value = "area", required = true)
    public abstract SpurArea area();

    /**
     * {@return the item's criterion}
     */
    @JsonProperty(value = "criterion", required = true)
    public abstract CriterionId criterion();

    /**
     * {@return the reference date}
     */
    @JsonProperty(value = "referenceDate", required = true)
    public abstract LocalDate referenceDate();

    /**
     * {@return the status with its reason, present exactly when the item is complete}
     */
    @JsonProperty("followUp")
    public abstract Optional<MeasureFollowUp> followUp();

    /**
     * {@return the parts an incomplete item lacks; empty for a complete one}
     */
    @JsonProperty(value = "missing", required = true)
    public abstract List<String> missing();

    /**
     * {@return a builder; {@code area}, {@code criterion}, {@code referenceDate} and either {@code followUp} or {@code missing} are required}
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Builds a {@link ItemFollowUp}: {@code build()} checks the value as every other way of making one does.
     */
    public static final class Builder extends ImmutableItemFollowUp.Builder {

        Builder() {
        }
    }

    @Value.Check
    void check() {
        if (followUp().isPresent() == !missing().isEmpty()) {
            throw InvalidInputException.of("followUp", "must be present exactly when no part is missing");
        }
        if (followUp().isPresent() && !followUp().get().referenceDate().equals(referenceDate())) {
            throw InvalidInputException.of("followUp.referenceDate", "must equal the reference date " + referenceDate(),
                    followUp().get().referenceDate());
        }
    }
}
