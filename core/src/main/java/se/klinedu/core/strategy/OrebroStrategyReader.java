package se.klinedu.core.strategy;

import static se.klinedu.core.internal.CoreReaders.localizedText;

import se.klinedu.core.internal.CoreReaders;
import se.klinedu.core.internal.JsonCursor;

/**
 * Reads the strategy's reference document, {@code orebro-strategy.json}, on a {@link JsonCursor} into the
 * builders, as strictly as the codec reads {@link OrebroStrategy}.
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
                case "overallGoals" -> strategy.addAllOverallGoals(in.list(OrebroStrategyReader::overallGoal));
                case "priorityAreas" -> strategy.addAllPriorityAreas(in.list(OrebroStrategyReader::priorityArea));
                case "implementationRules" -> strategy.addAllImplementationRules(
                        in.list(OrebroStrategyReader::implementationRule));
                case "recurringReviews" -> strategy.addAllRecurringReviews(in.list(OrebroStrategyReader::recurringReview));
                case "responsibilities" -> strategy.addAllResponsibilities(in.list(OrebroStrategyReader::responsibility));
                case "scope" -> strategy.scope(scope(in));
                case "annualVolumes" -> strategy.addAllAnnualVolumes(in.list(OrebroStrategyReader::annualVolume));
                default -> throw in.unknownField();
            }
        }
        return in.requiring(strategy.build(), "provenance", "period", "vision", "purpose", "overallGoals",
                "priorityAreas", "implementationRules", "recurringReviews", "responsibilities", "scope",
                "annualVolumes");
    }

    private static OverallGoal overallGoal(JsonCursor in) {
        OverallGoal.Builder goal = OverallGoal.builder();
        in.beginObject();
        for (String field = in.nextField(); field != null; field = in.nextField()) {
            switch (field) {
                case "id" -> goal.id(OverallGoalId.of(in.string()));
                case "shortName" -> goal.shortName(localizedText(in));
                case "text" -> goal.text(localizedText(in));
                case "heading" -> goal.heading(localizedText(in));
                case "description" -> goal.description(localizedText(in));
                case "effectGoals" -> goal.addAllEffectGoals(in.list(OrebroStrategyReader::effectGoal));
                default -> throw in.unknownField();
            }
        }
        return in.requiring(goal.build(), "id", "shortName", "text", "heading", "description", "effectGoals");
    }

    private static EffectGoal effectGoal(JsonCursor in) {
        ImmutableEffectGoal.Builder goal = ImmutableEffectGoal.builder();
        in.beginObject();
        for (String field = in.nextField(); field != null; field = in.nextField()) {
            switch (field) {
                case "id" -> goal.id(EffectGoalId.of(in.string()));
                case "text" -> goal.text(localizedText(in));
                default -> throw in.unknownField();
            }
        }
        return in.requiring(goal.build(), "id", "text");
    }

    private static PriorityArea priorityArea(JsonCursor in) {
        ImmutablePriorityArea.Builder area = ImmutablePriorityArea.builder();
        in.beginObject();
        for (String field = in.nextField(); field != null; field = in.nextField()) {
            switch (field) {
                case "id" -> area.id(PriorityAreaId.of(in.string()));
                case "name" -> area.name(localizedText(in));
                case "identifiedNeeds" -> area.addAllIdentifiedNeeds(in.list(OrebroStrategyReader::identifiedNeed));
                case "effectGoalLinks" -> area.addAllEffectGoalLinks(in.list(OrebroStrategyReader::effectGoalLink));
                default -> throw in.unknownField();
            }
        }
        return in.requiring(area.build(), "id", "name", "identifiedNeeds", "effectGoalLinks");
    }

    private static IdentifiedNeed identifiedNeed(JsonCursor in) {
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
        return in.requiring(need.build(), "id", "text");
    }

    private static EffectGoalLink effectGoalLink(JsonCursor in) {
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
        return in.requiring(link.build(), "effectGoal", "basis", "rationale");
    }

    private static ImplementationRule implementationRule(JsonCursor in) {
        ImmutableImplementationRule.Builder rule = ImmutableImplementationRule.builder();
        in.beginObject();
        for (String field = in.nextField(); field != null; field = in.nextField()) {
            switch (field) {
                case "id" -> rule.id(ImplementationRuleId.of(in.string()));
                case "text" -> rule.text(localizedText(in));
                default -> throw in.unknownField();
            }
        }
        return in.requiring(rule.build(), "id", "text");
    }

    private static RecurringReview recurringReview(JsonCursor in) {
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
        return in.requiring(review.build(), "id", "name", "intervalYears", "source");
    }

    private static Responsibility responsibility(JsonCursor in) {
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
        return in.requiring(responsibility.build(), "id", "role", "duty");
    }

    private static StrategyScope scope(JsonCursor in) {
        ImmutableStrategyScope.Builder scope = ImmutableStrategyScope.builder();
        in.beginObject();
        for (String field = in.nextField(); field != null; field = in.nextField()) {
            switch (field) {
                case "includesProcuredProviders" -> scope.includesProcuredProviders(in.bool());
                case "healthCare" -> scope.healthCare(in.bool());
                case "dentalCare" -> scope.dentalCare(in.bool());
                case "statements" -> scope.addAllStatements(in.list(CoreReaders::localizedText));
                default -> throw in.unknownField();
            }
        }
        return in.requiring(scope.build(), "includesProcuredProviders", "healthCare", "dentalCare", "statements");
    }

    private static AnnualVolume annualVolume(JsonCursor in) {
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
        return in.requiring(volume.build(), "who", "approximately", "statement");
    }
}
