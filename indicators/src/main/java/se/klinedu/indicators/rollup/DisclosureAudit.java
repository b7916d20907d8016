package se.klinedu.indicators.rollup;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.immutables.value.Value;
import se.klinedu.core.Counts;
import se.klinedu.core.InvalidInputException;
import se.klinedu.core.explain.Reason;
import se.klinedu.core.internal.KlineduStyle;
import se.klinedu.core.organisation.OrganisationTree;
import se.klinedu.core.organisation.OrganisationUnitId;
import se.klinedu.core.period.ReportingPeriod;
import se.klinedu.indicators.evaluation.EvaluationPolicy;
import se.klinedu.indicators.evaluation.IndicatorResult;
import se.klinedu.indicators.evaluation.Status;
import se.klinedu.indicators.observation.Observation;
import se.klinedu.indicators.observation.ObservationSet;
import se.klinedu.indicators.target.IndicatorId;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * The audit of one indicator's roll-up for one period: for every group the roll-up does not show, what
 * anyone can derive about it from what it does show, and whether that leaves the group protected.
 *
 * <p>The attacker of the audit knows every count shown, that counts are whole numbers, the tree, which
 * units report rows of their own (such a unit's own rows hold at least one respondent) and that every
 * hidden unit holds at least one. Below a shown unit, down to the next shown units, the shown unit less
 * those next ones gives the total of the own rows between them, and nothing more ties those rows together;
 * the bounds in {@link #cells()} are exact in this model: each value between them fits some whole-number
 * data that publishes the same. It also bounds every group for a reader who knows, besides, which hidden
 * groups are below the minimum — all that replaying the suppression rule can tell — exactly too.
 *
 * <p>A group is <b>under-protected</b> when it has fewer respondents than the minimum group size and what is
 * shown bounds it below the minimum, or that reader can fix its share or (with a minimum of 3 or more) its
 * size; or when it is a hidden unit of the minimum or more whose size that reader can fix. Where every unit
 * with respondents is hidden, only what is shown counts. {@link TreeRollUp} suppresses until its own audit
 * {@linkplain #holds() holds}.
 *
 * <p>The audit names which groups are small. It is for whoever publishes, never for publication.
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @since 0.1
 */
@Value.Immutable
@KlineduStyle
@JsonDeserialize(builder = ImmutableDisclosureAudit.Builder.class)
public abstract class DisclosureAudit {

    DisclosureAudit() {
    }

    /**
     * {@return the indicator}
     */
    @JsonProperty(value = "indicator", required = true)
    public abstract IndicatorId indicator();

    /**
     * {@return the period}
     */
    @JsonProperty(value = "period", required = true)
    public abstract ReportingPeriod period();

    /**
     * {@return the minimum group size audited against}
     */
    @JsonProperty(value = "minimumGroupSize", required = true)
    public abstract int minimumGroupSize();

    /**
     * {@return every hidden unit's subtree and every unit's own rows, in the tree's order, subtree first}
     */
    @JsonProperty(value = "cells", required = true)
    public abstract List<CellBounds> cells();

    /**
     * {@return the under-protected cells, in the order of {@link #cells()}}
     */
    public List<CellBounds> underProtected() {
        return cells().stream().filter(CellBounds::underProtected).toList();
    }

    /**
     * {@return whether no cell is under-protected}
     */
    public boolean holds() {
        return cells().stream().noneMatch(CellBounds::underProtected);
    }

    /**
     * Audits what a roll-up publishes.
     *
     * @param tree the organisation, not null
     * @param observations the observations the roll-up was computed from, not null
     * @param published one result for every unit of the tree, of one indicator with counts and one period, as
     *     {@link TreeRollUp#resultsByUnit} returns them, not null
     * @param policy the policy, whose minimum group size applies, not null
     * @return the audit
     * @throws InvalidInputException if the results are not one for each unit of the tree, of one indicator
     *     and period, or a shown result's counts are not its unit's pooled observations
     */
    public static DisclosureAudit of(OrganisationTree tree, ObservationSet observations,
            Map<OrganisationUnitId, IndicatorResult> published, EvaluationPolicy policy) {
        Objects.requireNonNull(tree, "tree");
        Objects.requireNonNull(observations, "observations");
        Objects.requireNonNull(published, "published");
        Objects.requireNonNull(policy, "policy");
        IndicatorResult first = published.values().stream().findFirst()
                .orElseThrow(() -> InvalidInputException.of("published", "must hold a result for every unit of the tree", "none"));
        if (published.size() != tree.units().size() || tree.units().stream().anyMatch(unit -> !published.containsKey(unit.id()))) {
            throw InvalidInputException.of("published", "must hold a result for every unit of the tree and no other",
                    published.keySet().stream().sorted().toList());
        }
        published.values().stream()
                .filter(result -> !result.indicator().equals(first.indicator()) || !result.period().equals(first.period()))
                .findFirst().ifPresent(result -> {
                    throw InvalidInputException.of("published", "must be of one indicator and period, as " + first.indicator()
                            + " " + first.period() + " is", result.indicator() + " " + result.period());
                });
        Map<OrganisationUnitId, Counts> own = new HashMap<>();
        for (Map.Entry<OrganisationUnitId, Observation> entry : observations.byUnit(first.indicator(), first.period()).entrySet()) {
            own.put(entry.getKey(), entry.getValue().counts().orElseThrow(() -> InvalidInputException.of("published",
                    "must be of an indicator observed as counts", first.indicator())));
        }
        Disclosure counts = Disclosure.of(tree, own);
        boolean[] hidden = new boolean[counts.size()];
        for (int unit = 0; unit < counts.size(); unit++) {
            IndicatorResult result = published.get(counts.id(unit));
            Optional<Counts> shown = result.counts().or(() -> result.status() == Status.NO_DATA
                    ? Optional.of(Counts.of(0, 0)) : Optional.empty());
            hidden[unit] = shown.isEmpty();
            if (shown.isPresent() && !shown.get().equals(counts.pooled(unit))) {
                throw InvalidInputException.of("published", "must show each unit's pooled observations; " + counts.id(unit)
                        + " pools " + counts.pooled(unit), shown.get());
            }
        }
        return of(first.indicator(), first.period(), counts, hidden, policy.minimumGroupSize());
    }

    static DisclosureAudit of(IndicatorId indicator, ReportingPeriod period, Disclosure counts, boolean[] hidden, int minimum) {
        Disclosure.View view = counts.view(hidden, minimum);
        List<CellBounds> cells = new ArrayList<>();
        for (int unit = 0; unit < counts.size(); unit++) {
            if (hidden[unit] && !counts.pooled(unit).isEmpty()) {
                cells.add(cell(counts, view, unit, false, minimum));
            }
            if (counts.reportsOwnRows(unit)) {
                cells.add(cell(counts, view, unit, true, minimum));
            }
        }
        return ImmutableDisclosureAudit.builder().indicator(indicator).period(period).minimumGroupSize(minimum).addAllCells(cells)
                .build();
    }

    private static CellBounds cell(Disclosure counts, Disclosure.View view, int unit, boolean own, int minimum) {
        Disclosure.Bounds bounds = view.bounds(unit, own);
        long size = (own ? counts.own(unit) : counts.pooled(unit)).denominator();
        boolean failed = view.fails(unit, own);
        Optional<Long> most = bounded(bounds.most());
        Optional<Long> mostYes = bounded(bounds.mostYes());
        Optional<Long> mostKnowing = bounded(bounds.mostKnowingClasses());
        Reason what = Reason.of(own ? AuditReason.BOUNDS_OWN_ROWS : AuditReason.BOUNDS_SUBTREE, counts.id(unit).toString(),
                range(bounds.fewest(), most), range(bounds.fewestYes(), mostYes), range(bounds.fewestKnowingClasses(), mostKnowing));
        boolean knownFixed = mostKnowing.filter(m -> m == bounds.fewestKnowingClasses()).isPresent();
        Reason verdict;
        if (size < minimum) {
            verdict = most.filter(m -> m < minimum).isPresent() ? Reason.of(AuditReason.SMALL_GROUP_KNOWN, minimum)
                    : failed && bounds.shareFixed() ? Reason.of(AuditReason.SMALL_GROUP_SHARE_FIXED, minimum)
                    : failed ? Reason.of(AuditReason.SMALL_GROUP_SIZE_FIXED, minimum)
                    : Reason.of(AuditReason.SMALL_GROUP_PROTECTED, minimum);
        } else {
            verdict = failed ? Reason.of(AuditReason.HIDDEN_SIZE_FIXED)
                    : own ? Reason.of(AuditReason.LARGE_ENOUGH, minimum)
                    : knownFixed ? Reason.of(AuditReason.ALL_HIDDEN)
                    : Reason.of(AuditReason.HIDDEN_OPEN);
        }
        return CellBounds.builder().unit(counts.id(unit)).ownRows(own).fewest(bounds.fewest()).most(most)
                .fewestYes(bounds.fewestYes()).mostYes(mostYes).fewestKnowingWhichAreSmall(bounds.fewestKnowingClasses())
                .mostKnowingWhichAreSmall(mostKnowing).shareFixed(bounds.shareFixed()).underProtected(failed)
                .addReasons(what, verdict).build();
    }

    private static Optional<Long> bounded(long value) {
        return value == Disclosure.Bounds.UNBOUNDED ? Optional.empty() : Optional.of(value);
    }

    private static String range(long fewest, Optional<Long> most) {
        return most.map(m -> m == fewest ? Long.toString(fewest) : fewest + "–" + m).orElse("≥ " + fewest);
    }

    @Value.Check
    void check() {
        if (minimumGroupSize() < 1) {
            throw InvalidInputException.of("minimumGroupSize", "must be at least 1", minimumGroupSize());
        }
        if (cells().stream().map(cell -> cell.unit().value() + "/" + cell.ownRows()).collect(Collectors.toSet()).size()
                != cells().size()) {
            throw InvalidInputException.of("cells", "must name each unit's subtree and own rows at most once", cells().size());
        }
    }
}
