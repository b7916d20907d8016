package se.klinedu.core.internal;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * How names that people type are compared: a unit's name in a survey export, a column's header.
 */
public final class Names {

    private static final Pattern WHITE_SPACE = Pattern.compile("\\s+");

    private Names() {
    }

    /**
     * {@return a name in the form names are compared in: Unicode normal form C (so that "Å" typed as one
     * character or as "A" and a ring is one letter), lower case, no surrounding white space, each inner run of
     * white space one space}
     *
     * @param name the name, not null
     */
    public static String compared(String name) {
        return WHITE_SPACE.matcher(Normalizer.normalize(name, Normalizer.Form.NFC).strip()).replaceAll(" ")
                .toLowerCase(Locale.ROOT);
    }
}
