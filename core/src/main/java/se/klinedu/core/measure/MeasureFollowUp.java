package se.klinedu.core.measure;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.LocalDate;
import org.immutables.value.Value;
import se.klinedu.core.internal.Checks;
import se.klinedu.core.internal.KlineduStyle;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * The follow-up status of a planned measure at a reference date, with the reason that decided it.
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @since 0.1
 */
@Value.Immutable
@KlineduStyle
@JsonDeserialize(builder = ImmutableMeasureFollowUp.Builder.class)
public abstract class MeasureFollowUp {

    MeasureFollowUp() {
    }

    /**
     * {@return the date the status is computed at}
     */
    @JsonProperty(value = "referenceDate", required = true)
    @Value.Parameter
    public abstract LocalDate referenceDate();

    /**
     * {@return the status at the reference date}
     */
    @JsonProperty(value = "status", required = true)
    @Value.Parameter
    public abstract FollowUpStatus status();

    /**
     * {@return why: the dates compared and the rule applied}
     */
    @JsonProperty(value = "reason", required = true)
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
    public static MeasureFollowUp of(LocalDate referenceDate, FollowUpStatus status, String reason) {
        return ImmutableMeasureFollowUp.of(referenceDate, status, reason);
    }

    @Value.Check
    void check() {
        Checks.notBlank("reason", reason());
    }
}
