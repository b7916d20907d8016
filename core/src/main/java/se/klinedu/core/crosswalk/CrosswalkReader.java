package se.klinedu.core.crosswalk;

import se.klinedu.core.internal.JsonCursor;
import se.klinedu.core.strategy.EffectGoalId;
import se.klinedu.core.substrategy.DesiredOutcomeId;

/**
 * Reads the cross-walk's reference document, {@code nordic-crosswalk.json}, on a {@link JsonCursor} into the
 * builders, as strictly as the codec reads {@link NordicCrosswalk}.
 */
final class CrosswalkReader {

    private CrosswalkReader() {
    }

    static NordicCrosswalk crosswalk(JsonCursor in) {
        ImmutableNordicCrosswalk.Builder crosswalk = ImmutableNordicCrosswalk.builder();
        in.beginObject();
        for (String field = in.nextField(); field != null; field = in.nextField()) {
            if (field.equals("links")) {
                crosswalk.addAllLinks(in.list(CrosswalkReader::link));
            } else {
                throw in.unknownField();
            }
        }
        return in.requiring(crosswalk.build(), "links");
    }

    private static CrosswalkLink link(JsonCursor in) {
        CrosswalkLink.Builder link = CrosswalkLink.builder();
        in.beginObject();
        for (String field = in.nextField(); field != null; field = in.nextField()) {
            switch (field) {
                case "desiredOutcome" -> link.desiredOutcome(DesiredOutcomeId.of(in.string()));
                case "effectGoal" -> link.effectGoal(EffectGoalId.of(in.string()));
                case "theme" -> link.theme(in.code(CrosswalkTheme.class));
                case "justification" -> link.justification(in.string());
                default -> throw in.unknownField();
            }
        }
        return in.requiring(link.build(), "desiredOutcome", "effectGoal", "theme", "justification");
    }
}
