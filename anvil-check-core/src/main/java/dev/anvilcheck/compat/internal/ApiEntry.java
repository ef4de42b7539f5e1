package dev.anvilcheck.compat.internal;

import dev.anvilcheck.python.PythonVersion;
import java.util.Objects;
import java.util.Optional;

/**
 * One row of the standard-library API table: when a module, member, builtin-type method or
 * keyword argument appeared and (if it did) when it was removed.
 *
 * <p>Versions order as 2.7 &lt; 3.0 &lt; ... &lt; 3.15. {@code added} is the first Python 3
 * version that has the API (empty: every Python 3 version); Python 2.7 is described separately
 * by {@code inPython27}, because many APIs were in 2.7 yet missing from 3.0 (for example
 * {@code collections.OrderedDict}, back in 3.1). {@code removed} is the first version without it.
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @param kind what the entry describes
 * @param owner the module of a member, the builtin type of a method, the qualified callable of a
 *     keyword argument ({@code subprocess.run}); empty for a module
 * @param name the name within the owner: {@code prod}, {@code Path.is_relative_to},
 *     {@code removeprefix}, {@code capture_output}; for a module its dotted name
 * @param added the first Python 3 version that has it; empty when every Python 3 version has it
 * @param removed the first version that no longer has it; empty when it was never removed
 * @param platformDependent whether it exists only on some platforms or builds (Windows-only
 *     modules, {@code os} and {@code signal} constants, OpenSSL-dependent {@code ssl} names, ...)
 * @param inPython27 whether Python 2.7 has it under this name
 * @param source where the dates come from: {@code introspection}, {@code docs},
 *     {@code typeshed}, {@code whatsnew}, {@code same-object} (the date of a row naming the same
 *     object), or two of them joined by {@code +}; {@code introspection-undated} means added 3.0
 *     is only the earliest possible version (absent from 2.7, present from 3.6, nothing dates it);
 *     {@code docs-backport} and {@code backport} mean the documented version of an API that late
 *     patch releases of older minors have as a security backport (the .0 releases lack it)
 */
public record ApiEntry(
        ApiKind kind,
        String owner,
        String name,
        Optional<PythonVersion> added,
        Optional<PythonVersion> removed,
        boolean platformDependent,
        boolean inPython27,
        String source) {

    /** Checks that no component is null. */
    public ApiEntry {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(added, "added");
        Objects.requireNonNull(removed, "removed");
        Objects.requireNonNull(source, "source");
    }

    /**
     * Returns the qualified name used in reports: {@code math.prod}, {@code str.removeprefix},
     * {@code subprocess.run(capture_output)}, {@code tomllib}.
     *
     * @return the qualified name
     */
    public String qualifiedName() {
        return switch (kind) {
            case MODULE -> name;
            case MEMBER, METHOD -> owner + "." + name;
            case KWARG -> owner + "(" + name + ")";
        };
    }

    /**
     * Whether the API exists in the given version (on the platforms that have it at all).
     *
     * @param version a Python version, 2.x or 3.x
     * @return {@code true} when code using the API can run on that version
     */
    public boolean availableIn(PythonVersion version) {
        if (version.major() == 2) {
            return inPython27 && version.minor() >= 7;
        }
        if (added.isPresent() && version.before(added.get())) {
            return false;
        }
        return removed.isEmpty() || version.before(removed.get());
    }
}
