package dev.anvilcheck.python;

import java.util.Objects;

/**
 * One occurrence of a version-gated syntax construct in a parsed file, recorded whatever the target version.
 *
 * <pre>{@code
 * result.gatedConstructs().stream()
 *       .filter(g -> !g.feature().isAvailableIn(PythonVersion.of(3, 7)))
 *       .forEach(g -> System.out.println(g.feature().message()));
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @param feature which construct, from the one feature table
 * @param range where it is, as char offsets of the decoded text
 */
public record GatedConstruct(PythonFeature feature, TextRange range) {

    /** Checks that no part is null. */
    public GatedConstruct {
        Objects.requireNonNull(feature, "feature");
        Objects.requireNonNull(range, "range");
    }
}
