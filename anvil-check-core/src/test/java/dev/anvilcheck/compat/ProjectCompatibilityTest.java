package dev.anvilcheck.compat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.anvilcheck.AnvilProject;
import dev.anvilcheck.CheckRun;
import dev.anvilcheck.CodeRoot;
import dev.anvilcheck.Finding;
import dev.anvilcheck.Severity;
import dev.anvilcheck.python.PythonVersion;
import dev.anvilcheck.testing.TempApp;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The chain step on Anvil projects: targets by code root, their precedence, rule settings, summaries. */
class ProjectCompatibilityTest {

    static final String PY310_APP = """
            name: T
            runtime_options: {version: 3, client_version: '3', server_spec: {base: python310-minimal}}
            """;
    static final String LEGACY_APP = """
            name: T
            runtime_options: {version: 2, client_version: '3', server_version: python3-sandbox}
            """;
    static final String SERVER = "import math\nif (n := math.prod([1])):\n    pass\n";
    static final String CLIENT = "import anvil.server\nimport decimal\n\ndef f():\n    import csv\n";

    @TempDir
    Path dir;

    @Test
    void serverTargetComesFromTheRuntime() {
        TempApp app = TempApp.of(dir, PY310_APP).file("server_code/a.py", SERVER);
        CompatibilityResult r = result(AnvilProject.load(app.root()).checkCompatibility());
        assertThat(r.findings()).isEmpty();
        FileCompatibility f = r.file("server_code/a.py").orElseThrow();
        assertThat(f.target()).contains(Target.of(PythonVersion.of(3, 10)));
        assertThat(f.minimumVersion()).isEqualTo(PythonVersion.of(3, 8));
        assertThat(r.roots()).singleElement().satisfies(s -> {
            assertThat(s.root()).isEqualTo(CodeRoot.SERVER);
            assertThat(s.minimumVersion()).isEqualTo(PythonVersion.of(3, 8));
            assertThat(s.decidedBy()).hasValueSatisfying(d -> assertThat(d).startsWith("server_code/a.py: "));
        });
    }

    @Test
    void legacyRuntimeMeans37() {
        TempApp app = TempApp.of(dir, LEGACY_APP).file("server_code/a.py", SERVER);
        CompatibilityResult r = result(AnvilProject.load(app.root()).checkCompatibility());
        assertThat(r.findings()).extracting(x -> x.rule().code()).containsExactlyInAnyOrder("PY101", "PY201");
    }

    @Test
    void checkYamlOverridesTheRuntimeAndTheChainOverridesBoth() {
        TempApp app = TempApp.of(dir, PY310_APP).file("server_code/a.py", SERVER)
                .file("anvil-check.yaml", "python: {server: '3.7'}\n");
        assertThat(result(AnvilProject.load(app.root()).checkCompatibility()).findings()).hasSize(2);
        assertThat(result(AnvilProject.load(app.root()).checkCompatibility("3.8")).findings()).isEmpty();
        assertThat(result(AnvilProject.configure().path(app.root()).target("3.9").load().checkCompatibility())
                .findings()).isEmpty();
    }

    @Test
    void clientCodeIsCheckedAgainstSkulpt() {
        TempApp app = TempApp.of(dir, PY310_APP).file("client_code/Form1/__init__.py", CLIENT)
                .file("client_code/util.py", "if (x := 1):\n    pass\n");
        CompatibilityResult r = result(AnvilProject.load(app.root()).checkCompatibility());
        assertThat(r.findings()).extracting(f -> f.rule().code() + " " + f.severity().jsonName())
                .containsExactlyInAnyOrder("PY402 error", "PY402 warning", "PY401 error");
        assertThat(r.file("client_code/util.py").orElseThrow().target()).contains(Target.SKULPT);
    }

    @Test
    void ruleSettingsApply() {
        TempApp app = TempApp.of(dir, LEGACY_APP).file("server_code/a.py", SERVER)
                .file("anvil-check.yaml", "rules:\n  severity: {PY101: warning}\n  ignore:\n"
                        + "  - {rule: PY201, paths: ['server_code/**']}\n");
        List<Finding> f = result(AnvilProject.load(app.root()).checkCompatibility()).findings();
        assertThat(f).singleElement().satisfies(x -> {
            assertThat(x.rule()).isEqualTo(PyRule.SYNTAX_TOO_NEW);
            assertThat(x.severity()).isEqualTo(Severity.WARNING);
        });
    }

    @Test
    void aBadTargetOptionIsAWarningAndTheRuntimeIsUsed() {
        TempApp app = TempApp.of(dir, PY310_APP).file("server_code/a.py", SERVER);
        CompatibilityResult r = result(AnvilProject.configure().path(app.root()).target("three").load()
                .checkCompatibility());
        assertThat(r.findings()).extracting(x -> x.rule()).contains(PyRule.INVALID_TARGET);
        assertThat(r.file("server_code/a.py").orElseThrow().target()).contains(Target.of(PythonVersion.of(3, 10)));
    }

    @Test
    void aBadTargetInTheChainThrows() {
        TempApp app = TempApp.of(dir, PY310_APP);
        assertThatThrownBy(() -> AnvilProject.load(app.root()).checkCompatibility("3.x"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("3.x");
    }

    @Test
    void chainsWithOtherSteps() {
        TempApp app = TempApp.of(dir, PY310_APP).file("server_code/a.py", "print 'x'\n");
        CheckRun run = AnvilProject.load(app.root()).validateConfig().checkCompatibility();
        assertThat(run.result(CompatibilityResult.class)).isPresent();
        assertThat(run.findings()).extracting(x -> x.rule()).contains(PyRule.PYTHON2_ONLY);
        assertThat(run.hasErrors()).isTrue();
        FileCompatibility f = result(run).file("server_code/a.py").orElseThrow();
        assertThat(f.minimumVersion()).isEqualTo(PythonVersion.PY27);
        assertThat(f.maximumVersion()).contains(PythonVersion.PY27);
    }

    @Test
    void plainTreesWithoutTargetOnlyInform(@TempDir Path tree) throws Exception {
        TempApp.of(tree, "x").file("pkg/a.py", SERVER).file("b.py", "x = 1\n").file("bad.py", "def f(:\n");
        CompatibilityResult r = CompatibilityCheck.ofTree(tree, Optional.empty());
        assertThat(r.file("pkg/a.py").orElseThrow().minimumVersion()).isEqualTo(PythonVersion.of(3, 8));
        assertThat(r.file("b.py").orElseThrow().minimumVersion()).isEqualTo(PythonVersion.PY30);
        assertThat(r.file("bad.py").orElseThrow().syntaxErrors()).isNotEmpty();
        assertThat(r.findings()).filteredOn(x -> x.rule() != PyRule.SYNTAX_ERROR)
                .allSatisfy(x -> assertThat(x.severity()).isEqualTo(Severity.INFO));
        CompatibilityResult one = CompatibilityCheck.ofTree(tree.resolve("pkg/a.py"), Optional.of(Target.parse("3.7")));
        assertThat(one.files()).singleElement().satisfies(f -> assertThat(f.path()).isEqualTo("a.py"));
        assertThat(one.hasErrors()).isTrue();
    }

    static CompatibilityResult result(CheckRun run) {
        return run.result(CompatibilityResult.class).orElseThrow();
    }
}
