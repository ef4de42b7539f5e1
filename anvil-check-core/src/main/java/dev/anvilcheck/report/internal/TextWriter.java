package dev.anvilcheck.report.internal;

import dev.anvilcheck.Finding;
import dev.anvilcheck.Severity;
import dev.anvilcheck.report.Report;
import java.io.IOException;
import java.io.Writer;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Human text: findings grouped by file, then those without a place, then a summary line. */
public final class TextWriter {

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
        Map<String, List<Finding>> byFile = new LinkedHashMap<>();
        for (Finding f : report.findings()) {
            byFile.computeIfAbsent(f.location().map(l -> l.path()).orElse(""), k -> new java.util.ArrayList<>())
                    .add(f);
        }
        for (Map.Entry<String, List<Finding>> e : byFile.entrySet()) {
            String header = e.getKey().isEmpty() ? "(no file)" : e.getKey();
            out.write(color ? BOLD + header + RESET : header);
            out.write("\n");
            for (Finding f : e.getValue()) {
                String pos = f.location().map(l -> l.line() + ":" + l.column()).orElse("-");
                String sev = f.severity().jsonName();
                out.write("  " + pad(pos, 8) + " " + (color ? paint(f.severity(), pad(sev, 7)) : pad(sev, 7)) + " "
                        + f.rule().code() + "  " + f.message() + "\n");
                if (f.hint().isPresent()) {
                    String hint = "hint: " + f.hint().get();
                    out.write("  " + pad("", 8) + " " + (color ? DIM + hint + RESET : hint) + "\n");
                }
            }
            out.write("\n");
        }
        long errors = report.findings().stream().filter(f -> f.severity() == Severity.ERROR).count();
        long warnings = report.findings().stream().filter(f -> f.severity() == Severity.WARNING).count();
        long infos = report.findings().stream().filter(f -> f.severity() == Severity.INFO).count();
        String summary = report.findings().isEmpty() ? "No problems found in " + report.project() + "."
                : plural(errors, "error") + ", " + plural(warnings, "warning") + ", " + plural(infos, "info")
                + " in " + report.project() + ".";
        out.write(summary + "\n");
    }

    private static String plural(long n, String word) {
        return n + " " + word + (n == 1 ? "" : "s");
    }

    private static String paint(Severity s, String text) {
        String c = s == Severity.ERROR ? "\u001b[31m" : s == Severity.WARNING ? "\u001b[33m" : "\u001b[36m";
        return c + text + RESET;
    }

    private static String pad(String s, int width) {
        StringBuilder b = new StringBuilder(s);
        while (b.length() < width) {
            b.append(' ');
        }
        return b.toString();
    }
}
