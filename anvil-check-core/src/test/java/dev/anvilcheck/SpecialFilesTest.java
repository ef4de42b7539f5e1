package dev.anvilcheck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.anvilcheck.anvil.AnvilRule;
import dev.anvilcheck.compat.CompatibilityCheck;
import dev.anvilcheck.compat.CompatibilityResult;
import dev.anvilcheck.compat.PyRule;
import dev.anvilcheck.config.ConfigRule;
import dev.anvilcheck.internal.io.SafeFiles;
import dev.anvilcheck.report.Report;
import dev.anvilcheck.report.ReportFormat;
import dev.anvilcheck.secrets.SecretsRule;
import dev.anvilcheck.testing.SpecialFiles;
import dev.anvilcheck.testing.SpecialFiles.Kind;
import dev.anvilcheck.testing.TempApp;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Every file the core reads from a project, when it is a FIFO, a device, a socket, a folder, a dangling or looping
 * link, or too large: one finding (or one typed exception for the project's own anvil.yaml and settings) naming the
 * path, never a hang. Reading a FIFO blocks forever, so each test has a timeout that turns a regression into a
 * failure.
 */
@Timeout(value = 30, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class SpecialFilesTest {

    private static final String FORM = "from ._anvil_designer import Form1Template\n\n"
            + "class Form1(Form1Template):\n    def __init__(self, **properties):\n        self.init_components(**properties)\n";

    private static TempApp app(Path dir) {
        return TempApp.of(dir.resolve("app"), "name: x\nruntime_options: {version: 2, server_version: python3-full}\n")
                .file("server_code/ok.py", "x = 1\n");
    }

    private static List<Finding> about(List<Finding> findings, String path) {
        return findings.stream().filter(f -> f.location().map(l -> l.path().equals(path)).orElse(false)
                || f.message().contains(path)).toList();
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void safeFilesNamesTheKindAndNeverOpensIt(Kind kind, @TempDir Path dir) throws IOException {
        Path p = SpecialFiles.make(kind, dir.resolve("thing"));
        assertThat(SafeFiles.problem(p)).hasValueSatisfying(s -> assertThat(s).startsWith(SpecialFiles.words(kind)));
        assertThatThrownBy(() -> SafeFiles.readBytes(p, 1024)).isInstanceOf(SafeFiles.NotReadableException.class)
                .hasMessageStartingWith(SpecialFiles.words(kind));
    }

    @Test
    void safeFilesReadsRegularFilesAndLinksToThemAndStopsAtTheLimit(@TempDir Path dir) throws IOException {
        Path f = Files.writeString(dir.resolve("f"), "hello");
        Path link = Files.createSymbolicLink(dir.resolve("link"), f);
        assertThat(SafeFiles.problem(link)).isEmpty();
        assertThat(SafeFiles.readBytes(link, 5)).isEqualTo("hello".getBytes(StandardCharsets.UTF_8));
        assertThatThrownBy(() -> SafeFiles.readBytes(f, 4)).hasMessage("is larger than 4 bytes and was not read");
        assertThat(SafeFiles.problem(dir.resolve("absent"))).contains("does not exist");
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void anvilYamlThatIsNoRegularFileIsOneTypedExceptionNamingIt(Kind kind, @TempDir Path dir) throws IOException {
        Path root = Files.createDirectories(dir.resolve("app"));
        SpecialFiles.make(kind, root.resolve("anvil.yaml"));
        assertThatThrownBy(() -> AnvilProject.load(root)).isInstanceOfSatisfying(ProjectLoadException.class,
                e -> assertThat(e.reason()).isEqualTo(ProjectLoadException.Reason.UNREADABLE))
                .hasMessageContaining("anvil.yaml: " + SpecialFiles.words(kind));
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void settingsFileThatIsNoRegularFileIsOneTypedExceptionNamingIt(Kind kind, @TempDir Path dir)
            throws IOException {
        Path root = app(dir).root();
        SpecialFiles.make(kind, root.resolve("anvil-check.yaml"));
        assertThatThrownBy(() -> AnvilProject.load(root)).isInstanceOf(ProjectLoadException.class)
                .hasMessageContaining("anvil-check.yaml: " + SpecialFiles.words(kind));
        Path other = TempApp.of(dir.resolve("other"), "name: y\n").root();
        assertThatThrownBy(() -> AnvilProject.configure().path(other).configFile(root.resolve("anvil-check.yaml"))
                .load()).isInstanceOf(ProjectLoadException.class)
                .hasMessageContaining("anvil-check.yaml: " + SpecialFiles.words(kind));
    }

    @Test
    void anvilYamlOverTheLimitIsOneFinding(@TempDir Path dir) throws IOException {
        TempApp a = TempApp.of(dir.resolve("app"), "name: x\n");
        byte[] big = new byte[(int) 8L * 1024 * 1024 + 10];
        java.util.Arrays.fill(big, (byte) '#');
        a.bytes("anvil.yaml", big);
        List<Finding> f = AnvilProject.load(a.root()).validateConfig().findings();
        assertThat(f).filteredOn(x -> x.rule() == ConfigRule.YAML_LIMIT).hasSize(1)
                .allSatisfy(x -> assertThat(x.message()).contains("anvil.yaml"));
    }

    /** A folder named x.py is a package folder to Python, not a file; every other kind is listed and reported. */
    @ParameterizedTest
    @EnumSource(value = Kind.class, names = "FOLDER", mode = EnumSource.Mode.EXCLUDE)
    void pythonFileThatIsNoRegularFileIsOneFindingPerCheck(Kind kind, @TempDir Path dir) throws IOException {
        Path root = app(dir).root();
        SpecialFiles.make(kind, root.resolve("server_code/bad.py"));
        AnvilProject project = AnvilProject.load(root);
        List<Finding> compat = about(project.checkCompatibility().findings(), "server_code/bad.py");
        assertThat(compat).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo(PyRule.FILE_UNREADABLE);
            assertThat(f.message()).contains(SpecialFiles.words(kind));
        });
        List<Finding> secrets = about(project.validateSecrets().findings(), "server_code/bad.py");
        assertThat(secrets).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo(SecretsRule.FILE_UNREADABLE);
            assertThat(f.message()).contains(SpecialFiles.words(kind));
        });
        assertThat(about(project.checkAnvil().findings(), "server_code/bad.py")).isEmpty();
        assertThat(project.generateSchema().findings()).isNotNull();
    }

    @ParameterizedTest
    @EnumSource(value = Kind.class, names = "FOLDER", mode = EnumSource.Mode.EXCLUDE)
    void plainTreeAndPathGivenAreReportedNotSkipped(Kind kind, @TempDir Path dir) throws IOException {
        Path tree = Files.createDirectories(dir.resolve("tree"));
        Files.writeString(tree.resolve("ok.py"), "x = 1\n");
        Path bad = SpecialFiles.make(kind, tree.resolve("bad.py"));
        CompatibilityResult r = CompatibilityCheck.ofTree(tree, Optional.empty());
        assertThat(r.findings()).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo(PyRule.FILE_UNREADABLE);
            assertThat(f.location()).hasValueSatisfying(l -> assertThat(l.path()).isEqualTo("bad.py"));
        });
        CompatibilityResult one = CompatibilityCheck.ofTree(bad, Optional.empty());
        assertThat(one.findings()).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo(PyRule.FILE_UNREADABLE);
            assertThat(f.message()).contains("bad.py").contains(SpecialFiles.words(kind));
        });
    }

    @Test
    void emacsLockLinksAreNotReportedAsBroken(@TempDir Path dir) throws IOException {
        Path root = app(dir).file("config/settings.json", "{}\n").root();
        Files.createSymbolicLink(root.resolve("server_code/.#ok.py"), Path.of("root@host.1234:1700000000"));
        Files.createSymbolicLink(root.resolve("config/.#settings.json"), Path.of("root@host.1234:1700000000"));
        AnvilProject project = AnvilProject.load(root);
        assertThat(project.pythonFiles()).extracting(SourceFile::path).containsExactly("server_code/ok.py");
        assertThat(project.checkCompatibility().validateSecrets().findings())
                .noneSatisfy(f -> assertThat(f.message()).contains(".#"));
    }

    @Test
    void symlinkToARegularPythonFileIsChecked(@TempDir Path dir) throws IOException {
        Path root = app(dir).file("lib/real.py", "match x:\n    case 1: pass\n").root();
        Files.createSymbolicLink(root.resolve("server_code/linked.py"), root.resolve("lib/real.py"));
        List<Finding> f = AnvilProject.configure().path(root).target("3.7").load().checkCompatibility().findings();
        assertThat(about(f, "server_code/linked.py")).extracting(Finding::rule).contains(PyRule.SYNTAX_TOO_NEW);
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void formTemplateThatIsNoRegularFileIsOneFindingNamingIt(Kind kind, @TempDir Path dir) throws IOException {
        Path root = app(dir).file("client_code/Form1/__init__.py", FORM).root();
        SpecialFiles.make(kind, root.resolve("client_code/Form1/form_template.yaml"));
        List<Finding> f = about(AnvilProject.load(root).checkAnvil().findings(),
                "client_code/Form1/form_template.yaml");
        assertThat(f).singleElement().satisfies(x -> {
            assertThat(x.rule()).isEqualTo(AnvilRule.MISSING_FORM_TEMPLATE);
            assertThat(x.message()).contains(SpecialFiles.words(kind));
        });
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void requirementsThatAreNoRegularFileAreOneFindingNamingThem(Kind kind, @TempDir Path dir) throws IOException {
        Path root = app(dir).root();
        SpecialFiles.make(kind, root.resolve("server_code/requirements.txt"));
        List<Finding> f = about(AnvilProject.load(root).checkAnvil().findings(), "server_code/requirements.txt");
        assertThat(f).singleElement().satisfies(x -> {
            assertThat(x.rule()).isEqualTo(AnvilRule.REQUIREMENT_SYNTAX);
            assertThat(x.message()).contains(SpecialFiles.words(kind));
        });
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void requirementsIncludeThatIsNoRegularFileIsOneFinding(Kind kind, @TempDir Path dir) throws IOException {
        Path root = app(dir).file("server_code/requirements.txt", "-r more.txt\n").root();
        SpecialFiles.make(kind, root.resolve("server_code/more.txt"));
        List<Finding> f = about(AnvilProject.load(root).checkAnvil().findings(), "server_code/more.txt");
        assertThat(f).singleElement().satisfies(x -> {
            assertThat(x.rule()).isEqualTo(AnvilRule.REQUIREMENT_SYNTAX);
            assertThat(x.message()).contains(SpecialFiles.words(kind));
        });
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void envFilesThatAreNoRegularFileAreOneFindingEach(Kind kind, @TempDir Path dir) throws IOException {
        Path root = app(dir).root();
        SpecialFiles.make(kind, root.resolve(".env"));
        SpecialFiles.make(kind, root.resolve(".env.example"));
        List<Finding> f = AnvilProject.load(root).validateSecrets().findings();
        for (String name : List.of(".env", ".env.example")) {
            assertThat(f).filteredOn(x -> x.location().map(l -> l.path().equals(name)).orElse(false))
                    .singleElement().satisfies(x -> {
                        assertThat(x.rule()).isEqualTo(SecretsRule.FILE_UNREADABLE);
                        assertThat(x.message()).startsWith(name + " " + SpecialFiles.words(kind));
                    });
        }
    }

    @ParameterizedTest
    @EnumSource(value = Kind.class, names = "FOLDER", mode = EnumSource.Mode.EXCLUDE)
    void scannedConfigFileThatIsNoRegularFileIsOneFinding(Kind kind, @TempDir Path dir) throws IOException {
        Path root = app(dir).file("config/ok.json", "{}\n").root();
        SpecialFiles.make(kind, root.resolve("config/settings.json"));
        List<Finding> f = about(AnvilProject.load(root).validateSecrets().findings(), "config/settings.json");
        assertThat(f).singleElement().satisfies(x -> {
            assertThat(x.rule()).isEqualTo(SecretsRule.FILE_UNREADABLE);
            assertThat(x.message()).isEqualTo("config/settings.json " + SpecialFiles.words(kind)
                    + (kind.name().contains("LINK") ? "" : ", not a regular file; it was not opened"));
        });
    }

    @Test
    void aVirtualenvFolderNamedDotEnvIsNotAnEnvFile(@TempDir Path dir) throws IOException {
        Path root = app(dir).file(".env/pyvenv.cfg", "home = /usr/bin\n").root();
        assertThat(AnvilProject.load(root).validateSecrets().findings())
                .noneSatisfy(x -> assertThat(x.rule()).isEqualTo(SecretsRule.FILE_UNREADABLE));
    }

    @Test
    void envFileOverTheLimitIsOneFinding(@TempDir Path dir) throws IOException {
        byte[] big = new byte[1024 * 1024 + 1];
        java.util.Arrays.fill(big, (byte) '#');
        Path root = app(dir).bytes(".env", big).root();
        assertThat(AnvilProject.load(root).validateSecrets().findings())
                .filteredOn(x -> x.rule() == SecretsRule.FILE_UNREADABLE).singleElement()
                .satisfies(x -> assertThat(x.message()).isEqualTo(".env is larger than 1 MB and was not read"));
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void baselineThatIsNoRegularFileIsOneFinding(Kind kind, @TempDir Path dir) throws IOException {
        Path root = app(dir).root();
        SpecialFiles.make(kind, root.resolve(".anvil-check-baseline.json"));
        assertThat(AnvilProject.load(root).validateSecrets().findings())
                .filteredOn(x -> x.rule() == SecretsRule.BASELINE_UNREADABLE).singleElement()
                .satisfies(x -> assertThat(x.message()).contains(SpecialFiles.words(kind)));
    }

    @Test
    void textReportDoesNotOpenAFifoAFindingPointsAt(@TempDir Path dir) throws IOException {
        Path root = app(dir).root();
        SpecialFiles.mkfifo(root.resolve("server_code/bad.py"));
        CheckRun run = AnvilProject.load(root).checkCompatibility();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ReportFormat.TEXT.write(Report.of(run), out);
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("server_code/bad.py").contains("PY005");
    }
}
