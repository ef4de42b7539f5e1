package dev.anvilcheck.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.anvilcheck.Details;
import dev.anvilcheck.Finding;
import dev.anvilcheck.Location;
import dev.anvilcheck.config.ConfigRule;
import dev.anvilcheck.report.internal.TextWriter;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The text report: excerpts with carets, masked secret lines, nothing read outside the project. */
class TextReportTest {

    private static String text(Path root, Finding... findings) {
        return ReportFormat.TEXT.render(new Report(root.toString(), List.of(), List.of(findings)));
    }

    @ParameterizedTest
    @EnumSource(ReportFormat.class)
    void no_format_shows_the_canary_secret(ReportFormat format) throws IOException {
        StringWriter w = new StringWriter();
        format.write(Fixtures.report(), w, true);
        assertThat(w.toString()).doesNotContain(Fixtures.CANARY).doesNotContain("sk_live");
    }

    @Test
    void a_secret_line_is_masked_for_every_finding_on_it() {
        String out = ReportFormat.TEXT.render(Fixtures.report());
        assertThat(out).contains("2 | " + TextWriter.MASK).doesNotContain("STRIPE_KEY=");
    }

    @Test
    void files_outside_the_project_are_not_read() {
        assertThat(ReportFormat.TEXT.render(Fixtures.report())).doesNotContain("leaked");
    }

    @Test
    void a_symbolic_link_out_of_the_project_is_not_followed(@TempDir Path tmp) throws IOException {
        Path root = Files.createDirectories(tmp.resolve("app"));
        Files.writeString(tmp.resolve("outside.py"), "print('outside')\n");
        Files.createSymbolicLink(root.resolve("link.py"), tmp.resolve("outside.py"));
        Files.writeString(root.resolve("inside.py"), "print('inside')\n");
        String out = text(root, Finding.of(TestRule.WALRUS, Location.at("link.py", 1, 1), "via link"),
                Finding.of(TestRule.WALRUS, Location.at("inside.py", 1, 1), "here"));
        assertThat(out).doesNotContain("outside").contains("1 | print('inside')");
    }

    @Test
    void an_se_rule_masks_its_line_without_secret_details(@TempDir Path tmp) throws IOException {
        Files.writeString(tmp.resolve("settings.py"), "TOKEN = 'ghp_CANARY'\n");
        String out = text(tmp, Finding.of(TestRule.HARDCODED_SECRET, Location.at("settings.py", 1, 9), "token"),
                Finding.of(TestRule.WALRUS, Location.at("settings.py", 1, 1), "same line"));
        assertThat(out).doesNotContain("ghp_CANARY");
        Finding withDetails = Finding.of(TestRule.UNUSED_VARIABLE, Location.at("settings.py", 1, 1), "x")
                .withDetails(new Details.Secret("TOKEN", "ab"));
        assertThat(text(tmp, withDetails)).doesNotContain("ghp_CANARY").contains(TextWriter.MASK);
    }

    @Test
    void the_caret_sits_under_the_span_in_code_points(@TempDir Path tmp) throws IOException {
        Files.writeString(tmp.resolve("u.py"), "s = '\uD83D\uDE00\u00e9' + x\n");
        String out = text(tmp, Finding.of(TestRule.WALRUS, new Location("u.py", 1, 10, 1, 13), "x"));
        List<String> lines = out.lines().toList();
        int source = lines.indexOf(lines.stream().filter(l -> l.contains("| s = ")).findFirst().orElseThrow());
        String src = lines.get(source);
        String caret = lines.get(source + 1);
        int bar = src.indexOf("| ") + 2;
        String code = src.substring(bar);
        String marks = caret.substring(bar);
        assertThat(marks.trim()).isEqualTo("^^^");
        int caretCp = marks.codePointCount(0, marks.indexOf('^'));
        assertThat(code.codePoints().skip(caretCp).limit(3)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString())
                .isEqualTo("+ x");
    }

    @Test
    void control_characters_cannot_reach_the_terminal(@TempDir Path tmp) throws IOException {
        Files.writeString(tmp.resolve("e.py"), "x = '\u001b[2J'\n");
        String out = text(tmp, Finding.of(TestRule.WALRUS, Location.at("e.py", 1, 1), "bad \u001b[31m\rmessage"));
        assertThat(out).doesNotContain("\u001b").doesNotContain("\r");
    }

    @Test
    void colours_only_when_asked() throws IOException {
        assertThat(ReportFormat.TEXT.render(Fixtures.report())).doesNotContain("\u001b");
        StringWriter w = new StringWriter();
        ReportFormat.TEXT.write(Fixtures.report(), w, true);
        assertThat(w.toString()).contains("\u001b[31m");
    }

    @Test
    void missing_files_lines_past_the_end_and_binary_files_give_no_excerpt(@TempDir Path tmp) throws IOException {
        Files.write(tmp.resolve("bin.py"), new byte[] {(byte) 0xff, (byte) 0xfe, 'x', '\n'});
        Files.writeString(tmp.resolve("short.py"), "one\n");
        String out = text(tmp, Finding.of(ConfigRule.YAML_SYNTAX, Location.at("gone.py", 1, 1), "a"),
                Finding.of(ConfigRule.YAML_SYNTAX, Location.at("bin.py", 1, 1), "b"),
                Finding.of(ConfigRule.YAML_SYNTAX, Location.at("short.py", 9, 1), "c"));
        assertThat(out).doesNotContain(" | ");
    }

    @Test
    void a_project_that_is_not_a_folder_still_writes(@TempDir Path tmp) {
        String out = ReportFormat.TEXT.render(new Report("\u0000not a path", List.of(),
                List.of(Finding.of(TestRule.WALRUS, Location.at("a.py", 1, 1), "m"))));
        assertThat(out).contains("PY101  m");
    }
}
