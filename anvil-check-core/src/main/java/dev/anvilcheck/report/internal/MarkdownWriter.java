package dev.anvilcheck.report.internal;

import dev.anvilcheck.Finding;
import dev.anvilcheck.Severity;
import dev.anvilcheck.ToolInfo;
import dev.anvilcheck.report.Report;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Map;

/**
 * Writes GitHub-flavoured Markdown, fit for a pull-request comment or a GitHub Actions step summary
 * ({@code $GITHUB_STEP_SUMMARY}): a heading with the verdict, a table of counts by severity, then one findings
 * table per file. Text from the project (messages, paths) is escaped so that it cannot break a table or inject
 * HTML or links: {@code |}, Markdown punctuation and {@code <>&} are escaped and line breaks become {@code <br>}.
 */
public final class MarkdownWriter {

    private MarkdownWriter() {
    }

    /**
     * Writes a report.
     *
     * @param report the report
     * @param out the writer
     * @throws IOException when writing fails
     */
    public static void write(Report report, Writer out) throws IOException {
        long errors = ReportSupport.count(report, Severity.ERROR);
        long warnings = ReportSupport.count(report, Severity.WARNING);
        long infos = ReportSupport.count(report, Severity.INFO);
        String verdict = errors > 0 ? "failed" : warnings > 0 ? "passed with warnings" : "passed";
        out.write("## " + ToolInfo.NAME + ": " + verdict + "\n\n");
        out.write("Project: " + code(report.project()) + "\n\n");
        out.write("| Severity | Findings |\n");
        out.write("|---|---:|\n");
        out.write("| error | " + errors + " |\n");
        out.write("| warning | " + warnings + " |\n");
        out.write("| info | " + infos + " |\n");
        if (report.findings().isEmpty()) {
            out.write("\nNo findings.\n");
            return;
        }
        out.write("\n### Findings\n");
        for (Map.Entry<String, List<Finding>> e : ReportSupport.byFile(report.findings()).entrySet()) {
            out.write("\n#### " + (e.getKey().isEmpty() ? "Not in a file" : code(e.getKey())) + "\n\n");
            out.write("| Line | Severity | Rule | Message |\n");
            out.write("|---:|---|---|---|\n");
            for (Finding f : e.getValue()) {
                String where = f.location().map(l -> l.line() + ":" + l.column()).orElse("");
                String message = escape(f.message()) + f.hint().map(h -> "<br>*Hint:* " + escape(h)).orElse("");
                out.write("| " + where + " | " + f.severity().jsonName() + " | " + f.rule().code() + " "
                        + escape(f.rule().title()) + " | " + message + " |\n");
            }
        }
    }

    /**
     * Escapes text for a Markdown table cell.
     *
     * @param s the text
     * @return the escaped text, on one line
     */
    public static String escape(String s) {
        StringBuilder b = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&': b.append("&amp;"); break;
                case '<': b.append("&lt;"); break;
                case '>': b.append("&gt;"); break;
                case '\r':
                    if (i + 1 < s.length() && s.charAt(i + 1) == '\n') {
                        i++;
                    }
                    b.append("<br>");
                    break;
                case '\n': b.append("<br>"); break;
                case '\\': case '`': case '*': case '_': case '[': case ']': case '|': case '#': case '~':
                case '!':
                    b.append('\\').append(c);
                    break;
                default:
                    if (c < 0x20 && c != '\t') {
                        b.append('\ufffd');
                    } else {
                        b.append(c);
                    }
            }
        }
        return b.toString();
    }

    /**
     * A code span that holds any text: a fence of more backticks than the text has in a row, and a space
     * inside it when the text starts or ends with a backtick. Pipes are escaped, as code spans sit in tables.
     *
     * @param s the text
     * @return the code span
     */
    static String code(String s) {
        String t = ReportSupport.oneLine(s).replace("|", "\\|");
        int longest = 0;
        int run = 0;
        for (int i = 0; i < t.length(); i++) {
            run = t.charAt(i) == '`' ? run + 1 : 0;
            longest = Math.max(longest, run);
        }
        String fence = "`".repeat(longest + 1);
        String pad = t.startsWith("`") || t.endsWith("`") ? " " : "";
        return fence + pad + t + pad + fence;
    }
}
