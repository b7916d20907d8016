package se.klinedu.indicators.observation;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.immutables.value.Value;
import se.klinedu.core.internal.Checks;
import se.klinedu.core.internal.KlineduStyle;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * One problem found in a batch of observations: where it is (a CSV line and column, a JSON path, or an
 * index in a list) and what is wrong.
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @since 0.1
 */
@Value.Immutable
@KlineduStyle
@JsonDeserialize(builder = ImmutableObservationProblem.Builder.class)
public abstract class ObservationProblem {

    ObservationProblem() {
    }

    /**
     * {@return where the problem is, such as "line 3, column 4 (numerator)", "$[2].counts.numerator" or "observations[2]"}
     */
    @JsonProperty(value = "location", required = true)
    @Value.Parameter
    public abstract String location();

    /**
     * {@return what is wrong}
     */
    @JsonProperty(value = "reason", required = true)
    @Value.Parameter
    public abstract String reason();

    /**
     * Obtains a problem.
     *
     * @param location where the problem is, not blank
     * @param reason what is wrong, not blank
     * @return the problem
     */
    public static ObservationProblem of(String location, String reason) {
        return ImmutableObservationProblem.of(location, reason);
    }

    @Value.Check
    void check() {
        Checks.notBlank("location", location());
        Checks.notBlank("reason", reason());
    }

    @Override
    public String toString() {
        return location() + ": " + reason();
    }
}
