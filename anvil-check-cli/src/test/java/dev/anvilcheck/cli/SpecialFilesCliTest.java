package dev.anvilcheck.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.anvilcheck.db.AnvilPostgresExtension;
import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The CLI on projects holding FIFOs, devices, folders and broken links where files are expected: one finding or one
 * message naming the path, the documented exit code (1 for findings, 2 for a PATH, --config or --output that
 * cannot be used), never a hang (reading a FIFO blocks forever, hence the timeout) and never a stack trace.
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class SpecialFilesCliTest {

    @RegisterExtension
    static AnvilPostgresExtension pg = AnvilPostgresExtension.create();

    static final Path SAMPLE = Path.of("../examples/sample-app");
    static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    static void mkfifo(Path p) throws IOException, InterruptedException {
        assumeTrue(Files.isExecutable(Path.of("/usr/bin/mkfifo")),
                "skipped: /usr/bin/mkfifo is absent, and java.nio cannot make a FIFO");
        Files.createDirectories(p.getParent());
        assumeTrue(new ProcessBuilder("/usr/bin/mkfifo", p.toString()).start().waitFor() == 0,
                "skipped: mkfifo failed");
    }

    static void make(String kind, Path p) throws IOException, InterruptedException {
        Files.createDirectories(p.getParent());
        switch (kind) {
            case "fifo" -> mkfifo(p);
            case "zero" -> Files.createSymbolicLink(p, Path.of("/dev/zero"));
            case "urandom" -> Files.createSymbolicLink(p, Path.of("/dev/urandom"));
            case "dangling" -> Files.createSymbolicLink(p, p.resolveSibling("nothing-here"));
            case "loop" -> Files.createSymbolicLink(p, p.getFileName());
            default -> throw new IllegalArgumentException(kind);
        }
    }

    Path sample() throws IOException {
        Path to = dir.resolve("app");
        Files.walkFileTree(SAMPLE, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path d, BasicFileAttributes attrs) throws IOException {
                Files.createDirectories(to.resolve(SAMPLE.relativize(d).toString()));
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path f, BasicFileAttributes attrs) throws IOException {
                Files.copy(f, to.resolve(SAMPLE.relativize(f).toString()));
                return FileVisitResult.CONTINUE;
            }
        });
        return to;
    }

    static List<JsonNode> findingsAbout(CliRun r, String path) throws IOException {
        List<JsonNode> out = new ArrayList<>();
        for (JsonNode f : JSON.readTree(r.out()).get("findings")) {
            if (f.path("location").path("path").asText().equals(path)) {
                out.add(f);
            }
        }
        return out;
    }

    static void noStackTrace(CliRun r) {
        assertThat(r.err()).doesNotContain("\tat ").doesNotContain("Exception:").doesNotContain("internal error");
    }

    @ParameterizedTest
    @ValueSource(strings = {"fifo", "zero", "urandom", "dangling", "loop"})
    void checkReportsAnUnreadablePythonFileAndDotEnvOncePerCheckAndExitsOne(String kind) throws Exception {
        Path app = sample();
        make(kind, app.resolve("server_code/broken.py"));
        make(kind, app.resolve(".env"));
        CliRun r = CliRun.of("check", app.toString(), "--format", "json");
        noStackTrace(r);
        assertThat(r.exitCode()).as(r.err()).isEqualTo(1);
        assertThat(findingsAbout(r, "server_code/broken.py")).extracting(f -> f.get("ruleId").asText())
                .containsExactlyInAnyOrder("PY005", "SE431");
        assertThat(findingsAbout(r, ".env")).extracting(f -> f.get("ruleId").asText()).containsExactly("SE431");
    }

    @Test
    void secretsOnAFifoEnvFileIsOneFindingNotASilentSkip() throws Exception {
        Path app = sample();
        mkfifo(app.resolve(".env"));
        CliRun r = CliRun.of("secrets", app.toString(), "--format", "json");
        noStackTrace(r);
        assertThat(findingsAbout(r, ".env")).singleElement().satisfies(f -> {
            assertThat(f.get("ruleId").asText()).isEqualTo("SE431");
            assertThat(f.get("message").asText()).isEqualTo(".env is a FIFO (named pipe), not a regular file; "
                    + "it was not opened");
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"fifo", "zero", "dangling", "loop"})
    void pythonOnAPathThatIsNoRegularFileExitsTwoNamingIt(String kind) throws Exception {
        Path p = dir.resolve("given.py");
        make(kind, p);
        CliRun r = CliRun.of("python", p.toString());
        noStackTrace(r);
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).startsWith("anvil-check: " + p + ": ");
        assertThat(r.out()).isEmpty();
    }

    @Test
    void pythonOnATreeWithAFifoReportsItAndExitsOne() throws Exception {
        Path tree = Files.createDirectories(dir.resolve("tree"));
        Files.writeString(tree.resolve("ok.py"), "x = 1\n");
        mkfifo(tree.resolve("pipe.py"));
        CliRun r = CliRun.of("python", tree.toString(), "--format", "json");
        noStackTrace(r);
        assertThat(r.exitCode()).as(r.err()).isEqualTo(1);
        assertThat(findingsAbout(r, "pipe.py")).singleElement()
                .satisfies(f -> assertThat(f.get("ruleId").asText()).isEqualTo("PY005"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"fifo", "zero", "dangling", "loop"})
    void configWithASettingsFileThatIsNoRegularFileExitsTwoNamingIt(String kind) throws Exception {
        Path settings = dir.resolve("settings.yaml");
        make(kind, settings);
        CliRun r = CliRun.of("config", SAMPLE.toString(), "--config", settings.toString());
        noStackTrace(r);
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains(settings.toString());
    }

    @Test
    void anAnvilYamlThatIsAFifoExitsTwoNamingIt() throws Exception {
        Path app = dir.resolve("fifo-app");
        mkfifo(app.resolve("anvil.yaml"));
        CliRun r = CliRun.of("config", app.toString());
        noStackTrace(r);
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("anvil.yaml: is a FIFO (named pipe)");
    }

    @Test
    void outputThatIsAFolderExitsTwoBeforeRunningWhileAFifoWithItsReaderAndDevNullWork() throws Exception {
        CliRun toFolder = CliRun.of("python", SAMPLE.resolve("server_code").toString(), "--output", dir.toString());
        noStackTrace(toFolder);
        assertThat(toFolder.exitCode()).isEqualTo(2);
        assertThat(toFolder.err()).startsWith("anvil-check: " + dir + ": cannot write the report (is a folder");
        // a pipe the user names (--output /dev/stdout | jq, --output >(jq .)) has its reader: the report goes there
        Path fifo = dir.resolve("out.fifo");
        mkfifo(fifo);
        java.util.concurrent.CompletableFuture<String> reader = java.util.concurrent.CompletableFuture.supplyAsync(
                () -> {
                    try {
                        return Files.readString(fifo);
                    } catch (IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                });
        CliRun toFifo = CliRun.of("python", SAMPLE.toString(), "--format", "json", "--output", fifo.toString());
        noStackTrace(toFifo);
        assertThat(toFifo.exitCode()).as(toFifo.err()).isZero();
        assertThat(reader.get(30, java.util.concurrent.TimeUnit.SECONDS)).contains("\"schemaVersion\"");
        CliRun toNull = CliRun.of("config", SAMPLE.toString(), "--output", "/dev/null");
        assertThat(toNull.exitCode()).as(toNull.err()).isZero();
    }

    @ParameterizedTest
    @ValueSource(strings = {"fifo", "zero", "dangling"})
    void dbMigrateWithAMigrationThatIsNoRegularFileIsOneErrorAndMigratesNothing(String kind) throws Exception {
        Path app = sample();
        Path migrations = app.resolve("src/database/migrations");
        make(kind, migrations.resolve("V999__special.sql"));
        CliRun r = CliRun.of("db", "migrate", app.toString(), "--url=" + pg.jdbcUrl(), "--format", "json");
        noStackTrace(r);
        assertThat(r.exitCode()).as(r.err()).isEqualTo(1);
        assertThat(findingsAbout(r, "src/database/migrations/V999__special.sql")).singleElement()
                .satisfies(f -> assertThat(f.get("ruleId").asText()).isEqualTo("DB010"));
        CliRun info = CliRun.of("db", "info", app.toString(), "--url=" + pg.jdbcUrl(), "--format", "json");
        assertThat(info.out()).doesNotContain("\"state\":\"success\"");
    }
}
