package dev.anvilcheck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import dev.anvilcheck.config.AnvilYaml;
import dev.anvilcheck.config.ConfigResult;
import dev.anvilcheck.config.ConfigRule;
import dev.anvilcheck.python.PythonVersion;
import dev.anvilcheck.testing.TempApp;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AnvilProjectTest {

    static final Path SAMPLE = Path.of("../examples/sample-app");

    @Test
    void missingPathIsATypedException(@TempDir Path dir) {
        assertThatThrownBy(() -> AnvilProject.load(dir.resolve("nope")))
                .isInstanceOfSatisfying(ProjectLoadException.class,
                        e -> assertThat(e.reason()).isEqualTo(ProjectLoadException.Reason.NOT_FOUND))
                .hasMessageContaining("nope").hasMessageContaining("no such file");
    }

    @Test
    void fileInsteadOfFolderIsATypedException(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("anvil.yaml"), "name: x\n");
        assertThatThrownBy(() -> AnvilProject.load(file))
                .isInstanceOfSatisfying(ProjectLoadException.class,
                        e -> assertThat(e.reason()).isEqualTo(ProjectLoadException.Reason.NOT_A_DIRECTORY))
                .hasMessageContaining("is a file");
    }

    @Test
    void folderWithoutAnvilYamlIsNotAnApp(@TempDir Path dir) {
        assertThatThrownBy(() -> AnvilProject.load(dir))
                .isInstanceOfSatisfying(ProjectLoadException.class,
                        e -> assertThat(e.reason()).isEqualTo(ProjectLoadException.Reason.NOT_AN_ANVIL_APP))
                .hasMessageContaining("no anvil.yaml");
    }

    @Test
    void anvilYamlThatIsAFolderOrFifoIsNotReadAndDoesNotHang(@TempDir Path dir) throws Exception {
        Files.createDirectories(dir.resolve("a/anvil.yaml"));
        assertThatThrownBy(() -> AnvilProject.load(dir.resolve("a"))).isInstanceOf(ProjectLoadException.class)
                .hasMessageContaining("is a folder, not a file");
        Files.createDirectories(dir.resolve("b"));
        Process mkfifo = new ProcessBuilder("mkfifo", dir.resolve("b/anvil.yaml").toString()).start();
        if (mkfifo.waitFor() == 0) {
            assertTimeoutPreemptively(Duration.ofSeconds(10), () -> assertThatThrownBy(
                    () -> AnvilProject.load(dir.resolve("b"))).isInstanceOf(ProjectLoadException.class));
        }
    }

    @Test
    void anvilCheckYamlThatIsAFifoOrAFolderIsATypedExceptionAndDoesNotHang(@TempDir Path dir) throws Exception {
        Path app = TempApp.of(dir.resolve("app"), "name: x\n").root();
        Process mkfifo = new ProcessBuilder("mkfifo", app.resolve("anvil-check.yaml").toString()).start();
        org.junit.jupiter.api.Assumptions.assumeTrue(mkfifo.waitFor() == 0, "skipped: mkfifo is not available");
        assertTimeoutPreemptively(Duration.ofSeconds(10), () -> assertThatThrownBy(() -> AnvilProject.load(app))
                .isInstanceOfSatisfying(ProjectLoadException.class, e -> {
                    assertThat(e.reason()).isEqualTo(ProjectLoadException.Reason.UNREADABLE);
                    assertThat(e.getMessage()).contains("anvil-check.yaml: is a FIFO (named pipe)");
                }));
        Path other = TempApp.of(dir.resolve("other"), "name: x\n").root();
        assertTimeoutPreemptively(Duration.ofSeconds(10), () -> assertThatThrownBy(
                () -> AnvilProject.configure().path(other).configFile(app.resolve("anvil-check.yaml")).load())
                .isInstanceOf(ProjectLoadException.class));
        assertThatThrownBy(() -> AnvilProject.configure().path(other).configFile(dir).load())
                .hasMessageContaining("is a folder, not a file");
    }

    @Test
    void unreadableFolderIsATypedException(@TempDir Path dir) throws IOException {
        assumeFalse("root".equals(System.getProperty("user.name")),
                "skipped: running as root, which can read any file, so permissions cannot make one unreadable");
        Path app = TempApp.of(dir, "name: x\n").root();
        Files.setPosixFilePermissions(app, PosixFilePermissions.fromString("---------"));
        try {
            assertThatThrownBy(() -> AnvilProject.load(app)).isInstanceOfSatisfying(ProjectLoadException.class,
                    e -> assertThat(e.reason()).isEqualTo(ProjectLoadException.Reason.UNREADABLE));
        } finally {
            Files.setPosixFilePermissions(app, PosixFilePermissions.fromString("rwx------"));
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "malformed YAML       | name: [x        | AY001 | 1",
        "tab indentation      | a:\\n\\tb: 1    | AY001 | 2",
        "list instead of map  | - a\\n- b       | AY005 | 1",
        "empty file           | ''              | AY005 | 1"})
    void badYamlIsAnErrorFindingWithAPlace(String name, String yaml, String code, int line, @TempDir Path dir) {
        String text = yaml.replace("\\n", "\n").replace("\\t", "\t");
        ConfigResult r = load(TempApp.of(dir, text).root());
        assertThat(r.findings()).hasSize(1);
        Finding f = r.findings().get(0);
        assertThat(f.rule().code()).isEqualTo(code);
        assertThat(f.severity()).isEqualTo(Severity.ERROR);
        assertThat(f.location()).get().extracting(Location::line).isEqualTo(line);
        assertThat(r.anvilYaml()).isEmpty();
    }

    @Test
    void tabIndentGetsAHint(@TempDir Path dir) {
        ConfigResult r = load(TempApp.of(dir, "a:\n\tb: 1\n").root());
        assertThat(r.findings().get(0).hint()).hasValueSatisfying(h -> assertThat(h).contains("spaces"));
    }

    @Test
    void billionLaughsIsRejectedQuickly(@TempDir Path dir) {
        Path app = TempApp.of(dir, dev.anvilcheck.config.ConfigRuleTest.billionLaughs()).root();
        ConfigResult r = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> load(app));
        assertThat(r.findings()).extracting(f -> f.rule()).containsExactly(ConfigRule.YAML_LIMIT);
    }

    @Test
    void nestingTooDeepIsALimitFindingWhereItGetsTooDeep(@TempDir Path dir) {
        Path flow = TempApp.of(dir.resolve("flow"), "name: x\nk: " + "[".repeat(100_000) + "]".repeat(100_000) + "\n")
                .root();
        ConfigResult r = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> load(flow));
        assertThat(r.findings()).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo(ConfigRule.YAML_LIMIT);
            // the root mapping is depth 1, so the 100th '[' (column 103) is the 101st collection
            assertThat(f.location().orElseThrow()).extracting(l -> l.line() + ":" + l.column()).isEqualTo("2:103");
        });
        StringBuilder block = new StringBuilder("name: x\n");
        for (int i = 0; i < 120; i++) {
            block.append("  ".repeat(i)).append("k").append(i).append(":\n");
        }
        Path blockApp = TempApp.of(dir.resolve("block"), block.toString()).root();
        ConfigResult b = load(blockApp);
        assertThat(b.findings()).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo(ConfigRule.YAML_LIMIT);
            assertThat(f.location().orElseThrow().line()).isGreaterThan(90);
        });
    }

    @Test
    void aliasExpansionWithinTheAliasLimitIsStillBounded(@TempDir Path dir) {
        StringBuilder b = new StringBuilder("a0: &a0 [x, x]\n");
        for (int i = 1; i <= 40; i++) {
            b.append("a").append(i).append(": &a").append(i).append(" [*a").append(i - 1).append(", *a")
                    .append(i - 1).append("]\n");
        }
        Path app = TempApp.of(dir, b.toString()).root();
        ConfigResult r = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> load(app));
        assertThat(r.findings()).extracting(f -> f.rule()).containsExactly(ConfigRule.YAML_LIMIT);
    }

    @Test
    void fiftyMegabyteFileIsRejectedWithoutReadingIt(@TempDir Path dir) throws IOException {
        Path app = TempApp.of(dir, "").root();
        try (OutputStream out = Files.newOutputStream(app.resolve("anvil.yaml"))) {
            byte[] line = "key_with_some_length: value value value value value value\n"
                    .getBytes(StandardCharsets.US_ASCII);
            for (long written = 0; written < 50L * 1024 * 1024; written += line.length) {
                out.write(line);
            }
        }
        ConfigResult r = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> load(app));
        assertThat(r.findings()).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo(ConfigRule.YAML_LIMIT);
            assertThat(f.message()).contains("50 MB");
        });
    }

    @Test
    void binaryFileIsNotText(@TempDir Path dir) {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
        Path app = TempApp.of(dir, "").bytes("anvil.yaml", png).root();
        assertThat(load(app).findings()).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo(ConfigRule.YAML_NOT_TEXT);
            assertThat(f.message()).contains("NUL byte");
        });
    }

    @Test
    void invalidUtf8IsReportedAtItsPlace(@TempDir Path dir) {
        byte[] latin1 = "name: ok\ntitle: caf\u00e9\n".getBytes(StandardCharsets.ISO_8859_1);
        Path app = TempApp.of(dir, "").bytes("anvil.yaml", latin1).root();
        assertThat(load(app).findings()).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo(ConfigRule.YAML_NOT_TEXT);
            assertThat(f.location()).get().extracting(Location::line, Location::column).containsExactly(2, 11);
            assertThat(f.message()).contains("0xe9");
        });
    }

    @Test
    void yamlErrorMessagesNeverQuoteTheSourceLine(@TempDir Path dir) {
        String canary = "sk_live_CANARY0123456789abcdef";
        ConfigResult r = load(TempApp.of(dir, "secret: " + canary + "\n  bad: [\n").root());
        assertThat(r.findings()).isNotEmpty().allSatisfy(f -> {
            assertThat(f.message()).doesNotContain("CANARY");
            assertThat(f.hint().orElse("")).doesNotContain("CANARY");
        });
    }

    @Test
    void sampleAppLoadsCleanWithItsModel() {
        AnvilProject p = AnvilProject.load(SAMPLE);
        assertThat(p.validateConfig().findings()).isEmpty();
        AnvilYaml app = p.anvilYaml().orElseThrow();
        assertThat(app.schemaForm()).isEqualTo(AnvilYaml.SchemaForm.MAPPING);
        assertThat(app.tables()).extracting(AnvilYaml.Table::pythonName)
                .containsExactly("customers", "orders", "products", "tags", "users");
        assertThat(app.table("orders").orElseThrow().column("products").orElseThrow().target()).hasValue("products");
        assertThat(app.runtime().serverPython()).hasValue(PythonVersion.of(3, 10));
        assertThat(app.secrets()).extracting(AnvilYaml.SecretDeclaration::name, AnvilYaml.SecretDeclaration::type)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("stripe_api_key", AnvilYaml.SecretType.SECRET),
                        org.assertj.core.groups.Tuple.tuple("pii_key", AnvilYaml.SecretType.KEY));
        assertThat(p.checkConfig().python().server()).hasValue("3.10");
        assertThat(p.checkConfig().requiredEnv()).containsKeys("DATABASE_URL", "SMTP_PORT", "API_MODE");
        assertThat(p.checkConfig().environments().get("staging").vault()).isPresent();
        assertThat(p.pythonFiles()).extracting(SourceFile::path, SourceFile::root).contains(
                org.assertj.core.groups.Tuple.tuple("client_code/Main/__init__.py", CodeRoot.CLIENT),
                org.assertj.core.groups.Tuple.tuple("server_code/orders.py", CodeRoot.SERVER),
                org.assertj.core.groups.Tuple.tuple("tests/test_pricing.py", CodeRoot.OTHER));
    }

    @Test
    void serviceToStringNeverShowsConfigValues() {
        AnvilYaml.Service s = new AnvilYaml.Service("/runtime/services/anvil/email.yml", java.util.Map.of(),
                java.util.Map.of("smtp_password", "hunter2-CANARY"), Location.file("anvil.yaml"));
        assertThat(s.toString()).contains("smtp_password").doesNotContain("CANARY");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "server_spec: {base: python310-minimal}, server_version: python3-sandbox | 3.10",
        "server_spec: null, server_version: python3-full                       | 3.7",
        "server_spec: {}, server_version: python2-sandbox                      | 2.7",
        "server_version: python3-sandbox                                       | 3.7"})
    void runtimeOptionsResolveToTheServersPython(String options, String expected, @TempDir Path dir) {
        AnvilProject p = AnvilProject.load(TempApp.of(dir, "name: x\nruntime_options: {version: 2, " + options
                + "}\n").root());
        assertThat(p.anvilYaml().orElseThrow().runtime().serverPython()).hasValue(PythonVersion.parse(expected));
    }

    @Test
    void excludesAndToolFoldersAreSkipped(@TempDir Path dir) {
        Path app = TempApp.of(dir, "name: x\n").file("anvil-check.yaml", "exclude: ['tests/fixtures/**']\n")
                .file("server_code/a.py", "").file("tests/fixtures/bad.py", "").file(".venv/lib/x.py", "")
                .file("server_code/__pycache__/a.py", "").file("scripts/tool.py", "").root();
        AnvilProject p = AnvilProject.configure().path(app).exclude("scripts/**").load();
        assertThat(p.pythonFiles()).extracting(SourceFile::path).containsExactly("server_code/a.py");
    }

    @Test
    void ruleSettingsChangeSeveritiesAndIgnore(@TempDir Path dir) {
        Path app = TempApp.of(dir, "name: x\nserivces: []\nfoo: 1\n").file("anvil-check.yaml",
                "required_sections: [name]\nrules:\n  severity: {AY011: error}\n  ignore:\n  - {rule: AY011, paths: [other.yaml]}\n")
                .root();
        List<Finding> findings = AnvilProject.load(app).validateConfig().findings();
        assertThat(findings).extracting(Finding::severity).containsOnly(Severity.ERROR).hasSize(2);
        Path app2 = TempApp.of(dir.resolve("two"), "name: x\nfoo: 1\n").file("anvil-check.yaml",
                "required_sections: [name]\nrules:\n  ignore:\n  - {rule: AY011}\n").root();
        assertThat(AnvilProject.load(app2).validateConfig().findings()).isEmpty();
    }

    @Test
    void theChainCarriesResultsAndThrowsOnErrors(@TempDir Path dir) {
        Path app = TempApp.of(dir, "name: x\ndb_schema: {t: {columns: [{name: a, type: nope}]}}\n").root();
        CheckRun run = AnvilProject.load(app).validateConfig();
        assertThat(run.config()).isPresent();
        assertThat(run.hasErrors()).isTrue();
        assertThatThrownBy(run::orThrow).isInstanceOfSatisfying(AnvilCheckException.class,
                e -> assertThat(e.result()).isSameAs(run)).hasMessageContaining("1 error").hasMessageContaining("AY020");
        CheckResult custom = () -> List.of(Finding.of(ConfigRule.RUNTIME, null, "custom"));
        CheckRun more = run.then(project -> custom);
        assertThat(more.results()).hasSize(2);
        assertThat(more.findings()).last().extracting(Finding::message).isEqualTo("custom");
        assertThat(run.results()).hasSize(1);
        assertThat(more.validateConfig().results()).hasSize(2);
    }

    @Test
    void findingsSortByPlaceThenRuleAndPlacelessLast() {
        Finding a = Finding.of(ConfigRule.WRONG_TYPE, Location.at("b.yaml", 1, 1), "x");
        Finding b = Finding.of(ConfigRule.UNKNOWN_KEY, Location.at("a.yaml", 9, 1), "x");
        Finding c = Finding.of(ConfigRule.DUPLICATE_KEY, Location.at("a.yaml", 9, 1), "x");
        Finding d = Finding.of(ConfigRule.YAML_SYNTAX, null, "x");
        assertThat(List.of(d, a, b, c).stream().sorted()).containsExactly(c, b, a, d);
        assertThat(d.location()).isEqualTo(Optional.empty());
    }

    private static ConfigResult load(Path app) {
        return AnvilProject.load(app).validateConfig().config().orElseThrow();
    }
}
