package se.klinedu.indicators.fhir;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.ToLongFunction;
import java.util.regex.Pattern;
import se.klinedu.core.Comparison;
import se.klinedu.core.Counts;
import se.klinedu.core.Identifier;
import se.klinedu.core.InvalidInputException;
import se.klinedu.core.Language;
import se.klinedu.core.LocalizedText;
import se.klinedu.core.Threshold;
import se.klinedu.core.explain.Renderer;
import se.klinedu.core.organisation.OrganisationTree;
import se.klinedu.core.organisation.OrganisationUnit;
import se.klinedu.core.organisation.OrganisationUnitId;
import se.klinedu.core.period.ReportingPeriod;
import se.klinedu.indicators.evaluation.EvaluationPolicy;
import se.klinedu.indicators.evaluation.IndicatorResult;
import se.klinedu.indicators.internal.FhirNodes;
import se.klinedu.indicators.target.Direction;
import se.klinedu.indicators.target.Indicator;
import se.klinedu.indicators.target.IndicatorCatalogue;
import se.klinedu.indicators.target.IndicatorId;
import se.klinedu.indicators.target.Target;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Exports indicators, their targets and evaluated shares as HL7 FHIR R4 resources in JSON: an indicator as a
 * {@code Measure}, its target for a unit as a {@code Goal}, a share's result for a unit and period as a
 * {@code MeasureReport}, a unit as an {@code Organization}, and all of them as a {@code Bundle} of type
 * {@code collection}. The module's README maps every field ("FHIR R4 mapping").
 *
 * <p>Pure: the same arguments give the same JSON, with no clock and no I/O. Each method returns a new node
 * that the caller owns; write it with {@code KlineduJson.standard().write(node)}. A suppressed result's report
 * carries no count and no score: each is replaced by the data-absent-reason {@code masked}.
 *
 * <p>Resource ids: a klinedu id that is a valid FHIR id ({@code [A-Za-z0-9.-]}, 1–64 characters) is used as
 * it is ({@code Measure/1.6.1}, {@code Organization/surgery}); another ({@code local_x}, {@code SE:123}) becomes
 * {@code -} and a name-based UUID of its kind and value, which no klinedu id can equal (they start with a letter or
 * digit). Each kind of id has a fixed code and UUID name that do not follow its Java type's name, so renaming a type
 * changes no id (the README's "FHIR ids" lists them). Goals and reports have name-based UUIDs of their indicator,
 * unit and period.
 *
 * @since 0.1
 */
public final class FhirResources {

    /** The system of the codes initial-population, denominator and numerator. */
    public static final String MEASURE_POPULATION = "http://terminology.hl7.org/CodeSystem/measure-population";
    /** The system of the Measure's scoring, proportion. */
    public static final String MEASURE_SCORING = "http://terminology.hl7.org/CodeSystem/measure-scoring";
    /** The system of the Measure's improvement notation, increase or decrease. */
    public static final String IMPROVEMENT_NOTATION = "http://terminology.hl7.org/CodeSystem/measure-improvement-notation";
    /** UCUM, the system of the units {@code %} (the Goal's threshold) and {@code 1} (the report's score). */
    public static final String UCUM = "http://unitsofmeasure.org";
    /** The FHIR extension that gives a text in another language. */
    public static final String TRANSLATION = FhirNodes.TRANSLATION;
    /** The FHIR extension that says why a value is absent. */
    public static final String DATA_ABSENT_REASON = FhirNodes.DATA_ABSENT_REASON;
    /** The significant digits of a score whose decimal expansion does not terminate within them. */
    public static final int SCORE_DIGITS = 18;

    private static final Pattern FHIR_ID = Pattern.compile("[A-Za-z0-9.-]{1,64}");
    private static final MathContext SCORE = new MathContext(SCORE_DIGITS, RoundingMode.HALF_EVEN);

    /** The populations of a share, in the order a Measure and a report list them. */
    private static final List<Population> POPULATIONS = List.of(
            new Population("initial-population", "Initial Population",
                    "Every case the unit's observation counts: the respondents, employees or units asked", Counts::denominator),
            new Population("denominator", "Denominator", "The same cases as the initial population: the share's denominator",
                    Counts::denominator),
            new Population("numerator", "Numerator", "The cases the share counts: the share's numerator", Counts::numerator));

    private FhirResources() {
    }

    /**
     * Exports an indicator as a Measure: {@code url} {@code <base>/Measure/<indicator id>}, status active, the
     * verbatim text as {@code description} with its English translation, and, for a share or a qualitative level
     * (both observed as counts), proportion scoring, the improvement notation of its direction and one group of
     * the populations initial-population, denominator and numerator. A milestone or review has neither scoring
     * nor group.
     *
     * @param indicator the indicator, not null
     * @param base the canonical base, not null
     * @return a new Measure
     */
    public static ObjectNode measure(Indicator indicator, CanonicalBase base) {
        Objects.requireNonNull(indicator, "indicator");
        Objects.requireNonNull(base, "base");
        LocalizedText text = indicator.text();
        ObjectNode measure = FhirNodes.resource("Measure", resourceId(indicator.id()));
        measure.put("language", text.language().code());
        List<String> paragraphs = new ArrayList<>(List.of("Indikator " + indicator.id() + ": " + text.original(),
                "Indicator " + indicator.id() + ": " + text.english()));
        measure.set("text", FhirNodes.narrative(text.language().code(), paragraphs, List.of()));
        measure.put("url", measureUrl(indicator.id(), base));
        measure.put("name", "Indicator_" + indicator.id().value().replaceAll("[^A-Za-z0-9]", "_"));
        measure.put("title", "Indikator " + indicator.id());
        measure.set("_title", FhirNodes.translated("en", "Indicator " + indicator.id()));
        indicator.heading().ifPresent(heading -> {
            measure.put("subtitle", heading.original());
            measure.set("_subtitle", FhirNodes.translated("en", heading.english()));
        });
        measure.put("status", "active");
        measure.put("description", text.original());
        measure.set("_description", FhirNodes.translated("en", text.english()));
        if (indicator.target().kind().isObservedAsCounts()) {
            measure.set("scoring", FhirNodes.concept(MEASURE_SCORING, "proportion", "Proportion"));
            measure.set("improvementNotation", indicator.direction() == Direction.HIGHER_IS_BETTER
                    ? FhirNodes.concept(IMPROVEMENT_NOTATION, "increase", "Increased score indicates improvement")
                    : FhirNodes.concept(IMPROVEMENT_NOTATION, "decrease", "Decreased score indicates improvement"));
            ArrayNode populations = measure.putArray("group").addObject().putArray("population");
            for (Population population : POPULATIONS) {
                ObjectNode criteria = FhirNodes.object();
                criteria.put("description", population.counted);
                // no CQL library: the counts come from the region's own surveys and records; the name only labels them
                criteria.put("language", "text/cql");
                criteria.put("expression", population.display);
                ObjectNode node = populations.addObject();
                node.set("code", population.concept());
                node.set("criteria", criteria);
            }
        }
        return measure;
    }

    /**
     * Exports an indicator's target for a unit as a Goal: lifecycle status active, the indicator's verbatim text
     * as its description (with the English translation), the unit as its subject, and one target whose
     * {@code measure} codes the indicator. The target's detail is, for a share (or a qualitative level with a local
     * threshold in the policy), a Quantity in UCUM {@code %} with the comparator {@code >} or {@code >=} (for a
     * lower-is-better indicator {@code <} or {@code <=}); for a milestone {@code true}; for a review the good
     * outcome; a qualitative level without a local threshold has no detail.
     *
     * @param indicator the indicator, not null
     * @param unit the unit the goal is of, not null
     * @param policy the policy whose local threshold a qualitative level takes, not null
     * @param base the canonical base, not null
     * @return a new Goal
     */
    public static ObjectNode goal(Indicator indicator, OrganisationUnit unit, EvaluationPolicy policy, CanonicalBase base) {
        Objects.requireNonNull(indicator, "indicator");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(policy, "policy");
        Objects.requireNonNull(base, "base");
        LocalizedText text = indicator.text();
        Target target = indicator.target();
        ObjectNode goal = FhirNodes.resource("Goal", goalId(indicator.id(), unit.id()));
        goal.put("language", text.language().code());
        goal.set("text", FhirNodes.narrative(text.language().code(), List.of("Mål för indikator " + indicator.id() + " i " + unit.name() + ": "
                + text.original(), "Target of indicator " + indicator.id() + " in " + unit.name() + ": " + target), List.of()));
        goal.put("lifecycleStatus", "active");
        ObjectNode description = goal.putObject("description");
        description.put("text", text.original());
        description.set("_text", FhirNodes.translated("en", text.english()));
        goal.set("subject", FhirNodes.reference("Organization/" + resourceId(unit.id()), unit.name()));
        ObjectNode detail = goal.putArray("target").addObject();
        ObjectNode measure = FhirNodes.concept(base.value() + "/CodeSystem/" + IdKind.INDICATOR.code(), indicator.id().value(),
                "Indicator " + indicator.id());
        measure.put("text", measureUrl(indicator.id(), base));
        detail.set("measure", measure);
        switch (target.kind()) {
            case SHARE, QUALITATIVE -> target.threshold().or(() -> policy.localThreshold(indicator.id()))
                    .ifPresent(threshold -> detail.set("detailQuantity", percent(threshold, indicator.direction())));
            case MILESTONE, RECURRING -> detail.put("detailBoolean", true);
            case REVIEW -> {
                detail.put("detailString", "goda omdömen i " + target.review().orElseThrow().displayName());
                detail.set("_detailString", FhirNodes.translated("en", "good ratings in " + target.review().orElseThrow().displayName()));
            }
        }
        return goal;
    }

    /**
     * Exports the result of a share (or qualitative level) for a unit and period as a MeasureReport: status
     * complete, type summary, the indicator's Measure, the period's first and last day, the unit as
     * {@code reporter}, the Goal of the indicator and unit as {@code evaluatedResource}, and one group whose
     * populations initial-population, denominator and numerator carry the counts and whose {@code measureScore}
     * is numerator / denominator (see {@link #score(Counts)}). The narrative gives the status and the reasons, in Swedish.
     *
     * <p>Counts and score that the result does not disclose are absent, with a data-absent-reason: {@code masked}
     * when the result is suppressed, {@code unknown} when it has no counts (no data, or not evaluable), and for the
     * score alone {@code not-applicable} when the counts have no respondents.
     *
     * @param result the result, of the indicator and unit, not null
     * @param indicator the indicator, with a share or qualitative target, not null
     * @param unit the unit the result is of, not null
     * @param base the canonical base, not null
     * @return a new MeasureReport
     * @throws InvalidInputException if the result is of another indicator or unit, or the indicator's target is
     *     not observed as counts
     */
    public static ObjectNode measureReport(IndicatorResult result, Indicator indicator, OrganisationUnit unit,
            CanonicalBase base) {
        Objects.requireNonNull(result, "result");
        Objects.requireNonNull(indicator, "indicator");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(base, "base");
        if (!result.indicator().equals(indicator.id())) {
            throw InvalidInputException.of("indicator", "must be the result's indicator " + result.indicator(), indicator.id());
        }
        if (!result.unit().equals(unit.id())) {
            throw InvalidInputException.of("unit", "must be the result's unit " + result.unit(), unit.id());
        }
        if (!indicator.target().kind().isObservedAsCounts()) {
            throw InvalidInputException.of("indicator", "must have a share or qualitative target to export as a MeasureReport",
                    indicator.id());
        }
        ReportingPeriod period = result.period();
        ObjectNode report = FhirNodes.resource("MeasureReport", measureReportId(indicator.id(), unit.id(), period));
        Renderer swedish = Renderer.of(Language.SWEDISH);
        report.put("language", Language.SWEDISH.code());
        report.set("text", FhirNodes.narrative(Language.SWEDISH.code(), List.of("Indikator " + indicator.id() + ", " + unit.name()
                + ", " + period + ": " + swedish.label(result.status())), swedish.render(result.reasons())));
        report.put("status", "complete");
        report.put("type", "summary");
        report.put("measure", measureUrl(indicator.id(), base));
        report.set("reporter", FhirNodes.reference("Organization/" + resourceId(unit.id()), unit.name()));
        ObjectNode days = report.putObject("period");
        days.put("start", period.firstDay().toString());
        days.put("end", period.lastDay().toString());
        ObjectNode group = report.putArray("group").addObject();
        ArrayNode populations = group.putArray("population");
        Optional<Counts> counts = result.isSuppressed() ? Optional.empty() : result.counts();
        String absent = result.isSuppressed() ? "masked" : "unknown";
        for (Population population : POPULATIONS) {
            ObjectNode node = populations.addObject();
            node.set("code", population.concept());
            if (counts.isPresent()) {
                node.put("count", population.count.applyAsLong(counts.get()));
            } else {
                node.set("_count", FhirNodes.absent(absent));
            }
        }
        if (counts.isPresent() && !counts.get().isEmpty()) {
            ObjectNode score = group.putObject("measureScore");
            score.put("value", score(counts.get()));
            score.put("system", UCUM);
            score.put("code", "1");
        } else {
            group.set("measureScore", FhirNodes.absent(counts.isPresent() ? "not-applicable" : absent));
        }
        report.putArray("evaluatedResource").addObject().put("reference", "Goal/" + goalId(indicator.id(), unit.id()));
        return report;
    }

    /**
     * Exports an organisation unit as an Organization: its id as an identifier under {@code <base>/organisation-unit},
     * its name, and its parent as {@code partOf}.
     *
     * @param unit the unit, not null
     * @param base the canonical base, not null
     * @return a new Organization
     */
    public static ObjectNode organization(OrganisationUnit unit, CanonicalBase base) {
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(base, "base");
        ObjectNode organization = FhirNodes.resource("Organization", resourceId(unit.id()));
        organization.set("text", FhirNodes.narrative(List.of(unit.name() + " (" + unit.id() + ", " + unit.level() + ")"),
                List.of()));
        ObjectNode identifier = organization.putArray("identifier").addObject();
        identifier.put("system", base.value() + "/" + IdKind.ORGANISATION_UNIT.code());
        identifier.put("value", unit.id().value());
        organization.put("name", unit.name());
        unit.parent().ifPresent(parent -> organization.putObject("partOf").put("reference", "Organization/" + resourceId(parent)));
        return organization;
    }

    /**
     * Puts resources in a Bundle of type collection, each entry with the {@code fullUrl}
     * {@code <base>/<resourceType>/<id>}, in the order given. The resources are copied.
     *
     * @param resources FHIR resources, each with a {@code resourceType} and an {@code id}, no two with the same
     *     type and id, not null
     * @param base the canonical base, not null
     * @return a new Bundle
     * @throws InvalidInputException naming the first resource without a type or id, or with the type and id of
     *     an earlier one
     */
    public static ObjectNode bundle(List<ObjectNode> resources, CanonicalBase base) {
        Objects.requireNonNull(resources, "resources");
        Objects.requireNonNull(base, "base");
        ObjectNode bundle = FhirNodes.object();
        bundle.put("resourceType", "Bundle");
        bundle.put("type", "collection");
        ArrayNode entries = bundle.putArray("entry");
        Set<String> fullUrls = new HashSet<>();
        for (int i = 0; i < resources.size(); i++) {
            ObjectNode resource = Objects.requireNonNull(resources.get(i), "resources[" + i + "]");
            JsonNode type = resource.get("resourceType");
            JsonNode id = resource.get("id");
            if (type == null || !type.isString() || id == null || !id.isString()) {
                throw InvalidInputException.of("resources[" + i + "]", "must have a resourceType and an id");
            }
            String fullUrl = base.url(type.asString(), id.asString());
            if (!fullUrls.add(fullUrl)) {
                throw InvalidInputException.of("resources[" + i + "]", "must not repeat an earlier resource", fullUrl);
            }
            ObjectNode entry = entries.addObject();
            entry.put("fullUrl", fullUrl);
            entry.set("resource", resource.deepCopy());
        }
        return bundle;
    }

    /**
     * Exports a catalogue, an organisation and results of shares as one Bundle of type collection: an Organization
     * per unit of the tree, a Measure per indicator of the catalogue, a Goal per indicator and unit that has a
     * result, and a MeasureReport per result. Organizations and Measures keep the tree's and the catalogue's order;
     * Goals and reports are ordered by indicator, unit and period, whatever the order of the results.
     *
     * @param catalogue the indicators, not null
     * @param tree the organisation, not null
     * @param results results of share or qualitative indicators of the catalogue, for units of the tree, at most
     *     one per indicator, unit and period, not null
     * @param policy the policy the results were evaluated with (its local thresholds set qualitative goals), not null
     * @param base the canonical base, not null
     * @return a new Bundle
     * @throws InvalidInputException naming the first result whose indicator is not in the catalogue or not observed
     *     as counts, whose unit is not in the tree, or that repeats an earlier one's indicator, unit and period
     */
    public static ObjectNode bundle(IndicatorCatalogue catalogue, OrganisationTree tree, List<IndicatorResult> results,
            EvaluationPolicy policy, CanonicalBase base) {
        Objects.requireNonNull(catalogue, "catalogue");
        Objects.requireNonNull(tree, "tree");
        Objects.requireNonNull(results, "results");
        Objects.requireNonNull(policy, "policy");
        Objects.requireNonNull(base, "base");
        Map<String, IndicatorResult> byKey = new LinkedHashMap<>();
        for (int i = 0; i < results.size(); i++) {
            String path = "results[" + i + "]";
            IndicatorResult result = Objects.requireNonNull(results.get(i), path);
            Indicator indicator = catalogue.find(result.indicator()).orElseThrow(() ->
                    InvalidInputException.of(path + ".indicator", "is not in the catalogue", result.indicator()));
            if (!indicator.target().kind().isObservedAsCounts()) {
                throw InvalidInputException.of(path + ".indicator", "must have a share or qualitative target", result.indicator());
            }
            if (tree.find(result.unit()).isEmpty()) {
                throw InvalidInputException.of(path + ".unit", "is not a unit of the tree", result.unit());
            }
            String key = measureReportId(result.indicator(), result.unit(), result.period());
            if (byKey.put(key, result) != null) {
                throw InvalidInputException.of(path, "repeats the indicator, unit and period of an earlier result",
                        result.indicator() + " " + result.unit() + " " + result.period());
            }
        }
        List<IndicatorResult> ordered = byKey.values().stream().sorted(Comparator
                .comparing((IndicatorResult result) -> result.indicator().value())
                .thenComparing(result -> result.unit().value())
                .thenComparing(result -> result.period().firstDay())
                .thenComparing(result -> result.period().lastDay())).toList();
        List<ObjectNode> resources = new ArrayList<>();
        tree.units().forEach(unit -> resources.add(organization(unit, base)));
        catalogue.indicators().forEach(indicator -> resources.add(measure(indicator, base)));
        Set<String> goals = new HashSet<>();
        List<ObjectNode> reports = new ArrayList<>();
        for (IndicatorResult result : ordered) {
            Indicator indicator = catalogue.get(result.indicator());
            OrganisationUnit unit = tree.get(result.unit());
            if (goals.add(goalId(indicator.id(), unit.id()))) {
                resources.add(goal(indicator, unit, policy, base));
            }
            reports.add(measureReport(result, indicator, unit, base));
        }
        resources.addAll(reports);
        return bundle(resources, base);
    }

    /**
     * Returns the score of counts: numerator / denominator as a decimal, exact when its decimal expansion
     * terminates within {@value #SCORE_DIGITS} significant digits (46/50 is 0.92, 1/8 is 0.125), otherwise rounded
     * half-even to {@value #SCORE_DIGITS} significant digits (2/3 is 0.666666666666666667). Trailing zeros are
     * dropped: 5/5 is 1, 0/5 is 0.
     *
     * @param counts the counts, with at least one respondent, not null
     * @return the score, 0 to 1
     * @throws InvalidInputException if the denominator is 0: no data has no score
     */
    public static BigDecimal score(Counts counts) {
        Objects.requireNonNull(counts, "counts");
        if (counts.isEmpty()) {
            throw InvalidInputException.of("counts.denominator", "must be positive for a score, was 0");
        }
        BigDecimal numerator = BigDecimal.valueOf(counts.numerator());
        BigDecimal denominator = BigDecimal.valueOf(counts.denominator());
        BigDecimal score;
        try {
            score = numerator.divide(denominator);
            if (score.precision() > SCORE_DIGITS) {
                score = numerator.divide(denominator, SCORE);
            }
        } catch (ArithmeticException nonTerminating) {
            score = numerator.divide(denominator, SCORE);
        }
        return score.signum() == 0 ? BigDecimal.ZERO : score.stripTrailingZeros();
    }

    /**
     * Returns the FHIR id of a klinedu id: the id itself when it is a valid FHIR id (letters, digits, '-' and '.',
     * at most 64), otherwise {@code -} followed by a name-based UUID of the id's kind and value. The kind is one of
     * a fixed table (the README's "FHIR ids") that covers the id types of klinedu's core and indicators modules; its
     * UUID name does not change when a type is renamed, so neither does the id.
     *
     * @param id the id, not null
     * @return the FHIR id
     * @throws InvalidInputException if the value is no valid FHIR id and the id's type has no kind in the table
     *     (an id type of another module)
     */
    public static String resourceId(Identifier id) {
        Objects.requireNonNull(id, "id");
        if (FHIR_ID.matcher(id.value()).matches()) {
            return id.value();
        }
        IdKind kind = IdKind.of(id).orElseThrow(() -> InvalidInputException.of("id", "must be a valid FHIR id, since "
                + id.getClass().getName() + " has no FHIR id kind to derive one from", id.value()));
        return "-" + uuid(kind.uuidName(), id.value());
    }

    /**
     * Returns the id of the Goal of an indicator for a unit: a name-based UUID of both.
     *
     * @param indicator the indicator, not null
     * @param unit the unit, not null
     * @return the Goal's id
     */
    public static String goalId(IndicatorId indicator, OrganisationUnitId unit) {
        Objects.requireNonNull(indicator, "indicator");
        Objects.requireNonNull(unit, "unit");
        return uuid("Goal", indicator.value(), unit.value());
    }

    /**
     * Returns the id of the MeasureReport of an indicator for a unit and period: a name-based UUID of the three.
     *
     * @param indicator the indicator, not null
     * @param unit the unit, not null
     * @param period the period, not null
     * @return the MeasureReport's id
     */
    public static String measureReportId(IndicatorId indicator, OrganisationUnitId unit, ReportingPeriod period) {
        Objects.requireNonNull(indicator, "indicator");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(period, "period");
        return uuid("MeasureReport", indicator.value(), unit.value(), period.code());
    }

    /**
     * Returns the canonical URL of an indicator's Measure.
     *
     * @param indicator the indicator's id, not null
     * @param base the canonical base, not null
     * @return {@code <base>/Measure/<indicator id>}, the id verbatim
     */
    public static String measureUrl(IndicatorId indicator, CanonicalBase base) {
        Objects.requireNonNull(indicator, "indicator");
        Objects.requireNonNull(base, "base");
        return base.url("Measure", indicator.value());
    }

    private static ObjectNode percent(Threshold threshold, Direction direction) {
        boolean strict = threshold.comparison() == Comparison.MORE_THAN;
        ObjectNode quantity = FhirNodes.object();
        quantity.put("value", threshold.percent());
        quantity.put("comparator", direction == Direction.HIGHER_IS_BETTER ? (strict ? ">" : ">=") : (strict ? "<" : "<="));
        quantity.put("unit", "%");
        quantity.put("system", UCUM);
        quantity.put("code", "%");
        return quantity;
    }

    // '|' occurs in no klinedu id or period code, so the joined name is unambiguous
    private static String uuid(String... parts) {
        return UUID.nameUUIDFromBytes(("klinedu|" + String.join("|", parts)).getBytes(StandardCharsets.UTF_8)).toString();
    }

    /** A population of a share: its code and display in the measure-population CodeSystem, what it counts, and its count. */
    private static final class Population {

        private final String code;
        /** The CodeSystem's display, which also names the population's criteria in the usual CQL style. */
        private final String display;
        /** What the population counts, in words: the criteria's description. */
        private final String counted;
        private final ToLongFunction<Counts> count;

        Population(String code, String display, String counted, ToLongFunction<Counts> count) {
            this.code = code;
            this.display = display;
            this.counted = counted;
            this.count = count;
        }

        ObjectNode concept() {
            return FhirNodes.concept(MEASURE_POPULATION, code, display);
        }
    }
}
