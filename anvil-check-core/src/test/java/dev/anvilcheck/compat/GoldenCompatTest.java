package dev.anvilcheck.compat;

import dev.anvilcheck.report.Report;
import dev.anvilcheck.report.ReportFormat;
import dev.anvilcheck.testing.Golden;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Golden JSON ({@code python} command shape, with {@code files[]}) of snippet trees checked at several targets:
 * the repository's snippets (one per syntax feature and per API resolution case) and real-world code read from
 * the installed CPython 3.13's pip (read in place, never copied). {@code -Danvil.updateSnapshots=true} rewrites them.
 */
class GoldenCompatTest {

    static final Path SNIPPETS = Path.of("src/test/resources/compat/snippets");
    static final Path PIP = Path.of("/root/.pyenv/versions/3.13.0/lib/python3.13/site-packages/pip/_internal");

    @ParameterizedTest
    @ValueSource(strings = {"none", "3.7", "3.9-3.13"})
    void snippets(String target) throws Exception {
        Golden.assertMatches("compat/snippets-" + target + ".json", json(SNIPPETS, target, "snippets"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"none", "3.7"})
    void realWorldCode(String target) throws Exception {
        Assumptions.assumeTrue(Files.isDirectory(PIP), "CPython 3.13 with pip is not installed at " + PIP
                + ": the real-world golden needs it");
        Golden.assertMatches("compat/pip-" + target + ".json", json(PIP, target, "pip/_internal"));
    }

    static String json(Path tree, String target, String name) throws Exception {
        Optional<Target> t = target.equals("none") ? Optional.empty() : Optional.of(Target.parse(target));
        CompatibilityResult r = CompatibilityCheck.ofTree(tree, t);
        StringWriter w = new StringWriter();
        ReportFormat.JSON.write(Report.of(name, List.of(r)), w, false);
        org.assertj.core.api.Assertions.assertThat(w.toString()).as("no null in the JSON or its messages")
                .doesNotContain("null");
        return w.toString().replaceAll("\"version\" : \"[^\"]*\"", "\"version\" : \"X\"");
    }
}
