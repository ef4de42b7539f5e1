package dev.anvilcheck.python.oracle;

import dev.anvilcheck.python.PythonVersion;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The figures and disagreements of one differential comparison (one interpreter, one kind), printed to stdout and
 * written under {@code target/oracle/}.
 */
final class DifferentialReport {

    /**
     * One file where we and CPython differ.
     *
     * @param relativePath the path relative to the library directory
     * @param category a short class of the difference, for grouping
     * @param detail what each side said, with the first differing position
     * @param excuse the known-differences entry that accepts it, or empty
     */
    record Disagreement(String relativePath, String category, String detail,
            Optional<KnownDifferences.Entry> excuse) {
    }

    private final String title;
    private final String kindAndVersion;
    private final List<Disagreement> disagreements = new ArrayList<>();
    private final List<String> stale = new ArrayList<>();
    private int files;
    private int skipped;

    /**
     * A report.
     *
     * @param title the figures' title
     * @param kind the known-differences kind these comparisons are listed under
     * @param version the version for proposed entries
     */
    DifferentialReport(String title, KnownDifferences.Kind kind, PythonVersion version) {
        this.title = title;
        this.kindAndVersion = kind.name().toLowerCase(Locale.ROOT) + "  " + version;
    }

    /**
     * A report whose proposed entries apply to every version ({@code *}).
     *
     * @param title the figures' title
     * @param kind the known-differences kind these comparisons are listed under
     */
    DifferentialReport(String title, KnownDifferences.Kind kind) {
        this.title = title;
        this.kindAndVersion = kind.name().toLowerCase(Locale.ROOT) + "  *";
    }

    synchronized void agreed() {
        files++;
    }

    /**
     * A file that agrees although an entry excuses it: the entry may be stale.
     *
     * @param relativePath the file
     * @param entry the entry
     */
    synchronized void agreed(String relativePath, Optional<KnownDifferences.Entry> entry) {
        files++;
        entry.ifPresent(e -> stale.add(relativePath + " agrees, but line " + e.lineNumber() + " of "
                + KnownDifferences.RESOURCE + " (" + e.glob() + ") excuses it: remove or narrow that entry"));
    }

    synchronized void skipped() {
        skipped++;
    }

    synchronized void disagreed(Disagreement d) {
        files++;
        disagreements.add(d);
    }

    List<Disagreement> unexcused() {
        return disagreements.stream().filter(d -> d.excuse().isEmpty()).toList();
    }

    /** {@code "CPython 3.8.18 verdicts: files=172 agreed=170 disagreed=2 (1 listed) agreement=98.84%"}. */
    String figures() {
        int dis = disagreements.size();
        int listed = dis - unexcused().size();
        double pct = files == 0 ? 100.0 : 100.0 * (files - dis) / files;
        return String.format(Locale.ROOT, "%s: files=%d agreed=%d disagreed=%d (%d listed in %s) agreement=%.2f%%%s",
                title, files, files - dis, dis, listed, KnownDifferences.RESOURCE, pct,
                skipped > 0 ? " (" + skipped + " files not compared: CPython's ast.parse rejects them)" : "");
    }

    /** Counts by category, largest first. */
    Map<String, Long> categories() {
        Map<String, Long> counts = disagreements.stream().filter(d -> d.excuse().isEmpty())
                .collect(Collectors.groupingBy(Disagreement::category, TreeMap::new, Collectors.counting()));
        return counts.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a,
                        LinkedHashMap::new));
    }

    /**
     * Appends this report to a file under {@code target/oracle/}.
     *
     * @param fileName e.g. {@code verdict-agreement.txt}
     * @return the file
     */
    Path write(String fileName) {
        Path dir = Path.of(System.getProperty("basedir", ".")).resolve("target/oracle");
        Path file = dir.resolve(fileName);
        StringBuilder b = new StringBuilder();
        b.append("== ").append(figures()).append('\n');
        Map<String, Long> cats = categories();
        if (!cats.isEmpty()) {
            b.append("categories (unlisted disagreements):\n");
            cats.forEach((k, v) -> b.append(String.format(Locale.ROOT, "  %6d  %s%n", v, k)));
        }
        List<Disagreement> sorted = new ArrayList<>(disagreements);
        sorted.sort(Comparator.comparing(Disagreement::category).thenComparing(Disagreement::relativePath));
        for (Disagreement d : sorted) {
            b.append("- ").append(d.relativePath()).append("  [").append(d.category()).append(']');
            d.excuse().ifPresent(e -> b.append("  LISTED (line ").append(e.lineNumber()).append("): ")
                    .append(e.reason()));
            b.append('\n');
            for (String line : d.detail().split("\n")) {
                b.append("    ").append(line).append('\n');
            }
        }
        stale.stream().sorted().forEach(x -> b.append("STALE? ").append(x).append('\n'));
        b.append('\n');
        StringBuilder proposed = new StringBuilder();
        unexcused().stream().map(d -> kindAndVersion + "  " + d.relativePath() + "  " + d.category() + "\n")
                .sorted().forEach(proposed::append);
        try {
            Files.createDirectories(dir);
            Files.writeString(file, b, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
            // entries in the known-differences format, to review (and give a real reason) before listing any
            Files.writeString(dir.resolve("known-differences.proposed.txt"), proposed, StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }

    /** A failure message listing the first unlisted disagreements. */
    String failureMessage(Path reportFile) {
        List<Disagreement> u = unexcused();
        StringBuilder b = new StringBuilder(figures()).append("\n").append(u.size())
                .append(" disagreement(s) not listed in ").append(KnownDifferences.RESOURCE).append("; details in ")
                .append(reportFile).append("\n");
        u.stream().limit(15).forEach(d -> b.append("  ").append(d.relativePath()).append(" [").append(d.category())
                .append("] ").append(d.detail().lines().findFirst().orElse("")).append('\n'));
        if (u.size() > 15) {
            b.append("  ... and ").append(u.size() - 15).append(" more\n");
        }
        return b.toString();
    }
}
