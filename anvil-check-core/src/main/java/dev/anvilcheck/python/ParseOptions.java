package dev.anvilcheck.python;

import java.util.Objects;

/**
 * How to parse one file: its name (for messages) and the Python version it targets.
 *
 * <pre>{@code
 * ParseOptions options = new ParseOptions("server_code/app.py", PythonVersion.of(3, 10));
 * }</pre>
 *
 * <p>The parser always accepts the newest grammar; the target only decides which version-specific spellings of an
 * error are used. Whether a version accepts a file is answered by {@link ParseResult#acceptedBy(PythonVersion)}.
 * Immutable and thread-safe.
 *
 * @param fileName the file name shown in problems, never null
 * @param targetVersion the target version, never null
 */
public record ParseOptions(String fileName, PythonVersion targetVersion) {

    /** Checks that no part is null. */
    public ParseOptions {
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(targetVersion, "targetVersion");
    }

    /**
     * The defaults: file name {@code "<unknown>"}, target {@link PythonVersion#LATEST}.
     *
     * @return the default options
     */
    public static ParseOptions defaults() {
        return new ParseOptions("<unknown>", PythonVersion.LATEST);
    }

    /**
     * A copy with another target version.
     *
     * @param version the target
     * @return new options
     */
    public ParseOptions withTargetVersion(PythonVersion version) {
        return new ParseOptions(fileName, version);
    }
}
