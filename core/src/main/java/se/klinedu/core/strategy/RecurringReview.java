package se.klinedu.core.strategy;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.immutables.value.Value;
import se.klinedu.core.InvalidInputException;
import se.klinedu.core.LocalizedText;
import se.klinedu.core.internal.KlineduStyle;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * A recurring external review that the strategy names with its interval: the SPUR inspection,
 * recommended every fifth year, and the ALF evaluation, every fourth year.
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @since 0.1
 */
@Value.Immutable
@KlineduStyle
@JsonDeserialize(builder = ImmutableRecurringReview.Builder.class)
public abstract class RecurringReview {

    RecurringReview() {
    }

    /**
     * {@return the id: {@code spur} or {@code alf}}
     */
    @JsonProperty(value = "id", required = true)
    @Value.Parameter
    public abstract RecurringReviewId id();

    /**
     * {@return the review's name as the document writes it}
     */
    @JsonProperty(value = "name", required = true)
    @Value.Parameter
    public abstract LocalizedText name();

    /**
     * {@return the interval between reviews in years, positive}
     */
    @JsonProperty(value = "intervalYears", required = true)
    @Value.Parameter
    public abstract int intervalYears();

    /**
     * {@return the sentence of the document that states the interval}
     */
    @JsonProperty(value = "source", required = true)
    @Value.Parameter
    public abstract LocalizedText source();

    /**
     * Obtains a recurring review.
     *
     * @param id the id, not null
     * @param name the name, not null
     * @param intervalYears the interval in years, positive
     * @param source the sentence stating the interval, not null
     * @return the review
     * @throws InvalidInputException if the interval is not positive
     */
    public static RecurringReview of(RecurringReviewId id, LocalizedText name, int intervalYears,
            LocalizedText source) {
        return ImmutableRecurringReview.of(id, name, intervalYears, source);
    }

    @Value.Check
    void check() {
        if (intervalYears() <= 0) {
            throw InvalidInputException.of("intervalYears", "must be positive", intervalYears());
        }
    }
}
