package se.klinedu.core.strategy;

import static se.klinedu.core.internal.CoreReaders.localizedText;
import static se.klinedu.core.internal.CoreReaders.localizedTexts;

import java.util.ArrayList;
import java.util.List;
import se.klinedu.core.internal.CoreReaders;
import se.klinedu.core.internal.JsonCursor;

/**
 * Reads the strategy's reference document, {@code orebro-strategy.json}, on a {@link JsonCursor} into the
 * builders, as strictly as the codec reads {@link OrebroStrategy}: the loops are written out, without a
 * lambda per list, because each lambda is a class to spin on its first use in a fresh JVM.
 */
final class OrebroStrategyReader {

    private OrebroStrategyReader() {
    }

    static OrebroStrategy strategy(JsonCursor in) {
        OrebroStrategy.Builder strategy = OrebroStrategy.builder();
        in.beginObject();
        for (String field = in.nextField(); field != null; field = in.nextField()) {
            switch (field) {
                case "provenance" -> strategy.provenance(CoreReaders.provenance(in));
                case "period" -> strategy.period(CoreReaders.strategyPeriod(in));
                case "vision" -> strategy.vision(localizedText(in));
                case "purpose" -> strategy.purpose(localizedText(in));
                case "overallGoals" -> strategy.addAllOverallGoals(overallGoals(in));
                case "priorityAreas" -> strategy.addAllPriorityAreas(priorityAreas(in));
                case "implementationRules" -> strategy.addAllImplementationRules(implementationRules(in));
                case "recurringReviews" -> strategy.addAllRecurringReviews(recurringReviews(in));
                case "responsibilities" -> strategy.addAllResponsibilities(responsibilities(in));
                case "scope" -> strategy.scope(scope(in));
                case "annualVolumes" -> strategy.addAllAnnualVolumes(annualVolumes(in));
                default -> throw in.unknownField();
            }
        }
        return in.requiring(strategy.build(), "provenance", "period", "vision", "purpose", "overallGoals",
                "priorityAreas", "implementationRules", "recurringReviews", "responsibilities", "scope",
                "annualVolumes");
    }

    private static List<OverallGoal> overallGoals(JsonCursor in) {
        List<OverallGoal> goals = new ArrayList<>();
        in.beginArray();
        while (in.nextElement()) {
            OverallGoal.Builder goal = OverallGoal.builder();
            in.beginObject();
            for (String field = in.nextField(); field != null; field = in.nextField()) {
                switch (field) {
                    case "id" -> goal.id(OverallGoalId.of(in.string()));
                    case "shortName" -> goal.shortName(localizedText(in));
                    case "text" -> goal.text(localizedText(in));
                    case "heading" -> goal.heading(localizedText(in));
                    case "description" -> goal.description(localizedText(in));
                    case "effectGoals" -> goal.addAllEffectGoals(effectGoals(in));
                    default -> throw in.unknownField();
                }
            }
            goals.add(in.requiring(goal.build(), "id", "shortName", "text", "heading", "description", "effectGoals"));
        }
        return goals;
    }

    private static List<EffectGoal> effectGoals(JsonCursor in) {
        List<EffectGoal> goals = new ArrayList<>();
        in.beginArray();
        while (in.nextElement()) {
            ImmutableEffectGoal.Builder goal = ImmutableEffectGoal.builder();
            in.beginObject();
            for (String field = in.nextField(); field != null; field = in.nextField()) {
                switch (field) {
                    case "id" -> goal.id(EffectGoalId.of(in.string()));
                    case "text" -> goal.text(localizedText(in));
                    default -> throw in.unknownField();
                }
            }
            goals.add(in.requiring(goal.build(), "id", "text"));
        }
        return goals;
    }

    private static List<PriorityArea> priorityAreas(JsonCursor in) {
        List<PriorityArea> areas = new ArrayList<>();
        in.beginArray();
        while (in.nextElement()) {
            ImmutablePriorityArea.Builder area = ImmutablePriorityArea.builder();
            in.beginObject();
            for (String field = in.nextField(); field != null; field = in.nextField()) {
                switch (field) {
                    case "id" -> area.id(PriorityAreaId.of(in.string()));
                    case "name" -> area.name(localizedText(in));
                    case "identifiedNeeds" -> area.addAllIdentifiedNeeds(identifiedNeeds(in));
                    case "effectGoalLinks" -> area.addAllEffectGoalLinks(effectGoalLinks(in));
                    default -> throw in.unknownField();
                }
            }
            areas.add(in.requiring(area.build(), "id", "name", "identifiedNeeds", "effectGoalLinks"));
        }
        return areas;
    }

