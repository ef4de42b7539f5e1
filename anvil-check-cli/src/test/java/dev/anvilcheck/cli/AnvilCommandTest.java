package dev.anvilcheck.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code anvil-check anvil PATH}. */
class AnvilCommandTest {

    @Test
    void sampleAppHasNoAnvilErrorsOrWarnings() throws IOException {
        CliRun r = CliRun.of("anvil", CliTest.SAMPLE, "--fail-on", "warning", "--format", "json");
        assertThat(r.exitCode()).as(r.out()).isZero();
        JsonNode summary = new ObjectMapper().readTree(r.out()).get("summary");
        assertThat(summary.get("errors").asInt()).isZero();
        assertThat(summary.get("warnings").asInt()).isZero();
    }

    @Test
    void showsEachProblemWithLocationAndHint(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("anvil.yaml"), "name: T\nruntime_options: {version: 3}\ndependencies: []\n");
        Files.createDirectories(dir.resolve("client_code"));
        Files.createDirectories(dir.resolve("server_code"));
        Files.writeString(dir.resolve("client_code/util.py"), "import anvil.server\nanvil.server.call('nope')\n");
        Files.writeString(dir.resolve("server_code/requirements.txt"), "requests=2\n");
        CliRun r = CliRun.of("anvil", dir.toString(), "--format", "json");
        assertThat(r.exitCode()).isEqualTo(1);
        JsonNode json = new ObjectMapper().readTree(r.out());
        assertThat(json.toString()).contains("AX001").contains("AX040").contains("client_code/util.py")
                .contains("server_code/requirements.txt");
        CliRun text = CliRun.of("anvil", dir.toString());
        assertThat(text.out()).contains("client_code/util.py").contains("2:19").contains("AX001").contains("nope");
    }

    @Test
    void helpListsTheCommand() {
        assertThat(CliRun.of("--help").out()).contains("anvil");
    }
}
