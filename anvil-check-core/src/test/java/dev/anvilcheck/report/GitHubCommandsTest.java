package dev.anvilcheck.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.anvilcheck.Finding;
import dev.anvilcheck.Location;
import dev.anvilcheck.report.internal.GitHubWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * GitHub workflow commands, read back the way the Actions runner reads them: {@code ::name k=v,k=v::data}, split
 * at the first {@code ::} after the properties, properties split on {@code ,} and {@code =}, then unescaped.
 */
class GitHubCommandsTest {

    private static final Pattern COMMAND = Pattern.compile("^::([a-z]+)(?: ([^:]*))?::(.*)$");

    /** A command as the runner sees it. */
    record Parsed(String name, Map<String, String> props, String data) {
    }

    static Parsed parse(String line) {
        Matcher m = COMMAND.matcher(line);
        assertThat(m.matches()).as("a workflow command: %s", line).isTrue();
        Map<String, String> props = new LinkedHashMap<>();
        if (m.group(2) != null) {
            for (String kv : m.group(2).split(",")) {
                int eq = kv.indexOf('=');
                props.put(kv.substring(0, eq), unescapeProperty(kv.substring(eq + 1)));
            }
        }
        return new Parsed(m.group(1), props, unescapeData(m.group(3)));
    }

    static String unescapeData(String s) {
        return s.replace("%0D", "\r").replace("%0A", "\n").replace("%25", "%");
    }

    static String unescapeProperty(String s) {
        return s.replace("%0D", "\r").replace("%0A", "\n").replace("%3A", ":").replace("%2C", ",")
                .replace("%25", "%");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "100%|100%25",
        "a%0Ab|a%250Ab",
        "x:y,z|x:y,z"})
    void data_escapes_percent_first(String raw, String escaped) {
        assertThat(GitHubWriter.escapeData(raw)).isEqualTo(escaped);
        assertThat(unescapeData(GitHubWriter.escapeData(raw))).isEqualTo(raw);
    }

    @Test
    void properties_escape_colon_and_comma_too() {
        assertThat(GitHubWriter.escapeProperty("a:b,c%d\r\ne")).isEqualTo("a%3Ab%2Cc%25d%0D%0Ae");
        assertThat(GitHubWriter.escapeData("line1\r\nline2")).isEqualTo("line1%0D%0Aline2");
    }

    @Test
    void every_finding_is_one_line_and_reads_back_exactly() {
        String out = ReportFormat.GITHUB.render(Fixtures.report());
        List<String> lines = out.lines().toList();
        assertThat(lines).hasSize(Fixtures.findings().size() + 1);
        assertThat(out).doesNotContain("\r").doesNotContain("\u001b");
        for (Finding f : Fixtures.report().findings()) {
            Parsed p = parse(GitHubWriter.command(f));
            String expected = (f.message() + f.hint().map(h -> "\nhint: " + h).orElse("")).replace('\u001b', '\ufffd');
            assertThat(p.data()).isEqualTo(expected);
            assertThat(p.props().get("title")).isEqualTo(f.rule().code() + " " + f.rule().title());
            f.location().ifPresentOrElse(l -> {
                assertThat(p.props().get("file")).isEqualTo(l.path());
                assertThat(p.props().get("line")).isEqualTo(String.valueOf(l.line()));
                assertThat(p.props().get("endLine")).isEqualTo(String.valueOf(l.endLine()));
            }, () -> assertThat(p.props()).containsOnlyKeys("title"));
        }
    }

    @Test
    void the_hostile_finding_cannot_forge_a_second_command() {
        Finding hostile = Fixtures.findings().stream().filter(f -> f.message().startsWith("100%")).findFirst()
                .orElseThrow();
        String line = GitHubWriter.command(hostile);
        assertThat(line).startsWith("::warning file=weird dir/ü|x%2Cy%3Az.py,line=1,endLine=1,col=1,endColumn=3,")
                .doesNotContain("\n");
        assertThat(parse(line).name()).isEqualTo("warning");
    }

    @Test
    void severities_map_to_error_warning_and_notice() {
        assertThat(ReportFormat.GITHUB.render(Fixtures.report()).lines().map(l -> parse(l).name()).distinct())
                .containsExactlyInAnyOrder("error", "warning", "notice");
    }

    @Test
    void columns_only_on_one_line_spans_and_end_column_inclusive() {
        Parsed one = parse(GitHubWriter.command(Finding.of(TestRule.WALRUS, new Location("a.py", 2, 5, 2, 9), "m")));
        assertThat(one.props()).containsEntry("col", "5").containsEntry("endColumn", "8");
        Parsed multi = parse(GitHubWriter.command(Finding.of(TestRule.WALRUS, new Location("a.py", 2, 5, 4, 1), "m")));
        assertThat(multi.props()).doesNotContainKeys("col", "endColumn").containsEntry("endLine", "4");
    }
}
