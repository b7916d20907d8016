package se.klinedu.core.json;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import se.klinedu.core.InvalidInputException;

/**
 * An enum of klinedu, written to and read from JSON as one lower-case code with hyphens: the constant's
 * name in lower case with each {@code _} a {@code -}, so {@code NOT_MET} is {@code "not-met"} and
 * {@code HSLF_FS_2021_8} is {@code "hslf-fs-2021-8"}.
 *
 * <p>Every public enum of klinedu implements this interface. The code is the constant's {@link JsonValue},
 * which Jackson uses both ways: writing, and reading back (any other string, the Java name included, is
 * rejected; {@link KlineduJson} names the JSON path and the allowed codes). An enum may override
 * {@link #code()} only with a published code of the same form, such as a BCP 47 language tag.
 *
 * @since 0.1
 */
public interface JsonEnum {

    /**
     * {@return the constant's name, as {@link Enum#name()} gives it}
     */
    String name();

    /**
     * {@return the code written in JSON: the name in lower case, with hyphens for underscores}
     */
    @JsonValue
    default String code() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /**
     * Finds the constant of an enum by its code.
     *
     * @param <E> the enum type
     * @param type the enum type, not null
     * @param path the attribute, for the message, not null
     * @param code the code to look up, not null
     * @return the constant whose {@link #code()} equals {@code code}
     * @throws InvalidInputException for any other string, naming the allowed codes
     */
    static <E extends Enum<E> & JsonEnum> E of(Class<E> type, String path, String code) {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(code, "code");
        for (E constant : type.getEnumConstants()) {
            if (constant.code().equals(code)) {
                return constant;
            }
        }
        throw InvalidInputException.of(path, rule(type), code);
    }

    /**
     * {@return the rule of an enum's codes in words, such as "must be met, not-met or no-data"}
     *
     * @param type an enum type that implements this interface, not null
     */
    static String rule(Class<? extends JsonEnum> type) {
        List<String> codes = Arrays.stream(Objects.requireNonNull(type, "type").getEnumConstants())
                .map(JsonEnum::code)
                .toList();
        if (codes.size() == 1) {
            return "must be " + codes.get(0);
        }
        return "must be " + String.join(", ", codes.subList(0, codes.size() - 1)) + " or " + codes.get(codes.size() - 1);
    }
}
