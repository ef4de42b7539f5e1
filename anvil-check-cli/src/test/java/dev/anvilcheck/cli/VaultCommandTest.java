package dev.anvilcheck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.anvilcheck.vault.VaultAdmin;
import dev.anvilcheck.vault.VaultTestServer;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@code anvil-check vault examples/sample-app --env staging} against the Vault test server, with VAULT_* given as
 * the environment.
 */
class VaultCommandTest {

    static final String SAMPLE = "../examples/sample-app";
    static final String ROOT = "hvs.CLICANARYROOTTOKEN123456";
    static final String PATH = "anvil/sample-orders/staging";

    VaultTestServer server;
    VaultAdmin admin;
    final Map<String, String> env = new HashMap<>();

    @BeforeEach
    void start() throws IOException {
        server = VaultTestServer.start(ROOT);
        admin = new VaultAdmin(server.address(), ROOT, null);
        env.put("VAULT_ADDR", server.address());
        env.put("VAULT_TOKEN", ROOT);
        VaultCommand.environment = () -> env;
    }

    @AfterEach
    void stop() {
        VaultCommand.environment = System::getenv;
        server.close();
    }

    @Test
    void allSecretsPresentExitsZero() {
        admin.putV2("secret", PATH, Map.of("stripe_api_key", "CLIVALUE1", "pii_key", "CLIVALUE2",
                "SMTP_PASSWORD", "CLIVALUE3"));
        CliRun r = CliRun.of("vault", SAMPLE, "--env", "staging");
        assertThat(r.exitCode()).as(r.out() + r.err()).isZero();
        assertThat(r.err()).contains("checking vault " + server.address());
        assertThat(r.out() + r.err()).doesNotContain(ROOT).doesNotContain("CLIVALUE");
    }

    @Test
    void missingKeyIsAnErrorFindingInJson() throws IOException {
        admin.putV2("secret", PATH, Map.of("stripe_api_key", "CLIVALUE1", "pii_key", "CLIVALUE2"));
        CliRun r = CliRun.of("vault", SAMPLE, "--env", "staging", "--format", "json");
        assertThat(r.exitCode()).isEqualTo(1);
        JsonNode json = new ObjectMapper().readTree(r.out());
        assertThat(json.get("findings")).hasSize(1);
        JsonNode f = json.get("findings").get(0);
        assertThat(f.get("ruleId").asText()).isEqualTo("VA030");
        assertThat(f.get("key").asText()).isEqualTo("SMTP_PASSWORD");
        assertThat(f.has("location")).isFalse();
        assertThat(r.out() + r.err()).doesNotContain(ROOT).doesNotContain("CLIVALUE");
        String stable = r.out().replaceFirst("\"version\" : \"[^\"]*\"", "\"version\" : \"VERSION\"");
        Golden.assertMatches(Path.of("src/test/resources/golden/sample-app-vault-missing-key.json"), stable);
        CliRun text = CliRun.of("vault", SAMPLE, "--env", "staging", "--no-color");
        Golden.assertMatches(Path.of("src/test/resources/golden/sample-app-vault-missing-key.txt"), text.out());
    }

    @Test
    void sealedVaultIsAFindingAndUnreachableExitsTwo() throws IOException {
        server.sealed = true;
        CliRun sealed = CliRun.of("vault", SAMPLE, "--env", "staging");
        assertThat(sealed.exitCode()).isEqualTo(1);
        assertThat(sealed.out()).contains("VA002");
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        env.put("VAULT_ADDR", "http://127.0.0.1:" + port);
        CliRun down = CliRun.of("vault", SAMPLE, "--env", "staging", "--format", "json");
        assertThat(down.exitCode()).isEqualTo(2);
        assertThat(down.out()).contains("VA001");
    }

    @Test
    void usageErrors() {
        assertThat(CliRun.of("vault", SAMPLE).exitCode()).isEqualTo(2);
        assertThat(CliRun.of("vault", SAMPLE).err()).contains("--env");
        env.remove("VAULT_ADDR");
        CliRun noAddr = CliRun.of("vault", SAMPLE, "--env", "staging");
        assertThat(noAddr.exitCode()).isEqualTo(2);
        assertThat(noAddr.err()).contains("VAULT_ADDR");
        env.put("VAULT_ADDR", server.address());
        env.remove("VAULT_TOKEN");
        CliRun noToken = CliRun.of("vault", SAMPLE, "--env", "staging");
        assertThat(noToken.exitCode()).isEqualTo(2);
        assertThat(noToken.out()).contains("VA006");
    }
}
