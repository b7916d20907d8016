package se.klinedu.core.measure;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.LocalDate;
import java.util.List;
import org.immutables.value.Value;
import se.klinedu.core.explain.Reason;
import se.klinedu.core.internal.Checks;
import se.klinedu.core.internal.KlineduStyle;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * The follow-up status of a planned measure at a reference date, with the reasons that decided it.
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
     * {@return why, at least one reason: the dates compared and the rule applied ({@link MeasureReason})}
     */
    @JsonProperty(value = "reasons", required = true)
    @Value.Parameter
    public abstract List<Reason> reasons();

    /**
     * Obtains a follow-up result.
     *
     * @param referenceDate the reference date, not null
     * @param status the status, not null
     * @param reasons the reasons, at least one, each a {@link MeasureReason}
     * @return the result
     * @throws se.klinedu.core.InvalidInputException if there is no reason, or one of another kind
     */
    public static MeasureFollowUp of(LocalDate referenceDate, FollowUpStatus status, List<Reason> reasons) {
        return ImmutableMeasureFollowUp.of(referenceDate, status, reasons);
    }

    @Value.Check
    void check() {
        Checks.reasons("reasons", reasons(), MeasureReason.class);
    }
}
