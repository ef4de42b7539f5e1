package dev.anvilcheck.internal.project;

import dev.anvilcheck.CodeRoot;
import dev.anvilcheck.SourceFile;
import dev.anvilcheck.internal.io.SafeFiles;
import java.io.IOException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** Finds the Python files of a tree, skipping the usual tool folders and the configured excludes. */
public final class ProjectScanner {

    /** Folders never descended into. */
    public static final Set<String> SKIPPED_DIRS = Set.of(".git", ".venv", "venv", "node_modules", "__pycache__",
            ".hg", ".svn", ".tox", ".mypy_cache", ".pytest_cache", "target");

    private ProjectScanner() {
    }

    /**
     * Lists the Python files below {@code root}, sorted by path.
     *
     * @param root the project root
     * @param excludes globs to skip
     * @return the files
     * @throws IOException when the tree cannot be walked
     */
    public static List<SourceFile> pythonFiles(Path root, Globs excludes) throws IOException {
        List<SourceFile> out = new ArrayList<>();
        Files.walkFileTree(root, EnumSet.noneOf(FileVisitOption.class), 64, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                if (!dir.equals(root)) {
                    String name = dir.getFileName().toString();
                    if (SKIPPED_DIRS.contains(name) || excludes.matches(relative(root, dir))) {
                        return FileVisitResult.SKIP_SUBTREE;
                    }
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                String rel = relative(root, file);
                // not only regular files: a link, a FIFO, a device or a socket named *.py is listed too, so that the
                // checks report it as unreadable instead of skipping it silently (they never open one)
                if (!attrs.isDirectory() && rel.endsWith(".py") && !excludes.matches(rel)
                        && (attrs.isRegularFile() || !SafeFiles.isEditorLock(file))) {
                    out.add(new SourceFile(rel, file.toAbsolutePath(), rootOf(rel)));
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException exc) {
                return FileVisitResult.CONTINUE;
            }
        });
        out.sort((a, b) -> a.path().compareTo(b.path()));
        return List.copyOf(out);
    }

    /**
     * The code root of a relative path.
     *
     * @param rel the relative path
     * @return client, server or other
     */
    public static CodeRoot rootOf(String rel) {
        if (rel.startsWith("client_code/") || rel.startsWith("forms/") || rel.startsWith("modules/")) {
            return CodeRoot.CLIENT;
        }
        if (rel.startsWith("server_code/") || rel.startsWith("server_modules/")) {
            return CodeRoot.SERVER;
        }
        return CodeRoot.OTHER;
    }

    /**
     * The path of {@code file} relative to {@code root}, with {@code /} separators.
     *
     * @param root the root
     * @param file a path below it
     * @return the relative path
     */
    public static String relative(Path root, Path file) {
        return root.relativize(file).toString().replace('\\', '/');
    }

    /**
     * Whether a dotted module (a form or module) exists in client_code, in package form
     * ({@code A/B/__init__.py}), module form ({@code A/B.py}) or the older forms/modules layout.
     *
     * @param root the project root
     * @param dotted the dotted name
     * @return true when found
     */
    public static boolean clientModuleExists(Path root, String dotted) {
        String rel = dotted.replace('.', '/');
        Path client = root.resolve("client_code");
        return Files.isRegularFile(client.resolve(rel + ".py"))
                || Files.isRegularFile(client.resolve(rel).resolve("__init__.py"))
                || Files.isRegularFile(root.resolve("forms").resolve(dotted + ".py"))
                || Files.isRegularFile(root.resolve("forms").resolve(dotted + ".yaml"))
                || Files.isRegularFile(root.resolve("modules").resolve(dotted + ".py"));
    }
}
