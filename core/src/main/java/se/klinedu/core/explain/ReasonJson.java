package se.klinedu.core.explain;

import java.util.ArrayList;
import java.util.List;
import se.klinedu.core.InvalidInputException;
import se.klinedu.core.Language;
import se.klinedu.core.LocalizedText;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.deser.std.StdDeserializer;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.ser.std.StdSerializer;

/** A {@link Reason} as JSON: {@code {"code": …, "args": {…}, "text": …}}. */
final class ReasonJson {

    /** The key of the context attribute that holds the {@link Renderer} a document's texts are written with. */
    static final Class<Renderer> RENDERER = Renderer.class;

    private ReasonJson() {
    }

    /** Writes a reason, its text in the renderer set on the writer (Swedish when none is). */
    static final class Writer extends StdSerializer<Reason> {

        Writer() {
            super(Reason.class);
        }

        @Override
        public void serialize(Reason reason, JsonGenerator json, SerializationContext context) {
            Renderer renderer = (Renderer) context.getAttribute(RENDERER);
            if (renderer == null) {
                renderer = Renderer.of(Language.SWEDISH);
            }
            json.writeStartObject();
            json.writeStringProperty("code", reason.code().code());
            json.writeName("args");
            json.writeStartObject();
            List<String> parameters = reason.code().parameters();
            for (int i = 0; i < parameters.size(); i++) {
                json.writeName(parameters.get(i));
                writeArg(reason.arg(i), json, context);
            }
            json.writeEndObject();
            json.writeStringProperty("text", renderer.render(reason));
            json.writeEndObject();
        }

        private static void writeArg(Object arg, JsonGenerator json, SerializationContext context) {
            if (arg instanceof LocalizedText value) {
                context.writeValue(json, value);
            } else if (arg instanceof Long value) {
                json.writeNumber(value);
            } else if (arg instanceof Double value) {
                json.writeNumber(value);
            } else if (arg instanceof Boolean value) {
                json.writeBoolean(value);
            } else if (arg instanceof List<?> values) {
                json.writeStartArray();
                for (Object value : values) {
                    json.writeString((String) value);
                }
                json.writeEndArray();
            } else {
                json.writeString((String) arg);
            }
        }
    }

    /**
     * Reads a reason: the code must be known, the arguments must be exactly the code's parameters and fit its
     * text, and the text (which is the writer's rendering) is read and not kept.
     */
    static final class Reader extends StdDeserializer<Reason> {

        Reader() {
            super(Reason.class);
        }

        @Override
        public Reason deserialize(JsonParser parser, DeserializationContext context) {
            if (!parser.isExpectedStartObjectToken()) {
                throw MismatchedInputException.from(parser, Reason.class, "a reason is an object of code, args and text");
            }
            ReasonCode code = null;
            Object[] args = null;
            List<String> argNames = null;
            boolean text = false;
            for (String name = parser.nextName(); name != null; name = parser.nextName()) {
                JsonToken value = parser.nextToken();
                switch (name) {
                    case "code" -> {
                        if (value != JsonToken.VALUE_STRING) {
                            throw fail(parser, "code: must be a string");
                        }
                        code = ReasonRegistry.code(parser.getString());
                        if (code == null) {
                            throw fail(parser, "code: unknown reason code, was " + parser.getString());
                        }
                    }
                    case "args" -> {
                        if (value != JsonToken.START_OBJECT) {
                            throw fail(parser, "args: must be an object");
                        }
                        argNames = new ArrayList<>();
                        List<Object> values = new ArrayList<>();
                        for (String arg = parser.nextName(); arg != null; arg = parser.nextName()) {
                            argNames.add(arg);
                            values.add(readArg(parser, parser.nextToken(), arg, context));
                        }
                        args = values.toArray();
                    }
                    case "text" -> {
                        if (value != JsonToken.VALUE_STRING) {
                            throw fail(parser, "text: must be a string");
                        }
                        text = true;
                    }
                    default -> throw fail(parser, name + ": unknown field of a reason");
                }
            }
            if (code == null || args == null || !text) {
                throw fail(parser, "a reason needs its code, args and text");
            }
            if (!argNames.equals(code.parameters())) {
                throw fail(parser, "args: must be " + code.parameters() + " for " + code.code() + ", were " + argNames);
            }
            Reason reason = Reason.ofCanonical(code, args);
            try {
                for (Language language : Language.values()) {
                    Renderer.of(language).render(reason);
                }
            } catch (InvalidInputException e) {
                throw fail(parser, "args: " + e.getMessage());
            }
            return reason;
        }

        private static Object readArg(JsonParser parser, JsonToken token, String name, DeserializationContext context) {
            return switch (token) {
                case START_OBJECT -> context.readValue(parser, LocalizedText.class);
                case VALUE_NUMBER_INT -> parser.getLongValue();
                case VALUE_NUMBER_FLOAT -> parser.getDoubleValue();
                case VALUE_STRING -> parser.getString();
                case VALUE_TRUE -> Boolean.TRUE;
                case VALUE_FALSE -> Boolean.FALSE;
                case START_ARRAY -> {
                    List<String> strings = new ArrayList<>();
                    for (JsonToken element = parser.nextToken(); element != JsonToken.END_ARRAY; element = parser.nextToken()) {
                        if (element != JsonToken.VALUE_STRING) {
                            throw fail(parser, "args." + name + ": a list holds strings only");
                        }
                        strings.add(parser.getString());
                    }
                    yield List.copyOf(strings);
                }
                default -> throw fail(parser, "args." + name + ": must be a number, string, truth value, list of strings or document text");
            };
        }

        private static MismatchedInputException fail(JsonParser parser, String message) {
            return MismatchedInputException.from(parser, Reason.class, message);
        }
    }
}
