package se.klinedu.core.supervision;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;
import se.klinedu.core.InvalidInputException;
import se.klinedu.core.LocalizedText;
import se.klinedu.core.internal.KlineduStyle;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * The scope (<i>omfattning</i>) of a supervisor training, typed from the catalogue's text: "Ca 5–6
 * timmar, webbaserad." is 5 to 6 hours, approximate, web-based; "5 dagar, varav 2 dagar självstudier"
 * is 5 days, exact, of which 2 days self-study.
 *
 * <p>Amounts are bounded as {@link HoursPolicy}'s figures are (below {@code 10^}{@value
 * HoursPolicy#MAX_INTEGER_DIGITS}, at most {@value HoursPolicy#MAX_DECIMALS} decimals) and kept in canonical
 * form.
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @since 0.1
 */
@Value.Immutable
@KlineduStyle
@JsonDeserialize(builder = TrainingScope.Builder.class)
public abstract class TrainingScope {

    TrainingScope() {
    }

    /**
     * {@return the catalogue's scope text, verbatim}
     */
    @JsonProperty(value = "text", required = true)
    public abstract LocalizedText text();

    /**
     * {@return the unit of {@link #min()}, {@link #max()} and {@link #selfStudy()}}
     */
    @JsonProperty(value = "unit", required = true)
    public abstract ScopeUnit unit();

    /**
     * {@return the smallest scope, positive}
     */
    @JsonProperty(value = "min", required = true)
    public abstract BigDecimal min();

    /**
     * {@return the largest scope, not below {@link #min()}}
     */
    @JsonProperty(value = "max", required = true)
    public abstract BigDecimal max();

    /**
     * {@return true when the text says "ca" (circa)}
     */
    @JsonProperty(value = "approximate", required = true)
    public abstract boolean approximate();

    /**
     * {@return the self-study part, within the scope, where the text gives one}
     */
    @JsonProperty("selfStudy")
    public abstract Optional<BigDecimal> selfStudy();

    /**
     * {@return the higher-education credits (hp) the catalogue states for the training, where it states them,
     *     such as 1.5 for "motsvarande 1,5 hp per kursdel"}
     */
    @JsonProperty("credits")
    public abstract Optional<BigDecimal> credits();

    /**
     * {@return true when the training is web-based (<i>webbaserad</i>)}
     */
    @JsonProperty(value = "webBased", required = true)
    public abstract boolean webBased();

    /**
     * {@return a builder; all but the self-study part and the credits are required}
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Builds a {@link TrainingScope}: {@code build()} checks the value as every other way of making one does.
     */
    public static final class Builder extends ImmutableTrainingScope.Builder {

        Builder() {
        }
    }

    /**
     * Estimates the scope in hours.
     *
     * @param policy the conversion of days, weeks and credits to hours, not null
     * @return min and max hours, approximate as the scope is, with the conversion applied as its reason
     */
    public HoursEstimate estimatedHours(HoursPolicy policy) {
        Objects.requireNonNull(policy, "policy");
        return HoursEstimate.of(policy.hours(min(), unit()), policy.hours(max(), unit()), approximate(),
                List.of(policy.conversion(unit())));
    }

    @Value.Check
    TrainingScope canonical() {
        BigDecimal min = HoursPolicy.positive("min", min());
        BigDecimal max = HoursPolicy.positive("max", max());
        if (max.compareTo(min) < 0) {
            throw InvalidInputException.of("max", "must not be below min " + min.toPlainString(), max);
        }
        Optional<BigDecimal> selfStudy = selfStudy().map(part -> HoursPolicy.bounded("selfStudy", part));
        if (selfStudy.isPresent() && (selfStudy.get().signum() <= 0 || selfStudy.get().compareTo(max) > 0)) {
            throw InvalidInputException.of("selfStudy", "must be positive and at most max " + max.toPlainString(),
                    selfStudy.get());
        }
        Optional<BigDecimal> credits = credits().map(hp -> HoursPolicy.positive("credits", hp));
        return min.equals(min()) && max.equals(max()) && selfStudy.equals(selfStudy()) && credits.equals(credits()) ? this
                : builder().text(text()).unit(unit()).min(min).max(max).approximate(approximate())
                        .selfStudy(selfStudy).credits(credits).webBased(webBased()).build();
    }
}
