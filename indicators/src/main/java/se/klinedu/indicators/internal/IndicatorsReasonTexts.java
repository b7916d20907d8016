package se.klinedu.indicators.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import se.klinedu.core.Language;
import se.klinedu.core.explain.ReasonCode;
import se.klinedu.core.explain.ReasonTexts;
import se.klinedu.core.json.JsonEnum;
import se.klinedu.indicators.evaluation.Certainty;
import se.klinedu.indicators.evaluation.EvaluationReason;
import se.klinedu.indicators.evaluation.Status;
import se.klinedu.indicators.observation.ReviewOutcome;
import se.klinedu.indicators.rollup.AuditReason;
import se.klinedu.indicators.target.Direction;
import se.klinedu.indicators.target.TargetKind;
import se.klinedu.indicators.trend.Change;
import se.klinedu.indicators.trend.TrendReason;

/**
 * The indicators module's reason codes and labels, with their texts in {@code reasons_<language>.properties}
 * beside this class.
 */
public final class IndicatorsReasonTexts implements ReasonTexts {

    /** For {@link java.util.ServiceLoader}. */
    public IndicatorsReasonTexts() {
    }

    @Override
    public List<ReasonCode> codes() {
        List<ReasonCode> codes = new ArrayList<>();
        codes.addAll(List.of(EvaluationReason.values()));
        codes.addAll(List.of(TrendReason.values()));
        codes.addAll(List.of(AuditReason.values()));
        return List.copyOf(codes);
    }

    @Override
    public List<Class<? extends JsonEnum>> labelled() {
        return List.of(Status.class, Certainty.class, Change.class, Direction.class, ReviewOutcome.class, TargetKind.class);
    }

    @Override
    public Map<String, String> texts(Language language) {
        return ReasonTexts.read(IndicatorsReasonTexts.class.getResourceAsStream("reasons_" + language.code() + ".properties"));
    }
}
