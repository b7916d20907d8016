package se.klinedu.indicators.fhir;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import se.klinedu.core.Identifier;
import se.klinedu.core.InvalidInputException;
import se.klinedu.core.organisation.OrganisationUnitId;
import se.klinedu.indicators.target.IndicatorId;

/** Every id type has a FHIR id kind, the README lists them, and the kinds' codes and UUID names are distinct. */
class IdKindTest {

    /** An id type of another module, which the table cannot name. */
    private static final class ForeignId extends Identifier {

        private final String value;

        ForeignId(String value) {
            this.value = value;
        }

        @Override
        public String value() {
            return value;
        }
    }

    @Test
    void every_id_type_of_core_and_indicators_has_a_kind() {
        Set<String> idTypes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("se.klinedu.core", "se.klinedu.indicators").stream()
                .filter(type -> type.getRawSuperclass().map(JavaClass::getName).filter(Identifier.class.getName()::equals).isPresent())
                .map(JavaClass::getName)
                .collect(Collectors.toCollection(TreeSet::new));
        Set<String> withKind = Arrays.stream(IdKind.values()).map(kind -> kind.type().getName())
                .collect(Collectors.toCollection(TreeSet::new));

        assertTrue(idTypes.containsAll(List.of(IndicatorId.class.getName(), OrganisationUnitId.class.getName())), idTypes::toString);
        // a new id type fails here until IdKind and the README's "FHIR ids" give it a kind
        assertEquals(idTypes, withKind);
    }

    @Test
    void codes_and_uuid_names_are_distinct_and_codes_are_lower_case_words() {
        List<IdKind> kinds = List.of(IdKind.values());

        assertAll(
                () -> assertEquals(kinds.size(), kinds.stream().map(IdKind::code).distinct().count()),
                () -> assertEquals(kinds.size(), kinds.stream().map(IdKind::uuidName).distinct().count()),
                () -> assertTrue(kinds.stream().allMatch(kind -> kind.code().matches("[a-z]+(-[a-z]+)*")), kinds::toString),
                () -> assertTrue(kinds.stream().allMatch(kind -> kind.uuidName().matches("[A-Za-z]+")), kinds::toString));
    }

    @Test
    void the_readme_lists_every_kind_with_its_code_type_and_uuid_name() throws IOException {
        Pattern row = Pattern.compile("\\| `([a-z-]+)` \\| `([A-Za-z]+)`[^|]* \\| `([A-Za-z]+)` \\|");
        List<String> documented = Files.readAllLines(Path.of("README.md"), StandardCharsets.UTF_8).stream()
                .map(row::matcher).filter(Matcher::matches)
                .map(match -> match.group(1) + " " + match.group(2) + " " + match.group(3)).toList();

        assertEquals(Arrays.stream(IdKind.values()).map(kind -> kind.code() + " " + kind.type().getSimpleName() + " " + kind.uuidName())
                .toList(), documented);
    }

    @Test
    void an_id_is_of_its_types_kind() {
        assertAll(
                () -> assertEquals(IdKind.INDICATOR, IdKind.of(IndicatorId.of("1.1.1")).orElseThrow()),
                () -> assertEquals(IdKind.ORGANISATION_UNIT, IdKind.of(OrganisationUnitId.of("clinic-7")).orElseThrow()),
                () -> assertTrue(IdKind.of(new ForeignId("x")).isEmpty()));
    }

    @Test
    void an_id_of_another_type_keeps_a_valid_fhir_id_and_gets_no_uuid() {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> FhirResources.resourceId(new ForeignId("a_b")));

        assertAll(
                () -> assertEquals("A-01", FhirResources.resourceId(new ForeignId("A-01"))),
                () -> assertEquals("id", e.path()),
                () -> assertTrue(e.getMessage().contains(ForeignId.class.getName()), e.getMessage()));
    }
}
