package se.klinedu.indicators.rollup;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import se.klinedu.core.InvalidInputException;
import se.klinedu.core.explain.Reason;
import se.klinedu.core.internal.Checks;
import se.klinedu.core.internal.KlineduStyle;
import se.klinedu.core.organisation.OrganisationUnitId;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * What anyone can derive about one group that a roll-up does not show — a hidden unit's whole subtree, or a
 * unit's own rows — from everything the roll-up shows: the fewest and most respondents and yes answers it
 * can hold, and whether its share is fixed; with the audit's verdict on it.
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @since 0.1
 */
@Value.Immutable
@KlineduStyle
@JsonDeserialize(builder = CellBounds.Builder.class)
public abstract class CellBounds {

    CellBounds() {
    }

    /**
     * {@return the unit}
     */
    @JsonProperty(value = "unit", required = true)
    public abstract OrganisationUnitId unit();

    /**
     * {@return true for the unit's own rows, false for its whole subtree}
     */
    @JsonProperty(value = "ownRows", required = true)
    public abstract boolean ownRows();

    /**
     * {@return the fewest respondents the group can hold}
     */
    @JsonProperty(value = "fewest", required = true)
    public abstract long fewest();

    /**
     * {@return the most respondents the group can hold; empty when nothing bounds it}
     */
    @JsonProperty("most")
    public abstract Optional<Long> most();

    /**
     * {@return the fewest yes answers the group can hold}
     */
    @JsonProperty(value = "fewestYes", required = true)
    public abstract long fewestYes();

    /**
     * {@return the most yes answers the group can hold; empty when nothing bounds it}
     */
    @JsonProperty("mostYes")
    public abstract Optional<Long> mostYes();

    /**
     * {@return the fewest respondents for someone who also knows which hidden groups are below the minimum
     *     (what replaying the suppression rule can tell at most)}
     */
    @JsonProperty(value = "fewestKnowingWhichAreSmall", required = true)
    public abstract long fewestKnowingWhichAreSmall();

    /**
     * {@return the most respondents for someone who also knows which hidden groups are below the minimum; empty
     *     when nothing bounds it}
     */
    @JsonProperty("mostKnowingWhichAreSmall")
    public abstract Optional<Long> mostKnowingWhichAreSmall();

    /**
     * {@return whether every count that fits gives the group one share, even for someone who knows which hidden
     *     groups are below the minimum}
     */
    @JsonProperty(value = "shareFixed", required = true)
    public abstract boolean shareFixed();

    /**
     * {@return whether the group is under-protected: below the minimum group size and either known to be so
     *     or with its share fixed, or hidden with its size fixed}
     */
    @JsonProperty(value = "underProtected", required = true)
    public abstract boolean underProtected();

    /**
     * {@return why the verdict is what it is: what a reader can bound, then the verdict}
     */
    @JsonProperty(value = "reasons", required = true)
    public abstract List<Reason> reasons();

    /**
     * {@return a builder}
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Builds a {@link CellBounds}: {@code build()} checks the value as every other way of making one does.
     */
    public static final class Builder extends ImmutableCellBounds.Builder {

        Builder() {
        }
    }

    @Value.Check
    void check() {
        if (fewest() < 0 || fewestYes() < 0) {
            throw InvalidInputException.of("fewest", "counts must not be negative", this);
        }
        if (most().filter(most -> most < fewest()).isPresent() || mostYes().filter(most -> most < fewestYes()).isPresent()) {
            throw InvalidInputException.of("most", "must not be less than the fewest", this);
        }
        if (fewestKnowingWhichAreSmall() < fewest() || mostKnowingWhichAreSmall().filter(most -> most < fewestKnowingWhichAreSmall()
                || most().filter(weak -> most > weak).isPresent()).isPresent()
                || most().isPresent() && mostKnowingWhichAreSmall().isEmpty()) {
            throw InvalidInputException.of("fewestKnowingWhichAreSmall", "must lie within the bounds from what is shown", this);
        }
        if (most().filter(most -> most < fewestYes()).isPresent()) {
            throw InvalidInputException.of("fewestYes", "must not exceed the most respondents", this);
        }
        Checks.notEmpty("reasons", reasons());
    }
}
