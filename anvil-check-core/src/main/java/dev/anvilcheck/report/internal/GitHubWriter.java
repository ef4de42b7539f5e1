package dev.anvilcheck.report.internal;

import dev.anvilcheck.Finding;
import dev.anvilcheck.Location;
import dev.anvilcheck.Severity;
import dev.anvilcheck.ToolInfo;
import dev.anvilcheck.report.Report;
import java.io.IOException;
import java.io.Writer;

/**
 * Writes GitHub Actions workflow commands, one annotation per finding:
 * {@code ::error file=F,line=L,col=C,endLine=L,endColumn=E,title=T::message}. Errors become {@code error},
 * warnings {@code warning} and infos {@code notice}. Data is escaped as the Actions runner expects ({@code %}
 * as {@code %25}, CR as {@code %0D}, LF as {@code %0A}); property values also escape {@code :} as {@code %3A}
 * and {@code ,} as {@code %2C}. Columns are sent only for one-line spans (the runner rejects them otherwise), and
 * {@code endColumn} is inclusive there, so it is the span's exclusive end minus one. A last {@code notice} line
 * gives the totals.
 */
public final class GitHubWriter {

    private GitHubWriter() {
    }

    /**
     * Writes a report.
     *
     * @param report the report
     * @param out the writer
     * @throws IOException when writing fails
     */
    public static void write(Report report, Writer out) throws IOException {
        for (Finding f : report.findings()) {
            out.write(command(f));
            out.write("\n");
        }
        long errors = ReportSupport.count(report, Severity.ERROR);
        long warnings = ReportSupport.count(report, Severity.WARNING);
        long infos = ReportSupport.count(report, Severity.INFO);
        out.write("::notice title=" + escapeProperty(ToolInfo.NAME) + "::"
                + escapeData(errors + " errors, " + warnings + " warnings, " + infos + " infos") + "\n");
    }

    /**
     * The workflow command of one finding.
     *
     * @param f the finding
     * @return the command, without line break
     */
    public static String command(Finding f) {
        StringBuilder b = new StringBuilder("::").append(commandName(f.severity()));
        StringBuilder props = new StringBuilder();
        if (f.location().isPresent()) {
            Location l = f.location().get();
            props.append("file=").append(escapeProperty(l.path()));
            props.append(",line=").append(l.line());
            props.append(",endLine=").append(l.endLine());
            if (l.line() == l.endLine()) {
                props.append(",col=").append(l.column());
                props.append(",endColumn=").append(Math.max(l.column(), l.endColumn() - 1));
            }
            props.append(',');
        }
        props.append("title=").append(escapeProperty(f.rule().code() + " " + f.rule().title()));
        b.append(' ').append(props);
        String message = f.message() + f.hint().map(h -> "\nhint: " + h).orElse("");
        b.append("::").append(escapeData(message));
        return b.toString();
    }

    private static String commandName(Severity s) {
        switch (s) {
            case ERROR:
                return "error";
            case WARNING:
                return "warning";
            default:
                return "notice";
        }
    }

    /**
     * Escapes a command's message: {@code %}, CR and LF. Other control characters (an ANSI escape, say) are
     * replaced by U+FFFD, so that a message cannot colour or rewrite the log.
     *
     * @param s the text
     * @return the escaped text
     */
    public static String escapeData(String s) {
        StringBuilder b = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '%') {
                b.append("%25");
            } else if (c == '\r') {
                b.append("%0D");
            } else if (c == '\n') {
                b.append("%0A");
            } else if ((c < 0x20 && c != '\t') || c == 0x7f || (c >= 0x80 && c < 0xa0)) {
                b.append('\ufffd');
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }

    /**
     * Escapes a property value: as {@link #escapeData} plus {@code :} and {@code ,}.
     *
     * @param s the text
     * @return the escaped text
     */
    public static String escapeProperty(String s) {
        return escapeData(s).replace(":", "%3A").replace(",", "%2C");
    }
}
