package se.klinedu.core.internal;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * A value computed once, on first use, from an immutable object's attributes: an index kept beside
 * a value type's lists.
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
     * Creates a memo of an index: the values of a list by their key, in the list's order.
     *
     * @param <K> the key type
     * @param <V> the value type
     * @param values the owner's list, not null; read on first use
     * @param key the key of a value, unique in the list, not null
     * @return the memo of an unmodifiable map
     */
    public static <K, V> Memo<Map<K, V>> index(Supplier<List<V>> values, Function<V, K> key) {
        Objects.requireNonNull(values, "values");
        Objects.requireNonNull(key, "key");
        return new Memo<>(() -> {
            Map<K, V> index = new LinkedHashMap<>();
            values.get().forEach(value -> index.put(key.apply(value), value));
            return Collections.unmodifiableMap(index);
        });
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
