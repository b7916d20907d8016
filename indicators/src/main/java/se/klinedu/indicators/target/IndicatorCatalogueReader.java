package se.klinedu.indicators.target;

import static se.klinedu.core.internal.CoreReaders.localizedText;
import static se.klinedu.core.internal.CoreReaders.optionalText;

import java.util.Optional;
import se.klinedu.core.internal.CoreReaders;
import se.klinedu.core.internal.JsonCursor;
import se.klinedu.core.strategy.EffectGoalId;

/**
 * Reads the indicator catalogue's reference document, {@code orebro-indicators.json}, on a {@link JsonCursor}
 * into the builders, as strictly as the codec reads {@link IndicatorCatalogue}.
 */
final class IndicatorCatalogueReader {

    private IndicatorCatalogueReader() {
    }

    static IndicatorCatalogue catalogue(JsonCursor in) {
        ImmutableIndicatorCatalogue.Builder catalogue = ImmutableIndicatorCatalogue.builder();
        in.beginObject();
        for (String field = in.nextField(); field != null; field = in.nextField()) {
            switch (field) {
                case "strategy" -> catalogue.strategy(CoreReaders.strategyOutline(in));
                case "provenance" -> catalogue.provenance(CoreReaders.provenance(in));
                case "indicators" -> catalogue.addAllIndicators(in.list(IndicatorCatalogueReader::indicator));
                default -> throw in.unknownField();
            }
        }
        return in.requiring(catalogue.build(), "strategy", "provenance", "indicators");
    }

    private static Indicator indicator(JsonCursor in) {
        Indicator.Builder indicator = Indicator.builder();
        in.beginObject();
        for (String field = in.nextField(); field != null; field = in.nextField()) {
            switch (field) {
                case "id" -> indicator.id(IndicatorId.of(in.string()));
                case "effectGoal" -> indicator.effectGoal(EffectGoalId.of(in.string()));
                case "text" -> indicator.text(localizedText(in));
                case "heading" -> indicator.heading(optionalText(in));
                case "target" -> indicator.target(target(in));
                case "direction" -> indicator.direction(in.code(Direction.class));
                case "reporter" -> indicator.reporter(in.code(Reporter.class));
                case "reporterBasis" -> indicator.reporterBasis(
                        in.isNull() ? Optional.empty() : Optional.of(reporterBasis(in)));
                case "responsible" -> indicator.responsible(CoreReaders.optionalResponsibleRole(in));
                default -> throw in.unknownField();
            }
        }
        return in.requiring(indicator.build(), "id", "effectGoal", "text", "target", "direction", "reporter");
    }

    private static Target target(JsonCursor in) {
        ImmutableTarget.Builder target = ImmutableTarget.builder();
        in.beginObject();
        for (String field = in.nextField(); field != null; field = in.nextField()) {
            switch (field) {
                case "kind" -> target.kind(in.code(TargetKind.class));
                case "threshold" -> target.threshold(
                        in.isNull() ? Optional.empty() : Optional.of(CoreReaders.threshold(in)));
                case "level" -> target.level(optionalText(in));
                case "review" -> target.review(
                        in.isNull() ? Optional.empty() : Optional.of(in.code(ExternalReview.class)));
                default -> throw in.unknownField();
            }
        }
        return in.requiring(target.build(), "kind");
    }

    private static ReporterBasis reporterBasis(JsonCursor in) {
        ImmutableReporterBasis.Builder basis = ImmutableReporterBasis.builder();
        in.beginObject();
        for (String field = in.nextField(); field != null; field = in.nextField()) {
            switch (field) {
                case "quote" -> basis.quote(optionalText(in));
                case "reason" -> basis.reason(CoreReaders.optionalString(in));
                default -> throw in.unknownField();
            }
        }
        return basis.build();
    }
}
