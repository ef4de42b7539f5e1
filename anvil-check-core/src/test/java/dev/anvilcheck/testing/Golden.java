package dev.anvilcheck.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Golden files: compares generated text with a committed file under src/test/resources/golden; run with
 * {@code -Danvil.updateSnapshots=true} to rewrite them (then review the diff like code).
 */
public final class Golden {

    private static final Path ROOT = Path.of("src/test/resources/golden");

    private Golden() {
    }

    /** Whether this run rewrites golden files. */
    public static boolean updating() {
        return Boolean.getBoolean("anvil.updateSnapshots");
    }

    /**
     * Asserts that {@code actual} equals the golden file {@code name}, or rewrites it when updating.
     *
     * @param name path below src/test/resources/golden
     * @param actual the generated text
     */
    public static void assertMatches(String name, String actual) {
        Path file = ROOT.resolve(name);
        try {
            if (updating() || !Files.exists(file)) {
                Files.createDirectories(file.getParent());
                Files.writeString(file, actual, StandardCharsets.UTF_8);
                if (!updating()) {
                    throw new AssertionError("golden file " + file + " did not exist; it was written now: review "
                            + "and commit it");
                }
                return;
            }
            String expected = Files.readString(file, StandardCharsets.UTF_8);
            assertThat(actual).as("golden file %s (rerun with -Danvil.updateSnapshots=true to update)", file)
                    .isEqualTo(expected);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
