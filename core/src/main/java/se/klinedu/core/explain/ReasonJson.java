package se.klinedu.core.explain;

import java.util.ArrayList;
import java.util.List;
import se.klinedu.core.InvalidInputException;
import se.klinedu.core.Language;
import se.klinedu.core.LocalizedText;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DatabindException;
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
     * text, and the text (which is the writer's rendering) is read and not kept. A problem is reported at the
     * path of the field it is in, such as {@code $.reasons[0].args.staff}.
     */
    static final class Reader extends StdDeserializer<Reason> {

        Reader() {
            super(Reason.class);
        }

        @Override
        public Reason deserialize(JsonParser parser, DeserializationContext context) {
            if (!parser.isExpectedStartObjectToken()) {
                throw fail(parser, "a reason is an object of code, args and text");
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
                            throw fail(parser, "must be a string", "code");
                        }
                        code = ReasonRegistry.code(parser.getString());
                        if (code == null) {
                            throw fail(parser, "is no reason code, was " + parser.getString(), "code");
                        }
                    }
                    case "args" -> {
                        if (value != JsonToken.START_OBJECT) {
                            throw fail(parser, "must be an object", "args");
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
                            throw fail(parser, "must be a string", "text");
                        }
                        text = true;
                    }
                    default -> throw fail(parser, "unknown field", name);
                }
            }
            if (code == null) {
                throw fail(parser, "is required", "code");
            }
            if (args == null) {
                throw fail(parser, "is required", "args");
            }
            if (!text) {
                throw fail(parser, "is required", "text");
            }
            if (!argNames.equals(code.parameters())) {
                throw fail(parser, "must be " + code.parameters() + " for " + code.code() + ", were " + argNames,
                        "args");
            }
            Reason reason = Reason.ofCanonical(code, args);
            try {
                for (Language language : Language.values()) {
                    Renderer.of(language).render(reason);
                }
            } catch (InvalidInputException e) {
                throw fail(parser, e.reason(), e.path().split("\\."));
            }
            return reason;
        }

        private static Object readArg(JsonParser parser, JsonToken token, String name, DeserializationContext context) {
            return switch (token) {
                case START_OBJECT -> {
                    try {
                        yield context.readValue(parser, LocalizedText.class);
                    } catch (DatabindException e) {
                        throw fail(parser, "an object is a document's text (language, original, english): "
                                + e.getOriginalMessage(), "args", name);
                    }
                }
                case VALUE_NUMBER_INT -> parser.getLongValue();
                case VALUE_NUMBER_FLOAT -> parser.getDoubleValue();
                case VALUE_STRING -> parser.getString();
                case VALUE_TRUE -> Boolean.TRUE;
                case VALUE_FALSE -> Boolean.FALSE;
                case START_ARRAY -> {
                    List<String> strings = new ArrayList<>();
                    for (JsonToken element = parser.nextToken(); element != JsonToken.END_ARRAY; element = parser.nextToken()) {
                        if (element != JsonToken.VALUE_STRING) {
                            throw fail(parser, "a list holds strings only", "args", name);
                        }
                        strings.add(parser.getString());
                    }
                    yield List.copyOf(strings);
                }
                default -> throw fail(parser, "must be a number, string, truth value, list of strings or document text", "args", name);
            };
        }

        /**
         * Makes the exception of a problem in a reason.
         *
         * @param parser the parser, at the problem
         * @param message the problem
         * @param fields the path from the reason to the field the problem is in, such as {@code args}, {@code staff}
         * @return the exception, whose path the enclosing values complete
         */
        private static MismatchedInputException fail(JsonParser parser, String message, String... fields) {
            MismatchedInputException e = MismatchedInputException.from(parser, Reason.class, message);
            for (int i = fields.length - 1; i >= 0; i--) {
                e.prependPath(Reason.class, fields[i]);
            }
            return e;
        }
    }
}
