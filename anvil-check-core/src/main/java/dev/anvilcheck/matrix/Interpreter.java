package dev.anvilcheck.matrix;

import dev.anvilcheck.python.PythonVersion;
import java.nio.file.Path;
import java.util.Objects;

/**
 * A Python interpreter found on this machine.
 *
 * <p>Immutable and thread-safe.
 *
 * @param executable the interpreter's path
 * @param version its major.minor version
 * @param fullVersion its full version string ({@code 3.11.7})
 * @param hasPytest whether {@code import pytest} works in it
 */
public record Interpreter(Path executable, PythonVersion version, String fullVersion, boolean hasPytest) {
    /** Checks for nulls. */
    public Interpreter {
        Objects.requireNonNull(executable, "executable");
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(fullVersion, "fullVersion");
    }
}
