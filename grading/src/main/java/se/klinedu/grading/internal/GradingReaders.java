package se.klinedu.grading.internal;

import java.util.List;
import se.klinedu.core.internal.JsonCursor;
import se.klinedu.grading.criteria.Regulation;

/**
 * The {@link JsonCursor} readers of values that grading's reference documents of several packages hold: the SPUR
 * model ({@code SpurModelReader}) and the worked example ({@code InspectionReportReader}) both list regulations.
 */
public final class GradingReaders {

    private GradingReaders() {
    }

    /**
     * {@return regulations, an array of their codes read as a set}
     *
     * @param in the cursor on the array
     * @throws se.klinedu.core.InvalidInputException at the element that is no regulation's code, or at the first
     *     one repeated
     */
    public static List<Regulation> regulations(JsonCursor in) {
        return in.distinct(in.list(GradingReaders::regulation));
    }

    private static Regulation regulation(JsonCursor in) {
        return in.code(Regulation.class);
    }
}
