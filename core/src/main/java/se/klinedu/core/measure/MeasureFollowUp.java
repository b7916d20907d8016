package se.klinedu.core.measure;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.LocalDate;
import org.immutables.value.Value;
import se.klinedu.core.internal.Checks;
import se.klinedu.core.internal.KlineduStyle;

/**
 * The follow-up status of a planned measure at a reference date, with the reason that decided it.
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @since 0.1
 */
@Value.Immutable
@KlineduStyle
public abstract class MeasureFollowUp {

    MeasureFollowUp() {
    }

    /**
     * {@return the date the status is computed at}
     */
    @JsonProperty("referenceDate")
    @Value.Parameter
    public abstract LocalDate referenceDate();

    /**
     * {@return the status at the reference date}
     */
    @JsonProperty("status")
    @Value.Parameter
    public abstract FollowUpStatus status();

    /**
     * {@return why: the dates compared and the rule applied}
     */
    @JsonProperty("reason")
    @Value.Parameter
    public abstract String reason();

    /**
     * Obtains a follow-up result.
     *
     * @param referenceDate the reference date, not null
     * @param status the status, not null
     * @param reason the reason, not blank
     * @return the result
     * @throws se.klinedu.core.InvalidInputException if the reason is blank
     */
    @JsonCreator
    public static MeasureFollowUp of(
            @JsonProperty(value = "referenceDate", required = true) LocalDate referenceDate,
            @JsonProperty(value = "status", required = true) FollowUpStatus status,
            @JsonProperty(value = "reason", required = true) String reason) {
        return ImmutableMeasureFollowUp.of(referenceDate, status, reason);
    }

    @Value.Check
    void check() {
        Checks.notBlank("reason", reason());
    }
}
