package dev.anvilcheck;

import java.nio.file.Path;
import java.util.Objects;

/**
 * A Python file of the project.
 *
 * <p>Immutable and thread-safe.
 *
 * @param path the path relative to the project root, with {@code /} separators
 * @param file the absolute file
 * @param root where it runs
 */
public record SourceFile(String path, Path file, CodeRoot root) {
    /** Checks for nulls. */
    public SourceFile {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(root, "root");
    }
}
