package se.klinedu.grading.actionplan;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.immutables.value.Value;
import se.klinedu.core.InvalidInputException;
import se.klinedu.core.internal.Checks;
import se.klinedu.core.internal.KlineduStyle;
import se.klinedu.core.measure.Due;
import se.klinedu.core.measure.PlannedMeasure;
import se.klinedu.grading.criteria.CriterionId;
import se.klinedu.grading.criteria.SpurArea;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * An item of a SPUR action plan (<i>handlingsplan</i>) as the report lays it out: the area and
 * criterion it answers, the planned measure, when it is to be done (a date or ongoing), who is
 * responsible, and when and by whom it is followed up.
 *
 * <p>Any part but the area and criterion may be missing: such an item is valid input but
 * {@linkplain #isComplete() incomplete}, and only a complete item yields a core
 * {@link PlannedMeasure}. An item may also name other criteria its measure addresses (the report's
 * cross-references, "se under punkt D").
 *
 * <p>Dates are held twice where the report is transcribed: typed ({@link #due()}, {@link #followUpDate()};
 * in JSON an ISO date or {@code ongoing}, read strictly) and, optionally, as the report writes them
 * ({@link #dueAsWritten()}, {@link #followUpDateAsWritten()}: "Pågående arbete", "1 april 2026",
 * "2026.10.01"). A text as written must read, by {@link ReportDates}, as its typed value, so the two cannot
 * disagree. The codec never parses the report's formats into the typed fields: whoever transcribes a report
 * does, with {@code builder().due(ReportDates.parseDue(text)).dueAsWritten(text)}. A document written by the
 * library therefore reads back as it was written. Instances are immutable and thread-safe.
 *
 * @since 0.1
 */
@Value.Immutable
@KlineduStyle
@JsonDeserialize(builder = ActionItem.Builder.class)
public abstract class ActionItem {

    ActionItem() {
    }

    /**
     * {@return the area the item is listed under}
     */
    @JsonProperty(value = "area", required = true)
    public abstract SpurArea area();

    /**
     * {@return the criterion the item answers, in the item's area}
     */
    @JsonProperty(value = "criterion", required = true)
    public abstract CriterionId criterion();

    /**
     * {@return the planned measure (<i>planerad åtgärd</i>), where given}
     */
    @JsonProperty("measure")
    public abstract Optional<String> measure();

    /**
     * {@return when the measure is to be done (<i>datum när åtgärden ska vara genomförd</i>), where given}
     */
    @JsonProperty("due")
    public abstract Optional<Due> due();

    /**
     * {@return the due date as the report writes it ("Pågående arbete", "1 april 2026"), only with {@link #due()},
     * absent where the item was not transcribed from a text}
     */
    @JsonProperty("dueAsWritten")
    public abstract Optional<String> dueAsWritten();

    /**
     * {@return who carries it out (<i>ansvarig för genomförandet</i>), as written, roles joined by {@code +}}
     */
    @JsonProperty("responsible")
    public abstract Optional<String> responsible();

    /**
     * {@return the follow-up date (<i>datum för uppföljning</i>), where given}
     */
    @JsonProperty("followUpDate")
    public abstract Optional<LocalDate> followUpDate();

    /**
     * {@return the follow-up date as the report writes it ("1 maj 2026", "2026.06.01"), only with
     * {@link #followUpDate()}, absent where the item was not transcribed from a text}
     */
    @JsonProperty("followUpDateAsWritten")
    public abstract Optional<String> followUpDateAsWritten();

    /**
     * {@return who follows it up (<i>ansvarig för uppföljningen</i>), where given}
     */
    @JsonProperty("followUpResponsible")
    public abstract Optional<String> followUpResponsible();

    /**
     * {@return other criteria the measure addresses, by the report's cross-references; often empty}
     */
    @JsonProperty("alsoAddresses")
    public abstract List<CriterionId> alsoAddresses();

    /**
     * {@return the date a follow-up was recorded, absent until it is}
     */
    @JsonProperty("followedUpOn")
    public abstract Optional<LocalDate> followedUpOn();

    /**
     * {@return a builder; {@code area} and {@code criterion} are required}
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Builds a {@link ActionItem}: {@code build()} checks the value as every other way of making one does.
     */
    public static final class Builder extends ImmutableActionItem.Builder {

        Builder() {
        }
    }

    /**
     * {@return the criteria the item addresses: its own, then those it cross-references}
     */
    public List<CriterionId> addresses() {
        List<CriterionId> all = new ArrayList<>();
        all.add(criterion());
        all.addAll(alsoAddresses());
        return List.copyOf(all);
    }

    /**
     * {@return the parts not given, of measure, responsible, due, followUpDate and followUpResponsible, in that order;
     * empty for a complete item}
     */
    public List<String> missingParts() {
        return lacking().stream().map(ItemPart::attribute).toList();
    }

    /** The parts not given, in the order of {@link ItemPart}. */
    List<ItemPart> lacking() {
        List<ItemPart> lacking = new ArrayList<>();
        addIfEmpty(lacking, ItemPart.MEASURE, measure());
        addIfEmpty(lacking, ItemPart.RESPONSIBLE, responsible());
        addIfEmpty(lacking, ItemPart.DUE, due());
        addIfEmpty(lacking, ItemPart.FOLLOW_UP_DATE, followUpDate());
        addIfEmpty(lacking, ItemPart.FOLLOW_UP_RESPONSIBLE, followUpResponsible());
        return List.copyOf(lacking);
    }

    private static void addIfEmpty(List<ItemPart> lacking, ItemPart part, Optional<?> value) {
        if (value.isEmpty()) {
            lacking.add(part);
        }
    }

    /**
     * {@return true when every part is given: measure, responsible, due, follow-up date and follow-up responsible}
     */
    public boolean isComplete() {
        return lacking().isEmpty();
    }

    /**
     * {@return the item as a core planned measure, only when complete; its responsible roles are the
     * {@code +}-separated parts of {@link #responsible()}}
     */
    public Optional<PlannedMeasure> plannedMeasure() {
        if (!isComplete()) {
            return Optional.empty();
        }
        List<String> roles = Arrays.stream(responsible().orElseThrow().split("\\+")).map(String::strip)
                .filter(role -> !role.isEmpty()).toList();
        return Optional.of(PlannedMeasure.builder().what(measure().orElseThrow()).addAllResponsible(roles)
                .due(due().orElseThrow()).followUpDate(followUpDate()).followUpResponsible(followUpResponsible())
                .followedUpOn(followedUpOn()).build());
    }

    /**
     * Computes the item's follow-up status at a reference date.
     *
     * @param referenceDate the date, not null
     * @return the status of the planned measure, or, for an incomplete item, the parts it lacks
     */
    public ItemFollowUp followUpAt(LocalDate referenceDate) {
        Objects.requireNonNull(referenceDate, "referenceDate");
        ItemFollowUp.Builder result = ItemFollowUp.builder().area(area()).criterion(criterion())
                .referenceDate(referenceDate);
        Optional<PlannedMeasure> measure = plannedMeasure();
        if (measure.isPresent()) {
            return result.followUp(measure.get().followUpAt(referenceDate)).build();
        }
        return result.addAllMissing(missingParts()).build();
    }

    /**
     * Returns a copy of this item with a follow-up recorded on a date.
     *
     * @param date the date of the follow-up, not null
     * @return the followed-up item; this instance is unaffected
     */
    public ActionItem withFollowUp(LocalDate date) {
        return ((ImmutableActionItem) this).withFollowedUpOn(Objects.requireNonNull(date, "date"));
    }

    @Value.Check
    void check() {
        if (criterion().area() != area()) {
            throw InvalidInputException.of("criterion", "must be a criterion of area " + area().letter(), criterion());
        }
        measure().ifPresent(text -> Checks.notBlank("measure", text));
        responsible().ifPresent(text -> {
            Checks.notBlank("responsible", text);
            if (text.replace("+", "").isBlank()) {
                throw InvalidInputException.of("responsible", "must name a role", text);
            }
        });
        followUpResponsible().ifPresent(text -> Checks.notBlank("followUpResponsible", text));
        Checks.uniqueKeys("alsoAddresses", alsoAddresses(), id -> id);
        if (alsoAddresses().contains(criterion())) {
            throw InvalidInputException.of("alsoAddresses", "must not repeat the item's own criterion", criterion());
        }
        dueAsWritten().ifPresent(text -> checkAsWritten("dueAsWritten", text, due(), ReportDates::parseDue));
        followUpDateAsWritten().ifPresent(text -> checkAsWritten("followUpDateAsWritten", text, followUpDate(),
                ReportDates::parseDate));
        Optional<LocalDate> dueDate = due().flatMap(Due::date);
        if (dueDate.isPresent() && followUpDate().isPresent() && followUpDate().get().isBefore(dueDate.get())) {
            throw InvalidInputException.of("followUpDate", "must not be before the due date " + dueDate.get(),
                    followUpDate().get());
        }
    }

    private static <T> void checkAsWritten(String path, String text, Optional<T> typed, Function<String, T> reading) {
        String field = path.substring(0, path.length() - "AsWritten".length());
        if (typed.isEmpty()) {
            throw InvalidInputException.of(path, "must come with " + field);
        }
        T read;
        try {
            read = reading.apply(text);
        } catch (InvalidInputException e) {
            throw InvalidInputException.of(path, e.reason());
        }
        if (!read.equals(typed.get())) {
            throw InvalidInputException.of(path, "must read as " + field + " " + typed.get(), text);
        }
    }
}
