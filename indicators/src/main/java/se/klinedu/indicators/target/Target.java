package se.klinedu.indicators.target;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;
import se.klinedu.core.InvalidInputException;
import se.klinedu.core.LocalizedText;
import se.klinedu.core.Threshold;
import se.klinedu.core.internal.KlineduStyle;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * The target of an indicator: a share threshold (">90 procent"), a qualitative level ("hög"), a
 * milestone, or a good outcome of an external review.
 *
 * <p>Exactly the part of its kind is present: a threshold for {@link TargetKind#SHARE}, a level for
 * {@link TargetKind#QUALITATIVE}, a review for {@link TargetKind#REVIEW}, nothing for
 * {@link TargetKind#MILESTONE}. Instances are immutable and thread-safe.
 *
 * @since 0.1
 */
@Value.Immutable
@KlineduStyle
@JsonDeserialize(builder = ImmutableTarget.Builder.class)
public abstract class Target {

    Target() {
    }

    /**
     * {@return the kind of target}
     */
    @JsonProperty(value = "kind", required = true)
    public abstract TargetKind kind();

    /**
     * {@return the threshold of a share target; empty for the other kinds}
     */
    @JsonProperty("threshold")
    public abstract Optional<Threshold> threshold();

    /**
     * {@return the qualitative level as the document words it ("hög", "hög andel"); empty for the other kinds}
     */
    @JsonProperty("level")
    public abstract Optional<LocalizedText> level();

    /**
     * {@return the external review of a review target; empty for the other kinds}
     */
    @JsonProperty("review")
    public abstract Optional<ExternalReview> review();

    /**
     * Obtains a share target, such as {@code Target.share(Threshold.moreThan(90))} for "&gt;90 procent".
     *
     * @param threshold the threshold, not null
     * @return the target
     */
    public static Target share(Threshold threshold) {
        return ImmutableTarget.builder().kind(TargetKind.SHARE).threshold(Objects.requireNonNull(threshold, "threshold")).build();
    }

    /**
     * Obtains a qualitative target, such as "ska vara hög".
     *
     * @param level the level as the document words it, not null
     * @return the target
     */
    public static Target qualitative(LocalizedText level) {
        return ImmutableTarget.builder().kind(TargetKind.QUALITATIVE).level(Objects.requireNonNull(level, "level")).build();
    }

    /**
     * {@return a milestone target: something that is to exist or be done}
     */
    public static Target milestone() {
        return ImmutableTarget.builder().kind(TargetKind.MILESTONE).build();
    }

    /**
     * {@return a recurring target: a standing obligation met period by period}
     */
    public static Target recurring() {
        return ImmutableTarget.builder().kind(TargetKind.RECURRING).build();
    }

    /**
     * Obtains the target of good outcomes ("goda omdömen") in an external review.
     *
     * @param review the review, not null
     * @return the target
     */
    public static Target review(ExternalReview review) {
        return ImmutableTarget.builder().kind(TargetKind.REVIEW).review(Objects.requireNonNull(review, "review")).build();
    }

    @Value.Check
    void check() {
        requireIf("threshold", threshold(), TargetKind.SHARE);
        requireIf("level", level(), TargetKind.QUALITATIVE);
        requireIf("review", review(), TargetKind.REVIEW);
    }

    private void requireIf(String path, Optional<?> part, TargetKind owner) {
        if (part.isPresent() != (kind() == owner)) {
            throw InvalidInputException.of(path, part.isPresent()
                    ? "must be absent for a " + kind() + " target"
                    : "is required for a " + owner + " target");
        }
    }

    @Override
    public String toString() {
        return switch (kind()) {
            case SHARE -> threshold().orElseThrow().toString();
            case QUALITATIVE -> "qualitative: " + level().orElseThrow().original();
            case MILESTONE -> "milestone";
            case RECURRING -> "recurring: done in every period";
            case REVIEW -> "good outcome in " + review().orElseThrow().displayName();
        };
    }
}
