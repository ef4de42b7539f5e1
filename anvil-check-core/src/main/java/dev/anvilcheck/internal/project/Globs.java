package dev.anvilcheck.internal.project;

import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Glob matching on project-relative paths with {@code /} separators; {@code **} crosses folders. */
public final class Globs {

    private final List<PathMatcher> matchers = new ArrayList<>();

    /**
     * Compiles globs; a glob ending in {@code /**} also matches the folder itself. A glob that is not valid
     * (see {@link #problem(String)}) matches nothing; the settings validator reports it.
     *
     * @param globs the patterns
     */
    public Globs(List<String> globs) {
        for (String g : globs) {
            try {
                matchers.addAll(compile(g));
            } catch (IllegalArgumentException e) {
                // an invalid glob matches nothing; problem(g) explains it to the user
            }
        }
    }

    /**
     * Why a glob cannot be used, or empty when it can.
     *
     * @param glob the pattern
     * @return a one-line description of the problem
     */
    public static Optional<String> problem(String glob) {
        try {
            compile(glob);
            return Optional.empty();
        } catch (IllegalArgumentException e) {
            String why = e instanceof java.util.regex.PatternSyntaxException
                    ? ((java.util.regex.PatternSyntaxException) e).getDescription() : e.getMessage();
            return Optional.of("'" + glob + "' is not a valid glob: " + why);
        }
    }

    private static List<PathMatcher> compile(String g) {
        String glob = g.startsWith("./") ? g.substring(2) : g;
        List<PathMatcher> out = new ArrayList<>();
        out.add(FileSystems.getDefault().getPathMatcher("glob:" + glob));
        if (glob.endsWith("/**")) {
            out.add(FileSystems.getDefault().getPathMatcher("glob:" + glob.substring(0, glob.length() - 3)));
        }
        if (!glob.contains("/")) {
            out.add(FileSystems.getDefault().getPathMatcher("glob:**/" + glob));
        }
        return out;
    }

    /**
     * Whether a relative path matches any glob.
     *
     * @param relPath the path with {@code /} separators
     * @return true on a match
     */
    public boolean matches(String relPath) {
        Path p = Path.of(relPath);
        for (PathMatcher m : matchers) {
            if (m.matches(p)) {
                return true;
            }
        }
        return false;
    }

    /** Whether there are no globs. */
    public boolean isEmpty() {
        return matchers.isEmpty();
    }
}
