package se.klinedu.indicators.fhir;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.context.support.DefaultProfileValidationSupport;
import ca.uhn.fhir.parser.IParser;
import ca.uhn.fhir.parser.StrictErrorHandler;
import ca.uhn.fhir.validation.FhirValidator;
import ca.uhn.fhir.validation.ResultSeverityEnum;
import ca.uhn.fhir.validation.SingleValidationMessage;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.fhirpath.ExpressionNode;
import org.hl7.fhir.r4.fhirpath.FHIRPathEngine;
import org.hl7.fhir.r4.hapi.ctx.HapiWorkerContext;
import org.hl7.fhir.r4.model.BackboneElement;
import org.hl7.fhir.r4.model.Base;
import org.hl7.fhir.r4.model.CodeSystem;
import org.hl7.fhir.r4.model.CodeSystem.ConceptDefinitionComponent;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.ElementDefinition;
import org.hl7.fhir.r4.model.ElementDefinition.ElementDefinitionConstraintComponent;
import org.hl7.fhir.r4.model.ElementDefinition.ConstraintSeverity;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.Property;
import org.hl7.fhir.r4.model.Resource;
import org.hl7.fhir.r4.model.StructureDefinition;
import org.hl7.fhir.r4.model.Type;

/**
 * Checks FHIR R4 JSON against the base R4 definitions with HAPI FHIR, in the tests only.
 *
 * <p>HAPI's full instance validator ({@code hapi-fhir-validation}) is not served on this project's machines,
 * so the check is made of what {@code hapi-fhir-structures-r4}, {@code hapi-fhir-base} and
 * {@code hapi-fhir-validation-resources-r4} hold:
 *
 * <ol>
 *   <li>HAPI's strict JSON parser reads the resource (an unknown or misplaced element is an error);
 *   <li>HAPI's {@link FhirValidator} checks it against the R4 XML schemas (structure, cardinality, the
 *       codes of required bindings, the formats of ids, dates, decimals and uris, the narrative's XHTML);
 *   <li>every invariant of the base R4 StructureDefinitions (the resource's, its backbone elements' and its
 *       data types', {@code ele-1} to {@code gol-1}) is evaluated with HAPI's FHIRPath engine at every node
 *       it applies to: a false error-level invariant is an error, a false warning-level one a warning;
 *   <li>every coding of an HL7 code system names a code of that system, with its display, and every HL7
 *       extension is defined, used in one of its contexts, with a value of an allowed type and (for a
 *       complex one) only the sub-extensions its definition slices.
 * </ol>
 *
 * <p>Building it reads the R4 definitions (a few seconds): {@link #shared()} builds it once per test run.
 */
final class R4Conformance {

    private static R4Conformance shared;

    private final FhirContext context = FhirContext.forR4();
    private final IParser parser;
    private final FhirValidator schemas;
    private final DefaultProfileValidationSupport definitions;
    private final FHIRPathEngine fhirPath;
    private final Map<String, List<ElementDefinitionConstraintComponent>> constraintsByPath = new HashMap<>();
    private final Map<String, Optional<ExpressionNode>> parsed = new HashMap<>();

    private R4Conformance() {
        context.setParserErrorHandler(new StrictErrorHandler());
        parser = context.newJsonParser();
        schemas = context.newValidator().setValidateAgainstStandardSchema(true).setValidateAgainstStandardSchematron(false);
        definitions = new DefaultProfileValidationSupport(context);
        fhirPath = new FHIRPathEngine(new HapiWorkerContext(context, definitions));
        for (IBaseResource resource : definitions.<IBaseResource>fetchAllStructureDefinitions()) {
            StructureDefinition definition = (StructureDefinition) resource;
            if (definition.getDerivation() == StructureDefinition.TypeDerivationRule.CONSTRAINT) {
                continue;
            }
            for (ElementDefinition element : definition.getSnapshot().getElement()) {
                constraintsByPath.computeIfAbsent(element.getPath(), path -> new ArrayList<>()).addAll(element.getConstraint());
            }
        }
    }

