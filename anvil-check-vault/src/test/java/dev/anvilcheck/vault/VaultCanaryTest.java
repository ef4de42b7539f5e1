package dev.anvilcheck.vault;

import static dev.anvilcheck.vault.VaultFixture.project;
import static dev.anvilcheck.vault.VaultFixture.values;
import static org.assertj.core.api.Assertions.assertThat;

import dev.anvilcheck.AnvilProject;
import dev.anvilcheck.Finding;
import dev.anvilcheck.report.Report;
import dev.anvilcheck.report.ReportFormat;
import dev.anvilcheck.secrets.SecretOutcome;
import dev.anvilcheck.secrets.SecretStoreResult;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Canary values and canary tokens must appear in no output: not in results, findings, JSON or text reports,
 * exception messages, standard output or error, slf4j log lines (slf4j-simple at DEBUG, on System.err) or
 * java.util.logging records (the driver's). The scenarios read values (allow_read), make the server echo them in
 * error bodies (which the driver puts into its exception messages), reject a canary token, and fail to connect.
 */
class VaultCanaryTest {

    @TempDir
    Path dir;

    @Test
    void canariesAppearNowhere() throws Exception {
        String valueCanary = "CANARYVALUE" + UUID.randomUUID().toString().replace("-", "");
        String badTokenCanary = "hvs.CANARYBADTOKEN" + UUID.randomUUID().toString().replace("-", "");
        List<String> canaries = new ArrayList<>(List.of(valueCanary, badTokenCanary));
        List<String> outputs = new ArrayList<>();
        List<SecretStoreResult> results = new ArrayList<>();

        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        PrintStream oldOut = System.out;
        PrintStream oldErr = System.err;
        List<String> jul = new ArrayList<>();
        Handler handler = new Handler() {
            @Override
            public void publish(LogRecord r) {
                jul.add(r.getMessage() + " " + java.util.Arrays.toString(r.getParameters())
                        + (r.getThrown() == null ? "" : " " + r.getThrown()));
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        Logger root = Logger.getLogger("");
        Level oldLevel = root.getLevel();
        root.addHandler(handler);
        root.setLevel(Level.ALL);

        try (VaultFixture vault = VaultFixture.start()) {
            canaries.add(vault.rootToken);
            VaultAdmin admin = vault.admin();
            String p = VaultFixture.unique();
            admin.enableKv(p + "-v2", 2);
            admin.enableKv(p + "-v1", 1);
            admin.enableKv(p + "/team", 2);
            PrintStream capture = new PrintStream(captured, true, StandardCharsets.UTF_8);
            System.setOut(capture);
            System.setErr(capture);
            try {
                admin.putV2(p + "-v2", "app", values("A", valueCanary, "B", "x" + valueCanary));
                admin.putV1(p + "-v1", "app", values("A", valueCanary));
                admin.putV2(p + "/team", "app", values("A", valueCanary));
                admin.policy(p + "-read", "path \"" + p + "-v2/data/*\" { capabilities = [\"read\"] }\n"
                        + "path \"" + p + "-v2/metadata/*\" { capabilities = [\"read\"] }");
                String appToken = admin.token(List.of(p + "-read"), "10m", false);
                canaries.add(appToken);

                String allow = "vault: {allow_read: true, min_token_ttl: 1h}\n";
                results.add(run(vault, vault.rootToken, sub("a"), p + "-v2", "app", allow, "A", "B", "C"));
                results.add(run(vault, vault.rootToken, sub("b"), p + "-v1", "app", allow, "A", "C"));
                results.add(run(vault, appToken, sub("c"), p + "-v2", "app", allow, "A", "C"));
                results.add(run(vault, vault.rootToken, sub("d"), p + "/team", "app", "", "A"));
                results.add(run(vault, badTokenCanary, sub("e"), p + "-v2", "app", "", "A"));
                if (!vault.real()) {
                    String echo = "echo " + valueCanary + " " + vault.rootToken;
                    vault.fake.failWithBody(p + "-v2/metadata/app", 500, 3, echo);
                    results.add(run(vault, vault.rootToken, sub("f"), p + "-v2", "app", "", "A"));
                    vault.fake.failWithBody("auth/token/lookup-self", 502, 3, echo);
                    results.add(run(vault, vault.rootToken, sub("g"), p + "-v2", "app", allow, "A"));
                    vault.fake.failWithBody("sys/capabilities-self", 500, 3, echo);
                    vault.fake.failWithBody(p + "-v2/data/app", 503, 3, echo);
                    results.add(run(vault, vault.rootToken, sub("h"), p + "-v2", "app", allow, "A"));
                    vault.fake.failWithBody("sys/internal/ui/mounts", 500, 3, echo);
                    vault.fake.failWithBody("sys/mounts", 500, 3, echo);
                    results.add(run(vault, vault.rootToken, sub("i"), p + "-v2", "app", "", "A"));
                }
                int port;
                try (ServerSocket s = new ServerSocket(0)) {
                    port = s.getLocalPort();
                }
                VaultSecretStore down = VaultSecretStore.configure().address("http://127.0.0.1:" + port)
                        .token(vault.rootToken).retries(0).build();
                results.add(down.check(project(sub("j"), List.of("A"), "{mount: x, path: y}", ""), "staging"));
                outputs.add(down.toString());
                outputs.add(vault.store(vault.rootToken).build().toString());
            } finally {
                System.setOut(oldOut);
                System.setErr(oldErr);
                if (!vault.real()) {
                    vault.fake.clearFaults();
                }
                admin.cleanUp();
            }

            // the scenarios did what they claim, so the absence of canaries means something
            assertThat(results.get(0).secrets()).extracting(s -> s.outcome()).containsExactly(
                    SecretOutcome.PRESENT, SecretOutcome.PRESENT, SecretOutcome.MISSING);
            assertThat(results.get(1).secrets()).extracting(s -> s.outcome()).containsExactly(
                    SecretOutcome.PRESENT, SecretOutcome.MISSING);
            assertThat(results.get(4).findings()).extracting(f -> f.rule()).containsExactly(VaultRule.TOKEN_INVALID);
            if (!vault.real()) {
                assertThat(results.get(5).findings()).extracting(f -> f.rule()).contains(VaultRule.SECRET_ERROR);
                assertThat(results.get(6).findings()).extracting(f -> f.rule()).contains(VaultRule.TOKEN_LOOKUP_FAILED);
                assertThat(results.get(8).findings()).extracting(f -> f.rule()).contains(VaultRule.KV_VERSION_UNKNOWN);
            }
        } finally {
            root.removeHandler(handler);
            root.setLevel(oldLevel);
        }

        String log = captured.toString(StandardCharsets.UTF_8);
        assertThat(log).as("slf4j DEBUG lines were captured").contains("DEBUG").contains("vault GET");
        outputs.add(log);
        outputs.addAll(jul);
        for (SecretStoreResult r : results) {
            outputs.add(r.toString());
            outputs.add(r.secrets().toString());
            for (Finding f : r.findings()) {
                outputs.add(f.toString() + " " + f.hint().orElse("") + " " + f.details());
            }
        }
        Report report = Report.of("app", results);
        outputs.add(ReportFormat.JSON.render(report));
        outputs.add(ReportFormat.TEXT.render(report));
        assertThat(ReportFormat.JSON.render(report)).contains("VA010");

        String all = String.join("\n", outputs);
        for (String canary : canaries) {
            // not doesNotContain: on failure it would print the whole output, canary included
            assertThat(all.contains(canary)).as("canary %s... appears in the output", canary.substring(0, 12))
                    .isFalse();
        }
    }

    private Path sub(String name) throws IOException {
        return Files.createDirectories(dir.resolve(name));
    }

    private static SecretStoreResult run(VaultFixture vault, String token, Path dir, String mount, String path,
                                         String extra, String... secrets) {
        AnvilProject project = project(dir, List.of(secrets), "{mount: '" + mount + "', path: '" + path + "'}", extra);
        return vault.store(token).build().check(project, "staging");
    }
}
