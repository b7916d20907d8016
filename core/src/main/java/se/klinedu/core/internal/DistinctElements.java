package se.klinedu.core.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.BeanProperty;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.deser.std.StdDeserializer;
import tools.jackson.databind.exc.MismatchedInputException;

/**
 * Reads the JSON array of a set attribute and rejects an element listed twice, which a set would otherwise
 * merge without a word: {@code ["sosfs-2015-8", "sosfs-2015-8"]} is an error at the second element's path.
 *
 * <p>A value type puts it on the accessor of each set attribute:
 * {@code @JsonDeserialize(using = DistinctElements.class)}; the generated builder carries it to the setter
 * the codec reads through. Elements are read by their own type's rules, in document order.
 */
public final class DistinctElements extends StdDeserializer<List<Object>> {

    /** The reader of the elements as a list, once the element type is known. */
    private final ValueDeserializer<Object> elements;

    /** For Jackson, which makes the contextual instance from it. */
    public DistinctElements() {
        this(null);
    }

    private DistinctElements(ValueDeserializer<Object> elements) {
        super(List.class);
        this.elements = elements;
    }

    @Override
    public ValueDeserializer<?> createContextual(DeserializationContext context, BeanProperty property) {
        // the builder's setter takes an Iterable<? extends E>: the elements are read as E
        Objects.requireNonNull(property, "property: DistinctElements reads an attribute");
        JavaType element = property.getType().findTypeParameters(Iterable.class)[0];
        JavaType list = context.getTypeFactory().constructCollectionType(List.class, element);
        return new DistinctElements(context.findContextualValueDeserializer(list, property));
    }

    @Override
    @SuppressWarnings("unchecked")
    public List<Object> deserialize(JsonParser parser, DeserializationContext context) {
        Objects.requireNonNull(elements, "elements: the deserializer is used without its context");
        List<Object> read = (List<Object>) elements.deserialize(parser, context);
        Set<Object> seen = new HashSet<>();
        for (int i = 0; i < read.size(); i++) {
            if (!seen.add(read.get(i))) {
                throw MismatchedInputException.from(parser, List.class, "duplicate element, was " + read.get(i))
                        .prependPath(read, i);
            }
        }
        return new ArrayList<>(read);
    }
}
