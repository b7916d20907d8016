package se.klinedu.indicators.observation;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.stream.Collectors;
import org.immutables.value.Value;
import se.klinedu.core.InvalidInputException;
import se.klinedu.core.internal.KlineduStyle;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * The outcome of reading or checking a batch of observations: the observations without problems, and
 * every problem found, one per bad row or item.
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @since 0.1
 */
@Value.Immutable
@KlineduStyle
@JsonDeserialize(builder = ImmutableObservationBatch.Builder.class)
public abstract class ObservationBatch {

    /** The problems the message of {@link #toSet()} names; {@link #problems()} lists them all. */
    private static final int PROBLEMS_IN_MESSAGE = 3;

    ObservationBatch() {
    }

    /**
     * {@return the observations without problems, in input order}
     */
    @JsonProperty(value = "observations", required = true)
    @Value.Parameter
    public abstract List<Observation> observations();

    /**
     * {@return every problem, in input order; empty when the batch is valid}
     */
    @JsonProperty(value = "problems", required = true)
    @Value.Parameter
    public abstract List<ObservationProblem> problems();

    /**
     * Obtains a batch.
     *
     * @param observations the observations without problems, not null
     * @param problems the problems, not null
     * @return the batch
     */
    public static ObservationBatch of(List<Observation> observations, List<ObservationProblem> problems) {
        return ImmutableObservationBatch.of(observations, problems);
    }

    /**
     * {@return true when no problem was found}
     */
    public boolean isValid() {
        return problems().isEmpty();
    }

    /**
     * Returns the observations as a set, if the batch is valid.
     *
     * @return the set
     * @throws InvalidInputException if there is any problem, naming how many and the first three
     */
    public ObservationSet toSet() {
        if (!isValid()) {
            // the first few: the batch itself lists them all
            throw InvalidInputException.of("observations", problems().size() + " problem(s): "
                    + problems().stream().limit(PROBLEMS_IN_MESSAGE).map(ObservationProblem::toString)
                            .collect(Collectors.joining("; "))
                    + (problems().size() > PROBLEMS_IN_MESSAGE ? "; …" : ""));
        }
        return ObservationSet.ofChecked(observations());
    }
}
