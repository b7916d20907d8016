package se.klinedu.core.organisation;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
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
        void numbers_the_units_depth_first_with_parents_and_children_by_id() {
            OrganisationTree tree = sample();
            // depth first in the order given: the surgery (given before the health centre) and its ward first
            assertEquals(List.of(REGION, SURGERY, WARD, HEALTH_CENTRE), tree.depthFirst().stream().map(OrganisationUnit::id).toList());
            assertEquals(List.of(0, 1, 2, 3), List.of(tree.positionOf(REGION), tree.positionOf(SURGERY), tree.positionOf(WARD),
                    tree.positionOf(HEALTH_CENTRE)));
            assertEquals(List.of(-1, 0, 1, 0), java.util.stream.IntStream.range(0, 4).map(tree::parentPosition).boxed().toList());
            // the region's children by id: "surgery" before "vc-north"
            assertArrayEquals(new int[] {1, 3}, tree.childPositions(0));
            assertArrayEquals(new int[0], tree.childPositions(2));
            tree.childPositions(0)[0] = 99;
            assertArrayEquals(new int[] {1, 3}, tree.childPositions(0), "a copy each time");
            assertThrows(InvalidInputException.class, () -> tree.positionOf(OrganisationUnitId.of("nowhere")));
            assertThrows(InvalidInputException.class, () -> tree.parentPosition(4));
            assertThrows(InvalidInputException.class, () -> tree.childPositions(-1));
        }

        @Test
        void children_are_ordered_by_id_not_as_given() {
            OrganisationTree tree = OrganisationTree.of(List.of(region(),
                    OrganisationUnit.child(HEALTH_CENTRE, "Vårdcentralen Norr", CLINIC_OR_HEALTH_CENTRE, REGION),
                    OrganisationUnit.child(SURGERY, "Kirurgiska kliniken", CLINIC_OR_HEALTH_CENTRE, REGION)));

            assertEquals(List.of(REGION, HEALTH_CENTRE, SURGERY), tree.depthFirst().stream().map(OrganisationUnit::id).toList());
            assertArrayEquals(new int[] {2, 1}, tree.childPositions(0));
        }

        @Test
        void gives_each_units_position_in_the_order_given() {
            // given: region, surgery, health centre, ward; depth first: region, surgery, ward, health centre
            OrganisationTree tree = OrganisationTree.of(List.of(region(),
                    OrganisationUnit.child(SURGERY, "Kirurgiska kliniken", CLINIC_OR_HEALTH_CENTRE, REGION),
                    OrganisationUnit.child(HEALTH_CENTRE, "Vårdcentralen Norr", CLINIC_OR_HEALTH_CENTRE, REGION),
                    OrganisationUnit.child(WARD, "Avdelning 1", WORK_TEAM, SURGERY)));

            assertArrayEquals(new int[] {0, 1, 3, 2}, tree.positionsOfUnits());
            tree.positionsOfUnits()[0] = 99;
            assertArrayEquals(new int[] {0, 1, 3, 2}, tree.positionsOfUnits(), "a copy each time");
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

    @Nested
    class Limits {

        /** A root and {@code steps} work teams, each under the one before: the last is {@code steps} below the root. */
        private List<OrganisationUnit> chain(int steps) {
            List<OrganisationUnit> units = new java.util.ArrayList<>(List.of(region()));
            for (int i = 1; i <= steps; i++) {
                units.add(OrganisationUnit.child(OrganisationUnitId.of("team-" + i), "Arbetslag " + i, WORK_TEAM,
                        i == 1 ? REGION : OrganisationUnitId.of("team-" + (i - 1))));
            }
            return units;
        }

        @Test
        void a_unit_at_the_greatest_depth_is_allowed_and_found_without_recursion() {
            OrganisationTree tree = OrganisationTree.of(chain(OrganisationTree.MAX_DEPTH));
            OrganisationUnitId deepest = OrganisationUnitId.of("team-" + OrganisationTree.MAX_DEPTH);

            assertEquals(OrganisationTree.MAX_DEPTH + 1, tree.pathFromRoot(deepest).size());
            assertEquals(REGION, tree.pathFromRoot(deepest).get(0).id());
            assertEquals(OrganisationTree.MAX_DEPTH + 1, tree.subtree(REGION).size());
            assertEquals(OrganisationUnitId.of("team-1"), tree.subtree(REGION).get(1).id());
        }

        @Test
        void a_unit_one_step_deeper_is_rejected_naming_it_and_its_depth() {
            InvalidInputException e = assertThrows(InvalidInputException.class,
                    () -> OrganisationTree.of(chain(OrganisationTree.MAX_DEPTH + 1)));

            assertEquals("units[" + (OrganisationTree.MAX_DEPTH + 1) + "]: must be at most 50 steps below the root, was 51",
                    e.getMessage());
        }

        @Test
        void depth_is_counted_whatever_the_order_of_units() {
            List<OrganisationUnit> units = new java.util.ArrayList<>(chain(OrganisationTree.MAX_DEPTH + 1));
            java.util.Collections.reverse(units);

            InvalidInputException e = assertThrows(InvalidInputException.class, () -> OrganisationTree.of(units));

            assertEquals("units[0]: must be at most 50 steps below the root, was 51", e.getMessage());
        }

        @Test
        void the_most_units_are_allowed_and_one_more_is_rejected() {
            List<OrganisationUnit> units = new java.util.ArrayList<>(List.of(region()));
            for (int i = 1; i < OrganisationTree.MAX_UNITS; i++) {
                units.add(OrganisationUnit.child(OrganisationUnitId.of("u" + i), "Enhet", WORK_TEAM, REGION));
            }
            assertEquals(OrganisationTree.MAX_UNITS, OrganisationTree.of(units).subtree(REGION).size());

            units.add(OrganisationUnit.child(OrganisationUnitId.of("one-more"), "Enhet", WORK_TEAM, REGION));
            InvalidInputException e = assertThrows(InvalidInputException.class, () -> OrganisationTree.of(units));
            assertEquals("units: must hold at most 100000 units, was 100001", e.getMessage());
        }

        @Test
        void a_tail_leading_into_a_cycle_is_rejected_at_its_first_unit() {
            InvalidInputException e = assertThrows(InvalidInputException.class, () -> OrganisationTree.of(List.of(
                    region(),
                    OrganisationUnit.child(HEALTH_CENTRE, "Svans", WORK_TEAM, SURGERY),
                    OrganisationUnit.child(SURGERY, "A", WORK_TEAM, WARD),
                    OrganisationUnit.child(WARD, "B", WORK_TEAM, SURGERY))));

            assertEquals("units[1].parent: forms a cycle, was vc-north", e.getMessage());
        }

        @Test
        void subtree_is_depth_first_in_the_order_given() {
            OrganisationUnitId other = OrganisationUnitId.of("ward-8");
            OrganisationTree tree = OrganisationTree.of(List.of(
                    region(),
                    OrganisationUnit.child(SURGERY, "Kirurgen", CLINIC_OR_HEALTH_CENTRE, REGION),
                    OrganisationUnit.child(HEALTH_CENTRE, "Vårdcentralen", CLINIC_OR_HEALTH_CENTRE, REGION),
                    OrganisationUnit.child(WARD, "Avdelning 7", WORK_TEAM, SURGERY),
                    OrganisationUnit.child(other, "Avdelning 8", WORK_TEAM, SURGERY)));

            assertEquals(List.of(REGION, SURGERY, WARD, other, HEALTH_CENTRE),
                    tree.subtree(REGION).stream().map(OrganisationUnit::id).toList());
        }
    }

    @Nested
    class Names {

        @Test
        void finds_units_by_name_whatever_the_case_spacing_and_composition_of_letters() {
            OrganisationTree tree = OrganisationTree.of(List.of(region(),
                    OrganisationUnit.child(HEALTH_CENTRE, "Åby vårdcentral", CLINIC_OR_HEALTH_CENTRE, REGION)));

            for (String name : List.of("Åby vårdcentral", " ÅBY   VÅRDCENTRAL ", "A\u030Aby va\u030Ardcentral")) {
                assertEquals(List.of(HEALTH_CENTRE), tree.unitsNamed(name).stream().map(OrganisationUnit::id).toList(), name);
            }
            assertEquals(List.of(), tree.unitsNamed("Aby vardcentral"));
        }

        @Test
        void a_name_two_units_share_finds_both_in_the_order_given() {
            OrganisationTree tree = OrganisationTree.of(List.of(region(),
                    OrganisationUnit.child(SURGERY, "Avdelning 1", WORK_TEAM, REGION),
                    OrganisationUnit.child(WARD, "avdelning 1", WORK_TEAM, REGION)));

            assertEquals(List.of(SURGERY, WARD), tree.unitsNamed("Avdelning 1").stream().map(OrganisationUnit::id).toList());
        }
    }
}
