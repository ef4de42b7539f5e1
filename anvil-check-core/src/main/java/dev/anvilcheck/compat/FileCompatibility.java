package dev.anvilcheck.compat;

import dev.anvilcheck.CodeRoot;
import dev.anvilcheck.Finding;
import dev.anvilcheck.python.PythonFeature;
import dev.anvilcheck.python.PythonVersion;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The compatibility of one Python file: the versions that run it and the findings against its target.
 *
 * <pre>{@code
 * for (FileCompatibility f : result.files()) {
 *     System.out.println(f.path() + " needs " + f.minimumVersion() + f.decidedBy().map(d -> " (" + d + ")").orElse(""));
 * }
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @param path the path relative to the project root (or the checked tree), {@code /} separators
 * @param root where the file runs
 * @param target the target it was checked against; empty for a plain tree checked without a target
 * @param minimumVersion the lowest version that runs everything in the file ({@code 3.0} when nothing is gated,
 *                       {@code 2.7} for Python 2 code)
 * @param maximumVersion the newest version that still runs it, when something in it was removed later
 * @param decidedBy the construct deciding the minimum (a feature id or API symbol with its line), when one does
 * @param syntaxErrors syntax errors, as findings of {@link PyRule#SYNTAX_ERROR}, sorted
 * @param findings the other findings (after suppressions and rule settings), sorted
 * @param features the version-gated syntax features the file uses
 */
public record FileCompatibility(String path, CodeRoot root, Optional<Target> target, PythonVersion minimumVersion,
                                Optional<PythonVersion> maximumVersion, Optional<String> decidedBy,
                                List<Finding> syntaxErrors, List<Finding> findings, Set<PythonFeature> features) {

    /** Checks for nulls and copies the lists. */
    public FileCompatibility {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(root, "root");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(minimumVersion, "minimumVersion");
        Objects.requireNonNull(maximumVersion, "maximumVersion");
        Objects.requireNonNull(decidedBy, "decidedBy");
        syntaxErrors = syntaxErrors.stream().sorted().toList();
        findings = findings.stream().sorted().toList();
        features = Set.copyOf(features);
    }

    /**
     * Whether interpreter {@code version} compiles the file: no syntax error and every syntax feature it uses
     * available there (library use is not considered).
     *
     * @param version the interpreter version
     * @return the verdict
     */
    public boolean syntaxCompatibleWith(PythonVersion version) {
        return syntaxErrors.isEmpty()
                && features.stream().allMatch(f -> f.isAvailableIn(version) || f.failsOnlyAtRunTime());
    }

    /**
     * Whether {@code version} runs everything in the file, syntax and library.
     *
     * @param version the version
     * @return true when {@code minimumVersion <= version <= maximumVersion} and there is no syntax error
     */
    public boolean runsOn(PythonVersion version) {
        return syntaxErrors.isEmpty() && version.atLeast(minimumVersion)
                && maximumVersion.map(m -> !m.before(version)).orElse(true);
    }
}
