package dev.anvilcheck.vault;

import static dev.anvilcheck.vault.VaultFixture.project;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.anvilcheck.AnvilProject;
import dev.anvilcheck.secrets.SecretOutcome;
import dev.anvilcheck.secrets.SecretStoreResult;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * TLS: verification is on by default (a self-signed server is refused), and a CA file makes it trusted. The
 * server certificate is made by the JDK's keytool, run as a process.
 */
class VaultTlsTest {

    @TempDir
    Path dir;

    @Test
    void verificationIsOnByDefaultAndACaFileTrustsTheServer() throws Exception {
        Path keytool = Path.of(System.getProperty("java.home"), "bin", "keytool");
        assumeTrue(Files.isExecutable(keytool), "skipped: no keytool in " + keytool.getParent());
        Path ks = dir.resolve("server.p12");
        Path ca = dir.resolve("ca.pem");
        run(keytool.toString(), "-genkeypair", "-alias", "vault", "-keyalg", "EC", "-groupname", "secp256r1",
                "-dname", "CN=localhost", "-ext", "SAN=ip:127.0.0.1,dns:localhost", "-validity", "2",
                "-keystore", ks.toString(), "-storetype", "PKCS12", "-storepass", "changeit", "-keypass", "changeit");
        run(keytool.toString(), "-exportcert", "-rfc", "-alias", "vault", "-file", ca.toString(),
                "-keystore", ks.toString(), "-storetype", "PKCS12", "-storepass", "changeit");
        KeyStore store = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(ks)) {
            store.load(in, "changeit".toCharArray());
        }
        KeyManagerFactory kmf = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        kmf.init(store, "changeit".toCharArray());
        SSLContext tls = SSLContext.getInstance("TLS");
        tls.init(kmf.getKeyManagers(), null, null);

        try (VaultTestServer server = VaultTestServer.startTls(VaultFixture.FAKE_ROOT, tls)) {
            assertThat(server.address()).startsWith("https://");
            Path app = Files.createDirectories(dir.resolve("app"));
            AnvilProject project = project(app, List.of("A"), "{mount: secret, path: app}", "");

            SecretStoreResult refused = VaultSecretStore.configure().address(server.address())
                    .token(VaultFixture.FAKE_ROOT).retries(0).readTimeout(Duration.ofSeconds(2)).build()
                    .check(project, "staging");
            assertThat(refused.findings()).singleElement().satisfies(f -> {
                assertThat(f.rule()).isEqualTo(VaultRule.UNREACHABLE);
                assertThat(f.message()).contains("TLS failure");
            });
            assertThat(server.requests()).isEmpty();

            SecretStoreResult trusted = VaultSecretStore.configure().address(server.address())
                    .token(VaultFixture.FAKE_ROOT).caFile(ca).retries(0).build().check(project, "staging");
            assertThat(trusted.secrets()).singleElement()
                    .satisfies(p -> assertThat(p.outcome()).isEqualTo(SecretOutcome.MISSING));
            assertThat(trusted.findings()).extracting(f -> f.rule()).containsExactly(VaultRule.SECRET_MISSING);
        }
    }

    private static void run(String... cmd) throws Exception {
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        p.getInputStream().readAllBytes();
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(String.join(" ", cmd)).isZero();
    }
}
