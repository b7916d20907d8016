package se.klinedu.core.measure;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;
import se.klinedu.core.InvalidInputException;
import se.klinedu.core.explain.Reason;
import se.klinedu.core.internal.Checks;
import se.klinedu.core.internal.KlineduStyle;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * A planned measure (<i>planerad åtgärd</i>): what is to be done, who is responsible for carrying it
 * out, by when (a date or "ongoing"), and when and by whom it is followed up.
 *
 * <p>It is the shape shared by a SPUR action plan's items and Helse Sør-Øst's measures. Its
 * {@linkplain #followUpAt(LocalDate) follow-up status} at a reference date is:
 *
 * <ul>
 *   <li>{@code FOLLOWED_UP} when a follow-up was recorded on or before the reference date;
 *   <li>otherwise {@code NOT_DUE} before the due date (for an ongoing measure: before its follow-up
 *       date), {@code DUE} from then up to and including the follow-up date (or on the due date alone
 *       when no follow-up date is set), and {@code OVERDUE} after it;
 *   <li>an ongoing measure with no follow-up date is never due.
 * </ul>
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @since 0.1
 */
@Value.Immutable
@KlineduStyle
@JsonDeserialize(builder = PlannedMeasure.Builder.class)
public abstract class PlannedMeasure {

    PlannedMeasure() {
    }

    /**
     * {@return what is to be done, not blank}
     */
    @JsonProperty(value = "what", required = true)
    public abstract String what();

    /**
     * {@return the roles responsible for carrying the measure out (<i>ansvarig för genomförandet</i>), at least one}
     */
    @JsonProperty(value = "responsible", required = true)
    public abstract List<String> responsible();

    /**
     * {@return when the measure is to be carried out}
     */
    @JsonProperty(value = "due", required = true)
    public abstract Due due();

    /**
     * {@return when it is to be followed up, not before a due date; absent where none is set}
     */
    @JsonProperty("followUpDate")
    public abstract Optional<LocalDate> followUpDate();

    /**
     * {@return the role responsible for the follow-up (<i>ansvarig för uppföljningen</i>), where one is named}
     */
    @JsonProperty("followUpResponsible")
    public abstract Optional<String> followUpResponsible();

    /**
     * {@return the date a follow-up was recorded, absent until it is}
     */
    @JsonProperty("followedUpOn")
    public abstract Optional<LocalDate> followedUpOn();

    /**
     * {@return a builder; {@code what}, at least one {@code responsible} and {@code due} are required}
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Builds a {@link PlannedMeasure}: {@code build()} checks the value as every other way of making one does.
     */
    public static final class Builder extends ImmutablePlannedMeasure.Builder {

        Builder() {
        }
    }

    /**
     * Returns a copy of this measure with a follow-up recorded on a date.
     *
     * @param date the date of the follow-up, not null
     * @return the followed-up measure; this instance is unaffected
     */
    public PlannedMeasure withFollowUp(LocalDate date) {
        return ((ImmutablePlannedMeasure) this).withFollowedUpOn(Objects.requireNonNull(date, "date"));
    }

    /**
     * {@return true when every part is set: what, responsible, due, follow-up date and follow-up responsible}
     */
    public boolean isComplete() {
        return followUpDate().isPresent() && followUpResponsible().isPresent();
    }

    /**
     * Computes the follow-up status at a reference date.
     *
     * @param referenceDate the date to compute the status at, not null
     * @return the status with the rule and dates that decided it
     */
    public MeasureFollowUp followUpAt(LocalDate referenceDate) {
        Objects.requireNonNull(referenceDate, "referenceDate");
        Optional<LocalDate> followedUp = followedUpOn().filter(day -> !day.isAfter(referenceDate));
        if (followedUp.isPresent()) {
            return MeasureFollowUp.of(referenceDate, FollowUpStatus.FOLLOWED_UP,
                    List.of(Reason.of(MeasureReason.FOLLOWED_UP, followedUp.get())));
        }
        Optional<LocalDate> start = due().date().or(this::followUpDate);
        if (start.isEmpty()) {
            return MeasureFollowUp.of(referenceDate, FollowUpStatus.NOT_DUE,
                    List.of(Reason.of(MeasureReason.FOLLOW_UP_NEVER_DUE)));
        }
        LocalDate end = followUpDate().orElse(start.get());
        FollowUpStatus status = referenceDate.isBefore(start.get()) ? FollowUpStatus.NOT_DUE
                : referenceDate.isAfter(end) ? FollowUpStatus.OVERDUE : FollowUpStatus.DUE;
        boolean oneDay = start.get().equals(end);
        MeasureReason code = switch (status) {
            case NOT_DUE -> oneDay ? MeasureReason.FOLLOW_UP_DAY_AHEAD : MeasureReason.FOLLOW_UP_WINDOW_AHEAD;
            case DUE -> oneDay ? MeasureReason.FOLLOW_UP_DAY_REACHED : MeasureReason.FOLLOW_UP_WINDOW_OPEN;
            default -> oneDay ? MeasureReason.FOLLOW_UP_DAY_PASSED : MeasureReason.FOLLOW_UP_WINDOW_PASSED;
        };
        return MeasureFollowUp.of(referenceDate, status, List.of(oneDay ? Reason.of(code, end, referenceDate)
                : Reason.of(code, start.get(), end, referenceDate)));
    }

    @Value.Check
    void check() {
        Checks.notBlank("what", what());
        Checks.notEmpty("responsible", responsible());
        for (int i = 0; i < responsible().size(); i++) {
            Checks.notBlank("responsible[" + i + "]", responsible().get(i));
        }
        followUpResponsible().ifPresent(role -> Checks.notBlank("followUpResponsible", role));
        if (due().date().isPresent() && followUpDate().isPresent() && followUpDate().get().isBefore(due().date().get())) {
            throw InvalidInputException.of("followUpDate", "must not be before the due date " + due().date().get(),
                    followUpDate().get());
        }
    }
}
