package se.klinedu.core.organisation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static se.klinedu.core.organisation.OrganisationLevel.CLINIC_OR_HEALTH_CENTRE;
import static se.klinedu.core.organisation.OrganisationLevel.HOSPITAL_OR_REGION;
import static se.klinedu.core.organisation.OrganisationLevel.WORK_TEAM;

import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import se.klinedu.core.InvalidInputException;

class OrganisationTreeTest {

    private static final OrganisationUnitId REGION = OrganisationUnitId.of("region");
    private static final OrganisationUnitId SURGERY = OrganisationUnitId.of("surgery");
    private static final OrganisationUnitId WARD = OrganisationUnitId.of("ward-7");
    private static final OrganisationUnitId HEALTH_CENTRE = OrganisationUnitId.of("vc-north");

    private static OrganisationUnit region() {
        return OrganisationUnit.root(REGION, "Region Örebro län", HOSPITAL_OR_REGION);
    }

    private static OrganisationTree sample() {
        return OrganisationTree.of(List.of(
                OrganisationUnit.child(WARD, "Avdelning 7", WORK_TEAM, SURGERY),
                region(),
                OrganisationUnit.child(SURGERY, "Kirurgiska kliniken", CLINIC_OR_HEALTH_CENTRE, REGION),
                OrganisationUnit.child(HEALTH_CENTRE, "Vårdcentralen Norr", CLINIC_OR_HEALTH_CENTRE, REGION)));
    }

    @Nested
    class Navigation {

        @Test
        void finds_the_root_whatever_the_order() {
            assertEquals(REGION, sample().root().id());
        }

        @Test
        void lists_children_in_the_order_given() {
            assertEquals(List.of(SURGERY, HEALTH_CENTRE),
                    sample().children(REGION).stream().map(OrganisationUnit::id).toList());
            assertTrue(sample().children(WARD).isEmpty());
        }

        @Test
        void walks_from_the_root_to_a_unit() {
            assertEquals(List.of(REGION, SURGERY, WARD),
                    sample().pathFromRoot(WARD).stream().map(OrganisationUnit::id).toList());
        }

        @Test
        void collects_a_subtree() {
            assertEquals(List.of(SURGERY, WARD), sample().subtree(SURGERY).stream().map(OrganisationUnit::id).toList());
            assertEquals(4, sample().subtree(REGION).size());
        }

        @Test
        void an_unknown_unit_is_an_error_and_finding_it_is_empty() {
            OrganisationUnitId unknown = OrganisationUnitId.of("nowhere");

            assertThrows(InvalidInputException.class, () -> sample().get(unknown));
            assertTrue(sample().find(unknown).isEmpty());
        }
    }

    @Nested
    class Validation {

        @Test
        void rejects_a_unit_that_is_its_own_parent() {
            InvalidInputException e = assertThrows(InvalidInputException.class, () -> OrganisationTree.of(List.of(
                    region(), OrganisationUnit.child(REGION, "Again", WORK_TEAM, REGION))));

            assertEquals("parent", e.path());
        }

        @Test
        void rejects_a_duplicate_id_naming_its_index() {
            InvalidInputException e = assertThrows(InvalidInputException.class, () -> OrganisationTree.of(List.of(
                    region(),
                    OrganisationUnit.child(SURGERY, "A", CLINIC_OR_HEALTH_CENTRE, REGION),
                    OrganisationUnit.child(SURGERY, "B", CLINIC_OR_HEALTH_CENTRE, REGION))));

            assertEquals("units[2].id", e.path());
        }

        @Test
        void rejects_two_roots() {
            InvalidInputException e = assertThrows(InvalidInputException.class, () -> OrganisationTree.of(List.of(
                    region(), OrganisationUnit.root(SURGERY, "Kirurgen", CLINIC_OR_HEALTH_CENTRE))));

            assertEquals("units", e.path());
            assertTrue(e.reason().contains("exactly one root, had 2"), e.reason());
        }

        @Test
        void rejects_no_root() {
            InvalidInputException e = assertThrows(InvalidInputException.class, () -> OrganisationTree.of(List.of(
                    OrganisationUnit.child(SURGERY, "A", CLINIC_OR_HEALTH_CENTRE, WARD),
                    OrganisationUnit.child(WARD, "B", WORK_TEAM, SURGERY))));

            assertTrue(e.reason().contains("had 0"), e.reason());
        }

        @Test
        void rejects_an_unknown_parent() {
            InvalidInputException e = assertThrows(InvalidInputException.class, () -> OrganisationTree.of(List.of(
                    region(), OrganisationUnit.child(WARD, "Avdelning 7", WORK_TEAM, SURGERY))));

            assertEquals("units[1].parent", e.path());
        }

        @Test
        void rejects_a_cycle_beside_the_root() {
            InvalidInputException e = assertThrows(InvalidInputException.class, () -> OrganisationTree.of(List.of(
                    region(),
                    OrganisationUnit.child(SURGERY, "A", CLINIC_OR_HEALTH_CENTRE, WARD),
                    OrganisationUnit.child(WARD, "B", WORK_TEAM, SURGERY))));

            assertEquals("units[1].parent", e.path());
            assertTrue(e.reason().contains("cycle"), e.reason());
        }

        @Test
        void rejects_a_child_above_its_parent() {
            InvalidInputException e = assertThrows(InvalidInputException.class, () -> OrganisationTree.of(List.of(
                    region(),
                    OrganisationUnit.child(SURGERY, "Kirurgen", CLINIC_OR_HEALTH_CENTRE, REGION),
                    OrganisationUnit.child(WARD, "Sjukhuset", HOSPITAL_OR_REGION, SURGERY))));

            assertEquals("units[2].level", e.path());
            assertTrue(e.reason().contains("must not be above its parent surgery"), e.reason());
        }

        @Test
        void allows_a_hospital_under_the_region_on_the_same_level() {
            OrganisationTree tree = OrganisationTree.of(List.of(
                    region(),
                    OrganisationUnit.child(SURGERY, "Universitetssjukhuset", HOSPITAL_OR_REGION, REGION),
                    OrganisationUnit.child(WARD, "Kirurgiska kliniken", CLINIC_OR_HEALTH_CENTRE, SURGERY)));

            assertEquals(List.of(SURGERY), tree.children(REGION).stream().map(OrganisationUnit::id).toList());
        }

        @Test
        void allows_a_level_to_be_skipped() {
            OrganisationTree tree = OrganisationTree.of(List.of(
                    region(), OrganisationUnit.child(WARD, "Arbetslag", WORK_TEAM, REGION)));

            assertEquals(1, tree.children(REGION).size());
        }
    }
}
