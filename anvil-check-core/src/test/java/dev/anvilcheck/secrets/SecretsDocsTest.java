package dev.anvilcheck.secrets;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** docs/rules/secrets.md describes every SE rule with its current name and default severity. */
class SecretsDocsTest {

    @Test
    void everyRuleIsDocumented() throws IOException {
        Path doc = Path.of("..", "docs", "rules", "secrets.md");
        String text = Files.readString(doc);
        for (SecretsRule r : SecretsRule.values()) {
            String row = "| `" + r.code() + "` | `" + r.title() + "` | " + r.defaultSeverity().jsonName() + " |";
            assertTrue(text.contains(row), "docs/rules/secrets.md lacks or has an outdated row for " + r.code());
        }
    }
}
