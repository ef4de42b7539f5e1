package dev.anvilcheck.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.anvilcheck.report.internal.MarkdownWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Markdown tables stay tables whatever the messages hold, and no HTML gets through. */
class MarkdownReportTest {

    private static int unescapedPipes(String line) {
        int n = 0;
        for (int i = 0; i < line.length(); i++) {
            if (line.charAt(i) == '\\') {
                i++;
            } else if (line.charAt(i) == '|') {
                n++;
            }
        }
        return n;
    }

    @Test
    void every_findings_row_has_four_cells() {
        String md = ReportFormat.MARKDOWN.render(Fixtures.report());
        List<String> rows = md.lines().filter(l -> l.startsWith("| ") && !l.startsWith("| Severity")
                && !l.startsWith("| error |") && !l.startsWith("| warning |") && !l.startsWith("| info |")).toList();
        long groups = md.lines().filter(l -> l.startsWith("#### ")).count();
        assertThat(groups).isEqualTo(6);
        assertThat(rows).hasSize(Fixtures.findings().size() + (int) groups);  // + one header row per file group
        assertThat(rows).allSatisfy(r -> assertThat(unescapedPipes(r)).as(r).isEqualTo(5));
    }

    @Test
    void markup_in_messages_is_escaped() {
        String md = ReportFormat.MARKDOWN.render(Fixtures.report());
        assertThat(md).doesNotContain("<b>").doesNotContain("[x](y)").doesNotContain("\u001b")
                .contains("&lt;b&gt;").contains("\\[x\\](y)").contains("a,b<br>second line \\| pipe");
    }

    @Test
    void the_summary_counts_every_severity() {
        String md = ReportFormat.MARKDOWN.render(Fixtures.report());
        assertThat(md).startsWith("## anvil-check: failed\n").contains("| error | 5 |").contains("| warning | 5 |")
                .contains("| info | 1 |");
        assertThat(ReportFormat.MARKDOWN.render(Fixtures.empty())).startsWith("## anvil-check: passed\n")
                .contains("No findings.");
    }

    @Test
    void escape_handles_line_breaks_and_specials() {
        assertThat(MarkdownWriter.escape("a|b\r\nc\nd_e*f`g")).isEqualTo("a\\|b<br>c<br>d\\_e\\*f\\`g");
    }
}
