package dev.anvilcheck.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import dev.anvilcheck.ToolInfo;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Compares generated text with a golden file under {@code src/test/resources/golden/report}. Run the tests with
 * {@code -Danvil.updateSnapshots=true} to write the files instead (then review the diff). The tool's version is
 * replaced by {@code @VERSION@} so that a release does not change the files.
 */
final class Golden {

    static final Path DIR = Path.of("src/test/resources/golden/report");

    private Golden() {
    }

    static void check(String name, String actual) throws IOException {
        String normalized = actual.replace(ToolInfo.version(), "@VERSION@");
        Path file = DIR.resolve(name);
        if (Boolean.getBoolean("anvil.updateSnapshots")) {
            Files.createDirectories(DIR);
            Files.writeString(file, normalized, StandardCharsets.UTF_8);
            return;
        }
        if (!Files.exists(file)) {
            fail("no golden file " + file + "; run with -Danvil.updateSnapshots=true to create it");
        }
        assertThat(normalized).as("golden file %s (regenerate with -Danvil.updateSnapshots=true)", file)
                .isEqualTo(Files.readString(file, StandardCharsets.UTF_8));
    }
}
