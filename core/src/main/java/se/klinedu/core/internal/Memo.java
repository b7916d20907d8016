package se.klinedu.core.internal;

import java.util.Objects;
import java.util.function.Supplier;

/**
 * A value computed once, on first use, from an immutable object's attributes, such as the children of
 * each unit of a tree; {@link Index} is the memo of a list by key.
 *
 * <p>Two threads may both compute it the first time; both get equal results, and one is kept. The
 * supplier must be pure.
 *
 * @param <T> the value's type
 */
public final class Memo<T> {

    private final Supplier<T> supplier;
    private volatile T value;

    /**
     * Creates a memo.
     *
     * @param supplier computes the value, not null; called after the owner is fully constructed
     */
    public Memo(Supplier<T> supplier) {
        this.supplier = Objects.requireNonNull(supplier, "supplier");
    }

    /**
     * {@return the value, computing it on the first call}
     */
    public T get() {
        T result = value;
        if (result == null) {
            result = Objects.requireNonNull(supplier.get(), "computed value");
            value = result;
        }
        return result;
    }
}
