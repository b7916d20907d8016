package se.klinedu.grading.assessment;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.immutables.value.Value;
import se.klinedu.core.InvalidInputException;
import se.klinedu.core.internal.Checks;
import se.klinedu.core.internal.KlineduStyle;
import se.klinedu.grading.criteria.SpurArea;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * One of the inspectors' numbered findings in an area: the numbered points of the report's text under
 * each area's heading ("1. Klinikens, upptagningsområdets …"), which describe the area as a whole and
 * are not tied to one criterion (a criterion's own verdict is a {@link CriterionAssessment}).
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @since 0.1
 */
@Value.Immutable
@KlineduStyle
@JsonDeserialize(builder = ImmutableInspectionFinding.Builder.class)
public abstract class InspectionFinding {

    InspectionFinding() {
    }

    /**
     * {@return the area the finding is made in}
     */
    @JsonProperty(value = "area", required = true)
    @Value.Parameter
    public abstract SpurArea area();

    /**
     * {@return the finding's number in its area, from 1}
     */
    @JsonProperty(value = "number", required = true)
    @Value.Parameter
    public abstract int number();

    /**
     * {@return the finding's text as the report gives it}
     */
    @JsonProperty(value = "text", required = true)
    @Value.Parameter
    public abstract String text();

    /**
     * Obtains a finding.
     *
     * @param area the area, not null
     * @param number its number in the area, positive
     * @param text the text, not blank
     * @return the finding
     * @throws InvalidInputException if the number is not positive or the text is blank
     */
    public static InspectionFinding of(SpurArea area, int number, String text) {
        return ImmutableInspectionFinding.of(area, number, text);
    }

    @Value.Check
    void check() {
        if (number() < 1) {
            throw InvalidInputException.of("number", "must be positive", number());
        }
        Checks.notBlank("text", text());
    }
}
