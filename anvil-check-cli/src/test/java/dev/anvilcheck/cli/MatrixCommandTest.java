package dev.anvilcheck.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The matrix for real on the sample app, with the interpreters of this machine. */
class MatrixCommandTest {

    @Test
    void sampleAppMatrixWithTheRealInterpreters() throws Exception {
        assumeTrue(Files.isDirectory(Path.of("/root/.pyenv/versions")),
                "skipped: no pyenv interpreters on this machine (/root/.pyenv/versions)");
        CliRun r = CliRun.of("matrix", CliTest.SAMPLE, "--run-tests", "--format", "json", "--quiet");
        JsonNode m = new ObjectMapper().readTree(r.out()).get("matrix");
        System.out.println("sample-app matrix: " + m.get("recommendations"));
        assertThat(m.get("interpreters").size()).isGreaterThanOrEqualTo(2);
        assertThat(m.get("lowestPassingVersion").asText()).isEqualTo("3.10");
        assertThat(r.exitCode()).as("3.10, 3.11 and 3.13 (python.matrix) all pass").isZero();
        JsonNode pricing = null;
        for (JsonNode row : m.get("rows")) {
            if (row.get("name").asText().equals("server_code/pricing.py")) {
                pricing = row.get("cells");
            }
        }
        assertThat(pricing).isNotNull();
        if (pricing.has("3.9")) {
            assertThat(pricing.get("3.9").get("status").asText()).isEqualTo("fail");
        }
        assertThat(pricing.get("3.10").get("status").asText()).isEqualTo("pass");
        assertThat(r.out()).doesNotContain("MX004");
    }
}
