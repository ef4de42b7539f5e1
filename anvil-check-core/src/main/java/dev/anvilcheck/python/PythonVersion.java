package dev.anvilcheck.python;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Python language version, major and minor only ({@code 2.7}, {@code 3.0} ... {@code 3.15}).
 *
 * <pre>{@code
 * PythonVersion v = PythonVersion.parse("3.10");
 * boolean ok = v.atLeast(PythonVersion.of(3, 8)); // true
 * }</pre>
 *
 * <p>Instances are immutable and thread-safe. Versions order by major, then minor; they render as
 * {@code "3.10"}, the form used in every report.
 *
 * @param major the major version, 2 or 3
 * @param minor the minor version, 0 or more
 */
public record PythonVersion(int major, int minor) implements Comparable<PythonVersion> {

    private static final Pattern FORM = Pattern.compile("(\\d{1,2})\\.(\\d{1,3})");

    /** Python 2.7, the last Python 2. */
    public static final PythonVersion PY27 = new PythonVersion(2, 7);
    /** Python 3.0, the version reported when nothing in a file is gated. */
    public static final PythonVersion PY30 = new PythonVersion(3, 0);
    /** The newest version whose grammar the parser accepts. */
    public static final PythonVersion LATEST = new PythonVersion(3, 15);

    /**
     * Checks the parts.
     *
     * @throws IllegalArgumentException when major is not 2 or 3, or minor is negative
     */
    public PythonVersion {
        if (major < 2 || major > 3 || minor < 0 || minor > 99) {
            throw new IllegalArgumentException("not a Python version: " + major + "." + minor);
        }
    }

    /**
     * Returns the version {@code major.minor}.
     *
     * @param major 2 or 3
     * @param minor 0 or more
     * @return the version
     */
    public static PythonVersion of(int major, int minor) {
        return new PythonVersion(major, minor);
    }

    /**
     * Parses {@code "3.10"}; a micro part ({@code "3.10.4"}) is ignored.
     *
     * @param text the version text
     * @return the version
     * @throws IllegalArgumentException with the text when it is not a version
     */
    public static PythonVersion parse(String text) {
        return tryParse(text).orElseThrow(() -> new IllegalArgumentException(
                "not a Python version: '" + text + "' (expected MAJOR.MINOR such as 3.10)"));
    }

    /**
     * Parses {@code "3.10"} or {@code "3.10.4"}, or returns empty.
     *
     * @param text the version text, may be null
     * @return the version, or empty when the text is not one
     */
    public static Optional<PythonVersion> tryParse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String t = text.trim();
        int second = t.indexOf('.', t.indexOf('.') + 1);
        if (second > 0) {
            String micro = t.substring(second + 1);
            if (!micro.chars().allMatch(Character::isDigit) || micro.isEmpty()) {
                return Optional.empty();
            }
            t = t.substring(0, second);
        }
        Matcher m = FORM.matcher(t);
        if (!m.matches()) {
            return Optional.empty();
        }
        int major = Integer.parseInt(m.group(1));
        int minor = Integer.parseInt(m.group(2));
        if (major < 2 || major > 3) {
            return Optional.empty();
        }
        return Optional.of(new PythonVersion(major, minor));
    }

    /**
     * Whether this version is the same as or newer than {@code other}.
     *
     * @param other the version to compare with
     * @return {@code this >= other}
     */
    public boolean atLeast(PythonVersion other) {
        return compareTo(other) >= 0;
    }

    /**
     * Whether this version is older than {@code other}.
     *
     * @param other the version to compare with
     * @return {@code this < other}
     */
    public boolean before(PythonVersion other) {
        return compareTo(other) < 0;
    }

    @Override
    public int compareTo(PythonVersion o) {
        return major != o.major ? Integer.compare(major, o.major) : Integer.compare(minor, o.minor);
    }

    /** Returns {@code "major.minor"}. */
    @Override
    public String toString() {
        return major + "." + minor;
    }
}
