package dev.anvilcheck.anvil;

import dev.anvilcheck.AnvilProject;
import dev.anvilcheck.Finding;
import dev.anvilcheck.Severity;
import dev.anvilcheck.config.AnvilYaml;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Every real anvil.yaml in ../shared/anvil-apps, alone (no code), passes checkAnvil without a crash and without an
 * error: with no code, nothing in the yaml can be contradicted by code, and requirements it embeds are valid.
 */
class RealAnvilYamlTest {

    static final Path APPS = Stream.of(System.getProperty("anvil.apps", "../../shared/anvil-apps"),
                    "../../../shared/anvil-apps").map(Path::of).filter(Files::isDirectory).findFirst()
            .orElse(Path.of("../../shared/anvil-apps"));

    @TempDir
    Path tmp;

    @TestFactory
    Stream<DynamicTest> everyRealAnvilYamlAloneHasNoAxErrors() throws IOException {
        assumeTrue(Files.isDirectory(APPS), "skipped: " + APPS.toAbsolutePath() + " does not exist (the shared "
                + "corpus of real anvil.yaml files is only on the team's machines)");
        List<Path> apps;
        try (Stream<Path> s = Files.list(APPS)) {
            apps = s.filter(p -> Files.isRegularFile(p.resolve("anvil.yaml"))).sorted().collect(Collectors.toList());
        }
        assertThat(apps).hasSizeGreaterThanOrEqualTo(8);
        return apps.stream().map(app -> DynamicTest.dynamicTest(app.getFileName().toString(), () -> {
            Path dir = Files.createDirectories(tmp.resolve(app.getFileName().toString()));
            Files.copy(app.resolve("anvil.yaml"), dir.resolve("anvil.yaml"));
            AnvilResult r = AnvilProject.load(dir).checkAnvil().result(AnvilResult.class).orElseThrow();
            Map<String, Long> byRule = new TreeMap<>(r.findings().stream().collect(Collectors.groupingBy(
                    f -> f.rule().code() + " " + f.severity().jsonName(), Collectors.counting())));
            System.out.println(app.getFileName() + ": " + byRule + ", " + r.requirements().size()
                    + " requirements");
            List<Finding> errors = r.findings().stream().filter(f -> f.severity() == Severity.ERROR).toList();
            assertThat(errors).as(errors.toString()).isEmpty();
            assertThat(r.serverFunctions()).isEmpty();
            assertThat(r.forms()).isEmpty();
        }));
    }