    /** {@return the one instance of the test run} */
    static synchronized R4Conformance shared() {
        if (shared == null) {
            shared = new R4Conformance();
        }
        return shared;
    }

    /** {@return the HAPI FHIR context, R4} */
    FhirContext context() {
        return context;
    }

    /**
     * Parses JSON strictly.
     *
     * @param json the resource
     * @param type the class of the resource
     * @return the resource
     */
    <T extends IBaseResource> T parse(String json, Class<T> type) {
        return parser.parseResource(type, json);
    }

    /**
     * Checks a resource.
     *
     * @param json the resource as JSON
     * @return the findings
     */
    Findings check(String json) {
        Resource resource = (Resource) parser.parseResource(json);
        Findings findings = new Findings();
        for (SingleValidationMessage message : schemas.validateWithResult(resource).getMessages()) {
            String text = "schema: " + message.getLocationString() + ": " + message.getMessage();
            if (message.getSeverity() == ResultSeverityEnum.ERROR || message.getSeverity() == ResultSeverityEnum.FATAL) {
                findings.errors.add(text);
            } else {
                findings.warnings.add(text);
            }
        }
        walk(resource, resource, resource, null, resource.fhirType(), resource.fhirType(), findings);
        return findings;
    }

    private void walk(Resource root, Resource focus, Base node, Base parent, String path, String location, Findings findings) {
        Set<String> applied = new LinkedHashSet<>();
        List<ElementDefinitionConstraintComponent> constraints = new ArrayList<>(constraintsByPath.getOrDefault(path, List.of()));
        boolean isType = node instanceof Type && !(node instanceof BackboneElement);
        if (isType || node instanceof Resource) {
            constraints.addAll(constraintsByPath.getOrDefault(node.fhirType(), List.of()));
        }
        for (ElementDefinitionConstraintComponent constraint : constraints) {
            if (applied.add(constraint.getKey() + " " + constraint.getExpression())) {
                evaluate(root, focus, node, location, constraint, findings);
            }
        }
        if (node instanceof Coding coding) {
            checkCoding(coding, location, findings);
        }
        if (node instanceof Extension extension) {
            checkExtension(extension, parent, location, findings);
        }
        String childBase = isType ? node.fhirType() : path;
        for (Property property : node.children()) {
            List<Base> values = property.getValues();
            for (int i = 0; i < values.size(); i++) {
                Base child = values.get(i);
                if (child == null || child.isEmpty()) {
                    // HAPI lists absent elements (a Bundle's id) as empty values: nothing is there to check
                    continue;
                }
                String where = location + "." + property.getName() + (values.size() > 1 ? "[" + i + "]" : "");
                if (child instanceof Resource resource) {
                    walk(root, resource, resource, node, resource.fhirType(), where, findings);
                } else {
                    walk(root, focus, child, node, childBase + "." + property.getName(), where, findings);
                }
            }
        }
    }

    private void evaluate(Resource root, Resource focus, Base node, String location, ElementDefinitionConstraintComponent constraint,
            Findings findings) {
        String key = constraint.getKey();
        Optional<ExpressionNode> expression = parsed.computeIfAbsent(constraint.getExpression(), text -> {
            try {
                return Optional.of(fhirPath.parse(text));
            } catch (RuntimeException e) {
                return Optional.empty();
            }
        });
        if (expression.isEmpty()) {
            findings.notEvaluated.add(key);
            return;
        }
        boolean holds;
        try {
            holds = fhirPath.evaluateToBoolean(focus, root, node, expression.get());
        } catch (RuntimeException e) {
            if (!key.equals("ele-1")) {
                findings.notEvaluated.add(key + " at " + node.fhirType() + ": " + e.getMessage());
                return;
            }
            // the engine's hasValue() fails on a Quantity without a system (a score that is only a
            // data-absent-reason); ele-1 itself is simple: a value, or some child other than the id
            holds = node.isPrimitive() && node.primitiveValue() != null || node.children().stream()
                    .filter(property -> !property.getName().equals("id"))
                    .anyMatch(property -> property.getValues().stream().anyMatch(value -> value != null && !value.isEmpty()));
        }
        if (!holds) {
            String text = key + " at " + location + ": " + constraint.getHuman();
            if (constraint.getSeverity() == ConstraintSeverity.ERROR) {
                findings.errors.add(text);
            } else {
                findings.warnings.add(text);
            }
        }
    }

