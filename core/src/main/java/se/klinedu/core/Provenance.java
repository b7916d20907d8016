package se.klinedu.core;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;
import se.klinedu.core.internal.Checks;
import se.klinedu.core.internal.KlineduStyle;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * Where a body of reference data comes from: the source document's title, publisher and dates.
 *
 * <p>Each date is present only where the document states it ("Senast granskad: 18 december 2023",
 * "Sist oppdatert 26.10.2022"); an absent date means the document does not give one. Instances are
 * immutable and thread-safe.
 *
 * @since 0.1
 */
@Value.Immutable
@KlineduStyle
@JsonDeserialize(builder = ImmutableProvenance.Builder.class)
public abstract class Provenance {

    Provenance() {
    }

    /**
     * {@return the document's title}
     */
    @JsonProperty(value = "title", required = true)
    public abstract LocalizedText title();

    /**
     * {@return the publishing organisation, absent where the document does not name one}
     */
    @JsonProperty("publisher")
    public abstract Optional<String> publisher();

    /**
     * {@return the publication date, where the document gives one}
     */
    @JsonProperty("published")
    public abstract Optional<LocalDate> published();

    /**
     * {@return the date the document was last reviewed, where it gives one}
     */
    @JsonProperty("lastReviewed")
    public abstract Optional<LocalDate> lastReviewed();

    /**
     * {@return the date the document was last updated, where it gives one}
     */
    @JsonProperty("lastUpdated")
    public abstract Optional<LocalDate> lastUpdated();

    /**
     * Obtains a provenance.
     *
     * @param title the title, not null
     * @param publisher the publisher, not blank, or empty
     * @param published the publication date, or empty
     * @param lastReviewed the last review date, or empty
     * @param lastUpdated the last update date, or empty
     * @return the provenance
     * @throws InvalidInputException if the publisher is blank
     */
    public static Provenance of(LocalizedText title, Optional<String> publisher, Optional<LocalDate> published,
            Optional<LocalDate> lastReviewed, Optional<LocalDate> lastUpdated) {
        return ImmutableProvenance.builder()
                .title(title)
                .publisher(publisher)
                .published(published)
                .lastReviewed(lastReviewed)
                .lastUpdated(lastUpdated)
                .build();
    }

    /**
     * Obtains a provenance with a title and publisher and no dates.
     *
     * @param title the title, not null
     * @param publisher the publisher, not blank
     * @return the provenance
     * @throws InvalidInputException if the publisher is blank
     */
    public static Provenance of(LocalizedText title, String publisher) {
        return of(title, Optional.of(publisher), Optional.empty(), Optional.empty(), Optional.empty());
    }

    @Value.Check
    void check() {
        publisher().ifPresent(p -> Checks.notBlank("publisher", p));
    }
}
