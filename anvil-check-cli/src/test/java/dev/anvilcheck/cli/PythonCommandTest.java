package dev.anvilcheck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code anvil-check python}: Anvil apps and plain trees, targets, files[] in JSON, exit codes. */
class PythonCommandTest {

    static final String SAMPLE = "../examples/sample-app";

    @Test
    void sampleAppIsCleanForItsOwnRuntime() {
        CliRun r = CliRun.of("python", SAMPLE);
        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).contains("No problems found");
    }

    @Test
    void sampleAppAtTarget37ReportsWalrusSelfDocumentingFStringAndMatch() throws IOException {
        CliRun r = CliRun.of("python", "--target", "3.7", "--format", "json", SAMPLE);
        assertThat(r.exitCode()).isEqualTo(1);
        JsonNode json = new ObjectMapper().readTree(r.out());
        List<String> got = new ArrayList<>();
        for (JsonNode f : json.get("findings")) {
            got.add(f.get("location").get("path").asText() + ":" + f.get("location").get("line").asInt() + " "
                    + f.get("ruleId").asText() + " " + f.get("feature").asText() + " " + f.get("minVersion").asText());
        }
        assertThat(got).containsExactlyInAnyOrder(
                "server_code/orders.py:26 PY101 walrus 3.8",
                "server_code/orders.py:27 PY101 fstring-self-documenting 3.8",
                "server_code/pricing.py:25 PY101 match-statement 3.10");
        JsonNode files = json.get("files");
        assertThat(files).isNotNull();
        JsonNode pricing = null;
        for (JsonNode f : files) {
            if (f.get("path").asText().equals("server_code/pricing.py")) {
                pricing = f;
            }
            assertThat(f.has("syntaxErrors")).isTrue();
            assertThat(f.has("findings")).isTrue();
        }
        assertThat(pricing).isNotNull();
        assertThat(pricing.get("minimumVersion").asText()).isEqualTo("3.10");
        assertThat(r.out()).doesNotContain("null");
        Golden.assertMatches(Path.of("src/test/resources/golden/sample-app-python-3.7.json"),
                r.out().replaceFirst("\"version\" : \"[^\"]*\"", "\"version\" : \"VERSION\""));
    }

    @Test
    void plainTreeWithoutTargetOnlyInforms(@TempDir Path dir) throws IOException {
        // walrus (3.8), f-string (3.6) and the f-string = specifier (3.8): information only, exit 0
        Files.writeString(dir.resolve("a.py"), "if (n := 1):\n    print(f'{n=}')\n");
        CliRun r = CliRun.of("python", "--format", "json", dir.toString());
        assertThat(r.exitCode()).isZero();
        JsonNode json = new ObjectMapper().readTree(r.out());
        assertThat(json.get("summary").get("infos").asInt()).isEqualTo(3);
        assertThat(json.get("files").get(0).get("minimumVersion").asText()).isEqualTo("3.8");
    }

    @Test
    void plainFileWithTargetFails(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("a.py");
        Files.writeString(f, "import math\nmath.prod([1])\n");
        assertThat(CliRun.of("python", "--target", "3.7", f.toString()).exitCode()).isEqualTo(1);
        assertThat(CliRun.of("python", "--target", "3.8", f.toString()).exitCode()).isZero();
        assertThat(CliRun.of("python", "--target", "3.7-3.13", f.toString()).out()).contains("PY201");
    }

    @Test
    void syntaxErrorsAreFindings(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("bad.py"), "def f(:\n");
        CliRun r = CliRun.of("python", dir.toString());
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.out()).contains("PY001");
    }

    @Test
    void usageErrorsExitTwo(@TempDir Path dir) {
        assertThat(CliRun.of("python", "--target", "three", dir.toString()).exitCode()).isEqualTo(2);
        assertThat(CliRun.of("python", dir.resolve("missing").toString()).exitCode()).isEqualTo(2);
        assertThat(CliRun.of("python").exitCode()).isEqualTo(2);
    }
}
