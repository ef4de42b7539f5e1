package dev.anvilcheck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The CLI contract of DESIGN section 11: outputs and exit codes. */
class CliTest {

    static final String SAMPLE = "../examples/sample-app";
    static final String BROKEN = "../examples/broken-app";

    @Test
    void sampleAppChecksCleanAndExitsZero() {
        CliRun r = CliRun.of("check", SAMPLE);
        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).contains("No problems found");
        assertThat(r.err()).contains("checking");
    }

    @Test
    void brokenAppJsonIsTheGoldenFile() throws IOException {
        CliRun r = CliRun.of("check", BROKEN, "--format", "json");
        assertThat(r.exitCode()).isEqualTo(1);
        String stable = r.out().replaceFirst("\"version\" : \"[^\"]*\"", "\"version\" : \"VERSION\"");
        Golden.assertMatches(Path.of("src/test/resources/golden/broken-app-check.json"), stable);
        JsonNode json = new ObjectMapper().readTree(r.out());
        assertThat(json.get("schemaVersion").asInt()).isEqualTo(1);
        assertThat(json.get("summary").get("errors").asInt()).isPositive();
        assertThat(r.out()).doesNotContain("null");
    }

    @Test
    void failOnDecidesTheExitCode() {
        assertThat(CliRun.of("config", BROKEN, "--fail-on", "never").exitCode()).isZero();
    }

    @Test
    void warningsFailOnlyWhenAsked(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("anvil.yaml"), "name: x\nunknown_thing: 1\nsecrets: {}\ndb_schema: {}\n");
        assertThat(CliRun.of("config", dir.toString()).exitCode()).isZero();
        assertThat(CliRun.of("config", dir.toString(), "--fail-on", "warning").exitCode()).isEqualTo(1);
    }

    @Test
    void missingPathExitsTwoWithOneLine(@TempDir Path dir) {
        CliRun r = CliRun.of("check", dir.resolve("absent").toString());
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err().strip().lines()).last().asString().startsWith("anvil-check: ").contains("absent")
                .contains("no such file");
        assertThat(r.err()).doesNotContain("Exception").doesNotContain("\tat ");
    }

    @Test
    void pathThatIsAFileOrNotAnAppExitsTwo(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("x.txt"), "hi");
        assertThat(CliRun.of("check", file.toString()).exitCode()).isEqualTo(2);
        assertThat(CliRun.of("check", dir.toString()).err()).contains("not an Anvil app");
    }

    @ParameterizedTest
    @ValueSource(strings = {"--format=xml", "--fail-on=sometimes", "--bogus"})
    void usageErrorsExitTwo(String option) {
        CliRun r = CliRun.of("check", option, SAMPLE);
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("anvil-check:").contains("--help");
    }

    @Test
    void noCommandIsAUsageError() {
        assertThat(CliRun.of().exitCode()).isEqualTo(2);
    }

    @Test
    void helpAndVersion() {
        CliRun help = CliRun.of("--help");
        assertThat(help.exitCode()).isZero();
        assertThat(help.out()).contains("check").contains("config").contains("Exit codes");
        CliRun version = CliRun.of("--version");
        assertThat(version.out()).startsWith("anvil-check ");
    }

    @Test
    void malformedYamlIsAFindingNotACrash(@TempDir Path dir) throws IOException {
        Files.write(dir.resolve("anvil.yaml"), new byte[] {'a', ':', 0, 1, 2, (byte) 0xff});
        CliRun r = CliRun.of("check", dir.toString(), "--format", "json");
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.out()).contains("AY004");
    }

    @Test
    void outputFileGetsTheReport(@TempDir Path dir) throws IOException {
        Path out = dir.resolve("reports/result.json");
        CliRun r = CliRun.of("config", BROKEN, "--format", "json", "--output", out.toString(), "--quiet");
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).isEmpty();
        assertThat(Files.readString(out, StandardCharsets.UTF_8)).contains("\"schemaVersion\" : 1");
    }

    @Test
    void textHasNoColoursWhenNotATerminal() {
        assertThat(CliRun.of("check", BROKEN).out()).doesNotContain("\u001b[");
    }

    @ParameterizedTest
    @ValueSource(strings = {"--target=abc", "--target=9.9", "--target=3.13-3.7", "--target=3.7-skulpt",
            "--client-target=3.10-2.7", "--exclude=[", "--exclude=a{b"})
    void badTargetsAndGlobsAreUsageErrors(String option) {
        CliRun r = CliRun.of("check", option, SAMPLE);
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).startsWith("anvil-check: Invalid value for option").doesNotContain("Exception");
    }

    @Test
    void goodTargetsAreAccepted() {
        assertThat(CliRun.of("config", "--target", "3.7-3.13", "--client-target", "3.7-skulpt", SAMPLE).exitCode())
                .isZero();
    }

    @Test
    void anOutputThatCannotBeWrittenIsAUsageErrorInOneLine(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("file"), "x");
        for (Path out : new Path[] {dir, file.resolve("below/report.json")}) {
            CliRun r = CliRun.of("config", SAMPLE, "--format", "json", "--output", out.toString(), "--quiet");
            assertThat(r.exitCode()).as(out.toString()).isEqualTo(2);
            assertThat(r.err().strip()).startsWith("anvil-check: " + out + ": cannot write the report")
                    .doesNotContain("internal error").doesNotContain("\n");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"schema", "anvil", "secrets"})
    void anUnreadableAnvilYamlFailsEveryCommandInsteadOfPassingOnNothing(String command, @TempDir Path dir)
            throws IOException {
        Files.write(dir.resolve("anvil.yaml"), new byte[] {'a', ':', 0, 1, 2, (byte) 0xff});
        CliRun text = CliRun.of(command, dir.toString());
        assertThat(text.exitCode()).isEqualTo(1);
        assertThat(text.out() + text.err()).contains("AY004").doesNotContain("create schema");
        CliRun json = CliRun.of(command, dir.toString(), "--format", "json");
        assertThat(json.exitCode()).isEqualTo(1);
        assertThat(new ObjectMapper().readTree(json.out()).get("findings").get(0).get("ruleId").asText())
                .isEqualTo("AY004");
    }

    @picocli.CommandLine.Command(name = "boom")
    static final class Boom implements java.util.concurrent.Callable<Integer> {
        @Override
        public Integer call() {
            throw new StackOverflowError();
        }
    }

    @Test
    void anErrorSuchAsAStackOverflowIsOneLineAndExitThreeNotAStackTrace() {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        java.io.ByteArrayOutputStream err = new java.io.ByteArrayOutputStream();
        picocli.CommandLine cli = Main.commandLine(out, err);
        cli.addSubcommand("boom", new Boom());
        assertThat(Main.execute(cli, "boom")).isEqualTo(3);
        String e = err.toString(StandardCharsets.UTF_8);
        assertThat(e.strip()).startsWith("anvil-check: internal error: StackOverflowError (details in ")
                .doesNotContain("\n").doesNotContain("\tat ");
    }

    @Test
    void librariesDoNotLogInfoLinesOnStderr() {
        // embedded PostgreSQL logged some 40 INFO lines per db command, --quiet or not
        assertThat(org.slf4j.LoggerFactory.getLogger("io.zonky.test.db.postgres.embedded.EmbeddedPostgres")
                .isInfoEnabled()).isFalse();
        assertThat(org.slf4j.LoggerFactory.getLogger("org.flywaydb.core").isWarnEnabled()).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"check", "config", "anvil", "secrets", "schema", "vault", "matrix"})
    void helpListsEveryFormatTheCommandAccepts(String command) {
        String help = CliRun.of(command, "--help").out().replaceAll("\\s+", " ");
        for (dev.anvilcheck.report.ReportFormat f : dev.anvilcheck.report.ReportFormat.values()) {
            assertThat(help).as(command + " --help").contains(f.cliName());
        }
    }

    @Test
    void checkWithAnEnvironmentStillChecksItsDatabaseWhenVaultIsNotConfigured() throws IOException {
        java.util.function.Supplier<java.util.Map<String, String>> saved = CheckCommand.environment;
        CheckCommand.environment = java.util.Map::of;
        try {
            CliRun r = CliRun.of("check", SAMPLE, "--env", "staging", "--format", "json");
            assertThat(r.exitCode()).isEqualTo(2);
            JsonNode findings = new ObjectMapper().readTree(r.out()).get("findings");
            java.util.List<String> rules = new java.util.ArrayList<>();
            findings.forEach(f -> rules.add(f.get("ruleId").asText()));
            assertThat(rules).contains("VA006", "DB001");
        } finally {
            CheckCommand.environment = saved;
        }
    }
}
