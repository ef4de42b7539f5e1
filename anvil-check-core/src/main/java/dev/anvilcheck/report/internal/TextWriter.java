package dev.anvilcheck.report.internal;

import dev.anvilcheck.Finding;
import dev.anvilcheck.Location;
import dev.anvilcheck.Severity;
import dev.anvilcheck.internal.io.SafeFiles;
import dev.anvilcheck.report.Report;
import java.io.IOException;
import java.io.Writer;
import java.nio.ByteBuffer;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Human text: findings grouped by file, each with the source line it points at and a caret under the span,
 * then the findings without a place, then a summary line.
 *
 * <p>Source is read from the project root ({@link Report#project()}), only for regular files inside it (symbolic
 * links that leave it are not followed), only when smaller than {@value #MAX_FILE_BYTES} bytes and valid UTF-8.
 * A line that a secret finding points at (one with {@code Details.Secret}, or of an {@code SE} rule) is never
 * shown, for any finding: it is replaced by a mask; so is every line of a {@code .env} file and any line that
 * {@linkplain dev.anvilcheck.secrets.internal.SecretScanner#mayHoldSecret(String) may hold a secret} (a
 * {@code token:} or {@code password =} line that a non-secret finding points at, say). Control characters in messages and source are replaced, so
 * that a hostile file cannot drive the terminal. ANSI colours only when asked.
 */
public final class TextWriter {

    /** Files larger than this get no excerpt. */
    public static final int MAX_FILE_BYTES = 4 * 1024 * 1024;
    /** Lines longer than this (in code points) are cut in excerpts. */
    public static final int MAX_LINE = 200;
    /** What stands in for a line that may hold a secret. */
    public static final String MASK = "(line hidden: it may hold a secret)";

    private static final String RESET = "\u001b[0m";
    private static final String BOLD = "\u001b[1m";
    private static final String DIM = "\u001b[2m";

    private TextWriter() {
    }

    /**
     * Writes a report.
     *
     * @param report the report
     * @param out the writer
     * @param color whether to use ANSI colours
     * @throws IOException when writing fails
     */
    public static void write(Report report, Writer out, boolean color) throws IOException {
        Optional<Path> root = root(report.project());
        for (Map.Entry<String, List<Finding>> e : ReportSupport.byFile(report.findings()).entrySet()) {
            String path = e.getKey();
            String header = path.isEmpty() ? "(not in a file)" : ReportSupport.oneLine(path);
            out.write(color ? BOLD + header + RESET : header);
            out.write("\n");
            Set<Integer> secretLines = new HashSet<>();
            for (Finding f : e.getValue()) {
                if (ReportSupport.isSecret(f) && f.location().isPresent()) {
                    Location l = f.location().get();
                    for (int i = l.line(); i <= l.endLine() && i < l.line() + 10_000; i++) {
                        secretLines.add(i);
                    }
                }
            }
            Optional<List<String>> source = path.isEmpty() ? Optional.empty() : root.flatMap(r -> lines(r, path));
            int gutter = e.getValue().stream().mapToInt(f -> f.location().map(Location::line).orElse(0))
                    .map(n -> Integer.toString(n).length()).max().orElse(1);
            for (Finding f : e.getValue()) {
                String pos = f.location().map(l -> l.line() + ":" + l.column()).orElse("-");
                String sev = pad(f.severity().jsonName(), 7);
                out.write("  " + pad(pos, 8) + " " + (color ? paint(f.severity(), sev) : sev) + " "
                        + f.rule().code() + "  " + ReportSupport.oneLine(f.message()) + "\n");
                if (f.location().isPresent() && source.isPresent()) {
                    excerpt(out, f, source.get(), secretLines, isDotenv(path), gutter, color);
                }
                if (f.hint().isPresent()) {
                    String hint = "hint: " + ReportSupport.oneLine(f.hint().get());
                    out.write("  " + pad("", 8) + " " + (color ? DIM + hint + RESET : hint) + "\n");
                }
            }
            out.write("\n");
        }
        java.util.Optional<dev.anvilcheck.matrix.CompatibilityMatrix> matrix =
                report.result(dev.anvilcheck.matrix.CompatibilityMatrix.class);
        if (matrix.isPresent()) {
            writeMatrix(matrix.get(), out);
        }
        long errors = ReportSupport.count(report, Severity.ERROR);
        long warnings = ReportSupport.count(report, Severity.WARNING);
        long infos = ReportSupport.count(report, Severity.INFO);
        String project = ReportSupport.oneLine(report.project());
        String summary = report.findings().isEmpty() ? "No problems found in " + project + "."
                : plural(errors, "error") + ", " + plural(warnings, "warning") + ", " + plural(infos, "info")
                + " in " + project + ".";
        out.write(summary + "\n");
    }

    /** A .env file (not an example of one): every value in it may be a secret. */
    private static boolean isDotenv(String path) {
        String name = path.substring(path.lastIndexOf('/') + 1).toLowerCase(java.util.Locale.ROOT);
        return (name.equals(".env") || name.startsWith(".env.") || name.endsWith(".env"))
                && !name.matches(".*\\.(example|sample|template|dist)$");
    }

    private static void excerpt(Writer out, Finding f, List<String> lines, Set<Integer> secretLines,
                                boolean dotenv, int gutter, boolean color) throws IOException {
        Location l = f.location().get();
        if (l.line() > lines.size()) {
            return;
        }
        String indent = "  " + pad("", 8) + " ";
        String num = leftPad(Integer.toString(l.line()), gutter);
        String bar = color ? DIM + " | " + RESET : " | ";
        String line = lines.get(l.line() - 1);
        if (dotenv || secretLines.contains(l.line())
                || dev.anvilcheck.secrets.internal.SecretScanner.mayHoldSecret(line)) {
            out.write(indent + num + bar + MASK + "\n");
            return;
        }
        int[] cps = line.codePoints().toArray();
        int shown = Math.min(cps.length, MAX_LINE);
        String text = ReportSupport.oneLine(new String(cps, 0, shown)) + (cps.length > shown ? " \u2026" : "");
        out.write(indent + num + bar + text + "\n");
        int start = Math.min(l.column(), shown + 1);
        int end = l.endLine() == l.line() ? l.endColumn() : cps.length + 1;
        end = Math.min(Math.max(end, start + 1), shown + 1);
        if (end <= start) {
            end = start + 1;
        }
        StringBuilder caret = new StringBuilder();
        for (int i = 0; i < start - 1; i++) {
            caret.append(cps[i] == '\t' ? '\t' : ' ');
        }
        caret.append("^".repeat(end - start));
        String marks = caret.toString();
        out.write(indent + " ".repeat(gutter) + bar + (color ? paint(f.severity(), marks) : marks) + "\n");
    }

    private static Optional<Path> root(String project) {
        try {
            Path p = Path.of(project);
            return Files.isDirectory(p) ? Optional.of(p.toRealPath()) : Optional.empty();
        } catch (InvalidPathException | IOException | SecurityException e) {
            return Optional.empty();
        }
    }

    /** The lines of a project file, when it is a small, readable UTF-8 file inside the root. */
    private static Optional<List<String>> lines(Path root, String relPath) {
        try {
            Path file = root.resolve(relPath).normalize();
            if (!file.startsWith(root) || !Files.isRegularFile(file)) {
                return Optional.empty();
            }
            Path real = file.toRealPath();
            if (!real.startsWith(root) || Files.size(real) > MAX_FILE_BYTES) {
                return Optional.empty();
            }
            String content = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(SafeFiles.readBytes(real, MAX_FILE_BYTES))).toString();
            if (content.startsWith("\ufeff")) {
                content = content.substring(1);
            }
            return Optional.of(List.of(content.split("\r\n|\r|\n", -1)));
        } catch (InvalidPathException | IOException | SecurityException e) {
            return Optional.empty();
        }
    }

    private static String plural(long n, String word) {
        return n + " " + word + (n == 1 ? "" : "s");
    }

    private static String paint(Severity s, String text) {
        String c = s == Severity.ERROR ? "\u001b[31m" : s == Severity.WARNING ? "\u001b[33m" : "\u001b[36m";
        return c + text + RESET;
    }

    private static String pad(String s, int width) {
        return s.length() >= width ? s : s + " ".repeat(width - s.length());
    }

    private static String leftPad(String s, int width) {
        return s.length() >= width ? s : " ".repeat(width - s.length()) + s;
    }

    /** The matrix as a grid: one row per file or test, one column per version ({@code ok}, {@code FAIL}, {@code -}). */
    private static void writeMatrix(dev.anvilcheck.matrix.CompatibilityMatrix m, Writer out) throws IOException {
        java.util.List<String> versions = new java.util.ArrayList<>();
        m.interpreters().forEach(i -> versions.add(i.version().toString()));
        int width = "file or test".length();
        for (dev.anvilcheck.matrix.CompatibilityMatrix.Row r : m.rows()) {
            width = Math.max(width, Math.min(70, ReportSupport.oneLine(r.name()).length()));
        }
        StringBuilder b = new StringBuilder("Compatibility matrix\n  ").append(pad("file or test", width));
        for (String v : versions) {
            b.append("  ").append(pad(v, 5));
        }
        b.append("\n");
        for (dev.anvilcheck.matrix.CompatibilityMatrix.Row r : m.rows()) {
            String name = ReportSupport.oneLine(r.name());
            b.append("  ").append(pad(name.length() > 70 ? "..." + name.substring(name.length() - 67) : name, width));
            for (String v : versions) {
                dev.anvilcheck.matrix.CompatibilityMatrix.Cell c = r.cells().get(v);
                String cell = c == null ? "-" : switch (c.status()) {
                    case PASS -> "ok";
                    case FAIL -> "FAIL";
                    case SKIP -> "-";
                };
                b.append("  ").append(pad(cell, 5));
            }
            b.append("\n");
        }
        for (String rec : m.recommendations()) {
            b.append("  * ").append(ReportSupport.oneLine(rec)).append("\n");
        }
        out.write(b.append("\n").toString());
    }
}
