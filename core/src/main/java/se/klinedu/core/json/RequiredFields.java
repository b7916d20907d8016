package se.klinedu.core.json;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import se.klinedu.core.InvalidInputException;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.BeanDescription;
import tools.jackson.databind.DeserializationConfig;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.deser.BeanDeserializerBuilder;
import tools.jackson.databind.deser.SettableBeanProperty;
import tools.jackson.databind.deser.ValueDeserializerModifier;
import tools.jackson.databind.deser.bean.BeanDeserializerBase;
import tools.jackson.databind.deser.std.DelegatingDeserializer;
import tools.jackson.databind.exc.ValueInstantiationException;

/**
 * Rejects an object that leaves out a field its type marks {@code @JsonProperty(required = true)}, for the values
 * read through their builders. Jackson checks {@code required} only for creator parameters, and a builder cannot
 * tell an array left out from an empty one, so each required property notes that it was read, and the object's
 * reader checks the notes when the object ends. The notes live in the reading's own context, a stack with one
 * entry per object being read.
 */
final class RequiredFields extends ValueDeserializerModifier {

    private static final long serialVersionUID = 1L;

    /** The key of the stack of fields read, in the context of one reading. */
    private static final Object READ = RequiredFields.class;

    @Override
    public BeanDeserializerBuilder updateBuilder(DeserializationConfig config, BeanDescription.Supplier description,
            BeanDeserializerBuilder builder) {
        List<SettableBeanProperty> required = new ArrayList<>();
        builder.getProperties().forEachRemaining(property -> {
            if (property.isRequired() && !property.isCreatorProperty()) {
                required.add(property);
            }
        });
        required.forEach(property -> builder.addOrReplaceProperty(new Noted(property), true));
        return builder;
    }

    @Override
    public ValueDeserializer<?> modifyDeserializer(DeserializationConfig config, BeanDescription.Supplier description,
            ValueDeserializer<?> deserializer) {
        if (deserializer instanceof BeanDeserializerBase bean) {
            List<String> required = new ArrayList<>();
            bean.properties().forEachRemaining(property -> {
                if (property instanceof Noted) {
                    required.add(property.getName());
                }
            });
            if (!required.isEmpty()) {
                return new Checked(deserializer, List.copyOf(required));
            }
        }
        return deserializer;
    }

    @SuppressWarnings("unchecked")
    private static Deque<Set<String>> read(DeserializationContext context) {
        Deque<Set<String>> stack = (Deque<Set<String>>) context.getAttribute(READ);
        if (stack == null) {
            stack = new ArrayDeque<>();
            context.setAttribute(READ, stack);
        }
        return stack;
    }

    /** A required property that notes, in the object's entry of the stack, that it was read. */
    private static final class Noted extends SettableBeanProperty.Delegating {

        private static final long serialVersionUID = 1L;

        Noted(SettableBeanProperty delegate) {
            super(delegate);
        }

        @Override
        protected SettableBeanProperty withDelegate(SettableBeanProperty delegate) {
            return new Noted(delegate);
        }

        @Override
        public void deserializeAndSet(JsonParser parser, DeserializationContext context, Object instance) {
            delegate.deserializeAndSet(parser, context, instance);
            note(context);
        }

        @Override
        public Object deserializeSetAndReturn(JsonParser parser, DeserializationContext context, Object instance) {
            Object result = delegate.deserializeSetAndReturn(parser, context, instance);
            note(context);
            return result;
        }

        private void note(DeserializationContext context) {
            Set<String> fields = read(context).peek();
            if (fields != null) {
                fields.add(getName());
            }
        }
    }

    /** The reader of an object with required fields: it opens the object's entry and checks it at the end. */
    private static final class Checked extends DelegatingDeserializer {

        private final List<String> required;

        Checked(ValueDeserializer<?> delegate, List<String> required) {
            super(delegate);
            this.required = required;
        }

        @Override
        protected ValueDeserializer<?> newDelegatingInstance(ValueDeserializer<?> delegate) {
            return new Checked(delegate, required);
        }

        @Override
        public Object deserialize(JsonParser parser, DeserializationContext context) {
            Deque<Set<String>> stack = read(context);
            stack.push(new HashSet<>());
            Object value;
            Set<String> fields;
            try {
                value = super.deserialize(parser, context);
            } finally {
                fields = stack.pop();
            }
            for (String name : required) {
                if (!fields.contains(name)) {
                    // as a builder reports a missing attribute: the codec places it under the object's path
                    InvalidInputException missing = InvalidInputException.of(name, "is required");
                    throw ValueInstantiationException.from(parser, missing.getMessage(),
                            context.constructType(handledType()), missing);
                }
            }
            return value;
        }
    }
}
