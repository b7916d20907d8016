package se.klinedu.indicators.fhir;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.parser.IParser;
import ca.uhn.fhir.parser.StrictErrorHandler;
import org.hl7.fhir.instance.model.api.IBaseResource;

/**
 * HAPI FHIR's strict R4 JSON parser (an unknown or misplaced element, or a bad enumeration code, is an error), for
 * the fast FHIR tests; the validator against the base R4 profiles is in {@link FhirHapiValidationTest}.
 */
final class R4Parser {

    private static final FhirContext CONTEXT = FhirContext.forR4();
    private static final IParser PARSER = strict();

    private R4Parser() {
    }

    private static IParser strict() {
        CONTEXT.setParserErrorHandler(new StrictErrorHandler());
        return CONTEXT.newJsonParser();
    }

    /** {@return the HAPI FHIR context, R4, whose parser is strict} */
    static FhirContext context() {
        return CONTEXT;
    }

    /**
     * Parses JSON strictly.
     *
     * @param json the resource
     * @param type the class of the resource
     * @param <T> the type of the resource
     * @return the resource
     */
    static <T extends IBaseResource> T parse(String json, Class<T> type) {
        return PARSER.parseResource(type, json);
    }

    /**
     * Parses JSON strictly, whatever its resource type.
     *
     * @param json the resource
     * @return the resource
     */
    static IBaseResource parse(String json) {
        return PARSER.parseResource(json);
    }
}
