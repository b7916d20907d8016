package se.klinedu.core.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import se.klinedu.core.Comparison;
import se.klinedu.core.Language;
import se.klinedu.core.LocalizedText;
import se.klinedu.core.Provenance;
import se.klinedu.core.Threshold;
import se.klinedu.core.period.StrategyPeriod;
import se.klinedu.core.strategy.EffectGoalId;
import se.klinedu.core.strategy.GoalOutline;
import se.klinedu.core.strategy.OverallGoalId;
import se.klinedu.core.strategy.ResponsibilityId;
import se.klinedu.core.strategy.ResponsibleRole;
import se.klinedu.core.strategy.StrategyOutline;

/**
 * The {@link JsonCursor} readers of the value types that reference documents of several packages and modules
 * hold: texts, provenance, periods, thresholds, responsible roles and the strategy's outline. Their builders are
 * not public, so they are made by their public factories, after the checks a builder makes first (every
 * required attribute given).
 */
public final class CoreReaders {

    private static final String[] LOCALIZED_TEXT = {"language", "original", "english"};
    private static final String[] TITLE = {"title"};
    private static final String[] STRATEGY_PERIOD = {"firstYear", "lastYear"};
    private static final String[] THRESHOLD = {"comparison", "percent"};
    private static final String[] RESPONSIBILITY = {"responsibility"};
    private static final String[] PERIOD = {"period"};
    private static final String[] OVERALL_GOAL = {"overallGoal"};

    private CoreReaders() {
    }

    /**
     * {@return a text in its original language and in English}
     *
     * @param in the cursor on the object
     */
    public static LocalizedText localizedText(JsonCursor in) {
        in.beginObject();
        Language language = null;
        String original = null;
        String english = null;
        for (String field = in.nextField(); field != null; field = in.nextField()) {
            switch (field) {
                case "language" -> language = in.code(Language.class);
                case "original" -> original = in.string();
                case "english" -> english = in.string();
                default -> throw in.unknownField();
            }
        }
        in.required(LOCALIZED_TEXT, language, original, english);
        return LocalizedText.of(language, original, english);
    }

    /**
     * {@return an optional text: JSON null is absent}
     *
     * @param in the cursor on the object or null
     */
    public static Optional<LocalizedText> optionalText(JsonCursor in) {
        return in.isNull() ? Optional.empty() : Optional.of(localizedText(in));
    }

    /**
     * {@return an optional string: JSON null is absent}
     *
     * @param in the cursor on the string or null
     */
    public static Optional<String> optionalString(JsonCursor in) {
        return in.isNull() ? Optional.empty() : Optional.of(in.string());
    }

    /**
     * {@return an optional date: JSON null is absent}
     *
     * @param in the cursor on the date or null
     */
    public static Optional<LocalDate> optionalDate(JsonCursor in) {
        return in.isNull() ? Optional.empty() : Optional.of(in.date());
    }

    /**
     * {@return where reference data comes from}
     *
     * @param in the cursor on the object
     */
    public static Provenance provenance(JsonCursor in) {
        in.beginObject();
        LocalizedText title = null;
        Optional<String> publisher = Optional.empty();
        Optional<LocalDate> published = Optional.empty();
        Optional<LocalDate> lastReviewed = Optional.empty();
        Optional<LocalDate> lastUpdated = Optional.empty();
        for (String field = in.nextField(); field != null; field = in.nextField()) {
            switch (field) {
                case "title" -> title = localizedText(in);
                case "publisher" -> publisher = optionalString(in);
                case "published" -> published = optionalDate(in);
                case "lastReviewed" -> lastReviewed = optionalDate(in);
                case "lastUpdated" -> lastUpdated = optionalDate(in);
                default -> throw in.unknownField();
            }
        }
        in.required(TITLE, title);
        return Provenance.of(title, publisher, published, lastReviewed, lastUpdated);
    }

