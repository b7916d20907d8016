package se.klinedu.core.internal;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import se.klinedu.core.InvalidInputException;

/**
 * The values of an immutable object's list by their unique key, built once, on first use: the lookups
 * ({@code find}, {@code get}) of reference data and of validated collections.
 *
 * @param <K> the key type
 * @param <V> the value type
 */
public final class Index<K, V> {

    private final Memo<Map<K, V>> byKey;

    private Index(Memo<Map<K, V>> byKey) {
        this.byKey = byKey;
    }

    /**
     * Creates the index of a list.
     *
     * @param <K> the key type
     * @param <V> the value type
     * @param values the owner's list, not null; read on first use, after the owner is constructed
     * @param key the key of a value, unique in the list (the owner's check ensures it), not null
     * @return the index
     */
    public static <K, V> Index<K, V> of(Supplier<List<V>> values, Function<V, K> key) {
        Objects.requireNonNull(values, "values");
        Objects.requireNonNull(key, "key");
        return new Index<>(new Memo<>(() -> {
            Map<K, V> index = new LinkedHashMap<>();
            values.get().forEach(value -> index.put(key.apply(value), value));
            return Collections.unmodifiableMap(index);
        }));
    }

    /**
     * Finds the value with a key.
     *
     * @param key the key
     * @param parameter the caller's parameter name, for the {@code NullPointerException}
     * @return the value, or empty if none has this key
     * @throws NullPointerException naming {@code parameter} if the key is null
     */
    public Optional<V> find(K key, String parameter) {
        return Optional.ofNullable(byKey.get().get(Objects.requireNonNull(key, parameter)));
    }

    /**
     * Gets the value with a key.
     *
     * @param key the key
     * @param parameter the caller's parameter name, for the exceptions
     * @param rule what an unknown key is, such as "is not an effect goal of the strategy"
     * @return the value
     * @throws NullPointerException naming {@code parameter} if the key is null
     * @throws InvalidInputException at {@code parameter} with the rule and the key if none has this key
     */
    public V get(K key, String parameter, String rule) {
        return find(key, parameter).orElseThrow(() -> InvalidInputException.of(parameter, rule, key));
    }
}
