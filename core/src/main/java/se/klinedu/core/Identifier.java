package se.klinedu.core;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.regex.Pattern;
import org.immutables.value.Value;
import se.klinedu.core.internal.Checks;

/**
 * The common shape of klinedu's typed ids: a string in a fixed format, stable across releases, that
 * other systems can store.
 *
 * <p>Each kind of id is its own type ({@code EffectGoalId}, {@code TrainingId}, …), so that one kind
 * cannot be passed where another is expected; ids of different kinds are never equal. They are
 * written to JSON as their plain string value and ordered by it.
 *
 * @since 0.1
 */
public abstract class Identifier implements Comparable<Identifier> {

    /**
     * Creates an id; only the generated implementations of the id kinds call this.
     */
    protected Identifier() {
    }

    /**
     * {@return the id as written in the documents' data and in JSON}
     */
    @JsonValue
    @Value.Parameter
    public abstract String value();

    /**
     * Checks the value against the kind's format; called from each kind's {@code @Value.Check}.
     *
     * @param format the whole-value pattern
     * @param rule the format in words, for the message
     * @throws InvalidInputException if the value does not match
     */
    protected final void checkFormat(Pattern format, String rule) {
        Checks.matches(getClass().getSimpleName().replaceFirst("^Immutable", ""), value(), format, rule);
    }

    /**
     * Orders ids by kind, then by value.
     *
     * @param other the id to compare with, not null
     * @return negative, zero or positive as this id sorts before, with or after {@code other}
     */
    @Override
    public int compareTo(Identifier other) {
        int byKind = getClass().getName().compareTo(other.getClass().getName());
        return byKind != 0 ? byKind : value().compareTo(other.value());
    }

    @Override
    public String toString() {
        return value();
    }
}
