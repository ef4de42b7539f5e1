package dev.anvilcheck.matrix;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.anvilcheck.AnvilProject;
import dev.anvilcheck.Finding;
import dev.anvilcheck.Severity;
import dev.anvilcheck.matrix.CompatibilityMatrix.Status;
import dev.anvilcheck.python.PythonVersion;
import dev.anvilcheck.report.Report;
import dev.anvilcheck.report.ReportFormat;
import dev.anvilcheck.testing.TempApp;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The matrix against the real CPython interpreters of this machine (skipped, saying so, where they are absent). */
class MatrixRunnerTest {

    static final Path PYENV = Path.of("/root/.pyenv/versions");
    static Path py37;
    static Path py38;
    static Path py311;

    @BeforeAll
    static void interpreters() throws Exception {
        py37 = find("3.7");
        py38 = find("3.8");
        py311 = find("3.11");
    }

    static Path find(String version) throws Exception {
        if (!Files.isDirectory(PYENV)) {
            return null;
        }
        try (var s = Files.list(PYENV)) {
            return s.filter(p -> p.getFileName().toString().startsWith(version + "."))
                    .map(p -> p.resolve("bin/python")).filter(Files::isExecutable).findFirst().orElse(null);
        }
    }

    static void needs(Path... interpreters) {
        for (Path p : interpreters) {
            assumeTrue(p != null, "skipped: the pyenv interpreters under " + PYENV + " are not installed here");
        }
    }

    static Path app(Path dir) {
        return TempApp.of(dir, "name: m\ndb_schema: {}\nsecrets: {}\n")
                .file("anvil-check.yaml", "python: {matrix: ['3.7', '3.8', '3.99']}\n")
                .file("server_code/walrus.py", "if (n := 3) > 2:\n    print(n)\n")
                .file("server_code/plain.py", "x = [i for i in range(3)]\n")
                .file("tests/test_plain.py", "import sys\n\ndef test_ok():\n    assert 1 + 1 == 2\n\n"
                        + "def test_new_python():\n    assert sys.version_info < (3, 10)\n")
                .root();
    }

    @Test
    void compilesEveryFileWithEveryInterpreter(@TempDir Path dir) {
        needs(py37, py38);
        CompatibilityMatrix m = MatrixRunner.configure().onlyInterpreters(List.of(py37, py38)).build()
                .run(AnvilProject.load(app(dir)));
        assertThat(m.interpreters()).extracting(Interpreter::version)
                .containsExactly(PythonVersion.of(3, 7), PythonVersion.of(3, 8));
        CompatibilityMatrix.Row walrus = m.rows().stream().filter(r -> r.name().equals("server_code/walrus.py"))
                .findFirst().orElseThrow();
        assertThat(walrus.cells().get("3.7").status()).isEqualTo(Status.FAIL);
        assertThat(walrus.cells().get("3.7").reason()).contains("SyntaxError").contains("line 1");
        assertThat(walrus.cells().get("3.8").status()).isEqualTo(Status.PASS);
        assertThat(m.lowestPassingVersion()).hasValue(PythonVersion.of(3, 8));
        assertThat(m.recommendations()).anyMatch(r -> r.contains("Python 3.8"))
                .anyMatch(r -> r.startsWith("Python 3.7 is blocked by 1: server_code/walrus.py"));
        Finding f = m.findings().stream().filter(x -> x.rule() == MatrixRule.COMPILE_FAILS).findFirst().orElseThrow();
        assertThat(f.severity()).isEqualTo(Severity.ERROR);
        assertThat(f.location()).get().satisfies(l -> assertThat(l.path()).isEqualTo("server_code/walrus.py"));
        assertThat(m.findings()).anyMatch(x -> x.rule() == MatrixRule.INTERPRETER_MISSING
                && x.message().contains("3.99"));
        assertThat(m.rows()).noneMatch(r -> r.kind() == CompatibilityMatrix.RowKind.TEST);
        assertThat(m.findings()).as("static and dynamic verdicts agree").noneMatch(x -> x.rule() == MatrixRule.DISAGREEMENT);
    }

