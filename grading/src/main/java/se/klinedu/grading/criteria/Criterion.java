package se.klinedu.grading.criteria;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Objects;
import java.util.Set;
import org.immutables.value.Value;
import se.klinedu.core.InvalidInputException;
import se.klinedu.core.LocalizedText;
import se.klinedu.core.internal.Checks;
import se.klinedu.core.internal.DistinctElements;
import se.klinedu.core.internal.KlineduStyle;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * A criterion of the SPUR model: what an inspection checks in one area, of one kind (regulation,
 * general advice, quality indicator), under one or both regulations.
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @since 0.1
 */
@Value.Immutable
@KlineduStyle
@JsonDeserialize(builder = Criterion.Builder.class)
public abstract class Criterion {

    Criterion() {
    }

    /**
     * {@return the stable id, whose letter is the area's}
     */
    @JsonProperty(value = "id", required = true)
    public abstract CriterionId id();

    /**
     * {@return the area the criterion belongs to}
     */
    @JsonProperty(value = "area", required = true)
    public abstract SpurArea area();

    /**
     * {@return what the criterion rests on}
     */
    @JsonProperty(value = "kind", required = true)
    public abstract CriterionKind kind();

    /**
     * {@return the regulations the criterion applies to, at least one}
     */
    @JsonProperty(value = "regulations", required = true)
    @JsonDeserialize(using = DistinctElements.class)
    public abstract Set<Regulation> regulations();

    /**
     * {@return the criterion as the report words it, verbatim, with an English translation}
     */
    @JsonProperty(value = "text", required = true)
    public abstract LocalizedText text();

    /**
     * {@return a builder; every attribute is required, with at least one regulation}
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Builds a {@link Criterion}: {@code build()} checks the value as every other way of making one does.
     */
    public static final class Builder extends ImmutableCriterion.Builder {

        Builder() {
        }
    }

    /**
     * Tells whether the criterion applies under a regulation.
     *
     * @param regulation the regulation, not null
     * @return true if the criterion is assessed under it
     */
    public boolean appliesTo(Regulation regulation) {
        return regulations().contains(Objects.requireNonNull(regulation, "regulation"));
    }

    @Value.Check
    void check() {
        Checks.notEmpty("regulations", regulations());
        if (id().area() != area()) {
            throw InvalidInputException.of("id", "must start with the area's letter " + area().letter(), id());
        }
    }
}
