package dev.anvilcheck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Golden files under src/test/resources/golden; {@code -Danvil.updateSnapshots=true} rewrites them. */
final class Golden {

    private Golden() {
    }

    static void assertMatches(Path file, String actual) throws IOException {
        if (Boolean.getBoolean("anvil.updateSnapshots") || !Files.exists(file)) {
            Files.createDirectories(file.getParent());
            Files.writeString(file, actual, StandardCharsets.UTF_8);
            assertThat(Boolean.getBoolean("anvil.updateSnapshots"))
                    .as("golden file %s did not exist; it was written now: review and commit it", file).isTrue();
            return;
        }
        assertThat(actual).as("golden file %s (rerun with -Danvil.updateSnapshots=true to update)", file)
                .isEqualTo(Files.readString(file, StandardCharsets.UTF_8));
    }
}
