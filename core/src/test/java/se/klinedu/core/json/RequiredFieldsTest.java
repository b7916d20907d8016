package se.klinedu.core.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import se.klinedu.core.InvalidInputException;
import se.klinedu.core.internal.DistinctElements;
import se.klinedu.core.supervision.Roster;
import se.klinedu.core.supervision.StaffId;
import se.klinedu.core.supervision.StaffMember;
import se.klinedu.core.supervision.TrainingId;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.ValueInstantiationException;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.module.SimpleModule;

/**
 * {@link RequiredFields} and {@link DistinctElements} on a mapper of their own, made anew for each test: the
 * codec's shared mapper keeps the readers it made once, so only a fresh mapper shows what these two build.
 */
class RequiredFieldsTest {

    private static JsonMapper mapper() {
        return JsonMapper.builder()
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .addModule(new SimpleModule("required").setDeserializerModifier(new RequiredFields()))
                .build();
    }

    private static InvalidInputException missing(Class<?> type, String json) {
        ValueInstantiationException e = assertThrows(ValueInstantiationException.class, () -> mapper().readValue(json, type));
        return assertInstanceOf(InvalidInputException.class, e.getCause());
    }

    @Test
    void an_array_left_out_of_a_value_read_through_its_builder_is_missing() {
        InvalidInputException e = missing(StaffMember.class, "{\"id\":\"staff-1\"}");

        assertEquals("completedTrainings", e.path());
        assertEquals("is required", e.reason());
    }

    @Test
    void an_empty_array_is_no_array_left_out() {
        assertEquals(StaffMember.of(StaffId.of("staff-1"), Set.of()),
                mapper().readValue("{\"id\":\"staff-1\",\"completedTrainings\":[]}", StaffMember.class));
    }

    @Test
    void each_object_answers_for_its_own_fields() {
        String both = "{\"staff\":[{\"id\":\"staff-1\",\"completedTrainings\":[\"intro\"]},"
                + "{\"id\":\"staff-2\",\"completedTrainings\":[]}]}";

        assertEquals(Roster.of(List.of(StaffMember.of(StaffId.of("staff-1"), Set.of(TrainingId.of("intro"))),
                StaffMember.of(StaffId.of("staff-2"), Set.of()))), mapper().readValue(both, Roster.class));
        // the first member's array is no note for the second
        assertEquals("completedTrainings", missing(Roster.class,
                "{\"staff\":[{\"id\":\"staff-1\",\"completedTrainings\":[]},{\"id\":\"staff-2\"}]}").path());
        // nor the members' for the roster
        assertEquals("staff", missing(Roster.class, "{}").path());
    }

    @Test
    void a_value_read_through_setters_is_held_to_its_required_fields_too() {
        assertEquals(3, mapper().readValue("{\"size\":3}", Box.class).size);
        assertEquals("size", missing(Box.class, "{}").path());
    }

    @Test
    void a_set_attribute_rejects_a_repeated_element_at_the_repeat() {
        MismatchedInputException e = assertThrows(MismatchedInputException.class, () -> mapper().readValue(
                "{\"id\":\"staff-1\",\"completedTrainings\":[\"intro\",\"basic\",\"intro\"]}", StaffMember.class));

        assertEquals("duplicate element, was intro", e.getOriginalMessage());
        assertEquals(List.of("completedTrainings", "2"), e.getPath().stream()
                .map(reference -> reference.getIndex() >= 0 ? String.valueOf(reference.getIndex()) : reference.getPropertyName())
                .toList());
    }

    /** A value with a setter, as a user's own type read with the codec may be. */
    public static final class Box {

        int size;

        /** For Jackson. */
        public Box() {
        }

        /**
         * Sets the size.
         *
         * @param size the size
         */
        @JsonProperty(value = "size", required = true)
        public void setSize(int size) {
            this.size = size;
        }
    }
}
