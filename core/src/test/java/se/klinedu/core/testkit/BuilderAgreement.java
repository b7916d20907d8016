package se.klinedu.core.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import se.klinedu.core.InvalidInputException;
import se.klinedu.core.json.KlineduJson;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The law that a value type's public {@code Builder} is no way round its checks: for a valid sample, each JSON
 * attribute in turn is given a value a check may refuse (blank text, a negative or zero number, an empty
 * collection), and the value is made both ways — through the builder and through the codec's reading of the
 * sample's JSON with that attribute changed. Both must refuse it, or both must accept it and give equal values.
 * A check written only in a JSON creator or a factory, and not where {@code build()} runs it, fails here.
 */
final class BuilderAgreement {

    private static final KlineduJson JSON = KlineduJson.standard();
    private static final JsonMapper TREES = JsonMapper.builder().build();

    private BuilderAgreement() {
    }

    /**
     * Checks a type's builder against the codec on one sample.
     *
     * @param type the value type, with a public static {@code builder()}
     * @param builder that method
     * @param sample a valid value of the type
     * @return how many changed values were compared
     */
    static int check(Class<?> type, Method builder, Object sample) throws ReflectiveOperationException {
        JsonNode written = TREES.readTree(JSON.write(sample));
        if (!written.isObject()) {
            return 0;
        }
        List<Method> attributes = attributes(type, builder.invoke(null).getClass());
        int compared = 0;
        for (Method attribute : attributes) {
            String name = attribute.getAnnotation(JsonProperty.class).value();
            for (Object candidate : candidates(attribute)) {
                ObjectNode changed = ((ObjectNode) written).deepCopy();
                changed.set(name, TREES.valueToTree(candidate));
                Optional<Object> read = made(() -> JSON.read(changed, type));
                Optional<Object> built = made(() -> build(builder, sample, attributes, attribute, candidate));
                String what = type.getSimpleName() + "." + attribute.getName() + " = " + TREES.valueToTree(candidate);
                assertEquals(read.isPresent() ? "accepted" : "rejected", built.isPresent() ? "accepted" : "rejected",
                        what + ": the codec and the builder disagree");
                read.ifPresent(value -> assertEquals(value, built.orElseThrow(), what));
                compared++;
            }
        }
        return compared;
    }

    /**
     * The JSON attributes the builder sets: the type's public accessors named in JSON (abstract ones and those with a
     * default) that the builder has a method for; a derived attribute has none.
     */
    private static List<Method> attributes(Class<?> type, Class<?> builder) {
        return Arrays.stream(type.getMethods())
                .filter(method -> method.getParameterCount() == 0 && !Modifier.isStatic(method.getModifiers()))
                .filter(method -> method.isAnnotationPresent(JsonProperty.class))
                .filter(method -> hasSetter(builder, method))
                .toList();
    }

    private static boolean hasSetter(Class<?> builder, Method attribute) {
        return !setters(builder, attribute.getName()).isEmpty();
    }

    /** Values a check may refuse, for the kinds of attribute that have such values. */
    private static List<Object> candidates(Method attribute) {
        Class<?> type = attribute.getReturnType();
        if (type == String.class) {
            return List.of("", " ");
        }
        if (type == int.class || type == Integer.class) {
            return List.of(-1, 0);
        }
        if (type == long.class || type == Long.class) {
            return List.of(-1L, 0L);
        }
        if (type == BigDecimal.class) {
            return List.of(BigDecimal.ONE.negate(), BigDecimal.ZERO);
        }
        if (List.class.isAssignableFrom(type)) {
            return List.of(List.of());
        }
        if (Set.class.isAssignableFrom(type)) {
            return List.of(Set.of());
        }
        if (Map.class.isAssignableFrom(type)) {
            return List.of(Map.of());
        }
        return List.of();
    }

    private static Object build(Method builder, Object sample, List<Method> attributes, Method changed, Object candidate)
            throws ReflectiveOperationException {
        Object building = builder.invoke(null);
        for (Method attribute : attributes) {
            Object value = attribute.equals(changed) ? candidate : attribute.invoke(sample);
            Method setter = setter(building.getClass(), attribute.getName(), value);
            setter.setAccessible(true);
            setter.invoke(building, value);
        }
        Method build = building.getClass().getMethod("build");
        build.setAccessible(true);
        return build.invoke(building);
    }

    /** The builder's one-argument method for the attribute that takes the value. */
    private static Method setter(Class<?> builder, String attribute, Object value) {
        return setters(builder, attribute).stream().filter(method -> accepts(method.getParameterTypes()[0], value)).findFirst()
                .orElseThrow(() -> new AssertionError("no builder method for " + attribute + " that takes " + value));
    }

    /**
     * The builder's one-argument methods for an attribute, in order: those of the attribute's own name, then, for a
     * collection or map a strict builder sets once, {@code addAll…} and {@code putAll…}.
     */
    private static List<Method> setters(Class<?> builder, String attribute) {
        String capitalised = Character.toUpperCase(attribute.charAt(0)) + attribute.substring(1);
        List<Method> found = new ArrayList<>();
        for (String name : List.of(attribute, "addAll" + capitalised, "putAll" + capitalised)) {
            for (Class<?> type = builder; type != null; type = type.getSuperclass()) {
                for (Method method : type.getDeclaredMethods()) {
                    if (method.getName().equals(name) && method.getParameterCount() == 1) {
                        found.add(method);
                    }
                }
            }
        }
        return found;
    }

    private static boolean accepts(Class<?> parameter, Object value) {
        if (parameter.isPrimitive()) {
            return (parameter == int.class && value instanceof Integer) || (parameter == long.class && value instanceof Long)
                    || (parameter == boolean.class && value instanceof Boolean) || (parameter == char.class && value instanceof Character)
                    || (parameter == double.class && value instanceof Double);
        }
        return parameter.isInstance(value);
    }

    private interface Making {
        Object make() throws Exception;
    }

    /** {@return the value made, or empty where making it was refused with an InvalidInputException} */
    private static Optional<Object> made(Making making) {
        try {
            return Optional.of(making.make());
        } catch (InvalidInputException refused) {
            return Optional.empty();
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof InvalidInputException) {
                return Optional.empty();
            }
            throw new AssertionError(e.getCause());
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}