    private static List<IdentifiedNeed> identifiedNeeds(JsonCursor in) {
        List<IdentifiedNeed> needs = new ArrayList<>();
        in.beginArray();
        while (in.nextElement()) {
            ImmutableIdentifiedNeed.Builder need = ImmutableIdentifiedNeed.builder();
            in.beginObject();
            for (String field = in.nextField(); field != null; field = in.nextField()) {
                switch (field) {
                    case "id" -> need.id(IdentifiedNeedId.of(in.string()));
                    case "text" -> need.text(localizedText(in));
                    case "responsible" -> need.responsible(CoreReaders.optionalResponsibleRole(in));
                    default -> throw in.unknownField();
                }
            }
            needs.add(in.requiring(need.build(), "id", "text"));
        }
        return needs;
    }

    private static List<EffectGoalLink> effectGoalLinks(JsonCursor in) {
        List<EffectGoalLink> links = new ArrayList<>();
        in.beginArray();
        while (in.nextElement()) {
            ImmutableEffectGoalLink.Builder link = ImmutableEffectGoalLink.builder();
            in.beginObject();
            for (String field = in.nextField(); field != null; field = in.nextField()) {
                switch (field) {
                    case "effectGoal" -> link.effectGoal(EffectGoalId.of(in.string()));
                    case "basis" -> link.basis(in.code(LinkBasis.class));
                    case "rationale" -> link.rationale(in.string());
                    default -> throw in.unknownField();
                }
            }
            links.add(in.requiring(link.build(), "effectGoal", "basis", "rationale"));
        }
        return links;
    }

    private static List<ImplementationRule> implementationRules(JsonCursor in) {
        List<ImplementationRule> rules = new ArrayList<>();
        in.beginArray();
        while (in.nextElement()) {
            ImmutableImplementationRule.Builder rule = ImmutableImplementationRule.builder();
            in.beginObject();
            for (String field = in.nextField(); field != null; field = in.nextField()) {
                switch (field) {
                    case "id" -> rule.id(ImplementationRuleId.of(in.string()));
                    case "text" -> rule.text(localizedText(in));
                    default -> throw in.unknownField();
                }
            }
            rules.add(in.requiring(rule.build(), "id", "text"));
        }
        return rules;
    }

    private static List<RecurringReview> recurringReviews(JsonCursor in) {
        List<RecurringReview> reviews = new ArrayList<>();
        in.beginArray();
        while (in.nextElement()) {
            ImmutableRecurringReview.Builder review = ImmutableRecurringReview.builder();
            in.beginObject();
            for (String field = in.nextField(); field != null; field = in.nextField()) {
                switch (field) {
                    case "id" -> review.id(RecurringReviewId.of(in.string()));
                    case "name" -> review.name(localizedText(in));
                    case "intervalYears" -> review.intervalYears(in.integer());
                    case "source" -> review.source(localizedText(in));
                    default -> throw in.unknownField();
                }
            }
            reviews.add(in.requiring(review.build(), "id", "name", "intervalYears", "source"));
        }
        return reviews;
    }

    private static List<Responsibility> responsibilities(JsonCursor in) {
        List<Responsibility> responsibilities = new ArrayList<>();
        in.beginArray();
        while (in.nextElement()) {
            ImmutableResponsibility.Builder responsibility = ImmutableResponsibility.builder();
            in.beginObject();
            for (String field = in.nextField(); field != null; field = in.nextField()) {
                switch (field) {
                    case "id" -> responsibility.id(ResponsibilityId.of(in.string()));
                    case "role" -> responsibility.role(localizedText(in));
                    case "duty" -> responsibility.duty(localizedText(in));
                    default -> throw in.unknownField();
                }
            }
            responsibilities.add(in.requiring(responsibility.build(), "id", "role", "duty"));
        }
        return responsibilities;
    }

    private static StrategyScope scope(JsonCursor in) {
        ImmutableStrategyScope.Builder scope = ImmutableStrategyScope.builder();
        in.beginObject();
        for (String field = in.nextField(); field != null; field = in.nextField()) {
            switch (field) {
                case "includesProcuredProviders" -> scope.includesProcuredProviders(in.bool());
                case "healthCare" -> scope.healthCare(in.bool());
                case "dentalCare" -> scope.dentalCare(in.bool());
                case "statements" -> scope.addAllStatements(localizedTexts(in));
                default -> throw in.unknownField();
            }
        }
        return in.requiring(scope.build(), "includesProcuredProviders", "healthCare", "dentalCare", "statements");
    }

    private static List<AnnualVolume> annualVolumes(JsonCursor in) {
        List<AnnualVolume> volumes = new ArrayList<>();
        in.beginArray();
        while (in.nextElement()) {
            ImmutableAnnualVolume.Builder volume = ImmutableAnnualVolume.builder();
            in.beginObject();
            for (String field = in.nextField(); field != null; field = in.nextField()) {
                switch (field) {
                    case "who" -> volume.who(localizedText(in));
                    case "approximately" -> volume.approximately(in.integer());
                    case "statement" -> volume.statement(localizedText(in));
                    default -> throw in.unknownField();
                }
            }
            volumes.add(in.requiring(volume.build(), "who", "approximately", "statement"));
        }
        return volumes;
    }
}
