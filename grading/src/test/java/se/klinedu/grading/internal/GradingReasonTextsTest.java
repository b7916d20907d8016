package se.klinedu.grading.internal;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import se.klinedu.core.Language;
import se.klinedu.core.explain.ReasonCode;
import se.klinedu.core.testkit.ReasonTextsContract;

/**
 * Grading's reason texts under the contract every module's texts meet, and the module README's table of codes in step with the Swedish texts.
 */
class GradingReasonTextsTest extends ReasonTextsContract {

    GradingReasonTextsTest() {
        super(new GradingReasonTexts(), "https://klinedu.se/schemas/grading/reasons.schema.json#/$defs/reason");
    }

    @Test
    void the_readme_lists_every_code_with_its_constant_arguments_and_swedish_text() throws IOException {
        String readme = Files.readString(Path.of("README.md"), StandardCharsets.UTF_8);
        Map<String, String> swedish = new GradingReasonTexts().texts(Language.SWEDISH);

        for (ReasonCode code : new GradingReasonTexts().codes()) {
            String row = "| `" + code.code() + "` | `" + code.getClass().getSimpleName() + "." + ((Enum<?>) code).name()
                    + "` | " + code.parameters().stream().map(name -> "`" + name + "`").collect(Collectors.joining(", "))
                    + " | " + swedish.get(code.code()) + " |";
            assertTrue(readme.contains(row), "README.md lacks the row " + row);
        }
    }
}