    @Test
    @org.junit.jupiter.api.Timeout(value = 60, threadMode = org.junit.jupiter.api.Timeout.ThreadMode.SEPARATE_THREAD)
    void aFifoNamedLikePythonIsGivenToNoInterpreterAndIsOneFinding(@TempDir Path dir) throws Exception {
        needs(py38);
        Path root = app(dir.resolve("app"));
        dev.anvilcheck.testing.SpecialFiles.mkfifo(root.resolve("server_code/pipe.py"));
        // with the default five-minute compile timeout, a worker stalled on the FIFO would trip the test's timeout
        CompatibilityMatrix m = MatrixRunner.configure().onlyInterpreters(List.of(py38)).build()
                .run(AnvilProject.load(root));
        assertThat(m.findings()).filteredOn(f -> f.rule() == MatrixRule.FILE_UNREADABLE).singleElement()
                .satisfies(f -> assertThat(f.message()).isEqualTo("server_code/pipe.py is a FIFO (named pipe), not a "
                        + "regular file; it was not opened"));
        CompatibilityMatrix.Row pipe = m.rows().stream().filter(r -> r.name().equals("server_code/pipe.py"))
                .findFirst().orElseThrow();
        assertThat(pipe.cells().get("3.8").status()).isEqualTo(Status.SKIP);
        CompatibilityMatrix.Row plain = m.rows().stream().filter(r -> r.name().equals("server_code/plain.py"))
                .findFirst().orElseThrow();
        assertThat(plain.cells().get("3.8").status()).isEqualTo(Status.PASS);
    }

    @Test
    @org.junit.jupiter.api.Timeout(value = 60, threadMode = org.junit.jupiter.api.Timeout.ThreadMode.SEPARATE_THREAD)
    void aFifoAmongTheTestsStopsPytestFromRunningInsteadOfStallingIt(@TempDir Path dir) throws Exception {
        needs(py311);
        assumeTrue(dev.anvilcheck.matrix.internal.InterpreterDiscovery.probe(py311).map(Interpreter::hasPytest)
                .orElse(false),
                "skipped: pytest is not installed in " + py311);
        Path root = app(dir.resolve("app"));
        dev.anvilcheck.testing.SpecialFiles.mkfifo(root.resolve("tests/test_pipe.py"));
        CompatibilityMatrix m = MatrixRunner.configure().onlyInterpreters(List.of(py311)).runTests(true).build()
                .run(AnvilProject.load(root));
        assertThat(m.findings()).filteredOn(f -> f.rule() == MatrixRule.FILE_UNREADABLE)
                .extracting(Finding::message).containsExactlyInAnyOrder("tests/test_pipe.py is a FIFO (named pipe), "
                        + "not a regular file; it was not opened", "the tests were not run: a file under tests/ is "
                        + "not a regular file (see above)");
        assertThat(m.rows()).noneMatch(r -> r.kind() == CompatibilityMatrix.RowKind.TEST);
    }

    @Test
    void aDisagreementBetweenParserAndInterpreterIsReported(@TempDir Path dir) throws Exception {
        needs(py38);
        // An "interpreter" that claims to be 3.8 but rejects every file: the parser accepts plain.py for 3.8.
        Path liar = dir.resolve("python3.8-liar");
        Files.writeString(liar, "#!/bin/sh\nif [ \"$1\" = \"-c\" ]; then echo '3.8.99 0'; exit 0; fi\n"
                + "while read -r f; do echo \"{\\\"path\\\": \\\"$f\\\", \\\"ok\\\": false, \\\"msg\\\": \\\"SyntaxError: nope\\\", "
                + "\\\"line\\\": 1, \\\"col\\\": 1}\"; done\n");
        liar.toFile().setExecutable(true);
        CompatibilityMatrix m = MatrixRunner.configure().onlyInterpreters(List.of(liar)).build()
                .run(TempApp.of(dir.resolve("app"), "x: 1\n").file("plain.py", "x = 1\n").root(), List.of());
        assertThat(m.findings()).anyMatch(f -> f.rule() == MatrixRule.DISAGREEMENT
                && f.message().contains("Python 3.8 rejects plain.py but anvil-check's parser says it compiles"));
    }

    @Test
    void runsThePytestSuiteOnlyWhenAskedAndOnlyWherePytestIs(@TempDir Path dir) {
        needs(py38, py311);
        Interpreter i311 = dev.anvilcheck.matrix.internal.InterpreterDiscovery.probe(py311).orElseThrow();
        assumeTrue(i311.hasPytest(), "skipped: pytest is not installed in " + py311);
        CompatibilityMatrix m = MatrixRunner.configure().onlyInterpreters(List.of(py38, py311)).runTests(true)
                .build().run(AnvilProject.load(app(dir)));
        CompatibilityMatrix.Row newPython = m.rows().stream()
                .filter(r -> r.name().endsWith("test_new_python")).findFirst().orElseThrow();
        assertThat(newPython.cells().get("3.11").status()).isEqualTo(Status.FAIL);
        assertThat(newPython.cells().get("3.8").status()).isEqualTo(Status.SKIP);
        assertThat(newPython.cells().get("3.8").reason()).contains("pytest is not installed");
        assertThat(m.findings()).anyMatch(f -> f.rule() == MatrixRule.TEST_FAILS && f.message().contains("3.11"));
    }

