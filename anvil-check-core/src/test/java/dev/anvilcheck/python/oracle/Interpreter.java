package dev.anvilcheck.python.oracle;

import dev.anvilcheck.python.PythonVersion;
import java.nio.file.Path;
import java.util.Objects;

/**
 * One installed CPython interpreter: the oracle for its language version.
 *
 * @param version the language version, {@code 3.13}
 * @param fullVersion the release, {@code 3.13.0}: verdict caches are kept per release
 * @param executable the {@code python} binary
 * @param libDir its {@code lib/pythonX.Y} directory (standard library, test suite, site-packages)
 */
public record Interpreter(PythonVersion version, String fullVersion, Path executable, Path libDir) {

    /** Checks that no part is missing. */
    public Interpreter {
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(fullVersion, "fullVersion");
        Objects.requireNonNull(executable, "executable");
        Objects.requireNonNull(libDir, "libDir");
    }

    @Override
    public String toString() {
        return "CPython " + fullVersion + " (" + executable + ")";
    }
}
