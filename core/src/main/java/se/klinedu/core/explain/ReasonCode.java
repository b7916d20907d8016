package se.klinedu.core.explain;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.List;

/**
 * The code of a kind of reason and the names of its arguments, in order. Each module declares its codes as
 * the constants of an enum that implements this interface, and ships a text for every code in every
 * {@linkplain se.klinedu.core.Language language} (see {@link ReasonTexts}).
 *
 * <p>A code is stable: lower-case words joined by dots and hyphens, such as {@code share.compared-exactly}.
 * Documents carry it; a renamed code is a breaking change.
 *
 * @since 0.2
 */
public interface ReasonCode {

    /**
     * {@return the stable code, such as {@code share.compared-exactly}; a code alone is written to JSON as it}
     */
    @JsonValue
    String code();

    /**
     * {@return the names of the arguments, in the order {@link Reason#of} takes them}
     */
    List<String> parameters();
}
