package se.klinedu.grading.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import se.klinedu.core.Language;
import se.klinedu.core.explain.ReasonCode;
import se.klinedu.core.explain.ReasonTexts;
import se.klinedu.core.json.JsonEnum;
import se.klinedu.grading.actionplan.ActionPlanReason;
import se.klinedu.grading.actionplan.ItemPart;
import se.klinedu.grading.assessment.CriterionOutcome;
import se.klinedu.grading.assessment.GradeReason;
import se.klinedu.grading.criteria.CriterionKind;
import se.klinedu.grading.criteria.Grade;
import se.klinedu.grading.criteria.Regulation;
import se.klinedu.grading.interval.IntervalReason;

/**
 * Grading's reason codes ({@link GradeReason}, {@link ActionPlanReason}, {@link IntervalReason}) and the enums
 * people read as words (grades, regulations, criterion kinds and outcomes, the parts of an action item), with
 * their texts in {@code reasons_<language>.properties} beside this class.
 */
public final class GradingReasonTexts implements ReasonTexts {

    /** For {@link java.util.ServiceLoader}. */
    public GradingReasonTexts() {
    }

    @Override
    public List<ReasonCode> codes() {
        List<ReasonCode> codes = new ArrayList<>();
        codes.addAll(List.of(GradeReason.values()));
        codes.addAll(List.of(ActionPlanReason.values()));
        codes.addAll(List.of(IntervalReason.values()));
        return List.copyOf(codes);
    }

    @Override
    public List<Class<? extends JsonEnum>> labelled() {
        return List.of(Grade.class, Regulation.class, CriterionKind.class, CriterionOutcome.class, ItemPart.class);
    }

    @Override
    public Map<String, String> texts(Language language) {
        return ReasonTexts.read(GradingReasonTexts.class.getResourceAsStream("reasons_" + language.code() + ".properties"));
    }
}
