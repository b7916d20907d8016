package se.klinedu.core.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import se.klinedu.core.Comparison;
import se.klinedu.core.InvalidInputException;
import se.klinedu.core.Language;
import se.klinedu.core.Threshold;
import se.klinedu.core.organisation.OrganisationLevel;
import se.klinedu.core.organisation.OrganisationTree;
import se.klinedu.core.testkit.JsonEnumRule;

/** Every public enum of core is written as a lower-case code with hyphens ({@link JsonEnum}). */
class JsonEnumTest {

    private static final KlineduJson JSON = KlineduJson.standard();

    @TestFactory
    Stream<DynamicTest> every_public_enum_of_core_follows_the_rule() {
        // 11 public enums in core when this test was written
        return JsonEnumRule.tests("se.klinedu.core", 11);
    }

    @Test
    void the_code_is_the_name_in_lower_case_with_hyphens() {
        assertEquals("clinic-or-health-centre", OrganisationLevel.CLINIC_OR_HEALTH_CENTRE.code());
        assertEquals("more-than", Comparison.MORE_THAN.code());
        assertEquals("{\"comparison\":\"at-least\",\"percent\":90}", JSON.write(Threshold.of(Comparison.AT_LEAST, java.math.BigDecimal.valueOf(90))));
    }

    @Test
    void a_language_keeps_its_bcp_47_tag() {
        assertEquals("\"nb\"", JSON.write(Language.NORWEGIAN_BOKMAL));
        assertEquals(Language.SWEDISH, JSON.read("\"sv\"", Language.class));
    }

    @Test
    void a_lookup_names_the_allowed_codes_in_their_order() {
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> JsonEnum.of(OrganisationLevel.class, "level", "CLINIC_OR_HEALTH_CENTRE"));

        assertEquals("level: must be higher-education-institution, hospital-or-region, clinic-or-health-centre or work-team,"
                + " was CLINIC_OR_HEALTH_CENTRE", e.getMessage());
        assertEquals(Comparison.AT_LEAST, JsonEnum.of(Comparison.class, "comparison", "at-least"));
    }

    @Test
    void an_unknown_code_in_a_document_is_rejected_at_its_path_with_the_allowed_codes() {
        String tree = "{\"units\":[{\"id\":\"region\",\"name\":\"Region\",\"level\":\"hospital-or-region\"},"
                + "{\"id\":\"team\",\"name\":\"Team\",\"level\":\"Work-Team\",\"parent\":\"region\"}]}";

        InvalidInputException e = assertThrows(InvalidInputException.class, () -> JSON.read(tree, OrganisationTree.class));

        assertEquals("$.units[1].level: must be higher-education-institution, hospital-or-region, clinic-or-health-centre"
                + " or work-team, was Work-Team", e.getMessage());
    }

    @Test
    void the_old_operator_of_a_threshold_is_no_longer_read() {
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> JSON.read("{\"comparison\":\">\",\"percent\":90}", Threshold.class));

        assertEquals("$.comparison: must be more-than or at-least, was >", e.getMessage());
    }
}
