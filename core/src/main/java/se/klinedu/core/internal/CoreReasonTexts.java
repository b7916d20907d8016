package se.klinedu.core.internal;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import se.klinedu.core.Comparison;
import se.klinedu.core.Language;
import se.klinedu.core.explain.ReasonCode;
import se.klinedu.core.explain.ReasonTexts;
import se.klinedu.core.json.JsonEnum;
import se.klinedu.core.measure.FollowUpStatus;
import se.klinedu.core.measure.MeasureReason;
import se.klinedu.core.measure.MeasureStatus;
import se.klinedu.core.supervision.CoverageStatus;
import se.klinedu.core.supervision.TrainingReason;

/**
 * Core's reason codes and labels, with their texts in {@code reasons_<language>.properties} beside this class.
 */
public final class CoreReasonTexts implements ReasonTexts {

    /** For {@link java.util.ServiceLoader}. */
    public CoreReasonTexts() {
    }

    @Override
    public List<ReasonCode> codes() {
        return Stream.<ReasonCode>concat(Arrays.stream(MeasureReason.values()), Arrays.stream(TrainingReason.values()))
                .toList();
    }

    @Override
    public List<Class<? extends JsonEnum>> labelled() {
        return List.of(Comparison.class, Language.class, MeasureStatus.class, FollowUpStatus.class,
                CoverageStatus.class);
    }

    @Override
    public Map<String, String> texts(Language language) {
        return ReasonTexts.read(CoreReasonTexts.class.getResourceAsStream("reasons_" + language.code() + ".properties"));
    }
}
