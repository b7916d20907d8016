package se.klinedu.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.klinedu.core.Language;
import se.klinedu.core.explain.ReasonCode;
import se.klinedu.core.testkit.ReasonTextsContract;

class CoreReasonTextsTest extends ReasonTextsContract {

    private static final CoreReasonTexts TEXTS = new CoreReasonTexts();

    CoreReasonTextsTest() {
        super(TEXTS, "https://klinedu.se/schemas/core/reasons.schema.json#/$defs/measureReason",
                "https://klinedu.se/schemas/core/reasons.schema.json#/$defs/trainingReason");
    }

    @Test
    void the_readme_lists_every_code_with_its_arguments_and_its_swedish_text() throws IOException {
        List<String> lines = Files.readAllLines(Path.of("README.md"), StandardCharsets.UTF_8);

        for (ReasonCode code : TEXTS.codes()) {
            List<String> rows = lines.stream().filter(line -> line.startsWith("| `" + code.code() + "` |")).toList();
            assertEquals(1, rows.size(), code.code());
            String row = rows.get(0);
            assertTrue(row.endsWith("| `" + TEXTS.texts(Language.SWEDISH).get(code.code()) + "` |"), row);
            code.parameters().forEach(parameter -> assertTrue(row.contains("`" + parameter + "` ("), row));
        }
    }
}
