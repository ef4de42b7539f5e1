package dev.anvilcheck.assertj;

import dev.anvilcheck.assertj.internal.ShouldBeCompatibleWith;
import dev.anvilcheck.compat.CompatibilityResult;
import dev.anvilcheck.compat.FileCompatibility;
import dev.anvilcheck.python.PythonVersion;
import java.util.List;

/**
 * Assertions on a {@link CompatibilityResult}, made with {@link AnvilAssertions#assertThat(CompatibilityResult)}
 * or {@link CheckRunAssert#compatibility()}.
 *
 * <pre>{@code
 * assertThat(AnvilProject.load(path).checkCompatibility())
 *         .compatibility()
 *         .isCompatibleWith("3.10")
 *         .minimumVersionIs("3.10");
 * }</pre>
 *
 * <p>Not thread-safe.
 */
public class CompatibilityResultAssert extends AbstractCheckResultAssert<CompatibilityResultAssert, CompatibilityResult> {

    /**
     * Creates the assert.
     *
     * @param actual the result under test
     */
    public CompatibilityResultAssert(CompatibilityResult actual) {
        super(actual, CompatibilityResultAssert.class);
    }

    /**
     * Verifies that every file runs on this version: no syntax error, minimum at or below it, nothing it uses
     * removed by then.
     *
     * @param version such as {@code "3.7"}
     * @return this
     */
    public CompatibilityResultAssert isCompatibleWith(String version) {
        isNotNull();
        PythonVersion v = PythonVersion.parse(version);
        List<FileCompatibility> blocking = actual.files().stream().filter(f -> !f.runsOn(v)).toList();
        if (!blocking.isEmpty()) {
            throwAssertionError(ShouldBeCompatibleWith.shouldBeCompatibleWith(version, blocking));
        }
        return myself;
    }

    /**
     * Verifies the minimum version of the whole code: the highest of its files' minimum versions.
     *
     * @param version such as {@code "3.8"}
     * @return this
     */
    public CompatibilityResultAssert minimumVersionIs(String version) {
        isNotNull();
        PythonVersion expected = PythonVersion.parse(version);
        PythonVersion actualMinimum = actual.files().stream().map(FileCompatibility::minimumVersion)
                .max(PythonVersion::compareTo).orElse(PythonVersion.PY30);
        if (!actualMinimum.equals(expected)) {
            String decider = actual.files().stream().filter(f -> f.minimumVersion().equals(actualMinimum))
                    .findFirst().map(f -> f.path() + f.decidedBy().map(d -> " (" + d + ")").orElse("")).orElse("");
            failWithMessage("%nExpecting the minimum Python version to be %s but was %s%s", version, actualMinimum,
                    decider.isEmpty() ? "" : ", decided by " + decider);
        }
        return myself;
    }

    /**
     * Verifies one file's minimum version.
     *
     * @param path the file's project-relative path
     * @param version such as {@code "3.8"}
     * @return this
     */
    public CompatibilityResultAssert fileMinimumVersionIs(String path, String version) {
        isNotNull();
        FileCompatibility f = actual.file(path).orElse(null);
        if (f == null) {
            failWithMessage("%nExpecting a compatibility result for %s but the check saw no such file", path);
            return myself;
        }
        if (!f.minimumVersion().equals(PythonVersion.parse(version))) {
            failWithMessage("%nExpecting %s to need Python %s but it needs %s%s", path, version, f.minimumVersion(),
                    f.decidedBy().map(d -> " (" + d + ")").orElse(""));
        }
        return myself;
    }
}
