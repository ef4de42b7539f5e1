package dev.anvilcheck.internal.project;

import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.List;

/** Glob matching on project-relative paths with {@code /} separators; {@code **} crosses folders. */
public final class Globs {

    private final List<PathMatcher> matchers = new ArrayList<>();

    /**
     * Compiles globs; a glob ending in {@code /**} also matches the folder itself.
     *
     * @param globs the patterns
     */
    public Globs(List<String> globs) {
        for (String g : globs) {
            String glob = g.startsWith("./") ? g.substring(2) : g;
            matchers.add(FileSystems.getDefault().getPathMatcher("glob:" + glob));
            if (glob.endsWith("/**")) {
                matchers.add(FileSystems.getDefault().getPathMatcher("glob:" + glob.substring(0, glob.length() - 3)));
            }
            if (!glob.contains("/")) {
                matchers.add(FileSystems.getDefault().getPathMatcher("glob:**/" + glob));
            }
        }
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
