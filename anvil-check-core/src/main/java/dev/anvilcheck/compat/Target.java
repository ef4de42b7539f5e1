package dev.anvilcheck.compat;

import dev.anvilcheck.python.PythonVersion;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What Python code must run on: one version ({@code 3.10}), a range ({@code 3.7-3.13}: every version of it), or
 * Anvil's browser runtime ({@code 3.7-skulpt}: Skulpt, about Python 3.7 without walrus, match, async,
 * positional-only parameters, except*, type parameters and t-strings, with a small stdlib).
 *
 * <pre>{@code
 * Target t = Target.parse("3.7-3.13");
 * t.includes(PythonVersion.of(3, 9));   // true
 * Target.parse("3.7-skulpt").skulpt();  // true
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @param lowest the oldest version the code must run on
 * @param highest the newest version the code must run on (equal to {@code lowest} for one version)
 * @param skulpt whether the code runs in the browser on Skulpt (Anvil client code)
 */
public record Target(PythonVersion lowest, PythonVersion highest, boolean skulpt) {

    /** The browser runtime of Anvil client code. */
    public static final Target SKULPT = new Target(PythonVersion.of(3, 7), PythonVersion.of(3, 7), true);

    /**
     * Checks the bounds.
     *
     * @throws IllegalArgumentException when {@code highest} is older than {@code lowest}
     */
    public Target {
        Objects.requireNonNull(lowest, "lowest");
        Objects.requireNonNull(highest, "highest");
        if (highest.before(lowest)) {
            throw new IllegalArgumentException("target range ends before it starts: " + lowest + "-" + highest);
        }
    }

    /**
     * One version.
     *
     * @param version the version
     * @return the target
     */
    public static Target of(PythonVersion version) {
        return new Target(version, version, false);
    }

    /**
     * Parses {@code "3.10"}, {@code "3.7-3.13"}, {@code "3.7-skulpt"} or {@code "skulpt"}.
     *
     * @param text the target text
     * @return the target
     * @throws IllegalArgumentException with the text when it is not a target
     */
    public static Target parse(String text) {
        return tryParse(text).orElseThrow(() -> new IllegalArgumentException("not a Python target: '" + text
                + "' (expected a version such as 3.10, a range such as 3.7-3.13, or 3.7-skulpt)"));
    }

    /**
     * Parses a target, or returns empty.
     *
     * @param text the target text, may be null
     * @return the target, or empty when the text is not one
     */
    public static Optional<Target> tryParse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String t = text.trim();
        if (t.equalsIgnoreCase("skulpt")) {
            return Optional.of(SKULPT);
        }
        int dash = t.indexOf('-');
        if (dash < 0) {
            return PythonVersion.tryParse(t).map(Target::of);
        }
        Optional<PythonVersion> low = PythonVersion.tryParse(t.substring(0, dash));
        String rest = t.substring(dash + 1).trim();
        if (low.isEmpty()) {
            return Optional.empty();
        }
        if (rest.equalsIgnoreCase("skulpt")) {
            return Optional.of(new Target(low.get(), low.get(), true));
        }
        Optional<PythonVersion> high = PythonVersion.tryParse(rest);
        if (high.isEmpty() || high.get().before(low.get())) {
            return Optional.empty();
        }
        return Optional.of(new Target(low.get(), high.get(), false));
    }

    /**
     * Whether the code must run on {@code version}.
     *
     * @param version a version
     * @return true when {@code lowest <= version <= highest}
     */
    public boolean includes(PythonVersion version) {
        return version.atLeast(lowest) && !highest.before(version);
    }

    /**
     * Every version of the range, oldest first; between 2.7 and 3.0 there is nothing else.
     *
     * @return the versions
     */
    public List<PythonVersion> versions() {
        List<PythonVersion> out = new ArrayList<>();
        PythonVersion v = lowest;
        while (!highest.before(v)) {
            out.add(v);
            v = v.major() == 2 ? PythonVersion.PY30 : PythonVersion.of(3, v.minor() + 1);
        }
        return out;
    }

    /** Returns {@code "3.10"}, {@code "3.7-3.13"} or {@code "3.7-skulpt"}, the form {@link #parse} reads. */
    @Override
    public String toString() {
        if (skulpt) {
            return lowest + "-skulpt";
        }
        return lowest.equals(highest) ? lowest.toString() : lowest + "-" + highest;
    }
}
