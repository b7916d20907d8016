package se.klinedu.indicators.observation;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;
import se.klinedu.core.InvalidInputException;
import se.klinedu.core.internal.KlineduStyle;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * The state of a milestone (a council appointed, guidelines available, a review carried out): done on a
 * date, or not done.
 *
 * <p>A done milestone has its date; one not done has none. Instances are immutable and thread-safe.
 *
 * @since 0.1
 */
@Value.Immutable
@KlineduStyle
@JsonDeserialize(builder = ImmutableMilestone.Builder.class)
public abstract class Milestone {

    Milestone() {
    }

    /**
     * {@return true when the milestone is done}
     */
    @JsonProperty(value = "done", required = true)
    public abstract boolean done();

    /**
     * {@return the date it was done; empty when it is not done}
     */
    @JsonProperty("date")
    public abstract Optional<LocalDate> date();

    /**
     * Obtains a milestone done on a date.
     *
     * @param date the date, not null
     * @return the milestone
     */
    public static Milestone doneOn(LocalDate date) {
        return ImmutableMilestone.builder().done(true).date(Objects.requireNonNull(date, "date")).build();
    }

    /**
     * {@return a milestone not (yet) done}
     */
    public static Milestone notDone() {
        return ImmutableMilestone.builder().done(false).build();
    }

    // a CSV row gives the flag and the date in two cells; the check says which pairs are no milestone
    static Milestone of(boolean done, Optional<LocalDate> date) {
        return ImmutableMilestone.builder().done(done).date(date).build();
    }

    @Value.Check
    void check() {
        if (done() && date().isEmpty()) {
            throw InvalidInputException.of("date", "is required when the milestone is done");
        }
        if (!done() && date().isPresent()) {
            throw InvalidInputException.of("date", "must be absent when the milestone is not done", date().get());
        }
    }

    @Override
    public String toString() {
        return done() ? "done on " + date().orElseThrow() : "not done";
    }
}
