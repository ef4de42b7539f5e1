package dev.anvilcheck.compat;

import dev.anvilcheck.CheckResult;
import dev.anvilcheck.Finding;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The result of the Python compatibility check: one entry per file, a summary per code root, and every finding
 * (syntax errors included).
 *
 * <pre>{@code
 * CompatibilityResult r = AnvilProject.load(path).checkCompatibility("3.7-3.13")
 *         .result(CompatibilityResult.class).orElseThrow();
 * r.roots().forEach(s -> System.out.println(s.root() + " needs Python " + s.minimumVersion()));
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @param files the files, sorted by path
 * @param roots one summary per code root that has files
 * @param findings every file's syntax errors and findings, sorted
 */
public record CompatibilityResult(List<FileCompatibility> files, List<RootSummary> roots, List<Finding> findings)
        implements CheckResult {

    /** Copies the lists and sorts the findings. */
    public CompatibilityResult {
        files = List.copyOf(files);
        roots = List.copyOf(roots);
        findings = findings.stream().sorted().toList();
    }

    /**
     * Builds the result from the files, gathering their findings.
     *
     * @param files the files, sorted by path
     * @param roots the summaries
     * @return the result
     */
    public static CompatibilityResult of(List<FileCompatibility> files, List<RootSummary> roots) {
        List<Finding> all = new ArrayList<>();
        for (FileCompatibility f : files) {
            all.addAll(f.syntaxErrors());
            all.addAll(f.findings());
        }
        return new CompatibilityResult(files, roots, all);
    }

    /**
     * The entry of one file.
     *
     * @param path the path as in {@link FileCompatibility#path()}
     * @return the entry, if the file was checked
     */
    public Optional<FileCompatibility> file(String path) {
        return files.stream().filter(f -> f.path().equals(path)).findFirst();
    }
}
