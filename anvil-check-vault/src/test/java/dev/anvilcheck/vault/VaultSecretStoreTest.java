package dev.anvilcheck.vault;

import static dev.anvilcheck.vault.VaultFixture.project;
import static dev.anvilcheck.vault.VaultFixture.values;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.anvilcheck.AnvilProject;
import dev.anvilcheck.Details;
import dev.anvilcheck.Severity;
import dev.anvilcheck.secrets.SecretOutcome;
import dev.anvilcheck.secrets.SecretPresence;
import dev.anvilcheck.secrets.SecretStoreResult;
import io.github.jopenlibs.vault.Vault;
import io.github.jopenlibs.vault.VaultConfig;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every outcome and finding of {@link VaultSecretStore}, against {@link VaultTestServer} or, when
 * {@code VAULT_ADDR} and {@code VAULT_TOKEN} are set, a real Vault (tests that need a fault the real server cannot
 * be made to show are skipped there, saying why).
 */
class VaultSecretStoreTest {

    static VaultFixture vault;

    VaultAdmin admin;
    String kv2;
    String kv1;
    String team;
    String prefix;

    @TempDir
    Path dir;

    @BeforeAll
    static void startVault() throws IOException {
        vault = VaultFixture.start();
    }

    @AfterAll
    static void stopVault() {
        vault.close();
    }

    @BeforeEach
    void seedMounts() {
        admin = vault.admin();
        prefix = VaultFixture.unique();
        kv2 = prefix + "-v2";
        kv1 = prefix + "-v1";
        team = prefix + "/team";
        admin.enableKv(kv2, 2);
        admin.enableKv(kv1, 1);
        admin.enableKv(team, 2);
        if (!vault.real()) {
            vault.fake.clearRequests();
        }
    }

    @AfterEach
    void cleanUp() {
        if (!vault.real()) {
            vault.fake.clearFaults();
        }
        admin.cleanUp();
    }

    private void needsTestServer(String why) {
        assumeTrue(!vault.real(), "skipped against a real Vault: " + why + " needs the test server");
    }

    private AnvilProject app(String mount, String path, String more, String extra, String... secrets) {
        return project(dir, List.of(secrets), "{mount: '" + mount + "', path: '" + path + "'" + more + "}", extra);
    }

    private SecretStoreResult check(AnvilProject p, String token) {
        return vault.store(token).build().check(p, "staging");
    }

    private static Map<String, SecretOutcome> outcomes(SecretStoreResult r) {
        return r.secrets().stream().collect(Collectors.toMap(SecretPresence::name, SecretPresence::outcome,
                (a, b) -> a, java.util.LinkedHashMap::new));
    }

    private static List<String> codes(SecretStoreResult r) {
        return r.findings().stream().map(f -> f.rule().code()).collect(Collectors.toList());
    }

    private String policyToken(String hcl, String ttl, boolean renewable) {
        String name = prefix + "-p" + Integer.toHexString(hcl.hashCode());
        admin.policy(name, hcl);
        return admin.token(List.of(name), ttl, renewable);
    }

    // ---- KV v2 -------------------------------------------------------------------------------------------------

    @Test
    void kv2AllKeysPresentWithoutReadingValues() {
        admin.putV2(kv2, "app/staging", values("STRIPE_KEY", "s1", "SMTP_PASSWORD", "s2", "EXTRA", "s3"));
        if (!vault.real()) {
            vault.fake.clearRequests();
        }
        SecretStoreResult r = check(app(kv2, "app/staging", ", keys: [EXTRA]", "", "STRIPE_KEY", "SMTP_PASSWORD"),
                vault.rootToken);
        assertThat(outcomes(r)).containsExactly(Map.entry("STRIPE_KEY", SecretOutcome.PRESENT),
                Map.entry("SMTP_PASSWORD", SecretOutcome.PRESENT), Map.entry("EXTRA", SecretOutcome.PRESENT));
        assertThat(r.findings()).isEmpty();
        assertThat(r.secrets()).allSatisfy(p -> assertThat(p.place()).isEqualTo(kv2 + "/app/staging"));
        assertThat(r.environment()).isEqualTo("staging");
        assertThat(r.store()).startsWith("vault " + vault.address);
        if (!vault.real()) {
            assertThat(vault.fake.requests()).noneMatch(q -> q.contains("/data/"))
                    .anyMatch(q -> q.startsWith("GET " + kv2 + "/subkeys/app/staging"))
                    .anyMatch(q -> q.startsWith("GET " + kv2 + "/metadata/app/staging"));
        }
    }

