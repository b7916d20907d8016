package se.klinedu.indicators.target;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Optional;
import org.immutables.value.Value;
import se.klinedu.core.InvalidInputException;
import se.klinedu.core.LocalizedText;
import se.klinedu.core.internal.KlineduStyle;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * Why an indicator has its {@link Reporter}: the document states who reports it, in the words quoted
 * ("Studenter och elever utvärderar"), or klinedu inferred it, for the reason given.
 *
 * <p>Exactly one of {@link #quote()} and {@link #reason()} is present. Instances are immutable and
 * thread-safe.
 *
 * @since 0.1
 */
@Value.Immutable
@KlineduStyle
@JsonDeserialize(builder = ImmutableReporterBasis.Builder.class)
public abstract class ReporterBasis {

    ReporterBasis() {
    }

    /**
     * {@return the document's words that state who reports, verbatim, with an English translation; empty when inferred}
     */
    @JsonProperty("quote")
    public abstract Optional<LocalizedText> quote();

    /**
     * {@return why klinedu chose the reporter, in one English line; empty when the document states it}
     */
    @JsonProperty("reason")
    public abstract Optional<String> reason();

    /**
     * {@return true when the document states the reporter}
     */
    public boolean isStated() {
        return quote().isPresent();
    }

    /**
     * Obtains the basis of a reporter the document states.
     *
     * @param quote the document's words that say who reports, not null
     * @return the basis
     */
    public static ReporterBasis stated(LocalizedText quote) {
        return ImmutableReporterBasis.builder().quote(quote).build();
    }

    /**
     * Obtains the basis of a reporter klinedu (or a region) inferred.
     *
     * @param reason why, in one line, not blank
     * @return the basis
     * @throws InvalidInputException if the reason is blank
     */
    public static ReporterBasis inferred(String reason) {
        return ImmutableReporterBasis.builder().reason(reason).build();
    }

    @Value.Check
    void check() {
        if (quote().isPresent() == reason().isPresent()) {
            throw InvalidInputException.of("quote", "exactly one of quote and reason must be given, was "
                    + (quote().isPresent() ? "both" : "neither"));
        }
        if (reason().filter(String::isBlank).isPresent()) {
            throw InvalidInputException.of("reason", "must not be blank", reason().get());
        }
    }
}