    private void checkCoding(Coding coding, String location, Findings findings) {
        String system = coding.getSystem();
        if (system == null || !(system.startsWith("http://terminology.hl7.org/") || system.startsWith("http://hl7.org/fhir/"))) {
            return;
        }
        CodeSystem codeSystem = (CodeSystem) definitions.fetchCodeSystem(system);
        if (codeSystem == null) {
            findings.errors.add("coding at " + location + ": unknown HL7 code system " + system);
            return;
        }
        Optional<ConceptDefinitionComponent> concept = find(codeSystem.getConcept(), coding.getCode());
        if (concept.isEmpty()) {
            findings.errors.add("coding at " + location + ": " + coding.getCode() + " is no code of " + system);
        } else if (coding.hasDisplay() && !coding.getDisplay().equals(concept.get().getDisplay())) {
            findings.errors.add("coding at " + location + ": display " + coding.getDisplay() + " is not "
                    + concept.get().getDisplay());
        }
    }

    private static Optional<ConceptDefinitionComponent> find(List<ConceptDefinitionComponent> concepts, String code) {
        for (ConceptDefinitionComponent concept : concepts) {
            if (concept.getCode().equals(code)) {
                return Optional.of(concept);
            }
            Optional<ConceptDefinitionComponent> nested = find(concept.getConcept(), code);
            if (nested.isPresent()) {
                return nested;
            }
        }
        return Optional.empty();
    }

    private void checkExtension(Extension extension, Base parent, String location, Findings findings) {
        String url = extension.getUrl();
        if (url == null || !url.startsWith("http://hl7.org/fhir/StructureDefinition/")) {
            return;
        }
        StructureDefinition definition = (StructureDefinition) definitions.fetchStructureDefinition(url);
        if (definition == null) {
            findings.errors.add("extension at " + location + ": " + url + " is not defined in R4");
            return;
        }
        Set<String> contexts = new TreeSet<>();
        definition.getContext().forEach(context -> contexts.add(context.getExpression()));
        if (!contexts.contains("Element") && !contexts.contains(parent.fhirType())) {
            findings.errors.add("extension at " + location + ": " + url + " is not allowed on " + parent.fhirType()
                    + ", only on " + contexts);
        }
        if (extension.hasValue()) {
            checkValueType(definition, "Extension.value[x]", extension, location, findings);
        }
        for (Extension part : extension.getExtension()) {
            String slice = "Extension.extension:" + part.getUrl();
            boolean sliced = definition.getSnapshot().getElement().stream()
                    .anyMatch(element -> element.getId().equals(slice));
            if (!sliced) {
                findings.errors.add("extension at " + location + ": " + url + " has no part " + part.getUrl());
            } else {
                checkValueType(definition, slice + ".value[x]", part, location + "." + part.getUrl(), findings);
            }
        }
    }

    private static void checkValueType(StructureDefinition definition, String id, Extension extension, String location,
            Findings findings) {
        Set<String> allowed = new TreeSet<>();
        definition.getSnapshot().getElement().stream().filter(element -> element.getId().equals(id))
                .forEach(element -> element.getType().forEach(type -> allowed.add(type.getCode())));
        String actual = extension.getValue().fhirType();
        if (!allowed.contains(actual)) {
            findings.errors.add("extension at " + location + ": value of type " + actual + ", allowed " + allowed);
        }
    }

    /** What a check found: errors, warnings, and the invariants the FHIRPath engine could not evaluate. */
    static final class Findings {

        final List<String> errors = new ArrayList<>();
        final List<String> warnings = new ArrayList<>();
        final Set<String> notEvaluated = new TreeSet<>();

        @Override
        public String toString() {
            return "errors " + errors + ", warnings " + warnings + ", not evaluated " + notEvaluated;
        }
    }
}
