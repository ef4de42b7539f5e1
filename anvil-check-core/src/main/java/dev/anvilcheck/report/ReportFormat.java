package dev.anvilcheck.report;

import dev.anvilcheck.report.internal.GitHubWriter;
import dev.anvilcheck.report.internal.HtmlWriter;
import dev.anvilcheck.report.internal.JsonWriter;
import dev.anvilcheck.report.internal.JunitWriter;
import dev.anvilcheck.report.internal.MarkdownWriter;
import dev.anvilcheck.report.internal.SarifWriter;
import dev.anvilcheck.report.internal.TextWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;

/**
 * The formats a {@link Report} can be written in. Every writer works from the same model, so all formats show
 * the same findings; none ever shows a secret value.
 *
 * <pre>{@code
 * ReportFormat.JSON.write(Report.of(run), System.out);
 * String text = ReportFormat.TEXT.render(Report.of(run));
 * }</pre>
 *
 * <p>Thread-safe: writers keep no state between calls.
 */
public enum ReportFormat {
    /**
     * Human text grouped by file, with the source line and a caret under each span (colours only when asked).
     * Lines that secret findings point at are masked.
     */
    TEXT,
    /**
     * The versioned JSON shape every command shares (schemaVersion 1), documented by
     * {@code docs/schema/anvil-check-report.schema.json}.
     */
    JSON,
    /**
     * SARIF 2.1.0 for GitHub code scanning: one run, every known rule in the tool's rule table, results with
     * locations relative to {@code %SRCROOT%} (the project root) and stable partial fingerprints.
     */
    SARIF,
    /** JUnit XML: one test suite per rule prefix, one test case per rule and file, a failure per finding. */
    JUNIT,
    /**
     * GitHub Actions workflow commands ({@code ::error file=...,line=...::message}), one annotation per finding.
     * Write {@link #MARKDOWN} to {@code $GITHUB_STEP_SUMMARY} for the step summary.
     */
    GITHUB,
    /** GitHub-flavoured Markdown: counts by severity and a findings table per file (a step summary, a PR comment). */
    MARKDOWN,
    /** A self-contained HTML page: the interpreter matrix as a table (when the report has one) and the findings. */
    HTML;

    /**
     * Writes the report as UTF-8 to a stream (which is flushed, not closed).
     *
     * @param report the report
     * @param out the stream
     */
    public void write(Report report, OutputStream out) {
        try {
            Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            write(report, w, false);
            w.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Writes the report to a writer.
     *
     * @param report the report
     * @param out the writer
     * @param color whether to use ANSI colours (text only; the caller decides, for example on a terminal)
     * @throws IOException when writing fails
     */
    public void write(Report report, Writer out, boolean color) throws IOException {
        switch (this) {
            case JSON:
                JsonWriter.write(report, out);
                break;
            case SARIF:
                SarifWriter.write(report, out);
                break;
            case JUNIT:
                JunitWriter.write(report, out);
                break;
            case GITHUB:
                GitHubWriter.write(report, out);
                break;
            case MARKDOWN:
                MarkdownWriter.write(report, out);
                break;
            case HTML:
                HtmlWriter.write(report, out);
                break;
            default:
                TextWriter.write(report, out, color);
                break;
        }
    }

    /**
     * Renders the report to a string, without colours.
     *
     * @param report the report
     * @return the text
     */
    public String render(Report report) {
        java.io.StringWriter w = new java.io.StringWriter();
        try {
            write(report, w, false);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return w.toString();
    }

    /**
     * The format for a lower-case name ({@code "json"}).
     *
     * @param name the name
     * @return the format, if any
     */
    public static Optional<ReportFormat> fromName(String name) {
        for (ReportFormat f : values()) {
            if (f.name().equalsIgnoreCase(name)) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }

    /**
     * The lower-case name used on the command line.
     *
     * @return the name
     */
    public String cliName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
