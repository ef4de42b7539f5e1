package dev.anvilcheck.vault;

import dev.anvilcheck.AnvilProject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The Vault the tests run against: {@link VaultTestServer}, or a real Vault when {@code VAULT_ADDR} and
 * {@code VAULT_TOKEN} are set (then the tests seed their own uniquely named mounts and policies and remove them).
 */
final class VaultFixture implements AutoCloseable {

    /** The test server's root token: a canary that must appear in no output. */
    static final String FAKE_ROOT = "hvs.CANARYROOTTOKEN0a1b2c3d4e5f";

    final VaultTestServer fake;
    final String address;
    final String rootToken;

    private VaultFixture(VaultTestServer fake, String address, String rootToken) {
        this.fake = fake;
        this.address = address;
        this.rootToken = rootToken;
    }

    static VaultFixture start() throws IOException {
        String addr = System.getenv("VAULT_ADDR");
        String token = System.getenv("VAULT_TOKEN");
        if (addr != null && !addr.isBlank() && token != null && !token.isBlank()) {
            return new VaultFixture(null, addr.strip(), token.strip());
        }
        VaultTestServer s = VaultTestServer.start(FAKE_ROOT);
        return new VaultFixture(s, s.address(), FAKE_ROOT);
    }

    boolean real() {
        return fake == null;
    }

    VaultAdmin admin() {
        return new VaultAdmin(address, rootToken, null);
    }

    static String unique() {
        return "ac" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    }

    VaultSecretStore.Builder store(String token) {
        return VaultSecretStore.configure().address(address).token(token)
                .openTimeout(Duration.ofSeconds(2)).readTimeout(Duration.ofSeconds(2))
                .retries(2).backoff(Duration.ofMillis(10));
    }

    /**
     * Writes an Anvil app whose anvil.yaml declares {@code secrets} and whose anvil-check.yaml has a
     * {@code staging} environment with this vault section, plus any extra top-level YAML.
     */
    static AnvilProject project(Path dir, List<String> secrets, String vaultSection, String extra) {
        StringBuilder app = new StringBuilder("name: Vault Test\npackage_name: vault_test\nruntime_options: "
                + "{version: 2, client_version: '3', server_version: python3-sandbox}\ndb_schema: {}\n");
        if (secrets.isEmpty()) {
            app.append("secrets: {}\n");
        } else {
            app.append("secrets:\n");
            for (String s : secrets) {
                app.append("  ").append(s).append(":\n    type: secret\n    value: {ABCDEFGHIJKLMNOP: ''}\n");
            }
        }
        String check = "environments:\n  staging:\n    vault: " + vaultSection + "\n  dev: {}\n" + extra;
        try {
            Files.writeString(dir.resolve("anvil.yaml"), app, StandardCharsets.UTF_8);
            Files.writeString(dir.resolve("anvil-check.yaml"), check, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return AnvilProject.load(dir);
    }

    static Map<String, String> values(String... kv) {
        java.util.LinkedHashMap<String, String> m = new java.util.LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put(kv[i], kv[i + 1]);
        }
        return m;
    }

    @Override
    public void close() {
        if (fake != null) {
            fake.close();
        }
    }
}
