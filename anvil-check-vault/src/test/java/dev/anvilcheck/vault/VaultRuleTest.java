package dev.anvilcheck.vault;

import static dev.anvilcheck.vault.VaultFixture.project;
import static dev.anvilcheck.vault.VaultFixture.values;
import static org.assertj.core.api.Assertions.assertThat;

import dev.anvilcheck.AnvilProject;
import dev.anvilcheck.RuleCatalog;
import dev.anvilcheck.RuleId;
import dev.anvilcheck.secrets.SecretStoreResult;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The rule table: every {@link VaultRule} fires on its bad input and stays silent on a good one, and the rules are
 * registered as a {@link RuleCatalog}. Runs on {@link VaultTestServer} only (the bad inputs include a sealed and a
 * standby server).
 */
class VaultRuleTest {

    static VaultTestServer server;
    static VaultAdmin admin;
    static String token;
    static final String ROOT = VaultFixture.FAKE_ROOT;

    @TempDir
    Path dir;

    @BeforeAll
    static void start() throws IOException {
        server = VaultTestServer.start(ROOT);
        admin = new VaultAdmin(server.address(), ROOT, null);
        admin.enableKv("kv1", 1);
        admin.enableKv("kv/team", 2);
        admin.putV2("secret", "app", values("A", "x", "B", "y"));
        admin.putV1("kv1", "app", values("A", "x"));
        admin.putV2("secret", "deleted", values("A", "x"));
        admin.deleteLatest("secret", "deleted");
        admin.putV2("secret", "destroyed", values("A", "x"));
        admin.destroy("secret", "destroyed", 1);
        admin.putV2("kv/team", "app", values("A", "x"));
        admin.enable("transit", "transit");
        admin.policy("elsewhere", "path \"kv1/other\" { capabilities = [\"read\"] }");
        admin.policy("nodata", "path \"secret/metadata/*\" { capabilities = [\"read\"] }\n"
                + "path \"secret/subkeys/*\" { capabilities = [\"read\"] }");
        admin.policy("none", "path \"secret/data/other\" { capabilities = [\"read\"] }");
        admin.policy("nosubkeys", "path \"secret/metadata/*\" { capabilities = [\"read\"] }\n"
                + "path \"secret/data/*\" { capabilities = [\"read\"] }");
        admin.policy("all", "path \"secret/*\" { capabilities = [\"read\", \"list\"] }");
        token = admin.token(List.of("all"), "10m", false);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    /** One app per call, in its own folder. */
    private AnvilProject app(String vault, String extra) {
        try {
            Path d = Files.createTempDirectory(dir, "app");
            return project(d, List.of("A"), vault, extra);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private SecretStoreResult check(AnvilProject p, String tok) {
        return VaultSecretStore.configure().address(server.address()).token(tok).retries(1)
                .backoff(Duration.ofMillis(5)).readTimeout(Duration.ofSeconds(1)).build().check(p, "staging");
    }

    private SecretStoreResult good() {
        return check(app("{mount: secret, path: app}", ""), ROOT);
    }

    private SecretStoreResult withFlag(Runnable on, Runnable off) {
        on.run();
        try {
            return good();
        } finally {
            off.run();
        }
    }

    private Map<VaultRule, Function<VaultRuleTest, SecretStoreResult>> bad() {
        Map<VaultRule, Function<VaultRuleTest, SecretStoreResult>> m = new EnumMap<>(VaultRule.class);
        m.put(VaultRule.UNREACHABLE, t -> {
            int port;
            try (ServerSocket s = new ServerSocket(0)) {
                port = s.getLocalPort();
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            return VaultSecretStore.configure().address("http://127.0.0.1:" + port).token(ROOT).retries(0).build()
                    .check(t.app("{mount: secret, path: app}", ""), "staging");
        });
        m.put(VaultRule.SEALED, t -> t.withFlag(() -> server.sealed = true, () -> server.sealed = false));
        m.put(VaultRule.UNINITIALIZED, t -> t.withFlag(() -> server.initialized = false,
                () -> server.initialized = true));
        m.put(VaultRule.STANDBY, t -> t.withFlag(() -> server.standby = true, () -> server.standby = false));
        m.put(VaultRule.UNHEALTHY, t -> t.withFlag(() -> server.drSecondary = true,
                () -> server.drSecondary = false));
        m.put(VaultRule.NOT_CONFIGURED, t -> VaultSecretStore.configure().address(server.address())
                .tokenFromEnv("ANVIL_CHECK_TEST_NO_SUCH_VARIABLE").build()
                .check(t.app("{mount: secret, path: app}", ""), "staging"));
        m.put(VaultRule.TOKEN_INVALID, t -> t.check(t.app("{mount: secret, path: app}", ""), "hvs.invalid"));
        m.put(VaultRule.TOKEN_TTL_LOW, t -> t.check(t.app("{mount: secret, path: app}",
                "vault: {min_token_ttl: 1h}\n"), token));
        m.put(VaultRule.TOKEN_NOT_RENEWABLE, t -> t.check(t.app("{mount: secret, path: app}", ""), token));
        m.put(VaultRule.TOKEN_LOOKUP_FAILED, t -> {
            server.failWith("auth/token/lookup-self", 500, 2);
            return t.good();
        });
        m.put(VaultRule.MOUNT_NOT_FOUND, t -> t.check(t.app("{mount: transit, path: app}", ""), ROOT));
        m.put(VaultRule.KV_VERSION_UNKNOWN, t -> t.check(t.app("{mount: secret, path: app}", ""),
                admin.token(List.of("elsewhere"), "1h", true)));
        m.put(VaultRule.MOUNT_MISMATCH, t -> t.check(t.app("{mount: kv, path: team/app}", ""), ROOT));
        m.put(VaultRule.SECRET_MISSING, t -> t.check(t.app("{mount: secret, path: app, keys: [C]}", ""), ROOT));
        m.put(VaultRule.SECRET_FORBIDDEN, t -> t.check(t.app("{mount: secret, path: app, kv_version: 2}", ""),
                admin.token(List.of("none"), "1h", true)));
        m.put(VaultRule.SECRET_DELETED, t -> t.check(t.app("{mount: secret, path: deleted}", ""), ROOT));
        m.put(VaultRule.SECRET_DESTROYED, t -> t.check(t.app("{mount: secret, path: destroyed}", ""), ROOT));
        m.put(VaultRule.SECRET_UNKNOWN, t -> t.check(t.app("{mount: secret, path: app}", ""),
                admin.token(List.of("nosubkeys"), "1h", true)));
        m.put(VaultRule.SECRET_ERROR, t -> {
            server.failWith("secret/metadata/app", 500, 2);
            return t.good();
        });
        m.put(VaultRule.NO_READ_CAPABILITY, t -> t.check(t.app("{mount: secret, path: app}", ""),
                admin.token(List.of("nodata"), "1h", true)));
        m.put(VaultRule.ENVIRONMENT_NOT_CONFIGURED, t -> VaultSecretStore.configure().address(server.address())
                .token(ROOT).build().check(t.app("{mount: secret, path: app}", ""), "dev"));
        return m;
    }

    @ParameterizedTest
    @EnumSource(VaultRule.class)
    void firesOnBadInputAndStaysSilentOnGood(VaultRule rule) {
        Function<VaultRuleTest, SecretStoreResult> scenario = bad().get(rule);
        assertThat(scenario).as("a bad input for " + rule).isNotNull();
        SecretStoreResult bad = scenario.apply(this);
        assertThat(bad.findings()).extracting(f -> f.rule()).as(rule + " on its bad input").contains(rule);
        assertThat(bad.findings()).filteredOn(f -> f.rule() == rule)
                .allSatisfy(f -> assertThat(f.severity()).isEqualTo(rule.defaultSeverity()));
        server.clearFaults();
        SecretStoreResult good = good();
        assertThat(good.findings()).as("the good input").isEmpty();
    }

    @Test
    void theRulesAreACatalog() {
        List<RuleId> all = RuleCatalog.all();
        assertThat(all).containsAll(List.of(VaultRule.values()));
        Set<String> codes = new HashSet<>();
        for (VaultRule r : VaultRule.values()) {
            assertThat(r.code()).matches("VA\\d{3}");
            assertThat(codes.add(r.code())).as("unique " + r.code()).isTrue();
            assertThat(r.title()).matches("[a-z]+(-[a-z]+)*");
            assertThat(r.description()).endsWith(".");
        }
        assertThat(all.stream().map(RuleId::code).collect(Collectors.toList())).doesNotHaveDuplicates();
    }
}
