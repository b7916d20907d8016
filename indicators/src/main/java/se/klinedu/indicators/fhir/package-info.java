/**
 * The indicators and their results as HL7 FHIR R4 JSON, written with Jackson alone: an indicator as a
 * {@code Measure}, its target for a unit as a {@code Goal}, a result as a {@code MeasureReport} (a
 * suppressed one carries no number), the units as {@code Organization}s, and all of them as a collection
 * {@code Bundle}.
 *
 * <p>The entry point is {@link se.klinedu.indicators.fhir.FhirResources}; canonical URLs sit under a
 * {@link se.klinedu.indicators.fhir.CanonicalBase} the caller passes in. The field-by-field mapping, and
 * what is not mapped, is in the module's README.
 *
 * <p>Each function returns a new JSON tree and keeps no state; a {@code null} argument throws {@link
 * java.lang.NullPointerException} naming the parameter, and a bad base URL throws {@link
 * se.klinedu.core.InvalidInputException} ({@code path: reason}).
 */
package se.klinedu.indicators.fhir;
