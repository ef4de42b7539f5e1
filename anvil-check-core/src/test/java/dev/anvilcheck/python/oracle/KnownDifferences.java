package dev.anvilcheck.python.oracle;

import dev.anvilcheck.python.PythonVersion;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The one list of accepted differences between our parser and CPython, each with its reason:
 * {@code src/test/resources/dev/anvilcheck/python/oracle/known-differences.txt}.
 *
 * <p>One entry per line: {@code KIND VERSION PATH-GLOB REASON...}, whitespace-separated, where KIND is
 * {@code verdict} or {@code tree} (the parser), {@code compat} or {@code minimum} (the compatibility check,
 * {@link CompatibilityAgreementTest}), VERSION is {@code 3.8} or {@code *}, and PATH-GLOB is matched against the path
 * relative to the interpreter's {@code lib/pythonX.Y} ({@code *} within a directory, {@code **} across). The
 * reason is required. {@code #} starts a comment line.
 *
 * @param entries the entries in file order
 */
public record KnownDifferences(List<Entry> entries) {

    /** The resource name, next to this class. */
    public static final String RESOURCE = "known-differences.txt";

    /** Copies the list. */
    public KnownDifferences {
        entries = List.copyOf(entries);
    }

    /** The kinds of comparison an entry can excuse. */
    public enum Kind {
        /** Accept/reject verdicts. */
        VERDICT,
        /** AST dumps. */
        TREE,
        /** The compatibility check's "syntax-compatible with V" against interpreter V's verdict. */
        COMPAT,
        /** A file's reported minimum version against the oldest interpreter that compiles it. */
        MINIMUM
    }

    /**
     * One accepted difference.
     *
     * @param kind what differs
     * @param version the version it applies to, or empty for every version
     * @param glob the path pattern
     * @param reason why the difference is accepted
     * @param lineNumber the line in the file
     */
    public record Entry(Kind kind, Optional<PythonVersion> version, String glob, String reason, int lineNumber) {

        /**
         * Whether this entry excuses a difference.
         *
         * @param kind what differs
         * @param v the version
         * @param relativePath the path relative to the library directory
         * @return whether it matches
         */
        public boolean matches(Kind kind, PythonVersion v, String relativePath) {
            if (this.kind != kind || version.isPresent() && !version.get().equals(v)) {
                return false;
            }
            PathMatcher m = FileSystems.getDefault().getPathMatcher("glob:" + glob);
            return m.matches(Path.of(relativePath));
        }
    }

    /**
     * Loads the committed list.
     *
     * @return the list
     */
    public static KnownDifferences load() {
        try (InputStream in = KnownDifferences.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + RESOURCE);
            }
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Parses the file's text.
     *
     * @param text the text
     * @return the list
     * @throws IllegalArgumentException naming the line of a malformed entry
     */
    public static KnownDifferences parse(String text) {
        List<Entry> out = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new StringReader(text))) {
            String line;
            int n = 0;
            while ((line = r.readLine()) != null) {
                n++;
                String t = line.strip();
                if (t.isEmpty() || t.startsWith("#")) {
                    continue;
                }
                String[] f = t.split("\\s+", 4);
                if (f.length < 4 || f[3].isBlank()) {
                    throw new IllegalArgumentException(RESOURCE + ":" + n
                            + ": expected 'KIND VERSION PATH-GLOB REASON...', got: " + t);
                }
                Kind kind = switch (f[0]) {
                    case "verdict" -> Kind.VERDICT;
                    case "tree" -> Kind.TREE;
                    case "compat" -> Kind.COMPAT;
                    case "minimum" -> Kind.MINIMUM;
                    default -> throw new IllegalArgumentException(RESOURCE + ":" + n + ": kind must be 'verdict',"
                            + " 'tree', 'compat' or 'minimum', not '" + f[0] + "'");
                };
                Optional<PythonVersion> v;
                if (f[1].equals("*")) {
                    v = Optional.empty();
                } else {
                    int lineNo = n;
                    v = Optional.of(PythonVersion.tryParse(f[1]).orElseThrow(() -> new IllegalArgumentException(
                            RESOURCE + ":" + lineNo + ": not a version or '*': " + f[1])));
                }
                out.add(new Entry(kind, v, f[2], f[3].strip(), n));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new KnownDifferences(out);
    }

    /**
     * The entry that excuses a difference.
     *
     * @param kind what differs
     * @param v the version
     * @param relativePath the path relative to the library directory
     * @return the first matching entry, or empty
     */
    public Optional<Entry> find(Kind kind, PythonVersion v, String relativePath) {
        return entries.stream().filter(e -> e.matches(kind, v, relativePath)).findFirst();
    }
}