    @Test
    void ingestsJunitXmlFromElsewhere(@TempDir Path dir) throws Exception {
        Path xml = dir.resolve("junit-3.12.xml");
        Files.writeString(xml, "<?xml version=\"1.0\"?><testsuites><testsuite name=\"pytest\">"
                + "<testcase classname=\"tests.test_a\" name=\"test_one\"/>"
                + "<testcase classname=\"tests.test_a\" name=\"test_two\"><failure message=\"assert 1 == 2\">x</failure></testcase>"
                + "<testcase classname=\"tests.test_a\" name=\"test_three\"><skipped message=\"needs db\"/></testcase>"
                + "</testsuite></testsuites>");
        CompatibilityMatrix m = MatrixRunner.configure().onlyInterpreters(List.of()).ingestJunitXml(xml).build()
                .run(TempApp.of(dir.resolve("app"), "x: 1\n").file("a.py", "x = 1\n").root(), List.of());
        assertThat(m.rows()).extracting(CompatibilityMatrix.Row::name)
                .containsExactly("a.py", "tests.test_a::test_one", "tests.test_a::test_three", "tests.test_a::test_two");
        assertThat(m.rows().get(3).cells().get("3.12")).isEqualTo(new CompatibilityMatrix.Cell(Status.FAIL,
                "assert 1 == 2"));
        assertThat(m.findings()).anyMatch(f -> f.rule() == MatrixRule.TEST_FAILS);
    }

    @Test
    void hostileJunitXmlIsRejectedNotExpanded(@TempDir Path dir) throws Exception {
        Path xml = dir.resolve("junit-3.11.xml");
        Files.writeString(xml, "<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY a \"aaaa\"><!ENTITY b \"&a;&a;&a;\">]>"
                + "<testsuite><testcase name=\"&b;\"/></testsuite>");
        CompatibilityMatrix m = MatrixRunner.configure().onlyInterpreters(List.of()).ingestJunitXml(xml).build()
                .run(TempApp.of(dir.resolve("app"), "x: 1\n").root(), List.of());
        assertThat(m.findings()).anyMatch(f -> f.rule() == MatrixRule.INTERPRETER_FAILED
                && f.message().contains("not JUnit XML"));
    }

    @Test
    void aHangingInterpreterIsCutOffByTheTimeout(@TempDir Path dir) throws Exception {
        Path fake = dir.resolve("python3.42");
        Files.writeString(fake, "#!/bin/sh\nif [ \"$1\" = \"-c\" ]; then echo '3.42.0 0'; exit 0; fi\nsleep 30\n");
        fake.toFile().setExecutable(true);
        long start = System.nanoTime();
        CompatibilityMatrix m = MatrixRunner.configure().onlyInterpreters(List.of(fake))
                .timeouts(Duration.ofSeconds(1), Duration.ofSeconds(1)).build()
                .run(TempApp.of(dir.resolve("app"), "x: 1\n").file("a.py", "x = 1\n").root(), List.of());
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(20));
        assertThat(m.rows().get(0).cells().get("3.42").status()).isEqualTo(Status.SKIP);
        assertThat(m.findings()).anyMatch(f -> f.rule() == MatrixRule.INTERPRETER_FAILED
                && f.message().contains("timed out"));
    }

    @Test
    void htmlShowsTheMatrixAsATable(@TempDir Path dir) throws Exception {
        CompatibilityMatrix m = new CompatibilityMatrix(
                List.of(new Interpreter(Path.of("/py/3.7"), PythonVersion.of(3, 7), "3.7.16", false),
                        new Interpreter(Path.of("/py/3.8"), PythonVersion.of(3, 8), "3.8.18", true)),
                List.of(PythonVersion.of(3, 8)),
                List.of(new CompatibilityMatrix.Row(CompatibilityMatrix.RowKind.FILE, "server_code/<a>.py",
                        java.util.Map.of("3.7", new CompatibilityMatrix.Cell(Status.FAIL, "SyntaxError (line 1)"),
                                "3.8", new CompatibilityMatrix.Cell(Status.PASS, "")))),
                List.of("Lowest version: Python 3.8."), List.of());
        String html = ReportFormat.HTML.render(Report.of("app", List.of(m)));
        assertThat(html).startsWith("<!DOCTYPE html>").contains("<th class=\"targeted\" title=\"/py/3.8\">Python 3.8</th>")
                .contains("server_code/&lt;a&gt;.py").contains("<td class=\"fail\"").contains("Lowest version")
                .doesNotContain("<script");
        String json = ReportFormat.JSON.render(Report.of("app", List.of(m)));
        assertThat(json).contains("\"matrix\"").contains("\"lowestPassingVersion\" : \"3.8\"");
        assertThat(Optional.of(m.lowestPassingVersion())).isPresent();
    }
}
