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
}