    /**
     * {@return the years a strategy covers}
     *
     * @param in the cursor on the object
     */
    public static StrategyPeriod strategyPeriod(JsonCursor in) {
        in.beginObject();
        Integer firstYear = null;
        Integer lastYear = null;
        for (String field = in.nextField(); field != null; field = in.nextField()) {
            switch (field) {
                case "firstYear" -> firstYear = in.integer();
                case "lastYear" -> lastYear = in.integer();
                default -> throw in.unknownField();
            }
        }
        in.required(STRATEGY_PERIOD, firstYear, lastYear);
        return StrategyPeriod.of(firstYear, lastYear);
    }

    /**
     * {@return a target's threshold}
     *
     * @param in the cursor on the object
     */
    public static Threshold threshold(JsonCursor in) {
        in.beginObject();
        Comparison comparison = null;
        BigDecimal percent = null;
        for (String field = in.nextField(); field != null; field = in.nextField()) {
            switch (field) {
                case "comparison" -> comparison = in.code(Comparison.class);
                case "percent" -> percent = in.decimal();
                default -> throw in.unknownField();
            }
        }
        in.required(THRESHOLD, comparison, percent);
        return Threshold.of(comparison, percent);
    }

    /**
     * {@return who is responsible, with the statement that says so if any}
     *
     * @param in the cursor on the object
     */
    public static ResponsibleRole responsibleRole(JsonCursor in) {
        in.beginObject();
        ResponsibilityId responsibility = null;
        Optional<LocalizedText> statement = Optional.empty();
        for (String field = in.nextField(); field != null; field = in.nextField()) {
            switch (field) {
                case "responsibility" -> responsibility = ResponsibilityId.of(in.string());
                case "statement" -> statement = optionalText(in);
                default -> throw in.unknownField();
            }
        }
        in.required(RESPONSIBILITY, responsibility);
        return statement.isPresent() ? ResponsibleRole.stated(responsibility, statement.get())
                : ResponsibleRole.of(responsibility);
    }

    /**
     * {@return an optional responsible role: JSON null is absent}
     *
     * @param in the cursor on the object or null
     */
    public static Optional<ResponsibleRole> optionalResponsibleRole(JsonCursor in) {
        return in.isNull() ? Optional.empty() : Optional.of(responsibleRole(in));
    }

    /**
     * {@return the outline of the strategy a document refers to}
     *
     * @param in the cursor on the object
     */
    public static StrategyOutline strategyOutline(JsonCursor in) {
        in.beginObject();
        StrategyPeriod period = null;
        List<GoalOutline> goals = List.of();
        List<ResponsibilityId> responsibilities = List.of();
        for (String field = in.nextField(); field != null; field = in.nextField()) {
            switch (field) {
                case "period" -> period = strategyPeriod(in);
                case "goals" -> goals = in.list(CoreReaders::goalOutline);
                case "responsibilities" -> responsibilities = in.list(CoreReaders::responsibilityId);
                default -> throw in.unknownField();
            }
        }
        in.required(PERIOD, period);
        return in.requiring(StrategyOutline.of(period, goals, responsibilities), "period", "goals", "responsibilities");
    }

    private static GoalOutline goalOutline(JsonCursor in) {
        in.beginObject();
        OverallGoalId overallGoal = null;
        List<EffectGoalId> effectGoals = List.of();
        for (String field = in.nextField(); field != null; field = in.nextField()) {
            switch (field) {
                case "overallGoal" -> overallGoal = OverallGoalId.of(in.string());
                case "effectGoals" -> effectGoals = in.list(CoreReaders::effectGoalId);
                default -> throw in.unknownField();
            }
        }
        in.required(OVERALL_GOAL, overallGoal);
        return in.requiring(GoalOutline.of(overallGoal, effectGoals), "overallGoal", "effectGoals");
    }

    private static EffectGoalId effectGoalId(JsonCursor in) {
        return EffectGoalId.of(in.string());
    }

    private static ResponsibilityId responsibilityId(JsonCursor in) {
        return ResponsibilityId.of(in.string());
    }
}