    /**
     * For each real app, code generated from its own declarations (every table and column used from the server,
     * client-visible tables read from the client and written only when full, a task per scheduled task, an
     * import per enabled service) gets no AX warning or error: the rules agree with real schemas.
     */
    @TestFactory
    Stream<DynamicTest> codeWrittenFromTheDeclarationsPasses() throws IOException {
        assumeTrue(Files.isDirectory(APPS), "skipped: " + APPS.toAbsolutePath() + " does not exist");
        List<Path> apps;
        try (Stream<Path> s = Files.list(APPS)) {
            apps = s.filter(p -> Files.isRegularFile(p.resolve("anvil.yaml"))).sorted().collect(Collectors.toList());
        }
        return apps.stream().map(app -> DynamicTest.dynamicTest(app.getFileName().toString(), () -> {
            Path dir = Files.createDirectories(tmp.resolve("gen-" + app.getFileName()));
            Files.copy(app.resolve("anvil.yaml"), dir.resolve("anvil.yaml"));
            AnvilYaml y = AnvilProject.load(dir).anvilYaml().orElseThrow();
            StringBuilder server = new StringBuilder("import anvil.server\n");
            StringBuilder client = new StringBuilder("import anvil.server\n");
            Map<String, String> modules = Map.of(AnvilYaml.Service.USERS, "anvil.users",
                    AnvilYaml.Service.SECRETS, "anvil.secrets", AnvilYaml.Service.EMAIL, "anvil.email",
                    AnvilYaml.Service.TABLES, "anvil.tables");
            for (AnvilYaml.Service svc : y.services()) {
                if (modules.containsKey(svc.source())) {
                    server.append("import ").append(modules.get(svc.source())).append('\n');
                }
            }
            boolean tables = y.service(AnvilYaml.Service.TABLES).isPresent() && !y.tables().isEmpty();
            if (tables) {
                server.append("from anvil.tables import app_tables\n");
                client.append("from anvil.tables import app_tables\n");
            }
            for (AnvilYaml.ScheduledTask t : y.scheduledTasks()) {
                server.append("\n@anvil.server.background_task('").append(t.taskName()).append("')\ndef task_")
                        .append(Math.abs(t.taskName().hashCode())).append("():\n    pass\n");
            }
            server.append("\n@anvil.server.callable\ndef touch_all():\n    pass\n");
            client.append("\ndef read_all():\n    anvil.server.call('touch_all')\n");
            int checked = 0;
            for (AnvilYaml.Table t : tables ? y.tables() : List.<AnvilYaml.Table>of()) {
                String ref = "app_tables['" + t.pythonName() + "']";
                String kwargs = t.columns().stream().map(AnvilYaml.Column::name)
                        .filter(c -> c.matches("[A-Za-z_][A-Za-z0-9_]*") && !KEYWORDS.contains(c))
                        .map(c -> c + "=None").collect(Collectors.joining(", "));
                server.append("    ").append(ref).append(".add_row(").append(kwargs).append(")\n");
                String row = "row_" + checked;
                server.append("    for ").append(row).append(" in ").append(ref).append(".search():\n");
                for (AnvilYaml.Column c : t.columns()) {
                    server.append("        print(").append(row).append("[").append(pyString(c.name())).append("])\n");
                    checked++;
                }
                server.append("        pass\n");
                if (t.client() != AnvilYaml.Permission.NONE) {
                    client.append("    ").append(ref).append(".search()\n");
                }
                if (t.client() == AnvilYaml.Permission.FULL) {
                    client.append("    ").append(ref).append(".add_row(").append(kwargs).append(")\n");
                }
            }
            Files.createDirectories(dir.resolve("server_code"));
            Files.createDirectories(dir.resolve("client_code"));
            Files.writeString(dir.resolve("server_code/gen.py"), server.toString());
            Files.writeString(dir.resolve("client_code/gen.py"), client.toString());
            AnvilResult r = AnvilProject.load(dir).checkAnvil().result(AnvilResult.class).orElseThrow();
            List<Finding> loud = r.findings().stream().filter(f -> f.rule() instanceof AnvilRule
                    && f.severity().atLeast(Severity.WARNING)).toList();
            System.out.println(app.getFileName() + ": " + y.tables().size() + " tables, " + checked
                    + " column subscripts, " + y.scheduledTasks().size() + " scheduled tasks: " + loud.size()
                    + " AX warnings or errors");
            assertThat(loud).as(loud.toString()).isEmpty();
            if (checked > 0) {
                // The control: one wrong column in the same code is found, so the clean result means something.
                AnvilYaml.Table first = y.tables().stream().filter(t -> !t.columns().isEmpty()).findFirst()
                        .orElseThrow();
                Files.writeString(dir.resolve("server_code/wrong.py"), "from anvil.tables import app_tables\n"
                        + "for r in app_tables['" + first.pythonName() + "'].search():\n    print(r["
                        + pyString(first.columns().get(0).name() + "_nope") + "])\n");
                AnvilResult wrong = AnvilProject.load(dir).checkAnvil().result(AnvilResult.class).orElseThrow();
                assertThat(wrong.findings()).filteredOn(f -> f.rule() == AnvilRule.UNKNOWN_COLUMN).hasSize(1);
            }
        }));
    }

    static final java.util.Set<String> KEYWORDS = java.util.Set.of("False", "None", "True", "and", "as", "assert",
            "async", "await", "break", "class", "continue", "def", "del", "elif", "else", "except", "finally", "for",
            "from", "global", "if", "import", "in", "is", "lambda", "nonlocal", "not", "or", "pass", "raise",
            "return", "try", "while", "with", "yield");

    static String pyString(String s) {
        return "'" + s.replace("\\", "\\\\").replace("'", "\\'").replace("\n", "\\n") + "'";
    }

    @Test
    void requirementsEmbeddedInServerSpecAreReadAtTheirYamlLines() throws IOException {
        Path p2p = APPS.resolve("p2p-lending/anvil.yaml");
        assumeTrue(Files.isRegularFile(p2p), "skipped: " + p2p.toAbsolutePath() + " does not exist");
        String text = Files.readString(p2p);
        assertThat(text).contains("  server_spec: null\n", "  server_spec_disabled:\n");
        // Switch the disabled server environment on, keeping every line where it is.
        String enabled = text.replace("  server_spec: null\n", "  server_spec_was: null\n")
                .replace("  server_spec_disabled:\n", "  server_spec:\n");
        Path dir = Files.createDirectories(tmp.resolve("p2p-enabled"));
        Files.writeString(dir.resolve("anvil.yaml"), enabled);
        AnvilResult r = AnvilProject.load(dir).checkAnvil().result(AnvilResult.class).orElseThrow();
        assertThat(r.requirements()).extracting(q -> q.text() + "@" + q.location())
                .containsExactly("pdf2image==1.16.3@anvil.yaml:32:7", "bcrypt==4.1.3@anvil.yaml:33:7");
        assertThat(r.findings()).noneMatch(f -> f.severity() == Severity.ERROR);
    }
}
