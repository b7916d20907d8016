package se.klinedu.indicators.observation;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.immutables.value.Value;
import se.klinedu.core.InvalidInputException;
import se.klinedu.core.internal.Checks;
import se.klinedu.core.internal.KlineduStyle;
import se.klinedu.core.internal.Names;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * Which answers of a survey question count as yes (the numerator of a share indicator), which as no, and
 * which as no answer at all (counted in neither the numerator nor the denominator), for turning
 * per-respondent rows into counts (see {@link ObservationReader#readResponsesCsv(java.io.InputStream, CsvFormat,
 * AnswerScale)}).
 *
 * <p>Answers are compared as names are (Unicode normal form C, without case or surrounding white space),
 * and kept in that form. Every answer a file holds must be on the scale: an answer of none of the three
 * lists is a problem of its line, never guessed. Which answers are positive is the region's decision: the
 * documents set no scale. Instances are immutable and thread-safe.
 *
 * @since 0.1
 */
@Value.Immutable
@KlineduStyle
@JsonPropertyOrder({"positive", "negative", "nonResponse"})
@JsonDeserialize(builder = ImmutableAnswerScale.Builder.class)
public abstract class AnswerScale {

    private static final AnswerScale FIVE_POINT = of(List.of("4", "5"), List.of("1", "2", "3"),
            List.of("", "vet ej", "ej aktuellt"));

    AnswerScale() {
    }

    /**
     * {@return the answers that count as yes, at least one}
     */
    @JsonProperty(value = "positive", required = true)
    public abstract List<String> positive();

    /**
     * {@return the answers that count as no, at least one}
     */
    @JsonProperty(value = "negative", required = true)
    public abstract List<String> negative();

    /**
     * {@return the answers that are no answer (a blank cell, "Vet ej"), counted nowhere}
     */
    @JsonProperty(value = "nonResponse", required = true)
    public abstract List<String> nonResponse();

    /**
     * Obtains a scale.
     *
     * @param positive the answers that count as yes, at least one, not null
     * @param negative the answers that count as no, at least one, not null
     * @param nonResponse the answers that count nowhere, possibly none, not null
     * @return the scale, its answers in compared form
     * @throws InvalidInputException if a list of answers is empty where it must not be, or an answer is on
     *     the scale twice
     */
    public static AnswerScale of(List<String> positive, List<String> negative, List<String> nonResponse) {
        return ImmutableAnswerScale.builder().addAllPositive(positive).addAllNegative(negative)
                .addAllNonResponse(nonResponse).build();
    }

    /**
     * {@return a five-point scale written as digits: 4 and 5 are yes, 1 to 3 no; a blank answer, "Vet ej" (don't
     * know) and "Ej aktuellt" (not applicable) are no answer}
     */
    public static AnswerScale fivePoint() {
        return FIVE_POINT;
    }

    /**
     * Tells whether an answer counts as yes.
     *
     * @param answer the answer as the file writes it, not null
     * @return true for a positive answer, false for a negative one
     * @throws InvalidInputException if the answer is no answer or not on the scale
     */
    public boolean isPositive(String answer) {
        String compared = Names.compared(answer);
        if (positive().contains(compared)) {
            return true;
        }
        if (negative().contains(compared)) {
            return false;
        }
        throw InvalidInputException.of("answer", isNonResponse(answer) ? "is no answer"
                : "is not on the scale: neither yes, no nor no answer", answer);
    }

    /**
     * Tells whether an answer is no answer at all.
     *
     * @param answer the answer as the file writes it, not null
     * @return true if it is one of {@link #nonResponse()}
     */
    public boolean isNonResponse(String answer) {
        return nonResponse().contains(Names.compared(Objects.requireNonNull(answer, "answer")));
    }

    @Value.Check
    AnswerScale canonical() {
        Checks.notEmpty("positive", positive());
        Checks.notEmpty("negative", negative());
        List<String> positive = positive().stream().map(Names::compared).toList();
        List<String> negative = negative().stream().map(Names::compared).toList();
        List<String> nonResponse = nonResponse().stream().map(Names::compared).toList();
        Set<String> seen = new HashSet<>();
        for (List<String> answers : List.of(positive, negative, nonResponse)) {
            for (String answer : answers) {
                if (!seen.add(answer)) {
                    throw InvalidInputException.of("answers", "must each be on the scale once", answer);
                }
            }
        }
        return positive.equals(positive()) && negative.equals(negative()) && nonResponse.equals(nonResponse()) ? this
                : ImmutableAnswerScale.builder().addAllPositive(positive).addAllNegative(negative)
                        .addAllNonResponse(nonResponse).build();
    }

    @Override
    public String toString() {
        return "yes " + positive() + ", no " + negative() + ", no answer " + nonResponse();
    }
}
