package dev.anvilcheck.compat;

import dev.anvilcheck.CodeRoot;
import dev.anvilcheck.python.PythonVersion;
import java.util.Objects;
import java.util.Optional;

/**
 * The compatibility of one code root of a project (client, server or other files) taken together.
 *
 * <p>Immutable and thread-safe.
 *
 * @param root the code root
 * @param target the target its files were checked against, when there was one
 * @param files how many files it has
 * @param minimumVersion the highest file minimum ({@code 3.0} when nothing is gated)
 * @param maximumVersion the lowest file maximum, when something was removed
 * @param decidedBy the file and construct deciding the minimum ({@code server_code/a.py: walrus at line 3})
 */
public record RootSummary(CodeRoot root, Optional<Target> target, int files, PythonVersion minimumVersion,
                          Optional<PythonVersion> maximumVersion, Optional<String> decidedBy) {

    /** Checks for nulls. */
    public RootSummary {
        Objects.requireNonNull(root, "root");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(minimumVersion, "minimumVersion");
        Objects.requireNonNull(maximumVersion, "maximumVersion");
        Objects.requireNonNull(decidedBy, "decidedBy");
    }
}
