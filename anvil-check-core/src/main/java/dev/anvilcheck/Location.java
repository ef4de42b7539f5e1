package dev.anvilcheck;

import java.util.Objects;

/**
 * A span in a file of the project: the path relative to the project root (or to the PATH given for a plain tree)
 * with {@code /} separators, and 1-based lines and columns counted in Unicode code points. The end is exclusive.
 *
 * <pre>{@code
 * Location at = Location.at("server_code/orders.py", 3, 5);   // a point: end = start + 1 column
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @param path relative path with forward slashes
 * @param line first line, 1-based
 * @param column first column, 1-based, in code points
 * @param endLine last line, 1-based
 * @param endColumn column after the span, 1-based, exclusive
 */
public record Location(String path, int line, int column, int endLine, int endColumn)
        implements Comparable<Location> {

    /**
     * Checks the parts.
     *
     * @throws IllegalArgumentException when a number is below 1 or the end is before the start
     */
    public Location {
        Objects.requireNonNull(path, "path");
        if (path.indexOf('\\') >= 0) {
            path = path.replace('\\', '/');
        }
        if (line < 1 || column < 1 || endLine < line || (endLine == line && endColumn < column)) {
            throw new IllegalArgumentException(
                    "bad location " + path + ":" + line + ":" + column + "-" + endLine + ":" + endColumn);
        }
    }

    /**
     * A one-column span at {@code line:column}.
     *
     * @param path relative path
     * @param line 1-based line
     * @param column 1-based column
     * @return the location
     */
    public static Location at(String path, int line, int column) {
        return new Location(path, line, column, line, column + 1);
    }

    /**
     * A location that points at a whole file (line 1, column 1).
     *
     * @param path relative path
     * @return the location
     */
    public static Location file(String path) {
        return at(path, 1, 1);
    }

    /** Orders by path, then line, then column. */
    @Override
    public int compareTo(Location o) {
        int c = path.compareTo(o.path);
        if (c != 0) {
            return c;
        }
        c = Integer.compare(line, o.line);
        return c != 0 ? c : Integer.compare(column, o.column);
    }

    /** Returns {@code path:line:column}. */
    @Override
    public String toString() {
        return path + ":" + line + ":" + column;
    }
}