    @Test
    void kv2KeyMissingIsAKeyFinding() {
        admin.putV2(kv2, "app/staging", values("STRIPE_KEY", "s1"));
        SecretStoreResult r = check(app(kv2, "app/staging", "", "", "STRIPE_KEY", "SMTP_PASSWORD"), vault.rootToken);
        assertThat(outcomes(r)).containsEntry("STRIPE_KEY", SecretOutcome.PRESENT)
                .containsEntry("SMTP_PASSWORD", SecretOutcome.MISSING);
        assertThat(r.findings()).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo(VaultRule.SECRET_MISSING);
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.location()).isEmpty();
            assertThat(f.message()).contains("SMTP_PASSWORD").contains(kv2 + "/app/staging");
            assertThat(f.details()).isInstanceOfSatisfying(Details.Secret.class,
                    d -> assertThat(d.key()).isEqualTo("SMTP_PASSWORD"));
        });
        assertThat(r.hasErrors()).isTrue();
    }

    @Test
    void kv2SecretMissing() {
        SecretStoreResult r = check(app(kv2, "app/nothing", "", "", "A", "B"), vault.rootToken);
        assertThat(outcomes(r)).containsOnly(Map.entry("A", SecretOutcome.MISSING), Map.entry("B", SecretOutcome.MISSING));
        assertThat(codes(r)).containsExactly("VA030");
        assertThat(r.findings().get(0).message()).contains("does not exist").contains("A, B");
    }

    @Test
    void kv2LatestVersionSoftDeleted() {
        admin.putV2(kv2, "app/staging", values("A", "v1"));
        admin.putV2(kv2, "app/staging", values("A", "v2"));
        admin.deleteLatest(kv2, "app/staging");
        SecretStoreResult r = check(app(kv2, "app/staging", "", "", "A"), vault.rootToken);
        assertThat(outcomes(r)).containsExactly(Map.entry("A", SecretOutcome.DELETED));
        assertThat(codes(r)).containsExactly("VA032");
        assertThat(r.secrets().get(0).detail()).contains("latest version 2 deleted");
    }

    @Test
    void kv2LatestVersionDestroyed() {
        admin.putV2(kv2, "app/staging", values("A", "v1"));
        admin.destroy(kv2, "app/staging", 1);
        SecretStoreResult r = check(app(kv2, "app/staging", "", "", "A"), vault.rootToken);
        assertThat(outcomes(r)).containsExactly(Map.entry("A", SecretOutcome.DESTROYED));
        assertThat(codes(r)).containsExactly("VA033");
    }

    @Test
    void kv2ForbiddenPathAndNoReadCapability() {
        admin.putV2(kv2, "app/staging", values("A", "x"));
        String token = policyToken("path \"" + kv2 + "/data/other\" { capabilities = [\"read\"] }", "1h", true);
        SecretStoreResult r = check(app(kv2, "app/staging", ", kv_version: 2", "", "A"), token);
        assertThat(outcomes(r)).containsExactly(Map.entry("A", SecretOutcome.FORBIDDEN));
        assertThat(codes(r)).containsExactlyInAnyOrder("VA031", "VA036");
    }

    @Test
    void kv2SubkeysDeniedIsUnknownUnlessReadAllowed() {
        admin.putV2(kv2, "app/staging", values("A", "x", "B", "y"));
        String token = policyToken("path \"" + kv2 + "/metadata/*\" { capabilities = [\"read\", \"list\"] }\n"
                + "path \"" + kv2 + "/data/*\" { capabilities = [\"read\"] }", "1h", true);
        SecretStoreResult r = check(app(kv2, "app/staging", "", "", "A", "C"), token);
        assertThat(outcomes(r)).containsOnly(Map.entry("A", SecretOutcome.UNKNOWN), Map.entry("C", SecretOutcome.UNKNOWN));
        assertThat(codes(r)).containsExactly("VA034");
        assertThat(r.findings().get(0).severity()).isEqualTo(Severity.WARNING);

        if (!vault.real()) {
            vault.fake.clearRequests();
        }
        Path other = dir.resolve("read");
        try {
            Files.createDirectories(other);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        AnvilProject p = project(other, List.of("A", "C"), "{mount: '" + kv2 + "', path: app/staging}",
                "vault: {allow_read: true}\n");
        SecretStoreResult read = check(p, token);
        assertThat(outcomes(read)).containsOnly(Map.entry("A", SecretOutcome.PRESENT),
                Map.entry("C", SecretOutcome.MISSING));
        assertThat(read.secrets().get(0).detail()).contains("values dropped");
        if (!vault.real()) {
            assertThat(vault.fake.requests()).anyMatch(q -> q.equals("GET " + kv2 + "/data/app/staging"));
        }
    }

    @Test
    void kv2MetadataDeniedButSubkeysGranted() {
        admin.putV2(kv2, "app/staging", values("A", "x"));
        String token = policyToken("path \"" + kv2 + "/subkeys/app/staging\" { capabilities = [\"read\"] }\n"
                + "path \"" + kv2 + "/data/app/staging\" { capabilities = [\"read\"] }", "1h", true);
        SecretStoreResult r = check(app(kv2, "app/staging", "", "", "A", "B"), token);
        assertThat(outcomes(r)).containsOnly(Map.entry("A", SecretOutcome.PRESENT), Map.entry("B", SecretOutcome.MISSING));
        assertThat(codes(r)).containsExactly("VA030");
    }

    @Test
    void tokenThatCannotReadDataGetsAWarning() {
        admin.putV2(kv2, "app/staging", values("A", "x"));
        String token = policyToken("path \"" + kv2 + "/subkeys/*\" { capabilities = [\"read\"] }\n"
                + "path \"" + kv2 + "/metadata/*\" { capabilities = [\"read\"] }", "1h", true);
        SecretStoreResult r = check(app(kv2, "app/staging", "", "", "A"), token);
        assertThat(outcomes(r)).containsExactly(Map.entry("A", SecretOutcome.PRESENT));
        assertThat(codes(r)).containsExactly("VA036");
        assertThat(r.hasErrors()).isFalse();
    }

    @Test
    void noRequiredKeysReportsTheSecretItself() {
        admin.putV2(kv2, "app/staging", values("A", "x"));
        SecretStoreResult r = check(app(kv2, "app/staging", "", ""), vault.rootToken);
        assertThat(outcomes(r)).containsExactly(Map.entry("app/staging", SecretOutcome.PRESENT));
        assertThat(r.findings()).isEmpty();
    }

    // ---- KV v1 -------------------------------------------------------------------------------------------------

    @Test
    void kv1ListProvesThePathButNotTheKeys() {
        admin.putV1(kv1, "app/staging", values("A", "x"));
        SecretStoreResult r = check(app(kv1, "app/staging", "", "", "A"), vault.rootToken);
        assertThat(outcomes(r)).containsExactly(Map.entry("A", SecretOutcome.UNKNOWN));
        assertThat(codes(r)).containsExactly("VA034");
    }

    @Test
    void kv1AllowReadChecksKeysAndDropsValues() {
        admin.putV1(kv1, "app/staging", values("A", "x"));
        SecretStoreResult r = check(app(kv1, "app/staging", "", "vault: {allow_read: true}\n", "A", "B"),
                vault.rootToken);
        assertThat(outcomes(r)).containsOnly(Map.entry("A", SecretOutcome.PRESENT), Map.entry("B", SecretOutcome.MISSING));
        assertThat(codes(r)).containsExactly("VA030");
    }

    @Test
    void kv1MissingSecretEmptyFolderAndFolderOnly() {
        SecretStoreResult empty = check(app(kv1, "app/staging", "", "", "A"), vault.rootToken);
        assertThat(outcomes(empty)).containsExactly(Map.entry("A", SecretOutcome.MISSING));
        assertThat(empty.secrets().get(0).detail()).contains("404");

        admin.putV1(kv1, "app/staging/nested", values("A", "x"));
        SecretStoreResult folder = check(app(kv1, "app/staging", ", kv_version: 1", "", "A"), vault.rootToken);
        assertThat(outcomes(folder)).containsExactly(Map.entry("A", SecretOutcome.MISSING));
        assertThat(folder.secrets().get(0).detail()).contains("only a folder");
        assertThat(codes(folder)).containsExactly("VA030");
    }

    @Test
    void kv1ListForbidden() {
        admin.putV1(kv1, "app/staging", values("A", "x"));
        String token = policyToken("path \"" + kv1 + "/other/*\" { capabilities = [\"read\", \"list\"] }", "1h", true);
        SecretStoreResult r = check(app(kv1, "app/staging", "", "", "A"), token);
        assertThat(outcomes(r)).containsExactly(Map.entry("A", SecretOutcome.FORBIDDEN));
        assertThat(codes(r)).contains("VA031");
    }

    // ---- mounts ------------------------------------------------------------------------------------------------

    @Test
    void multiSegmentMountWorks() {
        admin.putV2(team, "app", values("A", "x"));
        SecretStoreResult r = check(app(team, "app", "", "", "A"), vault.rootToken);
        assertThat(outcomes(r)).containsExactly(Map.entry("A", SecretOutcome.PRESENT));
        assertThat(r.findings()).isEmpty();
        SecretStoreResult explicit = check(app(team, "app", ", kv_version: 2", "", "A"), vault.rootToken);
        assertThat(outcomes(explicit)).containsExactly(Map.entry("A", SecretOutcome.PRESENT));
    }

    @Test
    void mountGivenTooShortIsCorrectedWithAWarning() {
        admin.putV2(team, "app", values("A", "x"));
        SecretStoreResult r = check(app(prefix, "team/app", "", "", "A"), vault.rootToken);
        assertThat(outcomes(r)).containsExactly(Map.entry("A", SecretOutcome.PRESENT));
        assertThat(codes(r)).containsExactly("VA022");
        assertThat(r.findings().get(0).message()).contains("'" + team + "'");
        assertThat(r.secrets().get(0).place()).isEqualTo(team + "/app");
    }

    @Test
    void theDriversDefaultV2PathRewritingGetsMultiSegmentMountsWrong() throws Exception {
        admin.putV2(team, "app", values("A", "x"));
        VaultConfig config = new VaultConfig().address(vault.address).token(vault.rootToken).build();
        int status = Vault.create(config, 2).logical().read(team + "/app").getRestResponse().getStatus();
        // it asked for <prefix>/data/team/app: no such mount or path; what this module does instead is tested above
        assertThat(status).isIn(403, 404);
    }

    @Test
    void unknownMountIsAFinding() {
        SecretStoreResult r = check(app(prefix + "-none", "app", "", "", "A"), vault.rootToken);
        assertThat(outcomes(r)).containsExactly(Map.entry("A", SecretOutcome.ERROR));
        assertThat(codes(r)).containsExactly("VA020");
    }

    @Test
    void oldServerWithoutUiMountsFallsBackToSysMounts() {
        needsTestServer("a server without sys/internal/ui/mounts");
        vault.fake.uiMountsSupported = false;
        try {
            admin.putV1(kv1, "app/staging", values("A", "x"));
            SecretStoreResult r = check(app(kv1, "app/staging", "", "vault: {allow_read: true}\n", "A"),
                    vault.rootToken);
            assertThat(outcomes(r)).containsExactly(Map.entry("A", SecretOutcome.PRESENT));
            String token = policyToken("path \"" + kv1 + "/*\" { capabilities = [\"read\", \"list\"] }", "1h", true);
            SecretStoreResult denied = check(app(kv1, "app/staging", "", "", "A"), token);
            assertThat(codes(denied)).containsExactly("VA021");
            assertThat(outcomes(denied)).containsExactly(Map.entry("A", SecretOutcome.ERROR));
        } finally {
            vault.fake.uiMountsSupported = true;
        }
    }

    @Test
    void oldServerWithoutSubkeysIsUnknown() {
        needsTestServer("a server without subkeys/");
        vault.fake.subkeysSupported = false;
        try {
            admin.putV2(kv2, "app/staging", values("A", "x"));
            SecretStoreResult r = check(app(kv2, "app/staging", "", "", "A"), vault.rootToken);
            assertThat(outcomes(r)).containsExactly(Map.entry("A", SecretOutcome.UNKNOWN));
            assertThat(codes(r)).containsExactly("VA034");
        } finally {
            vault.fake.subkeysSupported = true;
        }
    }

    @Test
    void storeOverridesMountAndVersion() {
        admin.putV2(team, "app", values("A", "x"));
        SecretStoreResult r = vault.store(vault.rootToken).mount(team).kvVersion(2).build()
                .check(app("wrong", "app", ", kv_version: 1", "", "A"), "staging");
        assertThat(outcomes(r)).containsExactly(Map.entry("A", SecretOutcome.PRESENT));
    }

    @Test
    void kvVersion1OnAV2MountIsAnErrorNotAMissingSecret() {
        admin.putV2(kv2, "app/staging", values("A", "x"));
        SecretStoreResult r = vault.store(vault.rootToken).kvVersion(1).build()
                .check(app(kv2, "app/staging", "", "", "A"), "staging");
        assertThat(outcomes(r)).containsExactly(Map.entry("A", SecretOutcome.ERROR));
        assertThat(codes(r)).containsExactly("VA035");
        assertThat(r.findings().get(0).message()).contains("versioned (KV v2)");
    }

    @Test
    void redirectsAreNotFollowed() {
        needsTestServer("a standby that redirects");
        admin.putV2(kv2, "app", values("A", "x"));
        vault.fake.failWith(kv2 + "/metadata/app", 307, 1);
        SecretStoreResult r = check(app(kv2, "app", "", "", "A"), vault.rootToken);
        assertThat(outcomes(r)).containsExactly(Map.entry("A", SecretOutcome.ERROR));
        assertThat(r.secrets().get(0).detail()).contains("307").contains("active node");
    }

    // ---- health ------------------------------------------------------------------------------------------------

    @Test
    void sealedServer() {
        needsTestServer("sealing");
        vault.fake.sealed = true;
        try {
            SecretStoreResult r = check(app(kv2, "app", "", "", "A"), vault.rootToken);
            assertThat(codes(r)).containsExactly("VA002");
            assertThat(outcomes(r)).containsExactly(Map.entry("A", SecretOutcome.ERROR));
            assertThat(vault.fake.requests()).filteredOn(q -> q.startsWith("GET sys/health")).hasSize(1);
        } finally {
            vault.fake.sealed = false;
        }
    }

    @Test
    void uninitialisedServer() {
        needsTestServer("an uninitialised server");
        vault.fake.initialized = false;
        try {
            assertThat(codes(check(app(kv2, "app", "", "", "A"), vault.rootToken))).containsExactly("VA003");
        } finally {
            vault.fake.initialized = true;
        }
    }

    @Test
    void standbyNodesAreInfoAndChecksGoOn() {
        needsTestServer("standby nodes");
        admin.putV2(kv2, "app", values("A", "x"));
        vault.fake.standby = true;
        try {
            SecretStoreResult r = check(app(kv2, "app", "", "", "A"), vault.rootToken);
            assertThat(codes(r)).containsExactly("VA004");
            assertThat(r.findings().get(0).severity()).isEqualTo(Severity.INFO);
            assertThat(outcomes(r)).containsExactly(Map.entry("A", SecretOutcome.PRESENT));
            vault.fake.standby = false;
            vault.fake.perfStandby = true;
            assertThat(check(app(kv2, "app", "", "", "A"), vault.rootToken).findings().get(0).message())
                    .contains("473");
        } finally {
            vault.fake.standby = false;
            vault.fake.perfStandby = false;
        }
    }

    @Test
    void unhealthyNodes() {
        needsTestServer("DR secondaries, cut-off standbys and removed nodes");
        try {
            vault.fake.drSecondary = true;
            assertThat(check(app(kv2, "app", "", "", "A"), vault.rootToken).findings())
                    .singleElement().satisfies(f -> assertThat(f.message()).contains("472"));
            vault.fake.drSecondary = false;
            vault.fake.standbyCutOff = true;
            assertThat(check(app(kv2, "app", "", "", "A"), vault.rootToken).findings())
                    .singleElement().satisfies(f -> assertThat(f.message()).contains("474"));
            vault.fake.standbyCutOff = false;
            vault.fake.removed = true;
            SecretStoreResult r = check(app(kv2, "app", "", "", "A"), vault.rootToken);
            assertThat(codes(r)).containsExactly("VA005");
            assertThat(r.findings().get(0).message()).contains("530");
        } finally {
            vault.fake.drSecondary = false;
            vault.fake.standbyCutOff = false;
            vault.fake.removed = false;
        }
    }

    @Test
    void unreachableServerIsBoundedInTime() throws IOException {
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        long t0 = System.nanoTime();
        SecretStoreResult r = VaultSecretStore.configure().address("http://127.0.0.1:" + port).token("t")
                .openTimeout(Duration.ofSeconds(1)).readTimeout(Duration.ofSeconds(1)).retries(2)
                .backoff(Duration.ofMillis(10)).build().check(app(kv2, "app", "", "", "A"), "staging");
        assertThat(Duration.ofNanos(System.nanoTime() - t0)).isLessThan(Duration.ofSeconds(5));
        assertThat(codes(r)).containsExactly("VA001");
        assertThat(outcomes(r)).containsExactly(Map.entry("A", SecretOutcome.ERROR));
    }

    // ---- token -------------------------------------------------------------------------------------------------

    @Test
    void invalidTokenStopsTheCheck() {
        SecretStoreResult r = check(app(kv2, "app", "", "", "A"), "hvs.not-a-real-token");
        assertThat(codes(r)).containsExactly("VA010");
        assertThat(outcomes(r)).containsExactly(Map.entry("A", SecretOutcome.ERROR));
    }

    @Test
    void expiredToken() {
        needsTestServer("expiring a token on demand");
        String token = policyToken("path \"" + kv2 + "/*\" { capabilities = [\"read\"] }", "1h", true);
        vault.fake.expire(token);
        assertThat(codes(check(app(kv2, "app", "", "", "A"), token))).containsExactly("VA010");
    }

    @Test
    void lowTtlAndNotRenewable() {
        admin.putV2(kv2, "app", values("A", "x"));
        String token = policyToken("path \"" + kv2 + "/*\" { capabilities = [\"read\", \"list\"] }", "10m", false);
        SecretStoreResult r = check(app(kv2, "app", "", "vault: {min_token_ttl: 1h}\n", "A"), token);
        assertThat(codes(r)).containsExactlyInAnyOrder("VA011", "VA012");
        assertThat(r.findings()).filteredOn(f -> f.rule() == VaultRule.TOKEN_TTL_LOW).singleElement()
                .satisfies(f -> assertThat(f.message()).contains("less than vault.min_token_ttl (1h)"));
        assertThat(outcomes(r)).containsExactly(Map.entry("A", SecretOutcome.PRESENT));

        String renewable = policyToken("path \"" + kv2 + "/*\" { capabilities = [\"read\", \"list\"] }", "2h", true);
        assertThat(check(app(kv2, "app", "", "vault: {min_token_ttl: 1h}\n", "A"), renewable).findings()).isEmpty();
    }

    @Test
    void lookupFailureIsAWarningAndTheCheckGoesOn() {
        needsTestServer("a failing lookup-self");
        admin.putV2(kv2, "app", values("A", "x"));
        vault.fake.failWith("auth/token/lookup-self", 500, 3);
        SecretStoreResult r = check(app(kv2, "app", "", "", "A"), vault.rootToken);
        assertThat(codes(r)).containsExactly("VA013");
        assertThat(outcomes(r)).containsExactly(Map.entry("A", SecretOutcome.PRESENT));
        assertThat(vault.fake.requests()).filteredOn(q -> q.startsWith("GET auth/token/lookup-self")).hasSize(3);
    }

    // ---- namespaces --------------------------------------------------------------------------------------------

    @Test
    void namespacesGoInTheHeaderAndTokensStayInTheirNamespace() {
        needsTestServer("namespaces (Vault Enterprise/HCP)");
        String ns = prefix + "-ns";
        String nsRoot = vault.fake.createNamespace(ns);
        VaultAdmin nsAdmin = new VaultAdmin(vault.address, nsRoot, ns);
        nsAdmin.putV2("secret", "app", values("A", "x"));
        nsAdmin.policy("app", "path \"secret/*\" { capabilities = [\"read\", \"list\"] }");
        String nsToken = nsAdmin.token(List.of("app"), "1h", true);
        AnvilProject p = app("secret", "app", "", "", "A");
        SecretStoreResult inNs = vault.store(nsToken).namespace(ns).build().check(p, "staging");
        assertThat(outcomes(inNs)).containsExactly(Map.entry("A", SecretOutcome.PRESENT));
        assertThat(inNs.store()).endsWith("namespace " + ns);
        SecretStoreResult outside = vault.store(nsToken).build().check(p, "staging");
        assertThat(codes(outside)).containsExactly("VA010");
        SecretStoreResult rootInNs = vault.store(vault.rootToken).namespace(ns).build().check(p, "staging");
        assertThat(codes(rootInNs)).containsExactly("VA010");
    }

    // ---- retries and timeouts ----------------------------------------------------------------------------------

    @Test
    void retriesOn412And5xxAreBounded() {
        needsTestServer("injected statuses");
        admin.putV2(kv2, "app", values("A", "x"));
        vault.fake.failWith(kv2 + "/metadata/app", 412, 1);
        vault.fake.failWith(kv2 + "/subkeys/app", 502, 2);
        vault.fake.clearRequests();
        SecretStoreResult ok = check(app(kv2, "app", "", "", "A"), vault.rootToken);
        assertThat(outcomes(ok)).containsExactly(Map.entry("A", SecretOutcome.PRESENT));
        assertThat(vault.fake.requests()).filteredOn(q -> q.startsWith("GET " + kv2 + "/metadata/app")).hasSize(2);
        assertThat(vault.fake.requests()).filteredOn(q -> q.startsWith("GET " + kv2 + "/subkeys/app")).hasSize(3);

        vault.fake.failWith(kv2 + "/metadata/app", 503, 10);
        vault.fake.clearRequests();
        SecretStoreResult failed = check(app(kv2, "app", "", "", "A"), vault.rootToken);
        assertThat(outcomes(failed)).containsExactly(Map.entry("A", SecretOutcome.ERROR));
        assertThat(codes(failed)).containsExactly("VA035");
        assertThat(vault.fake.requests()).filteredOn(q -> q.startsWith("GET " + kv2 + "/metadata/app")).hasSize(3);
    }

    @Test
    void healthStatusesAreNotRetriedButHealth500Is() {
        needsTestServer("injected statuses");
        vault.fake.sealed = true;
        try {
            vault.fake.clearRequests();
            check(app(kv2, "app", "", "", "A"), vault.rootToken);
            assertThat(vault.fake.requests()).filteredOn(q -> q.startsWith("GET sys/health")).hasSize(1);
        } finally {
            vault.fake.sealed = false;
        }
        admin.putV2(kv2, "app", values("A", "x"));
        vault.fake.failWith("sys/health", 500, 1);
        vault.fake.clearRequests();
        SecretStoreResult r = check(app(kv2, "app", "", "", "A"), vault.rootToken);
        assertThat(r.findings()).isEmpty();
        assertThat(vault.fake.requests()).filteredOn(q -> q.startsWith("GET sys/health")).hasSize(2);
    }

    @Test
    void droppedConnectionsAreRetried() {
        needsTestServer("dropped connections");
        admin.putV2(kv2, "app", values("A", "x"));
        vault.fake.drop(kv2 + "/metadata/app", 1);
        vault.fake.drop("sys/capabilities-self", 1);
        SecretStoreResult r = check(app(kv2, "app", "", "", "A"), vault.rootToken);
        assertThat(outcomes(r)).containsExactly(Map.entry("A", SecretOutcome.PRESENT));

        vault.fake.drop(kv2 + "/metadata/app", 10);
        SecretStoreResult failed = check(app(kv2, "app", "", "", "A"), vault.rootToken);
        assertThat(codes(failed)).containsExactly("VA035");
        assertThat(failed.findings().get(0).message()).contains("I/O error");
    }

    @Test
    void slowAnswersTimeOutWithinBounds() {
        needsTestServer("slow answers");
        admin.putV2(kv2, "app", values("A", "x"));
        vault.fake.slow("sys/health", Duration.ofMillis(2500), 1);
        long t0 = System.nanoTime();
        SecretStoreResult once = vault.store(vault.rootToken).readTimeout(Duration.ofMillis(500)).retries(1).build()
                .check(app(kv2, "app", "", "", "A"), "staging");
        assertThat(outcomes(once)).containsExactly(Map.entry("A", SecretOutcome.PRESENT));
        assertThat(Duration.ofNanos(System.nanoTime() - t0)).isLessThan(Duration.ofMillis(2500));

        vault.fake.slow("sys/health", Duration.ofSeconds(3), 3);
        t0 = System.nanoTime();
        SecretStoreResult r = vault.store(vault.rootToken).readTimeout(Duration.ofMillis(500)).retries(1).build()
                .check(app(kv2, "app", "", "", "A"), "staging");
        Duration took = Duration.ofNanos(System.nanoTime() - t0);
        assertThat(codes(r)).containsExactly("VA001");
        assertThat(r.findings().get(0).message()).contains("timed out");
        assertThat(took).isLessThan(Duration.ofMillis(2500));
    }

    // ---- configuration -----------------------------------------------------------------------------------------

    @Test
    void unknownEnvironmentOrNoVaultSection() {
        AnvilProject p = app(kv2, "app", "", "", "A");
        SecretStoreResult unknown = vault.store(vault.rootToken).build().check(p, "prod");
        assertThat(codes(unknown)).containsExactly("VA040");
        assertThat(unknown.findings().get(0).message()).contains("'prod'").contains("dev, staging");
        assertThat(unknown.secrets()).isEmpty();
        SecretStoreResult noVault = vault.store(vault.rootToken).build().check(p, "dev");
        assertThat(codes(noVault)).containsExactly("VA040");
        assertThat(noVault.findings().get(0).message()).contains("no vault section");
    }

    @Test
    void missingTokenIsAFinding() throws IOException {
        AnvilProject p = app(kv2, "app", "", "", "A");
        SecretStoreResult env = VaultSecretStore.fromEnvironment(Map.of("VAULT_ADDR", vault.address)).check(p,
                "staging");
        assertThat(codes(env)).containsExactly("VA006");
        assertThat(env.findings().get(0).message()).contains("VAULT_TOKEN");
        SecretStoreResult file = VaultSecretStore.configure().address(vault.address)
                .tokenFile(dir.resolve("no-such-token")).build().check(p, "staging");
        assertThat(codes(file)).containsExactly("VA006");
        SecretStoreResult ca = VaultSecretStore.configure().address(vault.address).token(vault.rootToken)
                .caFile(dir.resolve("no-such-ca.pem")).build().check(p, "staging");
        assertThat(codes(ca)).containsExactly("VA006");
        assertThat(outcomes(ca)).containsExactly(Map.entry("A", SecretOutcome.ERROR));
    }

    @Test
    void fromEnvironmentReadsTheVaultCliVariables() throws IOException {
        admin.putV2(kv2, "app", values("A", "x"));
        AnvilProject p = app(kv2, "app", "", "", "A");
        Path tokenFile = dir.resolve("token");
        Files.writeString(tokenFile, vault.rootToken + "\n");
        VaultSecretStore fromFile = VaultSecretStore.fromEnvironment(Map.of("VAULT_ADDR", vault.address,
                "VAULT_TOKEN_FILE", tokenFile.toString()));
        assertThat(outcomes(fromFile.check(p, "staging"))).containsExactly(Map.entry("A", SecretOutcome.PRESENT));
        VaultSecretStore fromToken = VaultSecretStore.fromEnvironment(Map.of("VAULT_ADDR", vault.address,
                "VAULT_TOKEN", vault.rootToken));
        assertThat(outcomes(fromToken.check(p, "staging"))).containsExactly(Map.entry("A", SecretOutcome.PRESENT));
        assertThat(fromToken.toString()).doesNotContain(vault.rootToken).contains("VAULT_TOKEN");
        assertThatThrownBy(() -> VaultSecretStore.fromEnvironment(Map.of())).isInstanceOf(
                IllegalArgumentException.class).hasMessageContaining("VAULT_ADDR");
        assertThatThrownBy(() -> VaultSecretStore.configure().address("ftp://x")).isInstanceOf(
                IllegalArgumentException.class);
        assertThatThrownBy(() -> VaultSecretStore.configure().address("https://me:CANARYPASS@vault:8200"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageNotContaining("CANARYPASS");
        assertThatThrownBy(() -> VaultSecretStore.configure().address("https://vault:8200/?token=CANARYPASS"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageNotContaining("CANARYPASS");
        assertThatThrownBy(() -> VaultSecretStore.configure().address("https://va ult CANARYPASS"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageNotContaining("CANARYPASS");
        assertThatThrownBy(() -> VaultSecretStore.configure().address(vault.address).build())
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> VaultSecretStore.configure().kvVersion(3)).isInstanceOf(
                IllegalArgumentException.class);
    }

    @Test
    void severitiesCanBeChangedAndRulesIgnored() {
        admin.putV1(kv1, "app/staging", values("A", "x"));
        SecretStoreResult r = check(app(kv1, "app/staging", "", "rules: {severity: {VA034: error}}\n", "A"),
                vault.rootToken);
        assertThat(r.findings()).singleElement().satisfies(f -> assertThat(f.severity()).isEqualTo(Severity.ERROR));
        SecretStoreResult ignored = check(app(kv1, "app/staging", "", "rules: {ignore: [{rule: VA034}]}\n", "A"),
                vault.rootToken);
        assertThat(ignored.findings()).isEmpty();
        assertThat(ignored.secrets()).extracting(SecretPresence::outcome).containsExactly(SecretOutcome.UNKNOWN);
    }
}
