package se.klinedu.core.testkit;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.function.Function;

/**
 * A module's sample source for the public-API sweep: one generator of valid values per type, keyed by
 * the type the values stand for (a supertype such as {@code Identifier} or {@code ReportingPeriod} may
 * be a key of its own). The same seed gives an equal value, and different seeds usually different
 * ones, which is what the sweep's equality groups are made of.
 *
 * <p>Mutable while a module builds it; {@link #add} and {@link #addAll} return this source for chaining.
 */
public final class TypeSamples {

    private final Map<Class<?>, Function<Random, ?>> generators = new LinkedHashMap<>();

    private TypeSamples() {
    }

    /** {@return an empty source} */
    public static TypeSamples create() {
        return new TypeSamples();
    }

    /**
     * Adds (or replaces) the generator of a type.
     *
     * @param <T> the type
     * @param type the type the values stand for
     * @param generator valid values of the type from a seeded {@code Random}
     * @return this source
     */
    public <T> TypeSamples add(Class<T> type, Function<Random, ? extends T> generator) {
        generators.put(Objects.requireNonNull(type, "type"), Objects.requireNonNull(generator, "generator"));
        return this;
    }

    /**
     * Adds every generator of another source, such as core's for the core types a module's methods take.
     *
     * @param other the other source
     * @return this source
     */
    public TypeSamples addAll(TypeSamples other) {
        generators.putAll(other.generators);
        return this;
    }

    /** {@return the types with a generator, in the order they were added} */
    public Set<Class<?>> types() {
        return Collections.unmodifiableSet(generators.keySet());
    }

    /**
     * Generates the value of a type for a seed.
     *
     * @param type the type
     * @param seed the seed of the generator's {@code Random}
     * @return the value, or empty if the type has no generator
     */
    public Optional<Object> sample(Class<?> type, long seed) {
        Function<Random, ?> generator = generators.get(type);
        return generator == null ? Optional.empty() : Optional.of(type.cast(generator.apply(new Random(seed))));
    }

    /**
     * Generates one value of every type for a seed.
     *
     * @param seed the seed of every generator's {@code Random}
     * @return the values keyed by type, in the order the types were added
     */
    public Map<Class<?>, Object> samplesAt(long seed) {
        Map<Class<?>, Object> samples = new LinkedHashMap<>();
        generators.keySet().forEach(type -> samples.put(type, sample(type, seed).orElseThrow()));
        return samples;
    }
}
