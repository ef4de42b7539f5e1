package dev.anvilcheck.report.internal;

import dev.anvilcheck.Finding;
import dev.anvilcheck.Severity;
import dev.anvilcheck.ToolInfo;
import dev.anvilcheck.matrix.CompatibilityMatrix;
import dev.anvilcheck.matrix.Interpreter;
import dev.anvilcheck.report.Report;
import java.io.IOException;
import java.io.Writer;
import java.util.Locale;

/** A self-contained HTML page (no scripts, no external resources): the matrix as a table, then the findings. */
public final class HtmlWriter {

    private static final String STYLE = "body{font-family:system-ui,sans-serif;margin:2rem;color:#1f2328}"
            + "h1{font-size:1.4rem}h2{font-size:1.1rem;margin-top:2rem}table{border-collapse:collapse;margin:.5rem 0}"
            + "th,td{border:1px solid #d0d7de;padding:.3rem .6rem;text-align:left;vertical-align:top;font-size:.9rem}"
            + "th{background:#f6f8fa}td.pass{background:#dafbe1}td.fail{background:#ffebe9}td.skip{background:#f6f8fa;"
            + "color:#57606a}td.name{font-family:ui-monospace,monospace}.summary span{margin-right:1.5rem}"
            + ".error{color:#cf222e}.warning{color:#9a6700}.info{color:#0969da}small{color:#57606a}"
            + "th.targeted{border-bottom:3px solid #0969da}";

    private HtmlWriter() {
    }

    /**
     * Writes the page.
     *
     * @param report the report
     * @param out the writer
     * @throws IOException when writing fails
     */
    public static void write(Report report, Writer out) throws IOException {
        StringBuilder b = new StringBuilder(8192);
        b.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>anvil-check: ")
                .append(esc(report.project())).append("</title>\n<style>").append(STYLE).append("</style>\n</head>\n<body>\n");
        b.append("<h1>anvil-check report for <code>").append(esc(report.project())).append("</code></h1>\n");
        long e = ReportSupport.count(report, Severity.ERROR);
        long w = ReportSupport.count(report, Severity.WARNING);
        long i = ReportSupport.count(report, Severity.INFO);
        b.append("<p class=\"summary\"><span class=\"error\">").append(e).append(" errors</span><span class=\"warning\">")
                .append(w).append(" warnings</span><span class=\"info\">").append(i).append(" infos</span><small>")
                .append(esc(ToolInfo.NAME + " " + ToolInfo.version())).append("</small></p>\n");
        report.result(CompatibilityMatrix.class).ifPresent(m -> matrix(b, m));
        b.append("<h2>Findings</h2>\n");
        if (report.findings().isEmpty()) {
            b.append("<p>No problems found.</p>\n");
        } else {
            b.append("<table>\n<tr><th>severity</th><th>rule</th><th>place</th><th>message</th></tr>\n");
            for (Finding f : report.findings()) {
                b.append("<tr><td class=\"").append(f.severity().jsonName()).append("\">")
                        .append(f.severity().jsonName()).append("</td><td>").append(esc(f.rule().code()))
                        .append("</td><td class=\"name\">")
                        .append(esc(f.location().map(Object::toString).orElse(""))).append("</td><td>")
                        .append(esc(f.message()));
                f.hint().ifPresent(h -> b.append("<br><small>").append(esc(h)).append("</small>"));
                b.append("</td></tr>\n");
            }
            b.append("</table>\n");
        }
        b.append("</body>\n</html>\n");
        out.write(b.toString());
    }

    private static void matrix(StringBuilder b, CompatibilityMatrix m) {
        b.append("<h2>Compatibility matrix</h2>\n");
        if (!m.recommendations().isEmpty()) {
            b.append("<ul>\n");
            m.recommendations().forEach(r -> b.append("<li>").append(esc(r)).append("</li>\n"));
            b.append("</ul>\n");
        }
        b.append("<table>\n<tr><th>file or test</th>");
        for (Interpreter i : m.interpreters()) {
            b.append("<th").append(m.targeted().contains(i.version()) ? " class=\"targeted\"" : "")
                    .append(" title=\"").append(esc(i.executable().toString())).append("\">Python ")
                    .append(esc(i.version().toString())).append("</th>");
        }
        b.append("</tr>\n");
        for (CompatibilityMatrix.Row r : m.rows()) {
            b.append("<tr><td class=\"name\">").append(esc(r.name())).append("</td>");
            for (Interpreter i : m.interpreters()) {
                CompatibilityMatrix.Cell c = r.cells().get(i.version().toString());
                String status = c == null ? "skip" : c.status().name().toLowerCase(Locale.ROOT);
                String reason = c == null ? "" : c.reason();
                b.append("<td class=\"").append(status).append("\"")
                        .append(reason.isEmpty() ? "" : " title=\"" + esc(reason) + "\"").append(">").append(status)
                        .append(reason.isEmpty() || status.equals("pass") ? "" : "<br><small>" + esc(reason) + "</small>")
                        .append("</td>");
            }
            b.append("</tr>\n");
        }
        b.append("</table>\n");
    }

    static String esc(String s) {
        StringBuilder b = new StringBuilder(s.length() + 16);
        for (int k = 0; k < s.length(); k++) {
            char c = s.charAt(k);
            switch (c) {
                case '<': b.append("&lt;"); break;
                case '>': b.append("&gt;"); break;
                case '&': b.append("&amp;"); break;
                case '"': b.append("&quot;"); break;
                case '\'': b.append("&#39;"); break;
                default: b.append(c < 0x20 && c != '\n' && c != '\t' ? ' ' : c);
            }
        }
        return b.toString();
    }
}
